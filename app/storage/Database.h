#pragma once

#include "app/storage/Migration.h"
#include "app/storage/StorageError.h"
#include "modem/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace rapport::app {

// The business's SQLite database: one file, mode 0600, WAL journal, foreign keys on, a named
// connection, and the schema brought up to date on open. Backups are consistent snapshots taken
// while the application runs (VACUUM INTO); a restore validates the backup before it replaces
// anything.
class Database final
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. `migrations` defaults to Schema's; tests pass
    // their own to exercise migration from every earlier version.
    static Result<std::unique_ptr<Database>, StorageError> open(
        const QString &path, const QString &connectionName = QStringLiteral("rapport"));
    static Result<std::unique_ptr<Database>, StorageError> open(
        const QString &path, const QString &connectionName, const QList<Migration> &migrations);

    // A private database that lives as long as the object: for tests and dry runs.
    static Result<std::unique_ptr<Database>, StorageError> openInMemory(
        const QString &connectionName = QStringLiteral("rapport-memory"));

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] bool isInMemory() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;

    // A consistent copy of the live database in `file` (which must not exist yet).
    Result<void, StorageError> backupTo(const QString &file) const;
    // Replaces the live database with `backup` after checking it is a Rapport database this
    // version can open (integrity check, schema not newer); migrates it if older. On failure
    // the live database is untouched.
    Result<void, StorageError> restoreFrom(const QString &backup);

    // The version recorded in a database file without opening it for use; -1 if unreadable.
    static int schemaVersionOf(const QString &file);

private:
    friend class Transaction;

    Database(QString path, QString connectionName, QList<Migration> migrations);
    Result<void, StorageError> openConnection();
    Result<void, StorageError> openSqlite();
    Result<void, StorageError> migrate();
    void closeConnection();

    QString m_path;
    QString m_connectionName;
    QList<Migration> m_migrations;
    int m_transactionDepth = 0; // see Transaction
};

} // namespace rapport::app
