// rapportctl customers end to end: the real executable on a demo shop made by
// `db generate-demo`, exporting and importing through CSV files, checked by its exit codes
// (0 ok, 1 failed, 2 usage, 3 unavailable), its sentences and what it left in the database files.
#include "RapportTest.h"
#include "RapportctlFixture.h"

using namespace rapport::test;

class TestRapportctlCustomers final : public QObject, private RapportctlFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Outcome demo = generateDemo();
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QVERIFY2(demo.out.contains(QStringLiteral("customers       300")), qPrintable(demo.out));
        QVERIFY(demo.out.contains(QStringLiteral("messages        3000")));
        QVERIFY(demo.out.contains(QStringLiteral("The business's country is now set to GB.")));
        QCOMPARE(customerCount(m_demo), 300);
        QVERIFY(!numberWithMessages().isEmpty());
    }

    void helpListsTheSubcommands_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("listed");
        QTest::newRow("customers")
            << QStringLiteral("customers")
            << QStringList {QStringLiteral("import FILE"), QStringLiteral("--map COLUMN=FIELD"),
                   QStringLiteral("--dry-run"), QStringLiteral("--errors FILE"),
                   QStringLiteral("export FILE [--columns")};
        QTest::newRow("person") << QStringLiteral("person")
                                << QStringList {QStringLiteral("export NUMBER FOLDER"),
                                       QStringLiteral("erase NUMBER --yes")};
        QTest::newRow("db") << QStringLiteral("db")
                            << QStringList {QStringLiteral("backup FILE"),
                                   QStringLiteral("restore FILE"),
                                   QStringLiteral("generate-demo --customers N")};
    }
    void helpListsTheSubcommands()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, listed);
        const Outcome help = run({QStringLiteral("help"), command});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(QStringLiteral("Usage: rapportctl ") + command));
        for (const QString &text : std::as_const(listed))
            QVERIFY2(help.out.contains(text), qPrintable(text));
    }

    void usageErrorsExitWithTwoAndPointToHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const auto args = [](std::initializer_list<const char *> words) {
            QStringList list;
            for (const char *word : words)
                list << QString::fromUtf8(word);
            return list;
        };
        QTest::newRow("no subcommand") << args({"customers"}) << "no subcommand given";
        QTest::newRow("unknown subcommand")
            << args({"customers", "frobnicate"}) << "unknown subcommand";
        QTest::newRow("columns without list") << args({"customers", "export", "--columns"})
                                              << "--columns needs a comma-separated list";
        QTest::newRow("no export file")
            << args({"customers", "export"}) << "give the FILE to write";
        QTest::newRow("database without path")
            << args({"customers", "export", "x.csv", "--database"})
            << "--database needs a file path";
        QTest::newRow("empty database path")
            << args({"--database=", "customers", "export", "x.csv"})
            << "--database needs a file path";
        QTest::newRow("demo without count") << args({"db", "generate-demo", "--customers", "0"})
                                            << "--customers needs a whole number";
        QTest::newRow("person without number")
            << args({"person", "erase", "--database", "demo.db"}) << "give the customer's NUMBER";
        QTest::newRow("person unknown subcommand")
            << args({"person", "forget"}) << "unknown subcommand";
    }
    void usageErrorsExitWithTwoAndPointToHelp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("rapportctl help")), qPrintable(result.err));
    }

    void aMissingDatabaseIsUnavailable_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString missing = QStringLiteral("nowhere.db");
        QTest::newRow("customers export")
            << QStringList {QStringLiteral("customers"), QStringLiteral("export"),
                   QStringLiteral("x.csv"), QStringLiteral("--database"), missing};
        QTest::newRow("customers import")
            << QStringList {QStringLiteral("customers"), QStringLiteral("import"),
                   QStringLiteral("x.csv"), QStringLiteral("--database"), missing};
        QTest::newRow("person erase") << QStringList {QStringLiteral("--database"), missing,
            QStringLiteral("person"), QStringLiteral("erase"), QStringLiteral("+447400123456"),
            QStringLiteral("--yes")};
        QTest::newRow("db backup") << QStringList {QStringLiteral("db"), QStringLiteral("backup"),
            QStringLiteral("b.db"), QStringLiteral("--database=") + missing};
    }
    void aMissingDatabaseIsUnavailable()
    {
        QFETCH(QStringList, arguments);
        const Outcome result = run(arguments);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("there is no database at ")
                     + path(QStringLiteral("nowhere.db"))),
            qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("give the right file with --database PATH")));
        QVERIFY(!QFile::exists(path(QStringLiteral("nowhere.db"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.csv"))));
    }

    void exportTakesTheDatabaseBeforeOrAfterTheCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("file");
        QTest::newRow("after") << QStringList {QStringLiteral("customers"),
            QStringLiteral("export"), QStringLiteral("after.csv"), QStringLiteral("--database"),
            QStringLiteral("demo.db")}
                               << QStringLiteral("after.csv");
        QTest::newRow("before") << QStringList {QStringLiteral("--database"),
            QStringLiteral("demo.db"), QStringLiteral("customers"), QStringLiteral("export"),
            QStringLiteral("before.csv")}
                                << QStringLiteral("before.csv");
        QTest::newRow("before, joined") << QStringList {QStringLiteral("--database=demo.db"),
            QStringLiteral("customers"), QStringLiteral("export"), QStringLiteral("joined.csv")}
                                        << QStringLiteral("joined.csv");
    }
    void exportTakesTheDatabaseBeforeOrAfterTheCommand()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, file);
        const Outcome result = run(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.startsWith(QStringLiteral("Exported 300 customers")),
            qPrintable(result.out));
        const QByteArray bytes = readAll(path(file));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "First name,Last name,Mobile number,"));
        QVERIFY(bytes.count("\r\n") >= 301);

        const Outcome again = run(arguments);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already exists. Choose another file name")),
            qPrintable(again.err));
        QCOMPARE(readAll(path(file)), bytes);
    }

    void exportChosenColumnsAndUnknownOnes()
    {
        const Outcome result = run(
            {QStringLiteral("customers"), QStringLiteral("export"), QStringLiteral("numbers.csv"),
                QStringLiteral("--columns"), QStringLiteral("phone,consent_marketing,visits"),
                QStringLiteral("--database"), m_demo});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("(3 columns)")));
        const QByteArray bytes = readAll(path(QStringLiteral("numbers.csv")));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Mobile number,Consent (marketing),Number of visits\r\n+"));
        QCOMPARE(bytes.count("\r\n"), 301);

        const Outcome unknown = run({QStringLiteral("customers"), QStringLiteral("export"),
            QStringLiteral("never.csv"), QStringLiteral("--columns"), QStringLiteral("phone,shoe"),
            QStringLiteral("--database"), m_demo});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("there is no column 'shoe'. Columns are: "
                                                     "first_name, last_name")),
            qPrintable(unknown.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("never.csv"))));
    }

    void importMapsRenamedColumnsIntoAnotherDatabase()
    {
        const Outcome exported = run(
            {QStringLiteral("customers"), QStringLiteral("export"), QStringLiteral("to-map.csv"),
                QStringLiteral("--columns"), QStringLiteral("first_name,last_name,phone,tags"),
                QStringLiteral("--database"), m_demo});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        // Headings no guess recognises, so only --map can place them.
        QByteArray bytes = readAll(path(QStringLiteral("to-map.csv")));
        const qsizetype headerEnd = bytes.indexOf("\r\n");
        bytes.replace(0, headerEnd, "Given,Family,Reach me on,Tags");
        QVERIFY(writeFile(path(QStringLiteral("mapped.csv")), bytes));

        const QString target = path(QStringLiteral("mapped-target.db"));
        QVERIFY(createEmpty(target));
        const Outcome imported = run(
            {QStringLiteral("customers"), QStringLiteral("import"), QStringLiteral("mapped.csv"),
                QStringLiteral("--map"), QStringLiteral("Given=first_name"),
                QStringLiteral("--map"), QStringLiteral("2=last_name"), QStringLiteral("--map"),
                QStringLiteral("Reach me on=phone"), QStringLiteral("--region"),
                QStringLiteral("gb"), QStringLiteral("--database"), target});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("1. Given → First name")),
            qPrintable(imported.out));
        QVERIFY(imported.out.contains(QStringLiteral("3. Reach me on → Mobile number")));
        QVERIFY2(imported.out.contains(QStringLiteral("Done: 300 imported, 0 merged")),
            qPrintable(imported.out));
        QCOMPARE(customerCount(target), 300);

        const QString number = numberWithMessages();
        const QString sql = QStringLiteral("SELECT first_name || ' ' || last_name FROM customers"
                                           " WHERE phone_e164 = ?");
        QCOMPARE(
            scalar(target, sql, {number}).toString(), scalar(m_demo, sql, {number}).toString());
        const QString tags = QStringLiteral("SELECT count(*) FROM customer_tags");
        QCOMPARE(scalar(target, tags).toInt(), scalar(m_demo, tags).toInt());

        // The same file again: every row with a number is the customer already there; rows
        // without one cannot be matched and come in as new customers.
        const int withNumber = scalar(
            m_demo, QStringLiteral("SELECT count(*) FROM customers WHERE phone_e164 IS NOT NULL"))
                                   .toInt();
        QVERIFY(withNumber > 250);
        const Outcome twice = run({QStringLiteral("customers"), QStringLiteral("import"),
            QStringLiteral("mapped.csv"), QStringLiteral("--map"), QStringLiteral("1=first_name"),
            QStringLiteral("--map"), QStringLiteral("2=last_name"), QStringLiteral("--map"),
            QStringLiteral("3=phone"), QStringLiteral("--region"), QStringLiteral("GB"),
            QStringLiteral("--database"), target});
        QVERIFY2(twice.out.contains(QStringLiteral("Done: %1 imported, %2 merged")
                                        .arg(300 - withNumber)
                                        .arg(withNumber)),
            qPrintable(twice.out));
        QCOMPARE(customerCount(target), 600 - withNumber);
    }

    void importProblemsSayWhatToDo_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown column") << QStringList {QStringLiteral("--map"),
            QStringLiteral("Handy=phone"), QStringLiteral("--region"), QStringLiteral("GB")}
                                        << 2
                                        << QStringLiteral("the file has no column 'Handy'. Its "
                                                          "columns are: Name, Mobile");
        QTest::newRow("unknown field") << QStringList {QStringLiteral("--map"),
            QStringLiteral("Mobile=fax"), QStringLiteral("--region"), QStringLiteral("GB")}
                                       << 2 << QStringLiteral("'fax' is not a field");
        QTest::newRow("no region")
            << QStringList() << 2 << QStringLiteral("pass --region CC (e.g. --region GB)");
        QTest::newRow("bad region")
            << QStringList {QStringLiteral("--region"), QStringLiteral("XX")} << 2
            << QStringLiteral("'XX' is not a country code");
        QTest::newRow("consent without wording") << QStringList {QStringLiteral("--map"),
            QStringLiteral("Mobile=consent_marketing"), QStringLiteral("--region"),
            QStringLiteral("GB")} << 2 << QStringLiteral("--consent-wording");
    }
    void importProblemsSayWhatToDo()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString target = path(QStringLiteral("problems.db"));
        QVERIFY(QFile::exists(target) || createEmpty(target));
        QVERIFY(
            writeFile(path(QStringLiteral("small.csv")), "Name,Mobile\r\nAda,07400 123456\r\n"));
        const Outcome result
            = run(QStringList {QStringLiteral("customers"), QStringLiteral("import"),
                      QStringLiteral("small.csv"), QStringLiteral("--database"), target}
                + options);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(customerCount(target), 0);
    }

    void aDryRunWritesNothing()
    {
        QVERIFY(writeFile(path(QStringLiteral("dry.csv")),
            "First name,Mobile\r\nAda,07400 123456\r\nBob,+49 151 23456789\r\n"));
        const QString target = path(QStringLiteral("dry.db"));
        QVERIFY(createEmpty(target));
        const Outcome result = run({QStringLiteral("customers"), QStringLiteral("import"),
            QStringLiteral("dry.csv"), QStringLiteral("--dry-run"), QStringLiteral("--region"),
            QStringLiteral("GB"), QStringLiteral("--database"), target});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("Dry run, nothing was written: 2 imported")),
            qPrintable(result.out));
        QCOMPARE(customerCount(target), 0);
        QCOMPARE(scalar(target, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
    }

    void skippedRowsGoToTheErrorsFile()
    {
        QVERIFY(writeFile(path(QStringLiteral("bad.csv")),
            "Name,Mobile\r\nAda Lovelace,07400 123456\r\nBea Bad,12345\r\n"
            "Ada Again,+44 7400 123456\r\nBob Brown,+4915123456789\r\n"));
        const QString target = path(QStringLiteral("bad.db"));
        QVERIFY(createEmpty(target));
        const Outcome result = run({QStringLiteral("customers"), QStringLiteral("import"),
            QStringLiteral("bad.csv"), QStringLiteral("--errors"), QStringLiteral("to-fix.csv"),
            QStringLiteral("--region"), QStringLiteral("GB"), QStringLiteral("--database"),
            target});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("Done: 2 imported, 0 merged into existing "
                                                    "customers, 2 skipped")),
            qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("line 3: Skipped: the number “12345”")));
        QVERIFY(
            result.out.contains(QStringLiteral("Skipped rows, with the reason for each, are in ")
                + path(QStringLiteral("to-fix.csv")) + QStringLiteral(": correct them there")));
        QCOMPARE(customerCount(target), 2);

        const QByteArray errorBytes = readAll(path(QStringLiteral("to-fix.csv")));
        QVERIFY2(errorBytes.startsWith("\xEF\xBB\xBFName,Mobile,Line,Problem\r\n"),
            errorBytes.constData());
        const QString errors = QString::fromUtf8(errorBytes);
        QVERIFY(errors.contains(QStringLiteral("Bea Bad,12345,3,\"Skipped: the number “12345” "
                                               "cannot be used.")));
        QVERIFY(errors.contains(QStringLiteral("is already on line 2 of this file")));
        QVERIFY(!errors.contains(QStringLiteral("Bob Brown")));

        // Without --errors the file goes next to the import.
        const QString again = path(QStringLiteral("again.db"));
        QVERIFY(createEmpty(again));
        QCOMPARE(run({QStringLiteral("customers"), QStringLiteral("import"),
                         QStringLiteral("bad.csv"), QStringLiteral("--region"),
                         QStringLiteral("GB"), QStringLiteral("--database"), again})
                     .exitCode,
            0);
        QVERIFY(readAll(path(QStringLiteral("bad.csv.errors.csv"))).contains("Bea Bad"));
    }
};

RAPPORT_TEST_MAIN(TestRapportctlCustomers)
#include "tst_rapportctl_customers.moc"
