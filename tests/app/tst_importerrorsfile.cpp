// The second half of an import: the errors file the user corrects and imports again, vCards
// through the same importer, and phone and label cells as address books write them.
#include "ImportFixture.h"
#include "RapportTest.h"
#include "app/importing/CsvWriter.h"
#include "app/importing/VCardReader.h"

using namespace rapport::app;
using namespace rapport::test;
using Outcome = ImportRowResult::Outcome;
using Kind = ImportTarget::Kind;

namespace {

// Line 2 is imported, 3–6 are skipped (short number, repeated number, six values under four
// headings, no name and no number), line 7 is imported.
const QByteArray mixedFile("First name,Last name,Mobile,Notes\n"
                           "Ada,Lovelace,07400 123456,ok\n"
                           "Bob,Brown,07400 12,short number\n"
                           "Augusta,King,+44 7400 123456,repeated\n"
                           "Cy,Young,07400 123458,a,b,c\n"
                           ",,,only a note\n"
                           "Di,Prince,07400 123457,fine\n");

QList<QStringList> recordsOf(const ImportTable &table)
{
    QList<QStringList> records {table.columns};
    for (const ImportRow &row : table.rows)
        records.append(row.cells);
    return records;
}

} // namespace

class TestImportErrorsFile final : public QObject, private ImportFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const QString error = openFresh(QStringLiteral("errorsfile"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanup() { close(); }

    void holdsExactlyTheSkippedRows()
    {
        const ImportTable table = csvTable(mixedFile);
        const ImportReport report = mustImport(mixedFile);
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.skipped, 4);

        const ImportTable errors = csvTable(CustomerImporter::errorsFile(table, report));
        QCOMPARE(errors.columns,
            QStringList({QStringLiteral("First name"), QStringLiteral("Last name"),
                QStringLiteral("Mobile"), QStringLiteral("Notes"), QStringLiteral("Line"),
                QStringLiteral("Problem")}));
        QCOMPARE(errors.rows.size(), 4);
        const QList<int> skippedLines {3, 4, 5, 6};
        for (int i = 0; i < errors.rows.size(); ++i) {
            const ImportRow &row = errors.rows.at(i);
            QVERIFY2(!row.isRefused(), qPrintable(row.problems.value(0).describe()));
            QCOMPARE(row.cell(4), QString::number(skippedLines.at(i)));
            const ImportRowResult &result = report.rows.at(skippedLines.at(i) - 2);
            QCOMPARE(result.outcome, Outcome::Skipped);
            QCOMPARE(row.cell(5), result.describe());
        }
        QCOMPARE(errors.rows.at(0).cells.mid(0, 4),
            QStringList({QStringLiteral("Bob"), QStringLiteral("Brown"), QStringLiteral("07400 12"),
                QStringLiteral("short number")}));
        // The row that could not be read keeps its surplus values, in order, in the last column.
        QCOMPARE(errors.rows.at(2).cell(3), QStringLiteral("a b c"));
    }

    void correctedRowImportsAgain()
    {
        const ImportTable table = csvTable(mixedFile);
        const ImportReport report = mustImport(mixedFile);
        ImportTable errors = csvTable(CustomerImporter::errorsFile(table, report));
        QCOMPARE(errors.rows.at(0).cell(4), QStringLiteral("3"));
        errors.rows[0].cells[2] = QStringLiteral("07400 123459");
        const QByteArray corrected = CsvWriter::encode(recordsOf(errors));

        const ImportTable again = csvTable(corrected);
        const ImportMapping mapping = guessed(again);
        QCOMPARE(mapping.target(int(again.columnIndex(QStringLiteral("Line")))).kind, Kind::Ignore);
        QCOMPARE(
            mapping.target(int(again.columnIndex(QStringLiteral("Problem")))).kind, Kind::Ignore);
        const ImportReport second = mustImport(corrected, gbOptions(QStringLiteral("errors.csv")));
        QCOMPARE(second.rows.at(0).outcome, Outcome::Imported);
        const Customer bob = customerWith(QStringLiteral("+447400123459"));
        QCOMPARE(bob.firstName, QStringLiteral("Bob"));
        QCOMPARE(bob.notes, QStringLiteral("short number")); // not the Problem text
        // The rest: the repeated number now merges, the six-value row reads, the empty one not.
        QCOMPARE(second.rows.at(1).outcome, Outcome::Merged);
        QCOMPARE(second.rows.at(2).outcome, Outcome::Imported);
        QCOMPARE(second.rows.at(3).reason, ImportRowResult::SkipReason::NoNameOrNumber);
        QCOMPARE(customerWith(QStringLiteral("+447400123458")).notes, QStringLiteral("a b c"));

        // Its own errors file has one Line and one Problem column, so it can be imported again.
        const QByteArray third = CustomerImporter::errorsFile(again, second);
        const auto reread = CsvReader::read(third);
        QVERIFY2(reread, reread ? "" : qPrintable(reread.error().describe()));
        QCOMPARE(reread->columns.count(QStringLiteral("Line")), 1);
        QCOMPARE(reread->columns.count(QStringLiteral("Problem")), 1);
        QCOMPARE(reread->rows.size(), 1);
        QCOMPARE(reread->rows.at(0).cell(4), QStringLiteral("5"));
    }

    void nothingSkippedGivesHeaderOnly()
    {
        const QByteArray csv("Name,Mobile\nAda Lovelace,07400 123456\n");
        const ImportReport report = mustImport(csv);
        const auto errors = CsvReader::read(CustomerImporter::errorsFile(csvTable(csv), report));
        QVERIFY(!errors);
        QCOMPARE(errors.error().code, ImportFileProblem::Code::NoRows);
    }

    void vCardsImport()
    {
        const QByteArray cards("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada;;;\r\n"
                               "FN:Ada Lovelace\r\nTEL;TYPE=HOME:020 7946 0018\r\n"
                               "TEL;TYPE=CELL:+44 7400 123456\r\nEMAIL:ada@example.org\r\n"
                               "BDAY:1985-12-10\r\nCATEGORIES:VIP,Regular\r\n"
                               "NOTE:Prefers mornings\r\nEND:VCARD\r\n"
                               "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bob Brown\r\n"
                               "TEL;VALUE=uri;TYPE=cell:tel:+44-7400-123457;ext=12\r\n"
                               "BDAY:1985-13-45\r\nEND:VCARD\r\n");
        const auto table = VCardReader::read(cards);
        QVERIFY2(table, table ? "" : qPrintable(table.error().describe()));
        const ImportMapping mapping = guessed(*table);
        QVERIFY2(mapping.problems().isEmpty(), qPrintable(mapping.problems().join(u'\n')));
        auto report = m_importer->run(Actor::commandLine(), *table, mapping, gbOptions());
        QVERIFY2(report, report ? "" : qPrintable(report.error().describe()));
        QCOMPARE(report->imported, 2);
        QCOMPARE(report->skipped, 0);
        const Customer ada = customerWith(gbMobile1);
        QCOMPARE(ada.lastName, QStringLiteral("Lovelace"));
        QCOMPARE(ada.email, QStringLiteral("ada@example.org"));
        QCOMPARE(ada.birthdayDay, 10);
        QCOMPARE(ada.birthdayYear, std::optional<int>(1985));
        QCOMPARE(ada.notes, QStringLiteral("Prefers mornings"));
        QStringList tags = ada.tags;
        tags.sort();
        QCOMPARE(tags, QStringList({QStringLiteral("regular"), QStringLiteral("vip")}));
        const Customer bob = customerWith(gbMobile2);
        QCOMPARE(bob.displayName(), QStringLiteral("Bob Brown"));
        QVERIFY(!bob.hasBirthday());
        // The reader's warning about the birthday travels with the row.
        QVERIFY(report->rows.at(1).warnings.join(u' ').contains(QStringLiteral("1985-13-45")));
    }

    void phoneCellForms_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("stored"); // empty: the row is skipped for its number
        const auto row = [](const char *cell, const QString &stored) {
            QTest::newRow(cell) << QString::fromUtf8(cell) << stored;
        };
        row("tel:+447400123456", gbMobile1);
        row("TEL:+44-7400-123456", gbMobile1);
        row("tel:+447400123456;ext=12", gbMobile1);
        row("07400 123456 ext. 12", gbMobile1);
        row("07400 123456 x12", gbMobile1);
        row("07400 123456 ::: 07400 123457", gbMobile1);
        row("+44 (0)7400 123456", gbMobile1);
        row("0044 7400 123456", gbMobile1);
        row("\u200f+44 7400 123456", gbMobile1);
        row("tel:", QString());
        row("ext. 12", QString());
        row("ask at the till", QString());
    }
    void phoneCellForms()
    {
        QFETCH(QString, cell);
        QFETCH(QString, stored);
        const QByteArray csv = QString(
            QStringLiteral("Name,Mobile\nAda Lovelace,\"") + cell + QStringLiteral("\"\n"))
                                   .toUtf8();
        const ImportReport report = mustImport(csv);
        QCOMPARE(report.rows.size(), 1);
        if (stored.isEmpty()) {
            QCOMPARE(report.rows.at(0).reason, ImportRowResult::SkipReason::InvalidNumber);
            QCOMPARE(countRows(QStringLiteral("customers")), 0);
        } else {
            QVERIFY2(report.imported == 1, qPrintable(report.rows.at(0).describe()));
            QCOMPARE(customerWith(stored).lastName, QStringLiteral("Lovelace"));
        }
    }

    void googleLabelsBecomeTags()
    {
        mustImport("Name,Mobile,Labels\n"
                   "Ada Lovelace,07400 123456,* myContacts ::: VIP ::: Regulars\n");
        QStringList tags = customerWith(gbMobile1).tags;
        tags.sort();
        QCOMPARE(tags, QStringList({QStringLiteral("regulars"), QStringLiteral("vip")}));
    }
};

RAPPORT_TEST_MAIN(TestImportErrorsFile)
#include "tst_importerrorsfile.moc"
