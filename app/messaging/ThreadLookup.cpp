#include "app/messaging/ThreadLookup.h"

#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rapport::app {
namespace {

StorageError queryFailed(const QSqlQuery &query)
{
    return StorageError {StorageError::Code::QueryFailed, query.lastError().text()};
}

} // namespace

Result<ThreadRef, StorageError> ensureThread(Database &database, const QString &phoneE164)
{
    QSqlQuery query(database.connection());
    if (!sql::run(query,
            QStringLiteral("SELECT id, coalesce(customer_id, 0) FROM threads WHERE phone_e164 = ?"),
            {phoneE164}))
        return fail(queryFailed(query));
    if (query.next())
        return ThreadRef {query.value(0).toLongLong(), query.value(1).toLongLong(), false};

    // A customer's thread follows the customer's number; a thread for a number that later
    // becomes a customer's is linked when the customer is saved (CustomerRepository).
    if (!sql::run(
            query, QStringLiteral("SELECT id FROM customers WHERE phone_e164 = ?"), {phoneE164}))
        return fail(queryFailed(query));
    const qint64 customerId = query.next() ? query.value(0).toLongLong() : 0;
    if (!sql::run(query,
            QStringLiteral("INSERT INTO threads (customer_id, phone_e164) VALUES (?, ?)"),
            {customerId ? QVariant(customerId) : QVariant(QMetaType(QMetaType::LongLong)),
                phoneE164}))
        return fail(queryFailed(query));
    return ThreadRef {query.lastInsertId().toLongLong(), customerId, true};
}

} // namespace rapport::app
