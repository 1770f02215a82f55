#include "app/demo/DemoResponder.h"

#include "modem/Clock.h"
#include "modem/SimulatedModem.h"
#include "modem/SimulatedSubmission.h"

#include <algorithm>

namespace rapport::app {
namespace {

// FNV-1a: the same choice for the same number and text on every run and platform.
quint32 stableHash(const QString &a, const QString &b)
{
    quint32 hash = 2166136261u;
    for (const QString *s : {&a, &b}) {
        for (const QChar c : *s) {
            hash ^= c.unicode();
            hash *= 16777619u;
        }
    }
    return hash;
}

bool mentions(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

DemoResponder::DemoResponder(Clock &clock, Inject inject, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_inject(std::move(inject))
    , m_timer(clock.createTimer())
{
    m_timer->setSingleShot(true);
    connect(m_timer.get(), &Timer::timeout, this, &DemoResponder::fireDue);
}

DemoResponder::~DemoResponder() = default;

DemoResponder *DemoResponder::attach(modem::SimulatedModem &modem, Clock &clock, QObject *parent)
{
    auto *responder = new DemoResponder(
        clock,
        [&modem](const QString &from, const QString &text) {
            // A failure here is the simulator's to log; the demo simply has one answer fewer.
            (void)modem.injectText(from, text);
        },
        parent);
    connect(&modem, &modem::SimulatedModem::submitted, responder, &DemoResponder::onSubmission);
    return responder;
}

QString DemoResponder::answerFor(const QString &number, const QString &text)
{
    const quint32 pick = stableHash(number, text);
    // Confirmations, help answers and away messages: a person reads them and moves on.
    if (mentions(text,
            {"opted out", "unsubscribed", "no more messages", "won't receive", "will not receive",
                "Msg&data", "we're closed", "we are closed", "back at", "You're subscribed",
                "opted in", "Thanks for your reply"}))
        return {};
    if (mentions(text, {"Reply C", "C to confirm", "reply C"}))
        return pick % 5 == 0 ? QStringLiteral("R") : QStringLiteral("C");
    if (mentions(text, {"1-10", "1 to 10", "out of 10", "score"}))
        return QString::number(std::array {9, 10, 8, 7, 3, 9, 6}[pick % 7]);
    if (mentions(text, {"STOP to opt out", "Reply STOP"})) {
        switch (pick % 6) {
        case 0:
            return QStringLiteral("STOP");
        case 1:
            return QStringLiteral("👍");
        case 2:
            return QStringLiteral("Is the offer on in store too?");
        default:
            return {};
        }
    }
    switch (pick % 4) {
    case 0:
        return QStringLiteral("Thanks! 😊");
    case 1:
        return QStringLiteral("Are you open on Saturday?");
    case 2:
        return QStringLiteral("Great, see you then");
    default:
        return {};
    }
}

void DemoResponder::onSubmission(const modem::SimulatedSubmission &submission)
{
    QString text = submission.text;
    if (submission.concatenation) {
        QString &soFar = m_partialText[submission.destination];
        soFar += submission.text;
        if (submission.concatenation->sequence < submission.concatenation->total)
            return;
        text = soFar;
        m_partialText.remove(submission.destination);
    }
    const QString answer = answerFor(submission.destination, text);
    if (!answer.isEmpty())
        schedule(submission.destination, answer);
}

void DemoResponder::schedule(const QString &number, const QString &text)
{
    const auto now = m_clock.monotonic();
    auto &recent = m_repliesByNumber[number];
    recent.erase(
        std::remove_if(recent.begin(), recent.end(),
            [now](std::chrono::milliseconds at) { return now - at >= std::chrono::hours(1); }),
        recent.end());
    if (recent.size() >= m_settings.repliesPerNumberPerHour)
        return;
    recent.append(now);
    const auto spread
        = std::max<qint64>(1, (m_settings.maximumDelay - m_settings.minimumDelay).count());
    const auto delay = m_settings.minimumDelay
        + std::chrono::milliseconds(qint64(stableHash(text, number) % quint64(spread)));
    m_scheduled.append({number, text, now + delay});
    rearm();
}

void DemoResponder::fireDue()
{
    const auto now = m_clock.monotonic();
    QList<Scheduled> due;
    for (auto it = m_scheduled.begin(); it != m_scheduled.end();) {
        if (it->due <= now) {
            due.append(*it);
            it = m_scheduled.erase(it);
        } else {
            ++it;
        }
    }
    std::sort(due.begin(), due.end(),
        [](const Scheduled &a, const Scheduled &b) { return a.due < b.due; });
    for (const Scheduled &answer : due)
        m_inject(answer.from, answer.text);
    rearm();
}

void DemoResponder::rearm()
{
    if (m_scheduled.isEmpty()) {
        m_timer->stop();
        return;
    }
    const auto next = std::min_element(m_scheduled.begin(), m_scheduled.end(),
        [](const Scheduled &a, const Scheduled &b) { return a.due < b.due; });
    m_timer->start(std::max(std::chrono::milliseconds(0), next->due - m_clock.monotonic()));
}

} // namespace rapport::app
