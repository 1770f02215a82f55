// Importing customers into an in-memory book: what becomes of each row and why, values left out
// with a warning while the row is kept, visits, consent only from mapped columns with its
// wording, and an import that is all or nothing (dry run, cancel, refused permission). Numbers
// are libphonenumber's GB example mobile 07400 123456 and its neighbours, Ofcom's drama range
// 020 7946 0xxx for a landline.
#include "ImportFixture.h"
#include "RapportTest.h"
#include "app/consent/ConsentLedger.h"
#include "app/consent/SuppressionList.h"

using namespace rapport::app;
using namespace rapport::test;
using Outcome = ImportRowResult::Outcome;
using Reason = ImportRowResult::SkipReason;
using Validity = PhoneNumbers::Validity;
using Kind = ImportTarget::Kind;

namespace {

enum Setup { Nothing, ExistingCustomer, SuppressedNumber };

const ImportRowResult *rowAt(const ImportReport &report, int line)
{
    for (const ImportRowResult &row : report.rows) {
        if (row.line == line)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestCustomerImporter final : public QObject, private ImportFixture
{
    Q_OBJECT

    qint64 m_shoeSize = 0;

    ConsentState consentOf(const QString &number)
    {
        ConsentLedger ledger(*m_db, *m_audit, [this] { return m_now; });
        auto state = ledger.current(customerWith(number).id);
        return state ? *state : ConsentState {};
    }

    // Name, number and a Marketing column the user maps to marketing consent.
    rapport::Result<ImportReport, ImportError> importWithMarketing(
        const QByteArray &csv, const ImportOptions &options = gbOptions())
    {
        const ImportTable table = csvTable(csv);
        ImportMapping mapping = guessed(table);
        mapping.set(int(table.columnIndex(QStringLiteral("Marketing"))),
            ImportTarget {Kind::ConsentMarketing, 0});
        return m_importer->run(Actor::commandLine(), table, mapping, options);
    }

    void verifyNothingWritten()
    {
        QCOMPARE(countRows(QStringLiteral("customers")), 0);
        QCOMPARE(countRows(QStringLiteral("visits")), 0);
        QCOMPARE(countRows(QStringLiteral("consent_events")), 0);
        QCOMPARE(auditCount(AuditAction::CustomersImported), 0);
    }

private Q_SLOTS:
    void init()
    {
        const QString error = openFresh(QStringLiteral("importer"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto id = m_customers->addCustomField(
            CustomField {0, QStringLiteral("Shoe size"), CustomField::Type::Number, {}});
        QVERIFY(id);
        m_shoeSize = *id;
    }
    void cleanup() { close(); }

    void eachOutcomeAndSkipReason_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<int>("setup");
        QTest::addColumn<int>("line");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<Reason>("reason");
        QTest::addColumn<Validity>("validity");
        QTest::addColumn<QString>("says");
        QTest::newRow("imported") << QByteArray("Ada,Lovelace,07400 123456,\n") << int(Nothing) << 2
                                  << Outcome::Imported << Reason::None << Validity::Valid
                                  << QStringLiteral("Imported.");
        QTest::newRow("merged") << QByteArray("Ada,Lovelace,+44 7400 123456,\n")
                                << int(ExistingCustomer) << 2 << Outcome::Merged << Reason::None
                                << Validity::Valid << QStringLiteral("already has this number");
        QTest::newRow("too short")
            << QByteArray("Ada,Lovelace,07400 12,\n") << int(Nothing) << 2 << Outcome::Skipped
            << Reason::InvalidNumber << Validity::TooShort
            << PhoneNumbers::describe(Validity::TooShort);
        QTest::newRow("landline") << QByteArray("Ada,Lovelace,(020) 7946 0018,\n") << int(Nothing)
                                  << 2 << Outcome::Skipped << Reason::InvalidNumber
                                  << Validity::NotMobile
                                  << PhoneNumbers::describe(Validity::NotMobile);
        QTest::newRow("words") << QByteArray("Ada,Lovelace,ask at the till,\n") << int(Nothing) << 2
                               << Outcome::Skipped << Reason::InvalidNumber << Validity::NotANumber
                               << QStringLiteral("“ask at the till”");
        QTest::newRow("duplicate in file")
            << QByteArray("Ada,Lovelace,07400 123456,\nAugusta,King,+447400123456,\n")
            << int(Nothing) << 3 << Outcome::Skipped << Reason::DuplicateInFile << Validity::Valid
            << QStringLiteral("line 2 of this file");
        QTest::newRow("suppressed")
            << QByteArray("Ada,Lovelace,07400 123456,\n") << int(SuppressedNumber) << 2
            << Outcome::Skipped << Reason::Suppressed << Validity::Valid
            << QStringLiteral("do-not-text list");
        QTest::newRow("no name and no number")
            << QByteArray(",,,ada@example.org\n") << int(Nothing) << 2 << Outcome::Skipped
            << Reason::NoNameOrNumber << Validity::Valid << QStringLiteral("no name and no mobile");
        QTest::newRow("unreadable") << QByteArray("Ada,Lovelace,07400 123456,a@example.org,x\n")
                                    << int(Nothing) << 2 << Outcome::Skipped << Reason::Unreadable
                                    << Validity::Valid << QStringLiteral("Line 2 has 5 values");
    }
    void eachOutcomeAndSkipReason()
    {
        QFETCH(QByteArray, rows);
        QFETCH(int, setup);
        QFETCH(int, line);
        QFETCH(Outcome, outcome);
        QFETCH(Reason, reason);
        QFETCH(Validity, validity);
        QFETCH(QString, says);
        if (setup == ExistingCustomer) {
            Customer ada;
            ada.firstName = QStringLiteral("Ada");
            ada.phoneE164 = gbMobile1;
            mustAdd(ada);
        } else if (setup == SuppressedNumber) {
            QVERIFY(SuppressionList(*m_db).add(gbMobile1, SuppressionList::Reason::OptedOut));
        }
        const qint64 before = countRows(QStringLiteral("customers"));
        const ImportReport report
            = mustImport(QByteArray("First name,Last name,Mobile,Email\n") + rows);
        const ImportRowResult *row = rowAt(report, line);
        QVERIFY(row);
        QCOMPARE(row->outcome, outcome);
        QCOMPARE(row->reason, reason);
        QCOMPARE(row->validity, validity);
        QVERIFY2(row->describe().contains(says), qPrintable(row->describe()));
        QCOMPARE(report.total(), int(report.rows.size()));
        const qint64 added = countRows(QStringLiteral("customers")) - before;
        QCOMPARE(added, qint64(report.imported));
        if (outcome == Outcome::Skipped)
            QVERIFY(row->customerId == 0);
        else
            QCOMPARE(customerWith(gbMobile1).id, row->customerId);
    }

    void mergeFillsEmptyFieldsAndAddsTags()
    {
        Customer ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Lovelace");
        ada.phoneE164 = gbMobile1;
        ada.notes = QStringLiteral("Prefers mornings");
        ada.tags = {QStringLiteral("regular")};
        const qint64 id = mustAdd(ada);
        const ImportReport report
            = mustImport("First name,Last name,Mobile,Email,Birthday,Tags,Notes,Shoe size\n"
                         "Augusta,King,+44 7400 123456,ada@example.org,10/12/1985,VIP;Regular,"
                         "Allergic to nuts,38\n");
        QCOMPARE(report.merged, 1);
        QCOMPARE(report.imported, 0);
        QCOMPARE(countRows(QStringLiteral("customers")), 1);
        const Customer merged = customerWith(gbMobile1);
        QCOMPARE(merged.id, id);
        QCOMPARE(merged.firstName, QStringLiteral("Ada")); // what the shop has wins
        QCOMPARE(merged.lastName, QStringLiteral("Lovelace"));
        QCOMPARE(merged.email, QStringLiteral("ada@example.org"));
        QCOMPARE(merged.birthdayDay, 10);
        QCOMPARE(merged.birthdayMonth, 12);
        QCOMPARE(merged.birthdayYear, std::optional<int>(1985));
        QCOMPARE(merged.notes, QStringLiteral("Prefers mornings\nAllergic to nuts"));
        QStringList tags = merged.tags;
        tags.sort();
        QCOMPARE(tags, QStringList({QStringLiteral("regular"), QStringLiteral("vip")}));
        QCOMPARE(merged.fieldValues.value(m_shoeSize), QStringLiteral("38"));
    }

    void warningKeepsTheRow_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("birthday") << 2 << QStringLiteral("31/02/1990")
                                  << QStringLiteral("birthday");
        QTest::newRow("email") << 3 << QStringLiteral("ada@") << QStringLiteral("email");
        QTest::newRow("time zone")
            << 4 << QStringLiteral("Mars/Olympus") << QStringLiteral("time zone");
        QTest::newRow("custom value")
            << 5 << QStringLiteral("large") << QStringLiteral("“Shoe size”");
        QTest::newRow("language") << 6 << QStringLiteral("english") << QStringLiteral("language");
        QTest::newRow("consent answer")
            << 7 << QStringLiteral("maybe") << consentPurposeName(ConsentPurpose::Marketing);
    }
    void warningKeepsTheRow()
    {
        QFETCH(int, column);
        QFETCH(QString, value);
        QFETCH(QString, says);
        QStringList cells {QStringLiteral("Ada"), QStringLiteral("07400 123456"),
            QStringLiteral("10/12/1985"), QStringLiteral("ada@example.org"),
            QStringLiteral("Europe/London"), QStringLiteral("42"), QStringLiteral("en"),
            QStringLiteral("yes")};
        cells[column] = value;
        auto report = importWithMarketing(
            "First name,Mobile,Birthday,Email,Time zone,Shoe size,Language,Marketing\n"
            + cells.join(u',').toUtf8() + '\n');
        QVERIFY2(report, report ? "" : qPrintable(report.error().describe()));
        QCOMPARE(report->imported, 1);
        QCOMPARE(report->warnings, 1);
        const ImportRowResult &row = report->rows.at(0);
        QCOMPARE(row.warnings.size(), 1);
        QVERIFY2(row.warnings.at(0).contains(value), qPrintable(row.warnings.at(0)));
        QVERIFY2(row.warnings.at(0).contains(says), qPrintable(row.warnings.at(0)));
        QVERIFY(row.describe().startsWith(QStringLiteral("Imported.")));
        QVERIFY(row.describe().contains(row.warnings.at(0)));

        // The bad value is left out, every other value is stored.
        const Customer ada = customerWith(gbMobile1);
        QCOMPARE(ada.firstName, QStringLiteral("Ada"));
        QCOMPARE(ada.hasBirthday(), column != 2);
        QCOMPARE(ada.email.isEmpty(), column == 3);
        QCOMPARE(ada.timeZone.isEmpty(), column == 4);
        QCOMPARE(ada.fieldValues.contains(m_shoeSize), column != 5);
        QCOMPARE(ada.language.isEmpty(), column == 6);
        QCOMPARE(consentOf(gbMobile1).allows(ConsentPurpose::Marketing), column != 7);
        QCOMPARE(report->consentEvents, column == 7 ? 0 : 1);
    }

    void aTillRowPerVisitAddsEveryVisit()
    {
        // Tills export one row per sale: the same number again is another visit, not a mistake.
        const ImportReport report = mustImport("Customer,Mobile,Date,Amount\n"
                                               "Ada Lovelace,07400 123456,12/03/2025,12.50\n"
                                               "Ada Lovelace,07400 123456,02/04/2025,30.00\n"
                                               "Ada Lovelace,+44 7400 123456,20/05/2025,7.50\n");
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.merged, 2);
        QCOMPARE(report.skipped, 0);
        QCOMPARE(report.visits, 3);
        auto visits = m_customers->visits(customerWith(gbMobile1).id);
        QVERIFY(visits);
        QCOMPARE(visits->size(), 3);
        QCOMPARE(*m_customers->totalSpendCents(customerWith(gbMobile1).id), qint64(5000));
    }

    void visitsWithAmounts()
    {
        const ImportReport report = mustImport("Customer,Mobile,Date,Amount,Item\n"
                                               "Ada Lovelace,07400 123456,12/03/2025,£12.50,Cut\n"
                                               "Bob Brown,07400 123457,13/03/2025,\"1.234,56 €\","
                                               "Colour\n"
                                               "Cy Young,07400 123458,14/03/2025,twelve,Trim\n"
                                               "Di Prince,07400 123459,next week,5.00,Cut\n");
        QCOMPARE(report.imported, 4);
        QCOMPARE(report.visits, 3);
        QCOMPARE(report.warnings, 2);
        const auto visitsOf = [this](const QString &number) {
            auto visits = m_customers->visits(customerWith(number).id);
            return visits ? *visits : QList<Visit> {};
        };
        const QList<Visit> ada = visitsOf(gbMobile1);
        QCOMPARE(ada.size(), 1);
        QCOMPARE(ada.at(0).visitedOn, QDate(2025, 3, 12));
        QCOMPARE(ada.at(0).amountCents, qint64(1250));
        QCOMPARE(ada.at(0).note, QStringLiteral("Cut"));
        QCOMPARE(customerWith(gbMobile1).lastName, QStringLiteral("Lovelace"));
        QCOMPARE(visitsOf(gbMobile2).value(0).amountCents, qint64(123456));
        // An amount that is no sum keeps the visit, without the amount.
        QCOMPARE(visitsOf(gbMobile3).size(), 1);
        QCOMPARE(visitsOf(gbMobile3).value(0).amountCents, qint64(0));
        QVERIFY(rowAt(report, 4)->warnings.value(0).contains(QStringLiteral("“twelve”")));
        // A date that is no date leaves the visit out, not the customer.
        QCOMPARE(visitsOf(QStringLiteral("+447400123459")).size(), 0);
        QVERIFY(rowAt(report, 5)->warnings.value(0).contains(QStringLiteral("“next week”")));
        QCOMPARE(countRows(QStringLiteral("visits")), 3);
    }

    void consentWithoutWordingIsRefused()
    {
        ImportOptions options = gbOptions();
        options.consentWording = QStringLiteral("  ");
        auto report = importWithMarketing("Name,Mobile,Marketing\nAda,07400 123456,yes\n", options);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ImportError::Code::ConsentWordingMissing);
        QVERIFY(!report.error().describe().isEmpty());
        verifyNothingWritten();
    }

    void consentOnlyFromMappedColumnsWithItsWording()
    {
        auto report = importWithMarketing("Name,Mobile,Marketing,Newsletter,Reminders\n"
                                          "Ada Lovelace,07400 123456,yes,yes,yes\n"
                                          "Bob Brown,07400 123457,no,yes,yes\n"
                                          "Cy Young,07400 123458,,yes,yes\n");
        QVERIFY2(report, report ? "" : qPrintable(report.error().describe()));
        QCOMPARE(report->imported, 3);
        QCOMPARE(report->consentEvents, 2);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT purpose, action, source, wording, wording_version, phone_e164"
                           " FROM consent_events ORDER BY id")));
        QStringList events;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < 6; ++i)
                values << query.value(i).toString();
            events << values.join(u'|');
        }
        QCOMPARE(events,
            QStringList({QStringLiteral("marketing|opt_in|import|Test wording|clients.csv|")
                    + gbMobile1,
                QStringLiteral("marketing|opt_out|import|Test wording|clients.csv|") + gbMobile2}));
        QVERIFY(consentOf(gbMobile1).allows(ConsentPurpose::Marketing));
        QCOMPARE(consentOf(gbMobile1).of(ConsentPurpose::Service).status, ConsentStatus::Unknown);
        QCOMPARE(
            consentOf(gbMobile2).of(ConsentPurpose::Marketing).status, ConsentStatus::OptedOut);
        QCOMPARE(consentOf(gbMobile3).of(ConsentPurpose::Marketing).status, ConsentStatus::Unknown);
    }

    void sameFileTwiceRecordsNoSecondEvent()
    {
        const QByteArray csv("Name,Mobile,Marketing\nAda Lovelace,07400 123456,yes\n"
                             "Bob Brown,07400 123457,no\n");
        auto first = importWithMarketing(csv);
        QVERIFY(first);
        QCOMPARE(first->consentEvents, 2);
        m_now = m_now.addDays(1);
        auto second = importWithMarketing(csv);
        QVERIFY(second);
        QCOMPARE(second->imported, 0);
        QCOMPARE(second->merged, 2);
        QCOMPARE(second->consentEvents, 0);
        QCOMPARE(countRows(QStringLiteral("consent_events")), 2);
        QCOMPARE(countRows(QStringLiteral("customers")), 2);
    }

    void dryRunWritesNothingButCountsTheSame()
    {
        const QByteArray csv("Name,Mobile,Date,Amount,Marketing\n"
                             "Ada Lovelace,07400 123456,12/03/2025,12.50,yes\n"
                             "Bob Brown,07400 12,12/03/2025,1,no\n"
                             "Cy Young,07400 123458,,,no\n");
        ImportOptions options = gbOptions();
        options.dryRun = true;
        auto dry = importWithMarketing(csv, options);
        QVERIFY(dry);
        QVERIFY(dry->dryRun);
        verifyNothingWritten();
        QCOMPARE(auditCount(AuditAction::ConsentRecorded), 0);
        auto real = importWithMarketing(csv);
        QVERIFY(real);
        QVERIFY(!real->dryRun);
        QCOMPARE(dry->imported, 2);
        QCOMPARE(dry->skipped, 1);
        QCOMPARE(dry->visits, 1);
        QCOMPARE(dry->consentEvents, 2);
        QCOMPARE(real->imported, dry->imported);
        QCOMPARE(real->merged, dry->merged);
        QCOMPARE(real->skipped, dry->skipped);
        QCOMPARE(real->visits, dry->visits);
        QCOMPARE(real->consentEvents, dry->consentEvents);
        QCOMPARE(real->warnings, dry->warnings);
        QCOMPARE(countRows(QStringLiteral("customers")), 2);
    }

    void cancelWritesNothing_data()
    {
        QTest::addColumn<bool>("atTheEnd");
        QTest::newRow("before the first row") << false;
        QTest::newRow("after the last row") << true;
    }
    void cancelWritesNothing()
    {
        QFETCH(bool, atTheEnd);
        const ImportTable table = csvTable("Name,Mobile,Date,Amount,Marketing\n"
                                           "Ada Lovelace,07400 123456,12/03/2025,12.50,yes\n"
                                           "Bob Brown,07400 123457,12/03/2025,1,no\n");
        ImportMapping mapping = guessed(table);
        mapping.set(4, ImportTarget {Kind::ConsentMarketing, 0});
        QList<QPair<int, int>> calls;
        const auto progress = [&](int done, int total) {
            calls.append({done, total});
            return atTheEnd ? done < total : false;
        };
        auto report = m_importer->run(Actor::commandLine(), table, mapping, gbOptions(), progress);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ImportError::Code::Cancelled);
        QVERIFY(!report.error().describe().isEmpty());
        QCOMPARE(calls.constFirst(), qMakePair(0, 2));
        QCOMPARE(calls.constLast(), atTheEnd ? qMakePair(2, 2) : qMakePair(0, 2));
        verifyNothingWritten();
    }

    void onlyManagersAndOwnersImport_data()
    {
        QTest::addColumn<StaffRole>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("staff") << StaffRole::Staff << false;
        QTest::newRow("manager") << StaffRole::Manager << true;
        QTest::newRow("owner") << StaffRole::Owner << true;
    }
    void onlyManagersAndOwnersImport()
    {
        QFETCH(StaffRole, role);
        QFETCH(bool, allowed);
        const ImportTable table = csvTable("Name,Mobile\nAda Lovelace,07400 123456\n");
        const Actor actor = Actor::staffMember(7, role, QStringLiteral("Sam"));
        auto report = m_importer->run(actor, table, guessed(table), gbOptions());
        QCOMPARE(bool(report), allowed);
        if (allowed) {
            QCOMPARE(countRows(QStringLiteral("customers")), 1);
            return;
        }
        QCOMPARE(report.error().code, ImportError::Code::NotAllowed);
        QVERIFY(!report.error().describe().isEmpty());
        verifyNothingWritten();
        QCOMPARE(auditCount(AuditAction::PermissionDenied), 1);
    }

    void mappingWithoutNameOrNumberIsRefused()
    {
        auto report = importCsv("Email,Notes\nada@example.org,hello\n");
        QVERIFY(!report);
        QCOMPARE(report.error().code, ImportError::Code::MappingInvalid);
        QVERIFY(!report.error().describe().isEmpty());
        verifyNothingWritten();
    }

    void successWritesOneAuditLine()
    {
        const ImportReport report = mustImport("Name,Mobile\nAda Lovelace,07400 123456\n"
                                               "Bob Brown,07400 123457\nCy Young,07400 12\n",
            gbOptions(QStringLiteral("till.csv")));
        QCOMPARE(report.total(), 3);
        auto entries = m_audit->entries(AuditAction::CustomersImported);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        const AuditEntry &entry = entries->at(0);
        QCOMPARE(entry.subject, QStringLiteral("import:till.csv"));
        QCOMPARE(entry.actor, QStringLiteral("rapportctl"));
        QCOMPARE(entry.at, m_now);
        QCOMPARE(entry.detail,
            QStringLiteral("2 imported, 0 merged, 1 skipped, 0 visits, 0 consent events"));
        QVERIFY(!entry.detail.contains(QStringLiteral("7400"))); // no numbers in the log
    }
};

RAPPORT_TEST_MAIN(TestCustomerImporter)
#include "tst_customerimporter.moc"
