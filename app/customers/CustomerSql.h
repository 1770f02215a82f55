#pragma once

// Small helpers shared by the CustomerRepository translation units: binding NULLs, a
// transaction that rolls back unless committed, and turning a failed query into an error value.

#include "app/customers/CustomerError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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

// Prepares `sql`, binds `values` in order and runs it.
inline bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

// Rolls back on scope exit unless commit() succeeded: an early error return cannot leave a
// half-written customer behind.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_open(m_db.transaction())
    { }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString errorText() const { return m_db.lastError().text(); }
    bool commit()
    {
        if (!m_open || !m_db.commit())
            return false;
        m_open = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace rapport::app::customersql
