#pragma once

#include <QString>

namespace rapport::app {

class Database;

// A unit of work that is committed whole or not at all, and that nests: inside another
// Transaction it becomes a savepoint, so an import can run every row's repository calls (each
// transactional on its own) inside one outer transaction and still roll back everything.
// Destroyed without commit() means rolled back.
class Transaction final
{
public:
    explicit Transaction(Database &database);
    // `needed` false makes a no-op that reports open and commits successfully: for bulk work
    // whose caller already runs one outer transaction and abandons all of it on any failure,
    // where a savepoint per row would only cost time.
    Transaction(Database &database, bool needed);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString errorText() const { return m_error; }
    bool commit();
    void rollback();

private:
    bool exec(const QString &sql);

    Database &m_database;
    int m_level = 0; // 1 for the outermost transaction, deeper levels are savepoints
    bool m_open = false;
    QString m_error;
};

} // namespace rapport::app
