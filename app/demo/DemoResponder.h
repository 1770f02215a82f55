#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace rapport {
class Clock;
class Timer;
} // namespace rapport

namespace rapport::modem {
class SimulatedModem;
struct SimulatedSubmission;
} // namespace rapport::modem

namespace rapport::app {

// The customers behind the demo modem: after a text goes out they answer the way real ones do —
// "C" to a reminder that asks for it, a score to a survey, now and then STOP to an offer, a
// question, a thumbs-up — so the whole loop (outbox, delivery, inbound routing, reply codes,
// opt-out) can be watched without a phone. Answers are chosen from the text and the number, so
// a demo runs the same way every time. A number answers at most a few times an hour and never
// answers confirmations or auto-replies, so two robots cannot talk forever.
class DemoResponder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoResponder)
public:
    using Inject = std::function<void(const QString &from, const QString &text)>;

    struct Settings
    {
        std::chrono::milliseconds minimumDelay {std::chrono::seconds(4)};
        std::chrono::milliseconds maximumDelay {std::chrono::seconds(25)};
        int repliesPerNumberPerHour = 3;
    };

    DemoResponder(Clock &clock, Inject inject, QObject *parent = nullptr);
    ~DemoResponder() override;

    // Answers what `modem`'s network accepts, by injecting the answer into the same modem.
    static DemoResponder *attach(modem::SimulatedModem &modem, Clock &clock, QObject *parent);

    void setSettings(const Settings &settings) { m_settings = settings; }
    // One part the network accepted; a long message is answered once its last part is in.
    void onSubmission(const modem::SimulatedSubmission &submission);

    // The answer a customer gives to `text`, or an empty string for none. Public for tests.
    [[nodiscard]] static QString answerFor(const QString &number, const QString &text);

    [[nodiscard]] int scheduledCount() const { return int(m_scheduled.size()); }

private:
    struct Scheduled
    {
        QString from;
        QString text;
        std::chrono::milliseconds due;
    };
    void schedule(const QString &number, const QString &text);
    void fireDue();
    void rearm();

    Clock &m_clock;
    Inject m_inject;
    Settings m_settings;
    std::unique_ptr<Timer> m_timer;
    QList<Scheduled> m_scheduled;
    QHash<QString, QList<std::chrono::milliseconds>> m_repliesByNumber;
    QHash<QString, QString> m_partialText; // number → text of a long message so far
};

} // namespace rapport::app
