#pragma once

#include "modem/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace rapport::app {

class AuditLog;
class Database;
struct Actor;

// Backing up and restoring the business's database from the desktop, as `rapportctl db backup`
// and `db restore` do: a backup never overwrites a file, a restore first keeps the current
// database beside it and is written to the audit log. Backing up needs the Export permission
// (a backup holds every customer), restoring the owner's (it replaces everything, the staff
// list included).
class DatabaseBackups final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackups)

public:
    DatabaseBackups() = delete;

    // "rapport-backup-2026-02-03.db" in `folder`; "-2", "-3" … when that name is taken.
    [[nodiscard]] static QString suggestedFile(const QString &folder, const QDate &date);

    // Whether `actor` may back up / restore; the sentence to show when not.
    [[nodiscard]] static QString whyNoBackup(const Actor &actor);
    [[nodiscard]] static QString whyNoRestore(const Actor &actor);

    // A consistent copy of the database file at `databasePath` in `file` (which must not exist),
    // taken on a connection of its own: safe to run on a worker thread while the application
    // keeps working (SQLite lets a reader snapshot while the main connection writes). Returns
    // the size of the backup in bytes. The caller has checked the permission.
    static Result<qint64, QString> backupFile(const QString &databasePath, const QString &file);
    // The same through the live connection (an in-memory database has no file to open twice).
    static Result<qint64, QString> backup(const Database &database, const QString &file);

    // Whether `file` can be restored by this version, without opening it for use: its schema
    // version, or the sentence saying why not.
    static Result<int, QString> check(const QString &file);

    // Keeps the current database as rapport-before-restore-<time>.db beside it, replaces it with
    // `backup` and writes DatabaseRestored. Returns the path of the kept copy. On failure the
    // live database is unchanged. Services that cache what they read must be rebuilt after
    // this: the desktop restarts.
    static Result<QString, QString> restore(Database &database, AuditLog &audit, const Actor &actor,
        const QString &backup, const QDateTime &now);
};

} // namespace rapport::app
