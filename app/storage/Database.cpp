#include "app/storage/Database.h"

#include "app/CoreLogging.h"
#include "app/storage/Schema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>

namespace rapport::app {
namespace {

constexpr auto kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
constexpr const char *kInMemory = ":memory:";

StorageError error(StorageError::Code code, const QString &detail)
{
    return StorageError {code, detail};
}

bool exec(QSqlDatabase &db, const QString &sql, QString *failure = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (failure)
        *failure = query.lastError().text();
    return false;
}

// Opens `file` read-only under a throw-away connection name and runs `use` on it.
template<typename Use>
auto withReadOnly(const QString &file, Use use)
{
    const QString name = QStringLiteral("rapport-inspect-") + QUuid::createUuid().toString();
    decltype(use(std::declval<QSqlDatabase &>())) result {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (QFileInfo::exists(file) && db.open())
            result = use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Database::Database(QString path, QString connectionName, QList<Migration> migrations)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_migrations(std::move(migrations))
{ }

Database::~Database()
{
    closeConnection();
}

Result<std::unique_ptr<Database>, StorageError> Database::open(
    const QString &path, const QString &connectionName)
{
    return open(path, connectionName, Schema::migrations());
}

Result<std::unique_ptr<Database>, StorageError> Database::open(
    const QString &path, const QString &connectionName, const QList<Migration> &migrations)
{
    std::unique_ptr<Database> database(new Database(path, connectionName, migrations));
    if (auto opened = database->openConnection(); !opened)
        return fail(opened.error());
    if (auto migrated = database->migrate(); !migrated)
        return fail(migrated.error());
    return database;
}

Result<std::unique_ptr<Database>, StorageError> Database::openInMemory(
    const QString &connectionName)
{
    return open(QString::fromLatin1(kInMemory), connectionName, Schema::migrations());
}

Result<void, StorageError> Database::openConnection()
{
    if (isInMemory())
        return openSqlite();
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(error(StorageError::Code::CannotOpen,
            QStringLiteral("cannot create the folder %1").arg(info.absolutePath())));
    // Customer data: readable by the owner only, set before SQLite writes a byte. SQLite gives
    // its -wal and -shm files the database file's mode.
    if (!info.exists()) {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(error(StorageError::Code::CannotOpen, file.errorString()));
    }
    QFile::setPermissions(m_path, kOwnerOnly);
    return openSqlite();
}

Result<void, StorageError> Database::openSqlite()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        closeConnection();
        return fail(error(StorageError::Code::CannotOpen, detail));
    }
    QString failure;
    // The first statement that touches the file tells a database from anything else.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        failure = probe.lastError().text();
        probe.finish();
        closeConnection();
        return fail(error(StorageError::Code::NotADatabase, failure));
    }
    probe.finish();
    for (const auto *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
             "PRAGMA busy_timeout=5000", "PRAGMA synchronous=NORMAL",
             // Savepoint journals in memory: an import nests one per row.
             "PRAGMA temp_store=MEMORY"}) {
        if (!exec(db, QString::fromLatin1(pragma), &failure)) {
            closeConnection();
            return fail(error(StorageError::Code::CannotOpen, failure));
        }
    }
    return {};
}

void Database::closeConnection()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::isInMemory() const
{
    return m_path == QLatin1String(kInMemory);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_migrations")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Result<void, StorageError> Database::migrate()
{
    QSqlDatabase db = connection();
    QString failure;
    // A database that has tables but no migration record was not made by Rapport.
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    tables.finish();
    if (!names.isEmpty() && !names.contains(QStringLiteral("schema_migrations")))
        return fail(
            error(StorageError::Code::NotADatabase, QStringLiteral("no schema_migrations table")));
    if (!exec(db,
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                           " version INTEGER PRIMARY KEY,"
                           " description TEXT NOT NULL,"
                           " applied_at TEXT NOT NULL)"),
            &failure))
        return fail(error(StorageError::Code::MigrationFailed, failure));

    const int current = schemaVersion();
    const int latest = m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
    if (current > latest)
        return fail(error(StorageError::Code::NewerSchema,
            QStringLiteral("schema version %1, this program knows up to %2")
                .arg(current)
                .arg(latest)));
    for (const Migration &migration : m_migrations) {
        if (migration.version <= current)
            continue;
        if (!db.transaction())
            return fail(error(StorageError::Code::MigrationFailed, db.lastError().text()));
        bool ok = true;
        for (const QString &statement : migration.statements) {
            if (!exec(db, statement, &failure)) {
                ok = false;
                break;
            }
        }
        if (ok) {
            QSqlQuery record(db);
            record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, description, "
                                          "applied_at) VALUES (?, ?, ?)"));
            record.addBindValue(migration.version);
            record.addBindValue(migration.description);
            record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            ok = record.exec();
            if (!ok)
                failure = record.lastError().text();
        }
        if (!ok || !db.commit()) {
            db.rollback();
            return fail(error(StorageError::Code::MigrationFailed,
                QStringLiteral("migration %1 (%2): %3")
                    .arg(migration.version)
                    .arg(migration.description, failure)));
        }
        qCInfo(lcStorage) << "Applied schema migration" << migration.version;
    }
    return {};
}

Result<void, StorageError> Database::backupTo(const QString &file) const
{
    if (QFileInfo::exists(file))
        return fail(
            error(StorageError::Code::BackupFailed, QStringLiteral("%1 already exists").arg(file)));
    QDir().mkpath(QFileInfo(file).absolutePath());
    // VACUUM INTO writes a consistent snapshot (one read transaction) while others keep writing.
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(file);
    if (!query.exec())
        return fail(error(StorageError::Code::BackupFailed, query.lastError().text()));
    QFile::setPermissions(file, kOwnerOnly);
    return {};
}

int Database::schemaVersionOf(const QString &file)
{
    return withReadOnly(file, [](QSqlDatabase &db) {
        QSqlQuery integrity(db);
        if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")) || !integrity.next()
            || integrity.value(0).toString() != QLatin1String("ok"))
            return -1;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_migrations"))
            || !query.next())
            return -1;
        return query.value(0).toInt();
    });
}

Result<void, StorageError> Database::restoreFrom(const QString &backup)
{
    if (isInMemory())
        return fail(error(StorageError::Code::RestoreFailed,
            QStringLiteral("an in-memory database has no file to restore into")));
    const int version = schemaVersionOf(backup);
    if (version < 0)
        return fail(error(StorageError::Code::RestoreFailed,
            QStringLiteral("%1 is not a readable Rapport backup").arg(backup)));
    const int latest = m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
    if (version > latest)
        return fail(error(StorageError::Code::NewerSchema,
            QStringLiteral("the backup has schema version %1, this program knows "
                           "up to %2")
                .arg(version)
                .arg(latest)));
    // Stage the copy next to the live file so the final step is a rename on one file system.
    const QString staged = m_path + QStringLiteral(".restoring");
    const QString previous = m_path + QStringLiteral(".before-restore");
    QFile::remove(staged);
    if (!QFile::copy(backup, staged))
        return fail(error(StorageError::Code::RestoreFailed,
            QStringLiteral("cannot copy %1 next to the database").arg(backup)));
    QFile::setPermissions(staged, kOwnerOnly);

    // Closing the last connection checkpoints the WAL into the file and removes it.
    closeConnection();
    QFile::remove(previous);
    const bool kept = QFile::copy(m_path, previous);
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(m_path + QLatin1String(suffix));
    // rename(2) replaces the file in one step: a crash leaves either the old or the new database.
    bool swapped
        = std::rename(QFile::encodeName(staged).constData(), QFile::encodeName(m_path).constData())
        == 0;
    if (!swapped) // Windows does not replace an existing file by renaming onto it
        swapped = QFile::remove(m_path) && QFile::rename(staged, m_path);
    auto reopened = swapped
        ? openConnection()
        : Result<void, StorageError>(
            fail(error(StorageError::Code::RestoreFailed, QStringLiteral("swap failed"))));
    if (reopened)
        reopened = migrate();
    if (!reopened) {
        // Put the live database back as it was.
        closeConnection();
        if (kept) {
            QFile::remove(m_path);
            QFile::rename(previous, m_path);
        }
        if (!openConnection())
            qCWarning(lcStorage) << "Could not reopen the database after a failed restore";
        return fail(error(StorageError::Code::RestoreFailed, reopened.error().detail));
    }
    // The copy was only the way back if the swap failed; callers that want to keep the
    // replaced data take a backup first (rapportctl does), rather than leaving a second copy of
    // personal data beside the file.
    QFile::remove(previous);
    qCInfo(lcStorage) << "Restored the database from a backup of schema version" << version;
    return {};
}

} // namespace rapport::app
