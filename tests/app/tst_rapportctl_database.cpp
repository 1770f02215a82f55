// rapportctl person and db end to end: access and erasure requests, backups and restores on a
// copy of a generated demo shop, checked by exit codes, sentences and the database files.
#include "RapportTest.h"
#include "RapportctlFixture.h"

using namespace rapport::test;

class TestRapportctlDatabase final : public QObject, private RapportctlFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Outcome demo = generateDemo();
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QCOMPARE(customerCount(m_demo), 300);
        QVERIFY(!numberWithMessages().isEmpty());
    }

    void personExportAndErase()
    {
        const QString shop = demoCopy(QStringLiteral("person.db"));
        const QString number = numberWithMessages();
        const QVariant id = scalar(
            shop, QStringLiteral("SELECT id FROM customers WHERE phone_e164 = ?"), {number});
        QVERIFY(id.isValid());

        const QStringList exportArguments {QStringLiteral("person"), QStringLiteral("export"),
            number, QStringLiteral("request"), QStringLiteral("--database"), shop};
        const Outcome exported = run(exportArguments);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(exported.out.startsWith(
            QStringLiteral("Wrote 6 files to ") + path(QStringLiteral("request"))));
        const QDir request(path(QStringLiteral("request")));
        for (const char *file : {"person.json", "profile.csv", "visits.csv", "appointments.csv",
                 "consent.csv", "messages.csv"})
            QVERIFY2(request.exists(QLatin1String(file)), file);
        QVERIFY(readAll(request.filePath(QStringLiteral("person.json"))).contains(number.toUtf8()));
        QVERIFY(readAll(request.filePath(QStringLiteral("messages.csv"))).count("\r\n") > 1);

        const Outcome exportedAgain = run(exportArguments);
        QCOMPARE(exportedAgain.exitCode, 1);
        QVERIFY2(exportedAgain.err.contains(QStringLiteral("Choose an empty folder")),
            qPrintable(exportedAgain.err));

        // The national spelling is read in the region given.
        const QString national = QStringLiteral("0") + number.mid(3);
        const Outcome unconfirmed = run({QStringLiteral("person"), QStringLiteral("erase"),
            national, QStringLiteral("--region"), QStringLiteral("GB"),
            QStringLiteral("--database"), shop});
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY2(
            unconfirmed.err.contains(QStringLiteral("cannot be undone. Run it again with --yes")),
            qPrintable(unconfirmed.err));
        QCOMPARE(customerCount(shop), 300);

        const Outcome erased = run({QStringLiteral("--database"), shop, QStringLiteral("person"),
            QStringLiteral("erase"), national, QStringLiteral("--yes"), QStringLiteral("--region"),
            QStringLiteral("GB")});
        QVERIFY2(erased.exitCode == 0, qPrintable(erased.err));
        QVERIFY2(erased.out.startsWith(QStringLiteral("Erased customer %1: ").arg(id.toLongLong())),
            qPrintable(erased.out));
        QVERIFY(erased.out.contains(QStringLiteral("The number is on the do-not-text list.")));
        QCOMPARE(customerCount(shop), 299);
        QCOMPARE(scalar(shop, QStringLiteral("SELECT count(*) FROM threads WHERE phone_e164 = ?"),
                     {number})
                     .toInt(),
            0);
        QCOMPARE(scalar(shop, QStringLiteral("SELECT count(*) FROM suppression")).toInt(), 1);

        const Outcome erasedAgain = run({QStringLiteral("person"), QStringLiteral("erase"), number,
            QStringLiteral("--yes"), QStringLiteral("--database"), shop});
        QCOMPARE(erasedAgain.exitCode, 1);
        QVERIFY2(erasedAgain.err.contains(QStringLiteral("No customer has this number. Check the "
                                                         "number")),
            qPrintable(erasedAgain.err));

        const Outcome invalid = run({QStringLiteral("person"), QStringLiteral("export"),
            QStringLiteral("call me"), QStringLiteral("elsewhere"), QStringLiteral("--database"),
            shop, QStringLiteral("--region"), QStringLiteral("GB")});
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY2(invalid.err.contains(QStringLiteral("not a phone number Rapport can look up")),
            qPrintable(invalid.err));
    }

    // A number with its country code needs no business country, so a fresh database answers
    // about the number rather than about the missing setting.
    void anInternationalNumberNeedsNoRegion()
    {
        const QString empty = path(QStringLiteral("no-region.db"));
        QVERIFY(createEmpty(empty));
        const Outcome international = run(
            {QStringLiteral("person"), QStringLiteral("erase"), QStringLiteral("+447400123456"),
                QStringLiteral("--yes"), QStringLiteral("--database"), empty});
        QCOMPARE(international.exitCode, 1);
        QVERIFY2(international.err.contains(QStringLiteral("No customer has this number")),
            qPrintable(international.err));
        const Outcome national = run(
            {QStringLiteral("person"), QStringLiteral("erase"), QStringLiteral("07400 123456"),
                QStringLiteral("--yes"), QStringLiteral("--database"), empty});
        QCOMPARE(national.exitCode, 2);
        QVERIFY2(national.err.contains(QStringLiteral("the business's country is not set")),
            qPrintable(national.err));
        QVERIFY(national.err.contains(QStringLiteral("--region CC")));
    }

    void backupNeverOverwritesAFile()
    {
        const QString backup = path(QStringLiteral("backup-1.db"));
        const QStringList arguments {QStringLiteral("db"), QStringLiteral("backup"),
            QStringLiteral("backup-1.db"), QStringLiteral("--database"), m_demo};
        const Outcome first = run(arguments);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.startsWith(
                     QStringLiteral("Backed up ") + m_demo + QStringLiteral(" to ") + backup),
            qPrintable(first.out));
        QVERIFY(first.out.contains(QStringLiteral("schema version ")));
        QCOMPARE(customerCount(backup), 300);
        QVERIFY(!(QFile::permissions(backup) & (QFile::ReadOther | QFile::ReadGroup)));

        const QByteArray before = readAll(backup);
        const Outcome second = run(arguments);
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QStringLiteral("already exists. Choose a new file name")),
            qPrintable(second.err));
        QCOMPARE(readAll(backup), before);
    }

    void restoreKeepsTheDatabaseItReplaces()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("restore")));
        const QString live = path(QStringLiteral("restore/live.db"));
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("backup"), live,
                         QStringLiteral("--database"), m_demo})
                     .exitCode,
            0);
        const QString backup = path(QStringLiteral("restore-source.db"));
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("backup"), backup,
                         QStringLiteral("--database"), m_demo})
                     .exitCode,
            0);
        QCOMPARE(run({QStringLiteral("person"), QStringLiteral("erase"), numberWithMessages(),
                         QStringLiteral("--yes"), QStringLiteral("--database"), live})
                     .exitCode,
            0);
        QCOMPARE(customerCount(live), 299);

        const Outcome notABackup = run({QStringLiteral("db"), QStringLiteral("restore"),
            QStringLiteral("demo.csv-that-is-missing"), QStringLiteral("--database"), live});
        QCOMPARE(notABackup.exitCode, 1);
        QVERIFY2(notABackup.err.contains(QStringLiteral("Check the path of the backup")),
            qPrintable(notABackup.err));

        QVERIFY(writeFile(path(QStringLiteral("not-a-database.db")), "just text\n"));
        const Outcome refused = run({QStringLiteral("db"), QStringLiteral("restore"),
            QStringLiteral("not-a-database.db"), QStringLiteral("--database"), live});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(customerCount(live), 299);
        const QStringList pattern {QStringLiteral("rapport-before-restore-*.db")};
        QCOMPARE(QDir(path(QStringLiteral("restore"))).entryList(pattern), QStringList());

        const Outcome restored = run({QStringLiteral("db"), QStringLiteral("restore"), backup,
            QStringLiteral("--database"), live});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY(restored.out.contains(QStringLiteral("The database as it was before is kept in ")));
        QCOMPARE(customerCount(live), 300);
        const QStringList kept = QDir(path(QStringLiteral("restore"))).entryList(pattern);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(customerCount(path(QStringLiteral("restore/")) + kept.first()), 299);
        QCOMPARE(scalar(live,
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                    "'database.restored'"))
                     .toInt(),
            1);

        // A second restore in the same second keeps its own copy instead of failing.
        const Outcome restoredAgain = run({QStringLiteral("db"), QStringLiteral("restore"), backup,
            QStringLiteral("--database"), live});
        QVERIFY2(restoredAgain.exitCode == 0, qPrintable(restoredAgain.err));
        QCOMPARE(QDir(path(QStringLiteral("restore"))).entryList(pattern).size(), 2);
    }
};

RAPPORT_TEST_MAIN(TestRapportctlDatabase)
#include "tst_rapportctl_database.moc"
