#include "app/settings/DatabaseBackups.h"

#include "app/audit/AuditLog.h"
#include "app/staff/Permissions.h"
#include "app/storage/Database.h"
#include "app/storage/Schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rapport::app {
namespace {

QString uniqueFile(const QDir &folder, const QString &stem)
{
    QString candidate = folder.filePath(stem + QStringLiteral(".db"));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = folder.filePath(stem + QStringLiteral("-%1.db").arg(n));
    return candidate;
}

QString refusal(const Actor &actor, Permission permission)
{
    return Permissions::allows(actor.role, permission)
        ? QString()
        : PermissionError {permission, actor.role}.describe();
}

Result<qint64, QString> finished(const Result<void, StorageError> &written, const QString &file)
{
    if (!written)
        return fail(written.error().describe());
    return QFileInfo(file).size();
}

} // namespace

QString DatabaseBackups::suggestedFile(const QString &folder, const QDate &date)
{
    return uniqueFile(QDir(folder), QStringLiteral("rapport-backup-") + date.toString(Qt::ISODate));
}

QString DatabaseBackups::whyNoBackup(const Actor &actor)
{
    return refusal(actor, Permission::Export);
}

QString DatabaseBackups::whyNoRestore(const Actor &actor)
{
    return refusal(actor, Permission::ManageStaff);
}

Result<qint64, QString> DatabaseBackups::backupFile(
    const QString &databasePath, const QString &file)
{
    if (QFileInfo::exists(file))
        return fail(tr("%1 already exists. Choose a new file name; a backup never overwrites a "
                       "file.")
                        .arg(QDir::toNativeSeparators(file)));
    static QAtomicInt counter;
    const QString connection
        = QStringLiteral("rapport-backup-%1").arg(counter.fetchAndAddRelaxed(1));
    auto database = Database::open(databasePath, connection);
    if (!database)
        return fail(database.error().describe());
    return finished((*database)->backupTo(file), file);
}

Result<qint64, QString> DatabaseBackups::backup(const Database &database, const QString &file)
{
    if (QFileInfo::exists(file))
        return fail(tr("%1 already exists. Choose a new file name; a backup never overwrites a "
                       "file.")
                        .arg(QDir::toNativeSeparators(file)));
    return finished(database.backupTo(file), file);
}

Result<int, QString> DatabaseBackups::check(const QString &file)
{
    if (!QFileInfo::exists(file))
        return fail(tr("There is no file %1. Check where the backup is and choose it again.")
                        .arg(QDir::toNativeSeparators(file)));
    const int version = Database::schemaVersionOf(file);
    if (version < 0)
        return fail(tr("%1 is not a Rapport backup, or it is damaged. Choose another backup.")
                        .arg(QFileInfo(file).fileName()));
    if (version > Schema::currentVersion())
        return fail(StorageError {StorageError::Code::NewerSchema, {}}.describe());
    return version;
}

Result<QString, QString> DatabaseBackups::restore(Database &database, AuditLog &audit,
    const Actor &actor, const QString &backup, const QDateTime &now)
{
    if (auto allowed = Permissions::check(actor, Permission::ManageStaff, &audit); !allowed)
        return fail(allowed.error().describe());
    if (auto usable = check(backup); !usable)
        return fail(usable.error());
    if (database.isInMemory())
        return fail(tr("This database lives only in memory, so there is no file to restore into."));
    // What is replaced is kept: restoring the wrong file must not lose today's work.
    const QString safety = uniqueFile(QFileInfo(database.path()).dir(),
        QStringLiteral("rapport-before-restore-")
            + now.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (auto saved = database.backupTo(safety); !saved)
        return fail(tr("The current data could not be saved first, so nothing was restored. %1")
                        .arg(saved.error().describe()));
    if (auto restored = database.restoreFrom(backup); !restored) {
        QFile::remove(safety);
        return fail(restored.error().describe());
    }
    // The restore itself is done; a missing audit line must not undo it.
    (void)audit.record(actor, AuditAction::DatabaseRestored,
        QStringLiteral("file:%1").arg(QFileInfo(backup).fileName()));
    return safety;
}

} // namespace rapport::app
