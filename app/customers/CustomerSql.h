#pragma once

// Small helpers shared by the CustomerRepository translation units: binding NULLs, a
// transaction that rolls back unless committed, and turning a failed query into an error value.

#include "app/customers/CustomerError.h"
#include "app/customers/CustomerRepository.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <memory>
#include <optional>
#include <unordered_map>

namespace rapport::app::customersql {

inline CustomerError storageError(const QString &detail)
{
    CustomerError error;
    error.code = CustomerError::Code::StorageFailed;
    error.detail = detail;
    return error;
}

inline CustomerError storageError(const QSqlQuery &query)
{
    return storageError(query.lastError().text());
}

inline CustomerError notFound()
{
    CustomerError error;
    error.code = CustomerError::Code::NotFound;
    return error;
}

// Empty text is stored as NULL, so that "no email" is one thing and UNIQUE allows many.
inline QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

inline QVariant orNull(int number)
{
    return number == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(number);
}

using sql::run;

} // namespace rapport::app::customersql

namespace rapport::app {

// What CustomerRepository keeps between calls in bulk mode.
struct CustomerRepository::BulkCache
{
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> statements; // by SQL, prepared once
    std::optional<QList<CustomField>> fields;
    QSet<QString> validatedNumbers;
};

// The query a repository method works with: its own, or in bulk mode the cached statement for
// the SQL it runs. Used like a pointer to a QSqlQuery.
class CustomerRepository::StatementHandle
{
public:
    StatementHandle(Database &database, BulkCache *bulk)
        : m_db(database.connection())
        , m_own(m_db)
        , m_bulk(bulk)
    { }

    bool run(const QString &sql, const QVariantList &values)
    {
        if (!m_bulk) {
            m_active = &m_own;
            return customersql::run(m_own, sql, values);
        }
        std::unique_ptr<QSqlQuery> &cached = m_bulk->statements[sql];
        if (!cached) {
            cached = std::make_unique<QSqlQuery>(m_db);
            cached->setForwardOnly(true);
            if (!cached->prepare(sql)) {
                // Not cached; kept here so the caller can still read lastError().
                m_failed = std::move(cached);
                m_bulk->statements.erase(sql);
                m_active = m_failed.get();
                return false;
            }
        }
        m_active = cached.get();
        for (int i = 0; i < values.size(); ++i)
            m_active->bindValue(i, values.at(i));
        return m_active->exec();
    }

    QSqlQuery *operator->() { return m_active; }
    QSqlQuery &operator*() { return *m_active; }

private:
    QSqlDatabase m_db;
    QSqlQuery m_own;
    BulkCache *m_bulk;
    QSqlQuery *m_active = &m_own;
    std::unique_ptr<QSqlQuery> m_failed;
};

} // namespace rapport::app
