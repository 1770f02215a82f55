#pragma once

#include "app/messaging/MessageEnqueuer.h"
#include "app/outbox/OutboxEntry.h"
#include "app/storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace rapport {
class Clock;
} // namespace rapport

namespace rapport::app {

class AuditLog;
class Database;
class MessagingEvents;
class SendPolicy;
struct Actor;

// Audit actions of the outbox (stable: filters and reports use them).
namespace OutboxAuditAction {
inline const QString OptOutOverridden = QStringLiteral("message.opt_out_overridden");
inline const QString Cancelled = QStringLiteral("message.cancelled");
inline const QString Retried = QStringLiteral("message.retried");
} // namespace OutboxAuditAction

// What reconcile() found and did.
struct OutboxReconciliation
{
    int interrupted = 0; // messages found in 'sending'
    int confirmedSent = 0; // every part had been confirmed by the modem: marked sent
    int requeued = 0; // not (or not wholly) confirmed: queued again, may arrive twice
};

// The durable outbox: every outgoing text is a `messages` row from the moment it is asked for,
// with its purpose and the policy's first verdict, before anything goes to a modem
// (ARCHITECTURE.md, data flow). The Dispatcher takes it from there. Free of modem types: the
// UI and rapportctl use this class directly.
//
// Crash safety. The dispatcher marks a message 'sending' in the same transaction that takes
// the policy's last decision, and each part the modem confirms gets a message_parts row. A
// message found in 'sending' at start-up (reconcile()) is therefore one whose outcome was
// lost: if the parts of its current attempt cover every part it was sent in, it went out and
// is marked sent; otherwise it is queued again with a reason saying it was interrupted and may
// arrive twice. Since a modem has one message in flight at a time, a crash costs at most one
// duplicate per modem — the message that was in flight — and never loses a message.
// Run reconcile() once at start-up, before the Dispatcher starts.
class Outbox final : public MessageEnqueuer
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    Outbox(Database &database, SendPolicy &policy, AuditLog &audit, Clock &clock,
        MessagingEvents &events);

    // Validates (E.164 number, a body, overrideOptOut only for a manual reply, compliance
    // notices only from auto-replies and never marketing), finds or creates the thread, asks
    // the policy and stores the message — queued, held or failed with the policy's reason —
    // in one transaction with its audit line (an opt-out override) and the thread's
    // last_message_at. The error is a sentence for people; nothing was stored.
    Result<EnqueueResult, QString> enqueue(const OutgoingRequest &request) override;

    // Queued or held → cancelled. A message being sent can no longer be cancelled.
    Result<MessageState, QString> cancel(qint64 messageId, const Actor &actor);
    // Failed → asked the policy again: queued (attempts start afresh), held or failed again.
    // Earlier attempts' part records are kept (renumbered to attempts <= 0) so late status
    // reports still find them without counting for the new attempt.
    Result<MessageState, QString> retry(qint64 messageId, const Actor &actor);

    // Asks the policy again, now, about every held message of the thread: for when a person
    // has resolved what held them (an opt-out review), which no timer can know. Returns how
    // many may now be sent.
    Result<int, QString> recheckHeld(qint64 threadId);

    // Outgoing messages, newest first.
    Result<QList<OutboxEntry>, StorageError> list(const OutboxQuery &query = {}) const;
    // Outgoing messages per state; every outgoing state is present (0 when none).
    Result<QMap<MessageState, int>, StorageError> counts() const;
    // Texts waiting to leave (queued or being sent): what the modem page and the status bar
    // show, asked after every change, so answered from the state index without a table scan.
    Result<int, StorageError> waitingCount() const;

    // See the class comment. Emits messageChanged for each message it settles.
    Result<OutboxReconciliation, StorageError> reconcile();

    // Why the request cannot be accepted, or empty when it can.
    [[nodiscard]] static QString validationError(const OutgoingRequest &request);

private:
    Database &m_database;
    SendPolicy &m_policy;
    AuditLog &m_audit;
    Clock &m_clock;
    MessagingEvents &m_events;
};

} // namespace rapport::app
