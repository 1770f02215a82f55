#include "app/inbound/OptOutReviews.h"

#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "modem/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rapport::app {
namespace {

const QString columns = QStringLiteral(
    "id, thread_id, coalesce(message_id, 0), raised_at, resolved_at, coalesce(resolved_by, 0),"
    " outcome");

StorageError queryFailed(const QSqlQuery &query)
{
    return StorageError {StorageError::Code::QueryFailed, query.lastError().text()};
}

QDateTime fromIso(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

OptOutReview fromRow(const QSqlQuery &row)
{
    return OptOutReview {row.value(0).toLongLong(), row.value(1).toLongLong(),
        row.value(2).toLongLong(), fromIso(row.value(3)), fromIso(row.value(4)),
        row.value(5).toLongLong(), row.value(6).toString()};
}

} // namespace

OptOutReviews::OptOutReviews(Database &database, Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

QString OptOutReviews::outcomeKey(ReviewOutcome outcome)
{
    return outcome == ReviewOutcome::OptedOut ? QStringLiteral("opted_out")
                                              : QStringLiteral("not_an_opt_out");
}

Result<qint64, StorageError> OptOutReviews::raise(qint64 threadId, qint64 messageId)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("SELECT id FROM opt_out_reviews WHERE thread_id = ?"
                           " AND resolved_at IS NULL ORDER BY id LIMIT 1"),
            {threadId}))
        return fail(queryFailed(query));
    if (query.next())
        return query.value(0).toLongLong();
    if (!sql::run(query,
            QStringLiteral("INSERT INTO opt_out_reviews (thread_id, message_id, raised_at)"
                           " VALUES (?, ?, ?)"),
            {threadId, messageId ? QVariant(messageId) : QVariant(QMetaType::fromType<qint64>()),
                m_clock.now().toUTC().toString(Qt::ISODateWithMs)}))
        return fail(queryFailed(query));
    return query.lastInsertId().toLongLong();
}

Result<std::optional<OptOutReview>, StorageError> OptOutReviews::find(qint64 reviewId) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query, QStringLiteral("SELECT %1 FROM opt_out_reviews WHERE id = ?").arg(columns),
            {reviewId}))
        return fail(queryFailed(query));
    if (!query.next())
        return std::optional<OptOutReview>();
    return std::optional<OptOutReview>(fromRow(query));
}

Result<QList<OptOutReview>, StorageError> OptOutReviews::open() const
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("SELECT %1 FROM opt_out_reviews WHERE resolved_at IS NULL ORDER BY id")
                .arg(columns)))
        return fail(queryFailed(query));
    QList<OptOutReview> reviews;
    while (query.next())
        reviews.append(fromRow(query));
    return reviews;
}

Result<bool, StorageError> OptOutReviews::resolve(
    qint64 reviewId, qint64 staffId, ReviewOutcome outcome)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("UPDATE opt_out_reviews SET resolved_at = ?, resolved_by = ?,"
                           " outcome = ? WHERE id = ? AND resolved_at IS NULL"),
            {m_clock.now().toUTC().toString(Qt::ISODateWithMs),
                staffId ? QVariant(staffId) : QVariant(QMetaType::fromType<qint64>()),
                outcomeKey(outcome), reviewId}))
        return fail(queryFailed(query));
    return query.numRowsAffected() == 1;
}

} // namespace rapport::app
