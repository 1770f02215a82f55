// Writing CSV for spreadsheets: RFC 4180 quoting (§2 rules 5–7), CRLF, the UTF-8 byte order mark
// Excel needs, and the formula guard from OWASP's "CSV Injection" page (cells starting with
// = + - @ tab or CR), which must leave numbers and E.164 phone numbers alone and must come off
// again when we import our own export.
#include "RapportTest.h"
#include "app/importing/CsvReader.h"
#include "app/importing/CsvWriter.h"
#include "app/importing/FormulaGuard.h"

#include <QBuffer>

using namespace rapport::app;
using Rows = QList<QStringList>;

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Values chosen to break naive writers and spreadsheets alike.
Rows awkwardRows()
{
    return {
        {text("first_name"), text("last_name"), text("phone"), text("notes")},
        {text("=HYPERLINK(\"http://x\",\"click\")"), text("+SUM(1)"), text("+447400123456"),
            text("-2+3")},
        {text("@cmd"), text("-12.50"), text("'=already quoted"), text("''+twice")},
        {text("\tTabbed"), text("\rreturn"), text("-"), text("'")},
        {text("Ann \"Nan\""), text("Smith, Jr."), text("tel;semi"),
            text("line one\r\nline two\nthree")},
        {text("Zoë 😀"), text("👨‍👩‍👧"), text("+44 7400 123456"), text("  padded  ")},
        {text("محمد"), text("כהן"), text("٠٧٤٠٠ ١٢٣٤٥٦"),
            text("RTL \u200Fmark and zero\u200Bwidth")},
        {text(""), text("only last"), text(""), text("")},
    };
}

} // namespace

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhenNeeded_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << text("Ann") << text("Ann");
        QTest::newRow("empty") << text("") << text("");
        QTest::newRow("rule 6: delimiter") << text("Smith, Jr.") << text("\"Smith, Jr.\"");
        QTest::newRow("rule 6: line break") << text("a\nb") << text("\"a\nb\"");
        QTest::newRow("rule 6: carriage return") << text("a\rb") << text("\"a\rb\"");
        QTest::newRow("rule 7: quotes doubled")
            << text("Ann \"Nan\"") << text("\"Ann \"\"Nan\"\"\"");
        QTest::newRow("leading space") << text(" a") << text("\" a\"");
        QTest::newRow("trailing tab") << text("a\t") << text("\"a\t\"");
        QTest::newRow("semicolon is no delimiter here") << text("a;b") << text("a;b");
        QTest::newRow("emoji and RTL untouched") << text("Zoë 😀 محمد") << text("Zoë 😀 محمد");
    }
    void quotesOnlyWhenNeeded()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::quoted(cell, u','), written);
    }

    void guardsFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("guarded");
        // OWASP's trigger characters.
        QTest::newRow("equals") << text("=1+2") << text("'=1+2");
        QTest::newRow("HYPERLINK") << text("=HYPERLINK(\"http://x\",\"click\")")
                                   << text("'=HYPERLINK(\"http://x\",\"click\")");
        QTest::newRow("DDE") << text("=cmd|' /C calc'!A0") << text("'=cmd|' /C calc'!A0");
        QTest::newRow("plus formula") << text("+SUM(1)") << text("'+SUM(1)");
        QTest::newRow("minus formula") << text("-2+3") << text("'-2+3");
        QTest::newRow("at") << text("@cmd") << text("'@cmd");
        QTest::newRow("tab") << text("\tx") << text("'\tx");
        QTest::newRow("carriage return") << text("\rx") << text("'\rx");
        QTest::newRow("lone minus") << text("-") << text("'-");
        QTest::newRow("phone with spaces") << text("+44 7400 123456") << text("'+44 7400 123456");
        // Plain numbers stay as they are.
        QTest::newRow("E.164 number") << text("+447400123456") << text("+447400123456");
        QTest::newRow("negative amount") << text("-12.50") << text("-12.50");
        QTest::newRow("decimal comma") << text("-12,50") << text("-12,50");
        QTest::newRow("plain digits") << text("07400123456") << text("07400123456");
        // Already-apostrophed triggers get one more so the guard can be undone exactly.
        QTest::newRow("apostrophe then equals") << text("'=x") << text("''=x");
        QTest::newRow("two apostrophes then plus") << text("''+1") << text("'''+1");
        QTest::newRow("apostrophe then number") << text("'-12") << text("''-12");
        // Not formulas.
        QTest::newRow("apostrophe then letters") << text("'hello") << text("'hello");
        QTest::newRow("only apostrophes") << text("''") << text("''");
        QTest::newRow("minus inside") << text("12-3") << text("12-3");
        QTest::newRow("leading space then equals") << text(" =1") << text(" =1");
        QTest::newRow("empty") << text("") << text("");
    }
    void guardsFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, guarded);
        QCOMPARE(FormulaGuard::protect(cell), guarded);
        QCOMPARE(FormulaGuard::unprotect(guarded), cell);
    }

    void unguardingLeavesOtherDataAlone_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::newRow("apostrophe name") << text("'Tis");
        QTest::newRow("apostrophe only") << text("'");
        QTest::newRow("number") << text("-12.50");
        QTest::newRow("formula without guard") << text("=1+2");
    }
    void unguardingLeavesOtherDataAlone()
    {
        QFETCH(QString, cell);
        QCOMPARE(FormulaGuard::unprotect(cell), cell);
    }

    void encodesAWholeFile()
    {
        const Rows rows {{text("name"), text("notes")}, {text("Zoë"), text("=1+2, \"x\"")}};
        QCOMPARE(CsvWriter::encode(rows),
            QByteArray("\xEF\xBB\xBFname,notes\r\nZo\xC3\xAB,\"'=1+2, \"\"x\"\"\"\r\n"));

        CsvWriteOptions plain;
        plain.byteOrderMark = false;
        plain.guardFormulas = false;
        plain.delimiter = u';';
        QCOMPARE(CsvWriter::encode(rows, plain),
            QByteArray("name;notes\r\nZo\xC3\xAB;\"=1+2, \"\"x\"\"\"\r\n"));
    }

    void streamsTheSameBytesWithOneByteOrderMark()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(buffer);
        const Rows rows = awkwardRows();
        for (const QStringList &row : rows)
            QVERIFY(writer.writeRow(row));
        QCOMPARE(buffer.data(), CsvWriter::encode(rows));
        QCOMPARE(buffer.data().count("\xEF\xBB\xBF"), qsizetype(1));
    }

    void reportsADeviceThatRefusesBytes()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvWriter writer(buffer);
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        QVERIFY(!writer.writeRow({text("a")}));
    }

    void roundTripsThroughTheReader_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<bool>("byteOrderMark");
        QTest::newRow("comma, BOM") << QChar(u',') << true;
        QTest::newRow("semicolon, no BOM") << QChar(u';') << false;
        QTest::newRow("tab, BOM") << QChar(u'\t') << true;
    }
    void roundTripsThroughTheReader()
    {
        QFETCH(QChar, delimiter);
        QFETCH(bool, byteOrderMark);
        CsvWriteOptions write;
        write.delimiter = delimiter;
        write.byteOrderMark = byteOrderMark;
        const Rows rows = awkwardRows();
        const QByteArray bytes = CsvWriter::encode(rows, write);
        QVERIFY(!bytes.contains("\n=") && !bytes.contains(",=") && !bytes.contains(",+SUM"));

        CsvReadOptions read;
        read.undoFormulaGuard = true;
        const auto table = CsvReader::read(bytes, read);
        QVERIFY2(table, table ? "" : qPrintable(table.error().describe()));
        QCOMPARE(table->delimiter, delimiter);
        QCOMPARE(table->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(table->columns, rows.first());
        QCOMPARE(table->rows.size(), rows.size() - 1);
        for (qsizetype i = 0; i < table->rows.size(); ++i) {
            QVERIFY(table->rows[i].problems.isEmpty());
            QCOMPARE(table->rows[i].cells, rows[i + 1]);
        }
    }
};

RAPPORT_TEST_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
