#include "app/audit/AuditLog.h"

#include "app/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rapport::app {
namespace {

StorageError queryFailed(const QSqlQuery &query)
{
    return StorageError {StorageError::Code::QueryFailed, query.lastError().text()};
}

} // namespace

AuditLog::AuditLog(Database &database, Clock clock)
    : m_database(database)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{ }

Result<qint64, StorageError> AuditLog::record(
    const Actor &actor, const QString &action, const QString &subject, const QString &detail)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, staff_id, actor, action, subject, "
                                 "detail) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(m_clock().toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(actor.staffId > 0 ? QVariant(actor.staffId) : QVariant());
    query.addBindValue(actor.name);
    query.addBindValue(action);
    query.addBindValue(subject);
    query.addBindValue(detail.isEmpty() ? QVariant() : QVariant(detail));
    if (!query.exec())
        return fail(queryFailed(query));
    return query.lastInsertId().toLongLong();
}

Result<QList<AuditEntry>, StorageError> AuditLog::entries(
    const QString &action, int limit, int offset) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at, staff_id, actor, action, subject, detail "
                                 "FROM audit_log WHERE (? = '' OR action = ?) "
                                 "ORDER BY id DESC LIMIT ? OFFSET ?"));
    // A null QString binds as SQL NULL, for which "? = ''" is never true.
    const QString filter = action.isEmpty() ? QStringLiteral("") : action;
    query.addBindValue(filter);
    query.addBindValue(filter);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return fail(queryFailed(query));
    QList<AuditEntry> found;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.staffId = query.value(2).toLongLong();
        entry.actor = query.value(3).toString();
        entry.action = query.value(4).toString();
        entry.subject = query.value(5).toString();
        entry.detail = query.value(6).toString();
        found.append(entry);
    }
    return found;
}

} // namespace rapport::app
