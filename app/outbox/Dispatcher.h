#pragma once

#include "app/outbox/DispatcherSettings.h"
#include "app/outbox/SimCounters.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace rapport {
class Clock;
class Timer;
} // namespace rapport

namespace rapport::modem {
struct SendOutcome;
} // namespace rapport::modem

namespace rapport::app {

class Database;
class DeliveryTracker;
class MessagingEvents;
class SendPolicy;
class SmsChannel;

// Takes due messages from the outbox to the modems (ARCHITECTURE.md: "dispatcher picks a modem,
// paces per SIM"). Oldest first; a held message whose time has come is put to the policy again;
// right before a message goes to a modem the policy is asked once more and, in the same
// transaction, the message becomes 'sending' — no text ever leaves on a decision taken earlier.
//
// SIM choice: the SIM the customer last texted (the thread's latest inbound message, else the
// modem stored on the row from OutgoingRequest::preferredModemId) when it is ready, else
// round-robin over ready SIMs. Per SIM (COMPLIANCE.md, SIM and carrier limits): one text in
// flight, a minimum gap after each send, a daily cap of parts counted from message_parts since
// midnight in the business's time zone.
//
// There is never an idle gap while something is due: one Clock timer is armed for the exact
// next moment anything becomes due (a retry, a hold's end, a SIM's gap, midnight for a capped
// SIM); a finished send, a channel coming back and every messaging event look again at once.
//
// Outcomes: temporary failures are retried with back-off up to maxAttempts, then fail with the
// reason; permanent failures and texts that cannot be encoded fail at once; an uncertain send
// (the PDU may have left) fails with a reason offering Retry and is never sent again on its
// own. A channel that goes away pauses: its text in flight gets the session's outcome, queued
// texts wait, and sending resumes the moment it is ready again. A channel removed while a text
// is in flight settles that text as Outbox::reconcile() does after a crash.
//
// This header is free of modem types: the UI reads simCounters().
class Dispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatcher)
public:
    using Settings = DispatcherSettings;

    Dispatcher(Database &database, SendPolicy &policy, Clock &clock, MessagingEvents &events,
        Settings settings = {}, QObject *parent = nullptr);
    ~Dispatcher() override;

    void setSettings(const Settings &settings);
    [[nodiscard]] const Settings &settings() const { return m_settings; }

    // Channels are not owned. A channel destroyed without removeChannel() is removed then.
    void addChannel(SmsChannel *channel);
    void removeChannel(SmsChannel *channel);
    [[nodiscard]] QList<SmsChannel *> channels() const;

    // Nothing is sent before start() (run Outbox::reconcile() first). stop() sends nothing
    // new; texts in flight still get their outcome recorded.
    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Looks for due messages now (also done on every MessagingEvents change).
    void wake();

    [[nodiscard]] QList<SimCounters> simCounters() const;
    // When the timer will next look (UTC); invalid when nothing is waiting for a moment.
    [[nodiscard]] QDateTime nextWakeUp() const { return m_nextWakeUp; }
    // Delivery tracking for the channels of this dispatcher (status reports, part records).
    [[nodiscard]] DeliveryTracker &deliveryTracker() { return *m_tracker; }

Q_SIGNALS:
    // A SIM's counters changed (a send started or ended, a SIM came or went).
    void countersChanged();

private:
    struct Flight
    {
        quint64 handle = 0;
        qint64 messageId = 0;
        qint64 threadId = 0;
        int attempt = 0;
        QString recipient;
        QString modemId;
    };
    struct Lane
    {
        QPointer<SmsChannel> channel;
        SmsChannel *key = nullptr; // for lookups after the channel is gone
        std::optional<Flight> flight;
        QDateTime lastFinishedAt;
    };
    struct Candidate
    {
        qint64 messageId = 0;
        qint64 threadId = 0;
        int partCount = 1;
        QString storedModemId; // named by the request, or the SIM of the last attempt
        QString preferredModemId; // filled by preferredModem() when the candidate is looked at
    };

    void pump();
    void pass();
    void releaseHeld(const QDateTime &now);
    QList<Candidate> dueCandidates(const QDateTime &now) const;
    [[nodiscard]] QString preferredModem(const Candidate &candidate) const;
    Lane *chooseLane(const Candidate &candidate, const QDateTime &now);
    bool dispatch(const Candidate &candidate, Lane &lane, const QDateTime &now);
    void arm();

    void onPartSent(
        SmsChannel *channel, quint64 handle, int part, int partCount, int messageReference);
    void onSendFinished(SmsChannel *channel, const modem::SendOutcome &outcome);
    void recordOutcome(const Flight &flight, const modem::SendOutcome &outcome, bool channelReady);
    void forget(SmsChannel *channel, bool settleFlight);

    Lane *laneOf(SmsChannel *channel);
    [[nodiscard]] bool isReady(const Lane &lane) const;
    [[nodiscard]] QDateTime gapEnd(const Lane &lane) const;
    [[nodiscard]] bool hasRoomFor(const Lane &lane, int parts, const QDateTime &now) const;
    [[nodiscard]] int partsSentToday(const QString &modemId, const QDateTime &now) const;
    [[nodiscard]] QDateTime nextMidnight(const QDateTime &now) const;

    Database &m_database;
    SendPolicy &m_policy;
    Clock &m_clock;
    MessagingEvents &m_events;
    Settings m_settings;
    std::unique_ptr<DeliveryTracker> m_tracker;
    std::unique_ptr<Timer> m_timer;
    mutable QHash<QString, int> m_sentToday; // per modem, for the pass that is running
    std::vector<std::unique_ptr<Lane>> m_lanes; // stable addresses across re-entrant calls
    QDateTime m_nextWakeUp;
    quint64 m_lastHandle = 0;
    std::size_t m_roundRobin = 0;
    bool m_running = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;
};

} // namespace rapport::app
