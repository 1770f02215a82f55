// The customer CSV export: columns and headers, consent and visit figures derived at export
// time, cells a spreadsheet would run as formulas neutralised (numbers left alone), segment
// filters, paging through thousands of customers, refusals, and a round trip back through the
// importer. Numbers are libphonenumber's example numbers.
#include "ConsentFixture.h"
#include "RapportTest.h"
#include "app/exporting/CustomerExporter.h"
#include "app/importing/CsvReader.h"
#include "app/importing/CustomerImporter.h"
#include "app/segments/SegmentSql.h"
#include "app/storage/Transaction.h"

#include <QFile>
#include <QSqlError>
#include <QTemporaryDir>

using namespace rapport::app;
using rapport::test::consentEvent;
using rapport::test::ConsentFixture;
using Kind = ExportColumn::Kind;

namespace {

CustomField textField(const QString &name)
{
    CustomField field;
    field.name = name;
    return field;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<ExportColumn> columns(const QStringList &keys, const QList<CustomField> &fields = {})
{
    QList<ExportColumn> chosen;
    for (const QString &key : keys) {
        const auto column = ExportColumn::fromKey(key, fields);
        if (!column)
            qFatal("no column %s", qPrintable(key));
        chosen.append(*column);
    }
    return chosen;
}

} // namespace

class TestCustomerExporter final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ConsentFixture m_fx;
    std::unique_ptr<CustomerExporter> m_exporter;
    int m_opened = 0;
    int m_file = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("export-%1.csv").arg(++m_file)); }

    qint64 mustAdd(Customer c)
    {
        auto id = m_fx.customers->add(c);
        if (!id)
            qFatal("add failed: %s", qPrintable(id.error().detail));
        return *id;
    }

    static Customer named(const QString &first, const QString &phone = {})
    {
        Customer c;
        c.firstName = first;
        c.phoneE164 = phone;
        return c;
    }

    // Exports as the command line would and reads the file back cell for cell, guards kept.
    ImportTable exported(const QList<ExportColumn> &chosen, const QString &where = {},
        const QVariantList &values = {})
    {
        const QString path = newPath();
        auto written = m_exporter->exportCsv(Actor::commandLine(), path, chosen, where, values);
        if (!written)
            qFatal("export failed: %s", qPrintable(written.error().describe()));
        auto table = CsvReader::readFile(path);
        if (!table)
            qFatal("cannot read the export back");
        return *table;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_fx.open(QStringLiteral("exporter-%1").arg(++m_opened)));
        m_exporter = std::make_unique<CustomerExporter>(*m_fx.db, *m_fx.audit);
    }
    void cleanup()
    {
        m_exporter.reset();
        m_fx.close();
    }

    void defaultColumnsAreTheProfileAndCustomFields()
    {
        auto field = m_fx.customers->addCustomField(textField(QStringLiteral("Favourite stylist")));
        QVERIFY(field);
        Customer ada = named(QStringLiteral("Ada"), QStringLiteral("07400 123456"));
        ada.lastName = QStringLiteral("Lovelace");
        ada.email = QStringLiteral("ada@example.org");
        ada.birthdayDay = 10;
        ada.birthdayMonth = 12;
        ada.anniversary = QDate(2020, 5, 4);
        ada.language = QStringLiteral("de-AT");
        ada.timeZone = QStringLiteral("Europe/Vienna");
        ada.notes = QStringLiteral("Prefers mornings, quiet chair");
        ada.tags = {QStringLiteral("vip"), QStringLiteral("regular")};
        ada.fieldValues.insert(*field, QStringLiteral("Mia"));
        mustAdd(ada);

        auto fields = m_fx.customers->customFields();
        QVERIFY(fields);
        const ImportTable table = exported(ExportColumn::defaults(*fields));
        QCOMPARE(table.columns,
            QStringList({QStringLiteral("First name"), QStringLiteral("Last name"),
                QStringLiteral("Mobile number"), QStringLiteral("Email"),
                QStringLiteral("Birthday"), QStringLiteral("Anniversary"),
                QStringLiteral("Language"), QStringLiteral("Time zone"), QStringLiteral("Notes"),
                QStringLiteral("Tags"), QStringLiteral("Number of visits"),
                QStringLiteral("Total spent"), QStringLiteral("Date of last visit"),
                QStringLiteral("Favourite stylist")}));
        QCOMPARE(table.rows.size(), 1);
        QCOMPARE(table.rows.first().cells,
            QStringList({QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                QStringLiteral("+447400123456"), QStringLiteral("ada@example.org"),
                // A spreadsheet would compute --12-10 as -(-12)-10, so the yearless birthday
                // is guarded like any formula.
                QStringLiteral("'--12-10"), QStringLiteral("2020-05-04"), QStringLiteral("de-AT"),
                QStringLiteral("Europe/Vienna"), QStringLiteral("Prefers mornings, quiet chair"),
                QStringLiteral("regular, vip"), QStringLiteral("0"), QStringLiteral("0.00"),
                QString(), QStringLiteral("Mia")}));
    }

    void columnsChosenByKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("cell");
        QTest::newRow("first name") << "first_name"
                                    << "First name"
                                    << "Ada";
        QTest::newRow("phone") << "phone"
                               << "Mobile number"
                               << "+447400123456";
        QTest::newRow("birthday with year") << "birthday"
                                            << "Birthday"
                                            << "1815-12-10";
        QTest::newRow("customer since") << "created_at"
                                        << "Added on"
                                        << "2025-03-01";
        QTest::newRow("custom field") << "custom:favourite STYLIST"
                                      << "Favourite stylist"
                                      << "Mia";
        QTest::newRow("custom field spaced") << "custom: Favourite stylist"
                                             << "Favourite stylist"
                                             << "Mia";
    }
    void columnsChosenByKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, header);
        QFETCH(QString, cell);
        auto field = m_fx.customers->addCustomField(textField(QStringLiteral("Favourite stylist")));
        QVERIFY(field);
        Customer ada = named(QStringLiteral("Ada"), QStringLiteral("+447400123456"));
        ada.birthdayDay = 10;
        ada.birthdayMonth = 12;
        ada.birthdayYear = 1815;
        ada.fieldValues.insert(*field, QStringLiteral("Mia"));
        mustAdd(ada);
        auto fields = m_fx.customers->customFields();
        QVERIFY(fields);
        const ImportTable table = exported(columns({key}, *fields));
        QCOMPARE(table.columns, QStringList({header}));
        QCOMPARE(table.rows.first().cells, QStringList({cell}));
    }

    void unknownKeysAreRefused()
    {
        QVERIFY(!ExportColumn::fromKey(QStringLiteral("phone_number"), {}));
        QVERIFY(!ExportColumn::fromKey(QStringLiteral("custom:Nope"), {}));
        QVERIFY(ExportColumn::keys().contains(QStringLiteral("consent_marketing")));
    }

    void consentIsTheLatestEventPerPurpose()
    {
        const qint64 ada = mustAdd(named(QStringLiteral("Ada"), QStringLiteral("+447400123456")));
        const qint64 bob = mustAdd(named(QStringLiteral("Bob"), QStringLiteral("+4915123456789")));
        mustAdd(named(QStringLiteral("Cy")));
        m_fx.mustRecord(consentEvent(ada, ConsentPurpose::Marketing, ConsentAction::OptIn));
        m_fx.mustRecord(consentEvent(ada, ConsentPurpose::Service, ConsentAction::OptIn));
        m_fx.mustRecord(consentEvent(
            ada, ConsentPurpose::Marketing, ConsentAction::OptOut, ConsentSource::Keyword));
        m_fx.mustRecord(consentEvent(
            bob, ConsentPurpose::Feedback, ConsentAction::OptOut, ConsentSource::Keyword));
        m_fx.mustRecord(consentEvent(bob, ConsentPurpose::Feedback, ConsentAction::OptIn));

        const ImportTable table
            = exported(columns({QStringLiteral("first_name"), QStringLiteral("consent_service"),
                QStringLiteral("consent_marketing"), QStringLiteral("consent_feedback")}));
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.at(0).cells,
            QStringList(
                {QStringLiteral("Ada"), QStringLiteral("yes"), QStringLiteral("no"), QString()}));
        QCOMPARE(table.rows.at(1).cells,
            QStringList({QStringLiteral("Bob"), QString(), QString(), QStringLiteral("yes")}));
        QCOMPARE(table.rows.at(2).cells,
            QStringList({QStringLiteral("Cy"), QString(), QString(), QString()}));
    }

    void visitFigures()
    {
        const qint64 ada = mustAdd(named(QStringLiteral("Ada")));
        mustAdd(named(QStringLiteral("Bob")));
        QVERIFY(m_fx.customers->addVisit({0, ada, QDate(2025, 2, 10), 1250, {}}));
        QVERIFY(m_fx.customers->addVisit({0, ada, QDate(2024, 11, 3), 3000, {}}));
        QVERIFY(m_fx.customers->addVisit({0, ada, QDate(2025, 1, 5), 5, {}}));
        const ImportTable table = exported(columns({QStringLiteral("visits"),
            QStringLiteral("total_spend"), QStringLiteral("last_visit")}));
        QCOMPARE(table.rows.at(0).cells,
            QStringList(
                {QStringLiteral("3"), QStringLiteral("42.55"), QStringLiteral("2025-02-10")}));
        QCOMPARE(table.rows.at(1).cells,
            QStringList({QStringLiteral("0"), QStringLiteral("0.00"), QString()}));
    }

    void formulaCellsAreGuardedNumbersAreNot_data()
    {
        QTest::addColumn<QString>("notes");
        QTest::addColumn<QString>("cell");
        QTest::newRow("hyperlink") << "=HYPERLINK(\"http://example.com\",\"x\")"
                                   << "'=HYPERLINK(\"http://example.com\",\"x\")";
        QTest::newRow("plus") << "+SUM(A1:A9)"
                              << "'+SUM(A1:A9)";
        QTest::newRow("at") << "@x"
                            << "'@x";
        QTest::newRow("minus sum") << "-2+3"
                                   << "'-2+3";
        QTest::newRow("amount") << "-12.50"
                                << "-12.50";
        QTest::newRow("number") << "+447400123456"
                                << "+447400123456";
        QTest::newRow("already quoted") << "'=x"
                                        << "''=x";
        QTest::newRow("plain") << "Likes tea"
                               << "Likes tea";
    }
    void formulaCellsAreGuardedNumbersAreNot()
    {
        QFETCH(QString, notes);
        QFETCH(QString, cell);
        Customer ada = named(QStringLiteral("Ada"), QStringLiteral("+447400123456"));
        ada.notes = notes;
        mustAdd(ada);
        const ImportTable table
            = exported(columns({QStringLiteral("phone"), QStringLiteral("notes")}));
        QCOMPARE(table.rows.first().cells, QStringList({QStringLiteral("+447400123456"), cell}));
    }

    void segmentFilterExportsOnlyMembers()
    {
        for (const char *name : {"Ada", "Bob", "Cy", "Di"}) {
            Customer c = named(QString::fromLatin1(name));
            if (name[0] == 'B' || name[0] == 'D')
                c.tags = {QStringLiteral("vip")};
            mustAdd(c);
        }
        SegmentRule rule;
        rule.root.add(SegmentCondition::of(
            SegmentSubject::Tag, SegmentOperator::Has, {QStringLiteral("vip")}));
        auto where = SegmentSql::compile(rule, QDate(2025, 3, 1));
        QVERIFY(where);
        const QString path = newPath();
        auto written = m_exporter->exportCsv(Actor::commandLine(), path,
            columns({QStringLiteral("first_name")}), where->sql, where->values);
        QVERIFY2(written, written ? "" : qPrintable(written.error().describe()));
        QCOMPARE(*written, 2);
        QCOMPARE(readAll(path),
            QByteArray("\xEF\xBB\xBF"
                       "First name\r\nBob\r\nDi\r\n"));
    }

    void thousandsOfCustomersAreExportedPageByPageInIdOrder()
    {
        constexpr int total = 4500;
        {
            Transaction transaction(*m_fx.db);
            QSqlQuery insert(m_fx.db->connection());
            QVERIFY(insert.prepare(QStringLiteral("INSERT INTO customers (first_name, created_at,"
                                                  " updated_at) VALUES (?, ?, ?)")));
            for (int i = 1; i <= total; ++i) {
                insert.addBindValue(QStringLiteral("C%1").arg(i, 4, 10, QLatin1Char('0')));
                insert.addBindValue(QStringLiteral("2025-03-01T10:00:00.000Z"));
                insert.addBindValue(QStringLiteral("2025-03-01T10:00:00.000Z"));
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            }
            QVERIFY(transaction.commit());
        }
        QList<qint64> reported;
        const QString path = newPath();
        auto written = m_exporter->exportCsv(Actor::commandLine(), path,
            columns({QStringLiteral("first_name")}), {}, {}, [&](qint64 done, qint64 of) {
                reported << done;
                return of == total;
            });
        QVERIFY(written);
        QCOMPARE(*written, total);
        QVERIFY2(reported.size() >= 3, "a page holds fewer customers than the whole export");
        QCOMPARE(reported.last(), total);
        auto table = CsvReader::readFile(path);
        QVERIFY(table);
        QCOMPARE(table->rows.size(), total);
        for (int i = 0; i < total; ++i)
            QCOMPARE(table->rows.at(i).cells.first(),
                QStringLiteral("C%1").arg(i + 1, 4, 10, QLatin1Char('0')));
    }

    void cancellingWritesNoFile()
    {
        mustAdd(named(QStringLiteral("Ada")));
        const QString path = newPath();
        auto written = m_exporter->exportCsv(Actor::commandLine(), path,
            columns({QStringLiteral("first_name")}), {}, {}, [](qint64, qint64) { return false; });
        QVERIFY(!written);
        QCOMPARE(written.error().code, ExportError::Code::Cancelled);
        QVERIFY(!QFile::exists(path));
    }

    void anExistingFileIsNeverOverwritten()
    {
        mustAdd(named(QStringLiteral("Ada")));
        const QString path = newPath();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("last month's export");
        }
        auto written = m_exporter->exportCsv(
            Actor::commandLine(), path, columns({QStringLiteral("first_name")}));
        QVERIFY(!written);
        QCOMPARE(written.error().code, ExportError::Code::FileExists);
        QVERIFY(written.error().describe().contains(QStringLiteral("Choose another file name")));
        QCOMPARE(readAll(path), QByteArray("last month's export"));
    }

    void staffMayNotExport()
    {
        mustAdd(named(QStringLiteral("Ada")));
        const QString path = newPath();
        auto written
            = m_exporter->exportCsv(m_fx.clerk(), path, columns({QStringLiteral("phone")}));
        QVERIFY(!written);
        QCOMPARE(written.error().code, ExportError::Code::NotAllowed);
        QCOMPARE(written.error().describe(),
            QStringLiteral("Only a manager or the owner can export customer data. Ask one of "
                           "them to sign in."));
        QVERIFY(!QFile::exists(path));
        auto exportedLines = m_fx.audit->entries(AuditAction::CustomersExported);
        QVERIFY(exportedLines && exportedLines->isEmpty());
    }

    void noColumnsIsRefused()
    {
        auto written = m_exporter->exportCsv(Actor::commandLine(), newPath(), {});
        QVERIFY(!written);
        QCOMPARE(written.error().code, ExportError::Code::NoColumns);
    }

    void anExportIsAuditedAndOwnerOnly()
    {
        mustAdd(named(QStringLiteral("Ada")));
        exported(columns({QStringLiteral("first_name"), QStringLiteral("phone")}));
        auto lines = m_fx.audit->entries(AuditAction::CustomersExported);
        QVERIFY(lines);
        QCOMPARE(lines->size(), 1);
        QCOMPARE(lines->first().subject, QStringLiteral("file:export-%1.csv").arg(m_file));
        QCOMPARE(lines->first().detail, QStringLiteral("1 customers, 2 columns"));
        const auto permissions = QFile::permissions(m_dir.filePath(lines->first().subject.mid(5)));
        QVERIFY(permissions.testFlag(QFile::ReadOwner));
        QVERIFY(!(permissions
            & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
    }

    void anExportImportsBackUnchanged()
    {
        auto field = m_fx.customers->addCustomField(textField(QStringLiteral("Favourite stylist")));
        QVERIFY(field);
        Customer ada = named(QStringLiteral("Ada"), QStringLiteral("+447400123456"));
        ada.lastName = QStringLiteral("Lovelace");
        ada.email = QStringLiteral("ada@example.org");
        ada.birthdayDay = 10;
        ada.birthdayMonth = 12;
        ada.birthdayYear = 1815;
        ada.anniversary = QDate(2020, 5, 4);
        ada.language = QStringLiteral("de-AT");
        ada.timeZone = QStringLiteral("Europe/Vienna");
        ada.notes = QStringLiteral("=1+1, \"quoted\"\nsecond line");
        ada.tags = {QStringLiteral("vip"), QStringLiteral("regular")};
        ada.fieldValues.insert(*field, QStringLiteral("Mia"));
        Customer bob = named(QStringLiteral("Björn"), QStringLiteral("+4915123456789"));
        bob.birthdayDay = 29;
        bob.birthdayMonth = 2;
        Customer cy = named(QStringLiteral("Cy"), QStringLiteral("+12015550123"));
        cy.lastName = QStringLiteral("O'Neil");
        const QList<Customer> originals {ada, bob, cy};
        for (const Customer &c : originals)
            mustAdd(c);
        auto fields = m_fx.customers->customFields();
        QVERIFY(fields);
        const QString path = newPath();
        QVERIFY(m_exporter->exportCsv(Actor::commandLine(), path, ExportColumn::defaults(*fields)));

        auto target = Database::openInMemory(QStringLiteral("exporter-roundtrip"));
        QVERIFY(target);
        AuditLog audit(**target);
        CustomerRepository customers(**target, QStringLiteral("GB"));
        auto targetField = customers.addCustomField(textField(QStringLiteral("Favourite stylist")));
        QVERIFY(targetField);
        CsvReadOptions read;
        read.undoFormulaGuard = true;
        auto table = CsvReader::readFile(path, read);
        QVERIFY(table);
        const ImportMapping mapping = ImportMapping::guess(
            table->columns, {{QStringLiteral("Favourite stylist"), *targetField}});
        QVERIFY2(mapping.problems().isEmpty(), qPrintable(mapping.problems().join(u' ')));
        ImportOptions options;
        options.region = QStringLiteral("GB");
        options.sourceName = QStringLiteral("export.csv");
        auto report
            = CustomerImporter(**target, audit).run(Actor::commandLine(), *table, mapping, options);
        QVERIFY(report);
        QCOMPARE(report->imported, 3);
        QCOMPARE(report->visits, 0); // visit figures are not visits

        for (const Customer &original : originals) {
            auto copy = customers.findByNumber(original.phoneE164);
            QVERIFY2(copy, qPrintable(original.firstName));
            QCOMPARE(copy->firstName, original.firstName);
            QCOMPARE(copy->lastName, original.lastName);
            QCOMPARE(copy->email, original.email);
            QCOMPARE(copy->birthdayDay, original.birthdayDay);
            QCOMPARE(copy->birthdayMonth, original.birthdayMonth);
            QCOMPARE(copy->birthdayYear, original.birthdayYear);
            QCOMPARE(copy->anniversary, original.anniversary);
            QCOMPARE(copy->language, original.language);
            QCOMPARE(copy->timeZone, original.timeZone);
            QCOMPARE(copy->notes, original.notes);
            QStringList tags = copy->tags;
            QStringList expectedTags = original.tags;
            tags.sort();
            expectedTags.sort();
            QCOMPARE(tags, expectedTags);
            QCOMPARE(copy->fieldValues.value(*targetField), original.fieldValues.value(*field));
        }
    }
};

RAPPORT_TEST_MAIN(TestCustomerExporter)
#include "tst_customerexporter.moc"
