#include "app/demo/DemoConversations.h"

#include "app/demo/DemoCalendar.h"
#include "app/demo/DemoRandom.h"
#include "app/demo/DemoTexts.h"
#include "app/outbox/SendFailureText.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rapport::app {
namespace {

// The words stored in messages, matching the CHECK constraints of the messages table.
struct Words
{
    QString reply = QStringLiteral("reply");
    QString service = QStringLiteral("service");
    QString marketing = QStringLiteral("marketing");
    QString manual = QStringLiteral("manual");
    QString automation = QStringLiteral("automation");
    QString campaign = QStringLiteral("campaign");
    QString autoReply = QStringLiteral("auto_reply");
    QString received = QStringLiteral("received");
    QString delivered = QStringLiteral("delivered");
    QString sent = QStringLiteral("sent");
    QString failed = QStringLiteral("failed");
};

const Words &words()
{
    static const Words w;
    return w;
}

// Why a text failed, in the outbox's own sentences (SendFailureText) and the language it stores
// them in: the first two after the network took the text, the others before.
QStringList failureReasons()
{
    modem::SendOutcome rejected;
    rejected.status = modem::AtResponse::Status::CmsError;
    rejected.errorCode = 21; // 3GPP TS 24.011 Annex E-2: short message transfer rejected
    modem::SendOutcome noPrompt;
    noPrompt.status = modem::AtResponse::Status::NoPrompt;
    return {SendFailureText::deliveryFailure(0x46), SendFailureText::deliveryFailure(0x60),
        SendFailureText::sendFailure(rejected), SendFailureText::sendFailure(noPrompt)};
}

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;

enum class Fill { None, Appointment, Rebooked };

struct Step
{
    DemoMessage message;
    bool newSession = false; // starts an exchange: days may pass before it
    Fill fill = Fill::None;
};

// Writes a conversation exchange by exchange; times and dates are filled in afterwards.
class Script
{
public:
    Script(const DemoTexts &texts, const DemoCorrespondent &who, int staffCount, DemoRandom &random)
        : m_texts(texts)
        , m_who(who)
        , m_staffCount(staffCount)
        , m_random(random)
    { }

    QList<Step> steps;

    void customerExchange()
    {
        const int total = m_who.marketing ? 100 : 84;
        const int roll = m_random.below(total);
        if (roll < 32) {
            reminder();
        } else if (roll < 58) {
            const DemoQuestion &q = m_random.pick(m_texts.questions);
            in(q.question, true);
            if (m_random.chance(0.92))
                manual(named(q.answer));
            if (m_random.chance(0.3))
                in(m_random.pick(m_texts.thanks));
        } else if (roll < 64) {
            in(m_random.pick(m_texts.thanks), true);
        } else if (roll < 84) {
            automated(QString(m_texts.feedbackRequest).arg(m_who.firstName, m_texts.business),
                words().service, true);
            if (m_random.chance(0.55)) {
                in(m_random.pick(m_texts.feedbackScores));
                out(m_texts.feedbackThanks, words().reply, words().autoReply, false);
            }
        } else if (roll < 94) {
            out(QString(m_random.pick(m_texts.campaigns)).arg(m_texts.business), words().marketing,
                words().campaign, true);
            if (m_random.chance(0.12))
                in(m_random.pick(m_texts.campaignReplies));
        } else {
            const QString &text = roll < 97 ? m_texts.birthday : m_texts.winBack;
            automated(
                QString(text).arg(m_who.firstName, m_texts.business), words().marketing, true);
            if (m_random.chance(0.3))
                in(m_random.pick(m_texts.thanks));
        }
    }

    void strangerExchange()
    {
        const DemoQuestion &q = m_random.pick(m_texts.strangerQuestions);
        in(q.question, true);
        if (m_random.chance(0.25))
            out(QString(m_texts.awayMessage).arg(m_texts.business), words().reply,
                words().autoReply, false);
        if (m_random.chance(0.85))
            manual(q.answer);
        if (m_random.chance(0.15))
            in(m_random.pick(m_texts.thanks));
    }

    void stop(bool withConfirmation)
    {
        in(m_texts.stopKeyword, true);
        if (withConfirmation)
            out(QString(m_texts.stopConfirmation).arg(m_texts.business), words().reply,
                words().autoReply, false);
    }

private:
    void reminder()
    {
        automated({}, words().service, true, Fill::Appointment);
        const double answer = m_random.uniform();
        if (answer < 0.65) {
            in(m_random.pick(m_texts.confirmReplies));
            if (m_random.chance(0.5))
                out(named(m_texts.confirmed), words().reply, words().autoReply, false);
        } else if (answer < 0.75) {
            in(m_texts.rescheduleKeyword);
            manual(named(m_texts.rescheduleOffer));
            in(m_random.pick(m_texts.rescheduleRequests));
            manual({}, Fill::Rebooked);
        }
    }

    QString named(const QString &text) const
    {
        return text.contains(QLatin1String("%1")) ? text.arg(m_who.firstName) : text;
    }

    void in(const QString &body, bool newSession = false)
    {
        Step step;
        step.message.inbound = true;
        step.message.body = body;
        step.message.state = words().received;
        step.newSession = newSession;
        steps.append(step);
    }

    void out(const QString &body, const QString &purpose, const QString &origin, bool newSession,
        Fill fill = Fill::None)
    {
        Step step;
        step.message.body = body;
        step.message.purpose = purpose;
        step.message.origin = origin;
        step.newSession = newSession;
        step.fill = fill;
        steps.append(step);
    }

    void automated(
        const QString &body, const QString &purpose, bool newSession, Fill fill = Fill::None)
    {
        out(body, purpose, words().automation, newSession, fill);
    }

    void manual(const QString &body, Fill fill = Fill::None)
    {
        out(body, words().reply, words().manual, false, fill);
        steps.last().message.staffIndex = m_staffCount > 0 ? m_random.below(m_staffCount) : -1;
    }

    const DemoTexts &m_texts;
    const DemoCorrespondent &m_who;
    int m_staffCount;
    DemoRandom &m_random;
};

// Spreads the steps over [start, end] in the shop's open time: replies minutes apart (a question
// at closing time is answered the next morning), exchanges apart by shares of what is left.
// Each gap is at least a second, so times strictly increase.
void placeInTime(QList<Step> &steps, qint64 startLocal, qint64 endLocal, DemoRandom &random)
{
    const qint64 count = steps.size();
    // A millisecond short of `end`: at a closing time the same open moment is also the next
    // opening, which may be after today.
    const qint64 end = DemoCalendar::toOpenMs(endLocal) - 1;
    // Every gap gets a second for sure; the rest of the span is shared out.
    const qint64 start = std::min(DemoCalendar::toOpenMs(startLocal), end - 2 * count * kSecond);
    const double flexible = double(end - start - (count - 1) * kSecond);
    QList<double> extra(count, 0.0);
    double replyTotal = 0;
    double sessionTotal = 0;
    for (qsizetype i = 1; i < count; ++i) {
        if (steps.at(i).newSession) {
            extra[i] = 0.05 + random.exponential(1.0);
            sessionTotal += extra.at(i);
        } else {
            extra[i] = double(20 * kSecond) + random.exponential(6.0 * double(kMinute));
            replyTotal += extra.at(i);
        }
    }
    // A very busy thread in a short time: replies give up time to the exchanges.
    const double replyScale = replyTotal > flexible / 2 ? flexible / 2 / replyTotal : 1.0;
    const double forSessions = flexible - replyTotal * replyScale;
    qint64 at = start;
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0) {
            const double share = steps.at(i).newSession ? forSessions * extra.at(i) / sessionTotal
                                                        : extra.at(i) * replyScale;
            at += kSecond + qint64(share);
        }
        steps[i].message.createdLocalMs = DemoCalendar::fromOpenMs(at);
    }
}

void settleDelivery(DemoMessage &m, DemoRandom &random)
{
    if (m.inbound)
        return;
    const qint64 sent = m.createdLocalMs + random.between(2, 25) * kSecond;
    const double roll = random.uniform();
    if (roll < 0.03) {
        m.state = words().failed;
        const QStringList reasons = failureReasons();
        const int reason = random.below(int(reasons.size()));
        m.stateReason = reasons.at(reason);
        m.sentLocalMs = reason < 2 ? sent : 0;
    } else if (roll < 0.07) {
        m.state = words().sent;
        m.sentLocalMs = sent;
    } else {
        m.state = words().delivered;
        m.sentLocalMs = sent;
        m.deliveredLocalMs = sent + random.between(3, 90) * kSecond;
    }
}

} // namespace

QList<DemoMessage> demoConversation(const DemoTexts &texts, const DemoCorrespondent &who, int count,
    qint64 startLocalMs, qint64 endLocalMs, int staffCount, DemoRandom &random)
{
    if (count <= 0)
        return {};
    Script script(texts, who, staffCount, random);
    const int stopSteps = who.endsWithStop ? std::min(count, 2) : 0;
    const int regular = count - stopSteps;
    script.steps.reserve(count + 8);
    while (script.steps.size() < regular) {
        if (who.firstName.isEmpty())
            script.strangerExchange();
        else
            script.customerExchange();
    }
    script.steps.resize(regular);
    if (stopSteps > 0)
        script.stop(stopSteps == 2);
    placeInTime(script.steps, startLocalMs, endLocalMs, random);

    // Weekdays and times in the language the texts are translated to; the C locale (no
    // language set at all) would write "09:00:00".
    const QLocale locale = QLocale().language() == QLocale::C
        ? QLocale(QLocale::English, QLocale::UnitedKingdom)
        : QLocale();
    QList<DemoMessage> messages;
    messages.reserve(count);
    for (Step &step : script.steps) {
        DemoMessage &m = step.message;
        if (step.fill != Fill::None) {
            QDate day = DemoCalendar::dateOf(m.createdLocalMs)
                            .addDays(step.fill == Fill::Appointment ? random.between(1, 2)
                                                                    : random.between(2, 6));
            if (day.dayOfWeek() == Qt::Sunday) // the salon is closed
                day = day.addDays(1);
            const QString weekday = locale.dayName(day.dayOfWeek());
            const QString time = locale.toString(
                QTime(9, 0).addSecs(1800 * random.below(17)), QLocale::ShortFormat);
            m.body = step.fill == Fill::Appointment
                ? texts.reminder.arg(who.firstName, texts.business, weekday, time)
                : texts.rebooked.arg(weekday, time);
        }
        settleDelivery(m, random);
        messages.append(std::move(m));
    }
    return messages;
}

QList<int> demoThreadSizes(
    const QList<int> &minimums, qint64 total, int bigThreads, int bigSize, DemoRandom &random)
{
    QList<int> sizes = minimums;
    qint64 left = total;
    for (int minimum : minimums)
        left -= minimum;
    if (sizes.isEmpty() || left <= 0)
        return sizes;
    bigThreads = std::min<int>(bigThreads, int(sizes.size()));
    for (int i = 0; i < bigThreads && left > 0; ++i) {
        const qint64 wanted = bigSize + random.below64(std::max<qint64>(1, total / 200));
        const qint64 add = std::min(left, std::max<qint64>(0, wanted - sizes.at(i)));
        sizes[i] += int(add);
        left -= add;
    }
    const int others = int(sizes.size()) - bigThreads;
    if (others == 0) {
        sizes[0] += int(left);
        return sizes;
    }
    // Pareto weights, capped so that no ordinary thread outgrows the ones the UI is measured on.
    QList<double> weights(others);
    double sum = 0;
    for (double &w : weights) {
        w = std::min(80.0, std::pow(1.0 - random.uniform(), -1.0 / 1.4));
        sum += w;
    }
    qint64 given = 0;
    for (int i = 0; i < others; ++i) {
        const qint64 share = qint64(double(left) * weights.at(i) / sum);
        sizes[bigThreads + i] += int(share);
        given += share;
    }
    for (qint64 rest = left - given; rest > 0; --rest)
        ++sizes[bigThreads + random.below(others)];
    return sizes;
}

} // namespace rapport::app
