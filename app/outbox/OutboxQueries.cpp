// Outbox: listing, counting and start-up reconciliation (the read side and the crash side).
#include "app/outbox/Outbox.h"

#include "app/CoreLogging.h"
#include "app/messaging/MessagingEvents.h"
#include "app/outbox/OutboxStore.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "app/storage/Transaction.h"
#include "modem/Clock.h"

#include <QSqlQuery>

namespace rapport::app {

Result<QList<OutboxEntry>, StorageError> Outbox::list(const OutboxQuery &request) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString state
        = request.state ? messageStateKey(*request.state) : QStringLiteral(""); // never NULL
    if (!sql::run(query,
            QStringLiteral("SELECT m.id, m.thread_id, t.phone_e164, m.body, m.purpose, m.origin, "
                           "m.state, m.state_reason, m.attempts, coalesce(m.part_count, 0), "
                           "m.modem_id, m.created_at, m.updated_at, m.held_until, "
                           "m.next_attempt_at, m.sent_at, m.delivered_at "
                           "FROM messages m JOIN threads t ON t.id = m.thread_id "
                           "WHERE m.direction = 'out' AND (? = '' OR m.state = ?) "
                           "ORDER BY m.id DESC LIMIT ? OFFSET ?"),
            {state, state, std::max(request.limit, 0), std::max(request.offset, 0)}))
        return fail(OutboxStore::queryError(query));
    QList<OutboxEntry> entries;
    while (query.next()) {
        OutboxEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.threadId = query.value(1).toLongLong();
        entry.phoneE164 = query.value(2).toString();
        entry.body = query.value(3).toString();
        entry.purpose
            = messagePurposeFromKey(query.value(4).toString()).value_or(MessagePurpose::Reply);
        entry.origin
            = messageOriginFromKey(query.value(5).toString()).value_or(MessageOrigin::Manual);
        entry.state = messageStateFromKey(query.value(6).toString()).value_or(MessageState::Failed);
        entry.stateReason = query.value(7).toString();
        entry.attempts = query.value(8).toInt();
        entry.partCount = query.value(9).toInt();
        entry.modemId = query.value(10).toString();
        entry.createdAt = OutboxStore::timeFrom(query.value(11));
        entry.updatedAt = OutboxStore::timeFrom(query.value(12));
        entry.heldUntil = OutboxStore::timeFrom(query.value(13));
        entry.nextAttemptAt = OutboxStore::timeFrom(query.value(14));
        entry.sentAt = OutboxStore::timeFrom(query.value(15));
        entry.deliveredAt = OutboxStore::timeFrom(query.value(16));
        entries << entry;
    }
    return entries;
}

Result<int, StorageError> Outbox::waitingCount() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::run(query,
            QStringLiteral("SELECT count(*) FROM messages WHERE state IN ('queued', 'sending') "
                           "AND direction = 'out'"))
        || !query.next())
        return fail(OutboxStore::queryError(query));
    return query.value(0).toInt();
}

Result<QMap<MessageState, int>, StorageError> Outbox::counts() const
{
    QMap<MessageState, int> counts;
    for (const MessageState state : allMessageStates) {
        if (state != MessageState::Received)
            counts.insert(state, 0);
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::run(query,
            QStringLiteral("SELECT state, count(*) FROM messages WHERE direction = 'out' "
                           "GROUP BY state")))
        return fail(OutboxStore::queryError(query));
    while (query.next()) {
        const auto state = messageStateFromKey(query.value(0).toString());
        if (state && counts.contains(*state))
            counts[*state] = query.value(1).toInt();
    }
    return counts;
}

Result<OutboxReconciliation, StorageError> Outbox::reconcile()
{
    const QDateTime now = m_clock.now().toUTC();
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("SELECT id, thread_id FROM messages "
                           "WHERE direction = 'out' AND state = 'sending' ORDER BY id")))
        return fail(OutboxStore::queryError(query));
    QList<std::pair<qint64, qint64>> interrupted; // message, thread
    while (query.next())
        interrupted.append({query.value(0).toLongLong(), query.value(1).toLongLong()});

    OutboxReconciliation result;
    if (interrupted.isEmpty())
        return result;
    const QString reason = tr("Sending was interrupted (Rapport or the modem stopped) before the "
                              "modem confirmed it. It is being sent again and may arrive twice.");
    OutboxStore store(m_database);
    Transaction tx(m_database);
    for (const auto &[messageId, threadId] : std::as_const(interrupted)) {
        const auto settled = store.settleInterrupted(messageId, reason, now);
        if (!settled)
            return fail(settled.error());
        ++result.interrupted;
        if (*settled == MessageState::Queued)
            ++result.requeued;
        else
            ++result.confirmedSent;
    }
    if (!tx.commit())
        return fail(StorageError {StorageError::Code::QueryFailed, tx.errorText()});
    qCInfo(lcOutbox) << "Start-up:" << result.interrupted << "interrupted sends," << result.requeued
                     << "queued again," << result.confirmedSent << "confirmed sent";
    for (const auto &[messageId, threadId] : std::as_const(interrupted))
        Q_EMIT m_events.messageChanged(threadId, messageId);
    return result;
}

} // namespace rapport::app
