#include "app/outbox/Outbox.h"

#include "app/CoreLogging.h"
#include "app/audit/AuditLog.h"
#include "app/messaging/MessagingEvents.h"
#include "app/messaging/SendPolicy.h"
#include "app/messaging/ThreadLookup.h"
#include "app/outbox/OutboxStore.h"
#include "app/phone/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "app/storage/Transaction.h"
#include "modem/Clock.h"

#include <QSqlQuery>

namespace rapport::app {
namespace {

// The composer refuses more (3GPP TS 23.040: the concatenation header counts parts in one
// octet).
constexpr int kMaximumParts = 255;

QString subjectOf(qint64 messageId)
{
    return QStringLiteral("message:%1").arg(messageId);
}

QVariant nullIfZero(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

Outbox::Outbox(
    Database &database, SendPolicy &policy, AuditLog &audit, Clock &clock, MessagingEvents &events)
    : m_database(database)
    , m_policy(policy)
    , m_audit(audit)
    , m_clock(clock)
    , m_events(events)
{ }

QString Outbox::validationError(const OutgoingRequest &request)
{
    const PhoneNumbers::Parsed number
        = PhoneNumbers::parse(request.phoneE164, QString(), PhoneNumbers::Detail::E164Only);
    if (!number.isValid())
        return PhoneNumbers::describe(number.validity);
    if (number.e164 != request.phoneE164)
        return tr("The number must be given in international form, such as +447700900123.");
    if (request.body.trimmed().isEmpty())
        return tr("The message is empty. Write something to send.");
    if (OutboxStore::segmentationOf(request.body).partCount > kMaximumParts)
        return tr("The message is too long to send as texts. Shorten it.");
    if (request.overrideOptOut
        && (request.origin != MessageOrigin::Manual || request.purpose != MessagePurpose::Reply))
        return tr("Only a member of staff replying in a conversation may text a number that "
                  "opted out. Automations, campaigns and other kinds of message never can.");
    if (request.isComplianceNotice && request.origin != MessageOrigin::AutoReply)
        return tr("Only the automatic replies the rules require (the opt-out confirmation, the "
                  "answer to HELP) can be sent as compliance notices.");
    if (request.isComplianceNotice && request.purpose == MessagePurpose::Marketing)
        return tr("A compliance notice can never be a marketing message.");
    return {};
}

Result<EnqueueResult, QString> Outbox::enqueue(const OutgoingRequest &request)
{
    const QString problem = validationError(request);
    if (!problem.isEmpty())
        return fail(problem);
    const QDateTime now = m_clock.now().toUTC();
    const QString nowText = OutboxStore::timeText(now);
    const auto storageFailure = [](const StorageError &error) {
        qCWarning(lcOutbox) << "Could not store an outgoing message:" << error.detail;
        return fail(error.describe());
    };

    Transaction tx(m_database);
    if (!tx.isOpen())
        return storageFailure(StorageError {StorageError::Code::QueryFailed, tx.errorText()});
    const auto thread = ensureThread(m_database, request.phoneE164);
    if (!thread)
        return storageFailure(thread.error());

    PolicyRequest asked;
    asked.threadId = thread->threadId;
    asked.customerId = thread->customerId;
    asked.phoneE164 = request.phoneE164;
    asked.purpose = request.purpose;
    asked.origin = request.origin;
    asked.body = request.body;
    asked.overrideOptOut = request.overrideOptOut;
    asked.isComplianceNotice = request.isComplianceNotice;
    const PolicyDecision decision = m_policy.decide(asked, now);

    // Stored as the request's text, then the decision is written onto it exactly as the
    // dispatcher writes later ones (state, reason, hold, final body).
    const OutboxStore::Segmentation segmentation = OutboxStore::segmentationOf(request.body);
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("INSERT INTO messages (thread_id, direction, body, purpose, origin, "
                           "staff_id, state, created_at, updated_at, attempts, part_count, "
                           "encoding, modem_id, kind, overrides_opt_out, campaign_id, "
                           "template_key) "
                           "VALUES (?, 'out', ?, ?, ?, ?, 'queued', ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)"),
            {thread->threadId, request.body, messagePurposeKey(request.purpose),
                messageOriginKey(request.origin), nullIfZero(request.actor.staffId), nowText,
                nowText, segmentation.partCount, segmentation.encoding,
                nullIfEmpty(request.preferredModemId),
                request.isComplianceNotice ? OutboxStore::ComplianceNoticeKind
                                           : OutboxStore::TextKind,
                request.overrideOptOut, nullIfZero(request.campaignId),
                nullIfEmpty(request.templateKey)}))
        return storageFailure(OutboxStore::queryError(query));
    const qint64 messageId = query.lastInsertId().toLongLong();

    OutboxStore store(m_database);
    const auto state = store.applyDecision(messageId, MessageState::Queued, decision, now);
    if (!state)
        return storageFailure(state.error());
    if (request.overrideOptOut) {
        const auto audited = m_audit.record(request.actor, OutboxAuditAction::OptOutOverridden,
            subjectOf(messageId),
            QStringLiteral("Reply to a number that opted out (%1)")
                .arg(messageStateKey(state->value_or(MessageState::Queued))));
        if (!audited)
            return storageFailure(audited.error());
    }
    if (!sql::run(query, QStringLiteral("UPDATE threads SET last_message_at = ? WHERE id = ?"),
            {nowText, thread->threadId}))
        return storageFailure(OutboxStore::queryError(query));
    if (!tx.commit())
        return storageFailure(StorageError {StorageError::Code::QueryFailed, tx.errorText()});

    qCInfo(lcOutbox) << "Message" << messageId << "stored as"
                     << messageStateKey(state->value_or(MessageState::Queued))
                     << decision.reasonCode;
    Q_EMIT m_events.messageAdded(thread->threadId, messageId);
    EnqueueResult result;
    result.messageId = messageId;
    result.threadId = thread->threadId;
    result.state = state->value_or(MessageState::Queued);
    result.decision = decision;
    return result;
}

Result<MessageState, QString> Outbox::cancel(qint64 messageId, const Actor &actor)
{
    OutboxStore store(m_database);
    const auto row = store.load(messageId);
    if (!row)
        return fail(row.error().describe());
    if (!*row)
        return fail(tr("There is no such outgoing message."));
    const MessageState state = (*row)->state;
    if (state == MessageState::Sending)
        return fail(tr("This text is being sent right now and can no longer be cancelled."));
    if (state != MessageState::Queued && state != MessageState::Held)
        return fail(tr("Only a queued or held text can be cancelled; this one is %1.")
                        .arg(messageStateName(state).toLower()));

    const QDateTime now = m_clock.now().toUTC();
    Transaction tx(m_database);
    const auto moved = store.moveState(
        messageId, state, MessageState::Cancelled, tr("Cancelled by %1.").arg(actor.name), now);
    if (!moved)
        return fail(moved.error().describe());
    if (!*moved)
        return fail(tr("This text changed meanwhile; look at it again."));
    const auto audited = m_audit.record(actor, OutboxAuditAction::Cancelled, subjectOf(messageId));
    if (!audited)
        return fail(audited.error().describe());
    if (!tx.commit())
        return fail(StorageError {StorageError::Code::QueryFailed, tx.errorText()}.describe());
    Q_EMIT m_events.messageChanged((*row)->threadId, messageId);
    return MessageState::Cancelled;
}

Result<MessageState, QString> Outbox::retry(qint64 messageId, const Actor &actor)
{
    OutboxStore store(m_database);
    const auto row = store.load(messageId);
    if (!row)
        return fail(row.error().describe());
    if (!*row)
        return fail(tr("There is no such outgoing message."));
    if ((*row)->state != MessageState::Failed)
        return fail(tr("Only a text that failed can be sent again; this one is %1.")
                        .arg(messageStateName((*row)->state).toLower()));

    const QDateTime now = m_clock.now().toUTC();
    const auto storageFailure = [](const StorageError &error) { return fail(error.describe()); };
    Transaction tx(m_database);
    QSqlQuery query(m_database.connection());
    // Earlier attempts' parts move below attempt 1 (keeping their order and their status
    // reports' matches), so the fresh attempts can number from 1 again.
    if (!sql::run(query,
            QStringLiteral("SELECT coalesce(max(attempt) - min(attempt) + 1, 0) "
                           "FROM message_parts WHERE message_id = ?"),
            {messageId})
        || !query.next())
        return storageFailure(OutboxStore::queryError(query));
    const int shift = query.value(0).toInt();
    if (!sql::run(query,
            QStringLiteral("UPDATE message_parts SET attempt = attempt - ? "
                           "WHERE message_id = ? AND attempt > 0"),
            {shift, messageId})
        || !sql::run(query,
            QStringLiteral("UPDATE messages SET attempts = 0, sent_at = NULL, "
                           "delivered_at = NULL WHERE id = ?"),
            {messageId}))
        return storageFailure(OutboxStore::queryError(query));
    const PolicyDecision decision = m_policy.decide((*row)->request, now);
    const auto state = store.applyDecision(messageId, MessageState::Failed, decision, now);
    if (!state)
        return storageFailure(state.error());
    if (!*state)
        return fail(tr("This text changed meanwhile; look at it again."));
    const auto audited = m_audit.record(
        actor, OutboxAuditAction::Retried, subjectOf(messageId), messageStateKey(**state));
    if (!audited)
        return storageFailure(audited.error());
    if (!tx.commit())
        return storageFailure(StorageError {StorageError::Code::QueryFailed, tx.errorText()});
    Q_EMIT m_events.messageChanged((*row)->threadId, messageId);
    return **state;
}

Result<int, QString> Outbox::recheckHeld(qint64 threadId)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("SELECT id FROM messages WHERE thread_id = ? AND direction = 'out' "
                           "AND state = 'held' ORDER BY id"),
            {threadId}))
        return fail(OutboxStore::queryError(query).describe());
    QList<qint64> held;
    while (query.next())
        held << query.value(0).toLongLong();

    const QDateTime now = m_clock.now().toUTC();
    OutboxStore store(m_database);
    Transaction tx(m_database);
    int released = 0;
    for (const qint64 messageId : std::as_const(held)) {
        const auto row = store.load(messageId);
        if (!row)
            return fail(row.error().describe());
        if (!*row)
            continue;
        const auto state = store.applyDecision(
            messageId, MessageState::Held, m_policy.decide((*row)->request, now), now);
        if (!state)
            return fail(state.error().describe());
        released += *state == MessageState::Queued ? 1 : 0;
    }
    if (!tx.commit())
        return fail(StorageError {StorageError::Code::QueryFailed, tx.errorText()}.describe());
    for (const qint64 messageId : std::as_const(held))
        Q_EMIT m_events.messageChanged(threadId, messageId);
    return released;
}

} // namespace rapport::app
