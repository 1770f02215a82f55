#include "app/threads/ConversationQuery.h"

#include "app/threads/ThreadRepository.h"

#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace rapport::app {
namespace {

QDateTime fromIso(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

const QString columns = QStringLiteral(
    "SELECT id, thread_id, direction, body, kind, state, state_reason, purpose, origin,"
    " coalesce(staff_id, 0), coalesce(modem_id, ''), coalesce(part_count, 0), created_at,"
    " sent_at, delivered_at, held_until, next_attempt_at, coalesce(template_key, ''), attempts,"
    " overrides_opt_out FROM messages ");

} // namespace

ConversationQuery::ConversationQuery(Database &database)
    : m_database(database)
{ }

Result<QList<ConversationMessage>, StorageError> ConversationQuery::select(
    const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::run(query, columns + where, values))
        return fail(StorageError {StorageError::Code::QueryFailed, query.lastError().text()});
    QList<ConversationMessage> rows;
    while (query.next()) {
        ConversationMessage row;
        row.message = ThreadRepository::messageFromRow(query);
        row.heldUntil = fromIso(query.value(15));
        row.nextAttemptAt = fromIso(query.value(16));
        row.templateKey = query.value(17).toString();
        row.attempts = query.value(18).toInt();
        row.overridesOptOut = query.value(19).toBool();
        rows.append(row);
    }
    return rows;
}

Result<QList<ConversationMessage>, StorageError> ConversationQuery::page(
    qint64 threadId, qint64 beforeMessageId, int limit) const
{
    return select(QStringLiteral("WHERE thread_id = ? AND id < ? ORDER BY id DESC LIMIT ?"),
        {threadId, beforeMessageId > 0 ? beforeMessageId : std::numeric_limits<qint64>::max(),
            std::max(0, limit)});
}

Result<std::optional<ConversationMessage>, StorageError> ConversationQuery::message(
    qint64 messageId) const
{
    auto rows = select(QStringLiteral("WHERE id = ?"), {messageId});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<ConversationMessage>();
    return std::optional<ConversationMessage>(rows->constFirst());
}

Result<LargestThread, StorageError> ConversationQuery::largestThread() const
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("SELECT thread_id, count(*) AS n FROM messages GROUP BY thread_id"
                           " ORDER BY n DESC, thread_id LIMIT 1")))
        return fail(StorageError {StorageError::Code::QueryFailed, query.lastError().text()});
    if (!query.next())
        return LargestThread {};
    return LargestThread {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

QString ConversationQuery::automationName(const QString &templateKey)
{
    QString name = templateKey.trimmed();
    // The last segment names the automation: "automation.birthday", "automation:win_back".
    const qsizetype cut = std::max(name.lastIndexOf(QLatin1Char('.')), name.lastIndexOf(u':'));
    if (cut >= 0)
        name = name.mid(cut + 1);
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    name.replace(QLatin1Char('-'), QLatin1Char(' '));
    name = name.simplified();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace rapport::app
