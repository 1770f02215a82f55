#include "app/outbox/OutboxStore.h"

#include "app/CoreLogging.h"
#include "app/outbox/SendFailureText.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "modem/SmsSegmenter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rapport::app {
namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// A policy that holds a message "until" a moment already past would be asked again at once,
// for ever; a minute later is the soonest worth asking.
constexpr qint64 kMinimumHoldSeconds = 60;

} // namespace

OutboxStore::OutboxStore(Database &database)
    : m_database(database)
{ }

OutboxStore::Segmentation OutboxStore::segmentationOf(const QString &body)
{
    const modem::SegmentedText segmented = modem::segmentText(body);
    return Segmentation {segmented.partCount(),
        segmented.encoding == modem::SmsEncoding::Gsm7 ? QStringLiteral("gsm7")
                                                       : QStringLiteral("ucs2")};
}

QString OutboxStore::timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QVariant OutboxStore::timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(timeText(time)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime OutboxStore::timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

StorageError OutboxStore::queryError(const QSqlQuery &query)
{
    return StorageError {StorageError::Code::QueryFailed, query.lastError().text()};
}

Result<std::optional<OutboxStore::Row>, StorageError> OutboxStore::load(qint64 messageId) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("SELECT m.id, m.thread_id, m.state, m.attempts, "
                           "coalesce(m.part_count, 1), coalesce(m.modem_id, ''), "
                           "coalesce(t.customer_id, 0), t.phone_e164, m.purpose, m.origin, m.body, "
                           "m.overrides_opt_out, m.kind FROM messages m "
                           "JOIN threads t ON t.id = m.thread_id "
                           "WHERE m.id = ? AND m.direction = 'out'"),
            {messageId}))
        return fail(queryError(query));
    if (!query.next())
        return std::optional<Row>();
    Row row;
    row.id = query.value(0).toLongLong();
    row.threadId = query.value(1).toLongLong();
    row.state = messageStateFromKey(query.value(2).toString()).value_or(MessageState::Failed);
    row.attempts = query.value(3).toInt();
    row.partCount = query.value(4).toInt();
    row.modemId = query.value(5).toString();
    row.request.messageId = row.id;
    row.request.threadId = row.threadId;
    row.request.customerId = query.value(6).toLongLong();
    row.request.phoneE164 = query.value(7).toString();
    row.request.purpose
        = messagePurposeFromKey(query.value(8).toString()).value_or(MessagePurpose::Marketing);
    row.request.origin
        = messageOriginFromKey(query.value(9).toString()).value_or(MessageOrigin::Campaign);
    row.request.body = query.value(10).toString();
    row.request.overrideOptOut = query.value(11).toBool();
    row.request.isComplianceNotice = query.value(12).toString() == ComplianceNoticeKind;
    return std::optional<Row>(row);
}

Result<std::optional<MessageState>, StorageError> OutboxStore::applyDecision(
    qint64 messageId, MessageState from, const PolicyDecision &decision, const QDateTime &now)
{
    QSqlQuery query(m_database.connection());
    MessageState to = MessageState::Queued;
    QDateTime heldUntil;
    QString reason;
    switch (decision.verdict) {
    case PolicyDecision::Verdict::Send:
        break;
    case PolicyDecision::Verdict::Hold:
        to = MessageState::Held;
        heldUntil = decision.notBefore;
        if (heldUntil.isValid() && heldUntil <= now) {
            qCWarning(lcOutbox) << "The policy held message" << messageId
                                << "until a moment already past; asking again in a minute";
            heldUntil = now.addSecs(kMinimumHoldSeconds);
        }
        reason = decision.reason;
        break;
    case PolicyDecision::Verdict::Refuse:
        to = MessageState::Failed;
        reason = decision.reason;
        break;
    }
    // The body as it must go out (the policy adds the sender's name or opt-out line at most
    // once); a refusal may come without one, and then the text stays as it was.
    const bool newBody = !decision.finalBody.isEmpty();
    const Segmentation segmentation = segmentationOf(decision.finalBody);
    if (!sql::run(query,
            QStringLiteral("UPDATE messages SET state = ?, state_reason = ?, held_until = ?, "
                           "next_attempt_at = ?, updated_at = ?, "
                           "body = CASE WHEN ? THEN ? ELSE body END, "
                           "part_count = CASE WHEN ? THEN ? ELSE part_count END, "
                           "encoding = CASE WHEN ? THEN ? ELSE encoding END "
                           "WHERE id = ? AND state = ? AND direction = 'out'"),
            {messageStateKey(to), textOrNull(reason), timeValue(heldUntil), timeValue(heldUntil),
                timeText(now), newBody, decision.finalBody, newBody, segmentation.partCount,
                newBody, segmentation.encoding, messageId, messageStateKey(from)}))
        return fail(queryError(query));
    if (query.numRowsAffected() != 1)
        return std::optional<MessageState>();
    return std::optional<MessageState>(to);
}

Result<bool, StorageError> OutboxStore::markSending(
    qint64 messageId, const QString &body, const QString &modemId, const QDateTime &now)
{
    const Segmentation segmentation = segmentationOf(body);
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("UPDATE messages SET state = 'sending', attempts = attempts + 1, "
                           "modem_id = ?, body = ?, part_count = ?, encoding = ?, "
                           "state_reason = NULL, held_until = NULL, next_attempt_at = NULL, "
                           "updated_at = ? WHERE id = ? AND state = 'queued'"),
            {modemId, body, segmentation.partCount, segmentation.encoding, timeText(now),
                messageId}))
        return fail(queryError(query));
    return query.numRowsAffected() == 1;
}

Result<bool, StorageError> OutboxStore::moveState(qint64 messageId, MessageState from,
    MessageState to, const QString &reason, const QDateTime &now, const QDateTime &nextAttemptAt)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("UPDATE messages SET state = ?, state_reason = ?, next_attempt_at = ?, "
                           "held_until = NULL, updated_at = ? "
                           "WHERE id = ? AND state = ? AND direction = 'out'"),
            {messageStateKey(to), textOrNull(reason), timeValue(nextAttemptAt), timeText(now),
                messageId, messageStateKey(from)}))
        return fail(queryError(query));
    return query.numRowsAffected() == 1;
}

Result<MessageState, StorageError> OutboxStore::settleInterrupted(
    qint64 messageId, const QString &reason, const QDateTime &now)
{
    QSqlQuery query(m_database.connection());
    // The parts the modem confirmed for the attempt in flight (attempts was raised when it
    // started). part_count on the part rows is what the modem really sent.
    if (!sql::run(query,
            QStringLiteral("SELECT count(DISTINCT p.part), max(p.part_count), max(p.sent_at) "
                           "FROM messages m JOIN message_parts p ON p.message_id = m.id "
                           "AND p.attempt = m.attempts WHERE m.id = ?"),
            {messageId}))
        return fail(queryError(query));
    const bool any = query.next();
    const int recorded = any ? query.value(0).toInt() : 0;
    const int expected = any ? query.value(1).toInt() : 0;
    const QString lastSentAt = any ? query.value(2).toString() : QString();
    if (recorded > 0 && recorded >= expected) {
        if (!sql::run(query,
                QStringLiteral("UPDATE messages SET state = 'sent', sent_at = ?, "
                               "state_reason = NULL, updated_at = ? "
                               "WHERE id = ? AND state = 'sending'"),
                {lastSentAt, timeText(now), messageId}))
            return fail(queryError(query));
        // Status reports may have come in before the interruption.
        return refreshDelivery(messageId, now);
    }
    const auto moved
        = moveState(messageId, MessageState::Sending, MessageState::Queued, reason, now);
    if (!moved)
        return fail(moved.error());
    return MessageState::Queued;
}

Result<MessageState, StorageError> OutboxStore::refreshDelivery(
    qint64 messageId, const QDateTime &now)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("SELECT m.state, count(p.part), max(p.part_count), "
                           "sum(p.status = 'delivered'), sum(p.status = 'failed'), "
                           "max(p.status_at), "
                           "min(CASE WHEN p.status = 'failed' THEN p.status_code END) "
                           "FROM messages m LEFT JOIN message_parts p ON p.message_id = m.id "
                           "AND p.attempt = m.attempts WHERE m.id = ? GROUP BY m.id"),
            {messageId}))
        return fail(queryError(query));
    if (!query.next())
        return MessageState::Failed;
    const MessageState state
        = messageStateFromKey(query.value(0).toString()).value_or(MessageState::Failed);
    // Only a message that has left can be delivered or fail to arrive; one sent again since
    // (queued, sending) is judged by its new attempt.
    if (state != MessageState::Sent && state != MessageState::Delivered)
        return state;
    const int parts = query.value(1).toInt();
    const int expected = query.value(2).toInt();
    const int delivered = query.value(3).toInt();
    const int failed = query.value(4).toInt();
    const QString lastStatusAt = query.value(5).toString();
    const int failedCode = query.value(6).toInt();
    if (failed > 0) {
        if (!sql::run(query,
                QStringLiteral("UPDATE messages SET state = 'failed', state_reason = ?, "
                               "delivered_at = NULL, updated_at = ? WHERE id = ?"),
                {SendFailureText::deliveryFailure(failedCode), timeText(now), messageId}))
            return fail(queryError(query));
        return MessageState::Failed;
    }
    if (state == MessageState::Sent && parts > 0 && parts >= expected && delivered == parts) {
        if (!sql::run(query,
                QStringLiteral("UPDATE messages SET state = 'delivered', delivered_at = ?, "
                               "updated_at = ? WHERE id = ?"),
                {lastStatusAt.isEmpty() ? timeText(now) : lastStatusAt, timeText(now), messageId}))
            return fail(queryError(query));
        return MessageState::Delivered;
    }
    return state;
}

} // namespace rapport::app
