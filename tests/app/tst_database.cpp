// The database file: permissions, journal, migrations from every earlier version, refusals, and
// backup / restore while it is in use. A real SQLite file in a temporary folder throughout.
#include "RapportTest.h"
#include "app/storage/Database.h"
#include "app/storage/Schema.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rapport::app;

namespace {

// A schema history of three steps, to walk migrations from every version.
QList<Migration> history()
{
    return {
        {1, QStringLiteral("people"),
            {QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")}},
        {2, QStringLiteral("visits"),
            {QStringLiteral("CREATE TABLE visits (id INTEGER PRIMARY KEY, person_id INTEGER NOT "
                            "NULL REFERENCES people (id) ON DELETE CASCADE, amount REAL)")}},
        {3, QStringLiteral("phone"),
            {QStringLiteral("ALTER TABLE people ADD COLUMN phone TEXT"),
                QStringLiteral("CREATE UNIQUE INDEX people_phone ON people (phone)")}},
    };
}

int count(const Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool run(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql);
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAPrivateWalDatabaseAtTheCurrentSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("business/rapport.db"));
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().detail));
        const QFile::Permissions mode = QFile::permissions(path);
        QVERIFY(mode.testFlag(QFile::ReadOwner) && mode.testFlag(QFile::WriteOwner));
        QCOMPARE(
            mode & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
            QFile::Permissions());
        QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int from = 0; from <= 3; ++from)
            QTest::addRow("from %d", from) << from;
    }
    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rapport.db"));
        {
            auto old = Database::open(path, QStringLiteral("old"), history().mid(0, from));
            QVERIFY(old);
            QCOMPARE((*old)->schemaVersion(), from);
            if (from >= 1)
                QVERIFY(run(**old, QStringLiteral("INSERT INTO people (name) VALUES ('Ana')")));
        }
        auto db = Database::open(path, QStringLiteral("new"), history());
        QVERIFY2(db, db ? "" : qPrintable(db.error().detail));
        QCOMPARE((*db)->schemaVersion(), 3);
        QCOMPARE(count(**db, QStringLiteral("people")), from >= 1 ? 1 : 0);
        QVERIFY(run(**db,
            QStringLiteral("INSERT INTO people (name, phone) VALUES ('Bo', "
                           "'+447700900123')")));
        // Foreign keys hold after migrating.
        QVERIFY(!run(**db, QStringLiteral("INSERT INTO visits (person_id) VALUES (999)")));
    }

    void failedMigrationLeavesTheDatabaseAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rapport.db"));
        {
            auto v1 = Database::open(path, QStringLiteral("v1"), history().mid(0, 1));
            QVERIFY(v1);
        }
        QList<Migration> broken = history();
        broken[1].statements << QStringLiteral("THIS IS NOT SQL");
        auto db = Database::open(path, QStringLiteral("broken"), broken);
        QVERIFY(!db);
        QCOMPARE(db.error().code, StorageError::Code::MigrationFailed);
        QVERIFY(db.error().detail.contains(QStringLiteral("migration 2")));
        auto reopened = Database::open(path, QStringLiteral("again"), history().mid(0, 1));
        QVERIFY(reopened);
        QCOMPARE((*reopened)->schemaVersion(), 1);
        QCOMPARE(count(**reopened, QStringLiteral("visits")), -1); // not half-created
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rapport.db"));
        {
            auto newer = Database::open(path, QStringLiteral("newer"), history());
            QVERIFY(newer);
        }
        auto older = Database::open(path, QStringLiteral("older"), history().mid(0, 2));
        QVERIFY(!older);
        QCOMPARE(older.error().code, StorageError::Code::NewerSchema);
    }

    void filesThatAreNotRapportDatabasesAreRefused()
    {
        QTemporaryDir dir;
        const QString garbage = dir.filePath(QStringLiteral("garbage.db"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        auto notDb = Database::open(garbage, QStringLiteral("garbage"));
        QVERIFY(!notDb);
        QCOMPARE(notDb.error().code, StorageError::Code::NotADatabase);

        const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
        {
            auto other = Database::open(foreign, QStringLiteral("other"), {});
            QVERIFY(other);
            QVERIFY(run(**other, QStringLiteral("DROP TABLE schema_migrations")));
            QVERIFY(run(**other, QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
        }
        auto foreignDb = Database::open(foreign, QStringLiteral("foreign"));
        QVERIFY(!foreignDb);
        QCOMPARE(foreignDb.error().code, StorageError::Code::NotADatabase);
    }

    void unwritableFolderCannotOpen()
    {
        auto db
            = Database::open(QStringLiteral("/proc/rapport/rapport.db"), QStringLiteral("nowhere"));
        QVERIFY(!db);
        QCOMPARE(db.error().code, StorageError::Code::CannotOpen);
    }

    void backupIsAConsistentPrivateSnapshot()
    {
        QTemporaryDir dir;
        auto db = Database::open(
            dir.filePath(QStringLiteral("rapport.db")), QStringLiteral("live"), history());
        QVERIFY(db);
        for (int i = 0; i < 50; ++i)
            QVERIFY(run(**db, QStringLiteral("INSERT INTO people (name) VALUES ('p%1')").arg(i)));
        // A write transaction in progress is not part of the snapshot.
        QVERIFY((*db)->connection().transaction());
        QVERIFY(run(**db, QStringLiteral("INSERT INTO people (name) VALUES ('uncommitted')")));
        const QString backup = dir.filePath(QStringLiteral("backups/monday.db"));
        auto other = Database::open(
            dir.filePath(QStringLiteral("rapport.db")), QStringLiteral("backup-writer"), history());
        QVERIFY(other);
        QVERIFY((*other)->backupTo(backup));
        QVERIFY((*db)->connection().rollback());
        QCOMPARE(QFile::permissions(backup) & (QFile::ReadOther | QFile::ReadGroup),
            QFile::Permissions());
        QCOMPARE(Database::schemaVersionOf(backup), 3);
        auto copy = Database::open(backup, QStringLiteral("copy"), history());
        QVERIFY(copy);
        QCOMPARE(count(**copy, QStringLiteral("people")), 50);

        auto again = (*db)->backupTo(backup);
        QVERIFY(!again);
        QCOMPARE(again.error().code, StorageError::Code::BackupFailed);
    }

    void restoreReplacesTheLiveDatabase()
    {
        QTemporaryDir dir;
        auto db = Database::open(
            dir.filePath(QStringLiteral("rapport.db")), QStringLiteral("live"), history());
        QVERIFY(db);
        QVERIFY(run(**db, QStringLiteral("INSERT INTO people (name) VALUES ('before')")));
        const QString backup = dir.filePath(QStringLiteral("backup.db"));
        QVERIFY((*db)->backupTo(backup));
        QVERIFY(run(**db, QStringLiteral("INSERT INTO people (name) VALUES ('after')")));
        QCOMPARE(count(**db, QStringLiteral("people")), 2);

        const auto restored = (*db)->restoreFrom(backup);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().detail));
        QCOMPARE(count(**db, QStringLiteral("people")), 1);
        QVERIFY(run(**db, QStringLiteral("INSERT INTO people (name) VALUES ('next')")));
        QCOMPARE(count(**db, QStringLiteral("people")), 2);
    }

    void restoreOfABadFileLeavesTheLiveDatabaseAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::newRow("garbage") << QByteArray(8192, '\x5a')
                                 << int(StorageError::Code::RestoreFailed);
        QTest::newRow("empty") << QByteArray() << int(StorageError::Code::RestoreFailed);
    }
    void restoreOfABadFileLeavesTheLiveDatabaseAlone()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        QTemporaryDir dir;
        auto db = Database::open(
            dir.filePath(QStringLiteral("rapport.db")), QStringLiteral("live"), history());
        QVERIFY(db);
        QVERIFY(run(**db, QStringLiteral("INSERT INTO people (name) VALUES ('kept')")));
        const QString bad = dir.filePath(QStringLiteral("bad.db"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const auto restored = (*db)->restoreFrom(bad);
        QVERIFY(!restored);
        QCOMPARE(int(restored.error().code), code);
        QCOMPARE(count(**db, QStringLiteral("people")), 1);
    }

    void restoreOfANewerBackupIsRefused()
    {
        QTemporaryDir dir;
        const QString newer = dir.filePath(QStringLiteral("newer.db"));
        {
            auto future = Database::open(newer, QStringLiteral("future"), history());
            QVERIFY(future);
        }
        auto db = Database::open(dir.filePath(QStringLiteral("rapport.db")), QStringLiteral("live"),
            history().mid(0, 2));
        QVERIFY(db);
        const auto restored = (*db)->restoreFrom(newer);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, StorageError::Code::NewerSchema);
        QCOMPARE((*db)->schemaVersion(), 2);
    }
};

RAPPORT_TEST_MAIN(TestDatabase)
#include "tst_database.moc"
