#include "app/storage/Transaction.h"

#include "app/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rapport::app {

Transaction::Transaction(Database &database)
    : Transaction(database, true)
{ }

Transaction::Transaction(Database &database, bool needed)
    : m_database(database)
{
    if (!needed) {
        m_open = true; // m_level 0: nothing to commit or roll back
        return;
    }
    m_level = database.m_transactionDepth + 1;
    if (m_level == 1) {
        QSqlDatabase db = m_database.connection();
        m_open = db.transaction();
        if (!m_open)
            m_error = db.lastError().text();
    } else {
        m_open = exec(QStringLiteral("SAVEPOINT rapport_%1").arg(m_level));
    }
    if (m_open)
        m_database.m_transactionDepth = m_level;
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_open)
        return false;
    if (m_level == 0) {
        m_open = false;
        return true;
    }
    bool done = false;
    if (m_level == 1) {
        QSqlDatabase db = m_database.connection();
        done = db.commit();
        if (!done)
            m_error = db.lastError().text();
    } else {
        done = exec(QStringLiteral("RELEASE SAVEPOINT rapport_%1").arg(m_level));
    }
    if (!done)
        return false;
    m_open = false;
    m_database.m_transactionDepth = m_level - 1;
    return true;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    if (m_level == 0) {
        m_open = false;
        return;
    }
    if (m_level == 1) {
        m_database.connection().rollback();
    } else {
        exec(QStringLiteral("ROLLBACK TO SAVEPOINT rapport_%1").arg(m_level));
        exec(QStringLiteral("RELEASE SAVEPOINT rapport_%1").arg(m_level));
    }
    m_open = false;
    m_database.m_transactionDepth = m_level - 1;
}

bool Transaction::exec(const QString &sql)
{
    QSqlQuery query(m_database.connection());
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    return false;
}

} // namespace rapport::app
