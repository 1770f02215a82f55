// Reading CSV the way spreadsheets and tills write it. Vectors: the examples of RFC 4180 §2
// (rules 1–7), Excel's "sep=" line and its trailing empty cells, semicolon files with decimal
// commas (German and French Excel), and the problems users make by hand: wrong field counts,
// quotes in the wrong place, headings that are empty or used twice.
#include "RapportTest.h"
#include "app/importing/CsvReader.h"

#include <QElapsedTimer>

using namespace rapport::app;
using FileCode = ImportFileProblem::Code;
using RowCode = RowProblem::Code;
using Rows = QList<QStringList>;

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList cells(std::initializer_list<const char *> values)
{
    QStringList list;
    for (const char *v : values)
        list.append(QString::fromUtf8(v));
    return list;
}

ImportTable mustRead(const QByteArray &bytes, const CsvReadOptions &options = {})
{
    auto table = CsvReader::read(bytes, options);
    if (!table)
        qFatal("read failed: %s", qPrintable(table.error().describe()));
    return *table;
}

} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRecords_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter"); // forced; empty to detect
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QChar>("usedDelimiter");

        const QStringList abc = cells({"aaa", "bbb", "ccc"});
        QTest::newRow("RFC 4180 rule 1: CRLF after each record")
            << QByteArray("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n") << QString() << abc
            << Rows {cells({"zzz", "yyy", "xxx"})} << QList<int> {2} << QChar(u',');
        QTest::newRow("RFC 4180 rule 2: no line break after the last record")
            << QByteArray("aaa,bbb,ccc\r\nzzz,yyy,xxx") << QString() << abc
            << Rows {cells({"zzz", "yyy", "xxx"})} << QList<int> {2} << QChar(u',');
        QTest::newRow("RFC 4180 rule 5: quoted fields")
            << QByteArray("\"aaa\",\"bbb\",\"ccc\"\r\nzzz,yyy,xxx") << QString() << abc
            << Rows {cells({"zzz", "yyy", "xxx"})} << QList<int> {2} << QChar(u',');
        QTest::newRow("RFC 4180 rule 6: line break, comma and quote in quotes")
            << QByteArray("a,b,c\r\n\"aaa\",\"b\r\nbb\",\"c,cc\"\r\nzzz,yyy,xxx\r\n") << QString()
            << cells({"a", "b", "c"})
            << Rows {cells({"aaa", "b\r\nbb", "c,cc"}), cells({"zzz", "yyy", "xxx"})}
            << QList<int> {2, 4} << QChar(u',');
        QTest::newRow("RFC 4180 rule 7: doubled quotes")
            << QByteArray("a,b,c\r\n\"aaa\",\"b\"\"bb\",\"ccc\"\r\n") << QString()
            << cells({"a", "b", "c"}) << Rows {cells({"aaa", "b\"bb", "ccc"})} << QList<int> {2}
            << QChar(u',');
        QTest::newRow("LF line ends, LF kept inside quotes")
            << QByteArray("name,notes\nAnn,\"one\ntwo\"\nBob,x\n") << QString()
            << cells({"name", "notes"}) << Rows {cells({"Ann", "one\ntwo"}), cells({"Bob", "x"})}
            << QList<int> {2, 4} << QChar(u',');
        QTest::newRow("CR line ends (classic Mac)")
            << QByteArray("name,phone\rAnn,1\rBob,2\r") << QString() << cells({"name", "phone"})
            << Rows {cells({"Ann", "1"}), cells({"Bob", "2"})} << QList<int> {2, 3} << QChar(u',');
        QTest::newRow("blank lines skipped, line numbers kept")
            << QByteArray("a,b\n\nx,y\r\n\r\n\nz,w\n\n") << QString() << cells({"a", "b"})
            << Rows {cells({"x", "y"}), cells({"z", "w"})} << QList<int> {3, 6} << QChar(u',');
        QTest::newRow("records of empty values skipped")
            << QByteArray("a,b\r\n,\r\n , \r\n1,2\r\n") << QString() << cells({"a", "b"})
            << Rows {cells({"1", "2"})} << QList<int> {4} << QChar(u',');
        QTest::newRow("semicolons detected, decimal commas kept")
            << QByteArray("Name;Umsatz\r\nAnn;12,50\r\nBob;3,00\r\n") << QString()
            << cells({"Name", "Umsatz"}) << Rows {cells({"Ann", "12,50"}), cells({"Bob", "3,00"})}
            << QList<int> {2, 3} << QChar(u';');
        QTest::newRow("tabs detected")
            << QByteArray("name\tphone\r\nAnn, Smith\t1\r\n") << QString()
            << cells({"name", "phone"}) << Rows {cells({"Ann, Smith", "1"})} << QList<int> {2}
            << QChar(u'\t');
        QTest::newRow("commas win over semicolons inside values")
            << QByteArray("name,notes\r\nAnn,\"tea; no sugar\"\r\nBob,coffee; black\r\n")
            << QString() << cells({"name", "notes"})
            << Rows {cells({"Ann", "tea; no sugar"}), cells({"Bob", "coffee; black"})}
            << QList<int> {2, 3} << QChar(u',');
        QTest::newRow("forced delimiter")
            << QByteArray("a,b;c\r\n1,2;3\r\n") << QStringLiteral(";") << cells({"a,b", "c"})
            << Rows {cells({"1,2", "3"})} << QList<int> {2} << QChar(u';');
        QTest::newRow("Excel sep= line")
            << QByteArray("sep=;\r\nname;phone\r\nAnn;1\r\n") << QString()
            << cells({"name", "phone"}) << Rows {cells({"Ann", "1"})} << QList<int> {3}
            << QChar(u';');
        QTest::newRow("headings trimmed, invisible characters removed")
            << QByteArray(" Name ,\xE2\x80\x8BPhone\xEF\xBB\xBF\r\nAnn,1\r\n") << QString()
            << cells({"Name", "Phone"}) << Rows {cells({"Ann", "1"})} << QList<int> {2}
            << QChar(u',');
        QTest::newRow("Excel's trailing empty columns ignored")
            << QByteArray("a,b,,\r\n1,2,,\r\n3,4\r\n5,6, \r\n") << QString() << cells({"a", "b"})
            << Rows {cells({"1", "2"}), cells({"3", "4"}), cells({"5", "6"})}
            << QList<int> {2, 3, 4} << QChar(u',');
        QTest::newRow("a quote inside a plain field is text")
            << QByteArray("item,size\r\nnails,5\" long\r\nO\"Brien,x\r\n") << QString()
            << cells({"item", "size"})
            << Rows {cells({"nails", "5\" long"}), cells({"O\"Brien", "x"})} << QList<int> {2, 3}
            << QChar(u',');
        QTest::newRow("empty quoted values and spaces kept")
            << QByteArray("a,b,c\r\n\"\", x ,\"  \"\r\n") << QString() << cells({"a", "b", "c"})
            << Rows {cells({"", " x ", "  "})} << QList<int> {2} << QChar(u',');
        QTest::newRow("one column")
            << QByteArray("phone\r\n07400 123456\r\n") << QString() << cells({"phone"})
            << Rows {cells({"07400 123456"})} << QList<int> {2} << QChar(u',');
        QTest::newRow("quoted value ends the file")
            << QByteArray("a,b\r\n1,\"x\"") << QString() << cells({"a", "b"})
            << Rows {cells({"1", "x"})} << QList<int> {2} << QChar(u',');
        QTest::newRow("UTF-8 BOM and semicolons (Excel CSV UTF-8, German)")
            << QByteArray("\xEF\xBB\xBFVorname;Stra\xC3\x9F"
                          "e\r\nJ\xC3\xBCrgen;Hauptstr. 1\r\n")
            << QString() << cells({"Vorname", "Straße"}) << Rows {cells({"Jürgen", "Hauptstr. 1"})}
            << QList<int> {2} << QChar(u';');
    }
    void readsRecords()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        QFETCH(QStringList, columns);
        QFETCH(Rows, rows);
        QFETCH(QList<int>, lines);
        QFETCH(QChar, usedDelimiter);
        CsvReadOptions options;
        if (!delimiter.isEmpty())
            options.delimiter = delimiter.front();
        const ImportTable table = mustRead(bytes, options);
        QCOMPARE(table.columns, columns);
        QCOMPARE(table.delimiter, usedDelimiter);
        QCOMPARE(table.rows.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(table.rows[i].cells, rows[i]);
            QCOMPARE(table.rows[i].line, lines[i]);
            QVERIFY(table.rows[i].problems.isEmpty());
        }
    }

    void reportsRowProblems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("row");
        QTest::addColumn<RowCode>("code");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("rowCount");

        QTest::newRow("too many fields") << QByteArray("a,b,c\r\n1,2,3\r\n1,2,3,4\r\n1,2,3\r\n")
                                         << 1 << RowCode::WrongFieldCount << 3 << QString() << 3;
        QTest::newRow("too few fields") << QByteArray("a,b,c\n1,2\n1,2,3\n") << 0
                                        << RowCode::WrongFieldCount << 2 << QString() << 2;
        QTest::newRow("text after the closing quote")
            << QByteArray("name,phone\r\n\"Al \"Bo\" Li\",1\r\nBob,2\r\n") << 0
            << RowCode::TextAfterClosingQuote << 2 << QStringLiteral("name") << 2;
        QTest::newRow("value over the length limit")
            << QByteArray("name,notes\r\nAnn,0123456789ABCDEF\r\nBob,short\r\n") << 0
            << RowCode::FieldTooLong << 2 << QStringLiteral("notes") << 2;
        QTest::newRow("quoted value over the limit, across lines")
            << QByteArray("name,notes\r\nAnn,\"0123456789\r\nABCDEF\"\r\nBob,short\r\n") << 0
            << RowCode::FieldTooLong << 2 << QStringLiteral("notes") << 2;
    }
    void reportsRowProblems()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, row);
        QFETCH(RowCode, code);
        QFETCH(int, line);
        QFETCH(QString, column);
        QFETCH(int, rowCount);
        CsvReadOptions options;
        options.maxFieldLength = 12;
        const ImportTable table = mustRead(bytes, options);
        QCOMPARE(table.rows.size(), rowCount);
        const ImportRow &r = table.rows[row];
        QVERIFY(r.isRefused());
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems[0].code, code);
        QCOMPARE(r.problems[0].line, line);
        QCOMPARE(r.problems[0].column, column);
        QVERIFY(r.problems[0].describe().contains(QString::number(line)));
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            if (i != row)
                QVERIFY(table.rows[i].problems.isEmpty());
        }
    }

    void describesWrongFieldCount()
    {
        const ImportTable table = mustRead("a,b,c,d\r\n1,2,3,4,5\r\n");
        const RowProblem &p = table.rows[0].problems.at(0);
        QCOMPARE(p.fieldCount, 5);
        QCOMPARE(p.expectedFieldCount, 4);
        QVERIFY(
            p.describe().startsWith(QStringLiteral("Line 2 has 5 values but the header has 4.")));
    }

    void refusesFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<FileCode>("code");
        QTest::addColumn<int>("line");
        QTest::addColumn<QStringList>("columns");

        QTest::newRow("quote never closed")
            << QByteArray("name,phone\r\nAnn,1\r\n\"Bob,2\r\nCy,3\r\n")
            << FileCode::UnterminatedQuote << 3 << QStringList();
        QTest::newRow("quote never closed in the header")
            << QByteArray("\"name,phone\r\nAnn,1\r\n") << FileCode::UnterminatedQuote << 1
            << QStringList();
        QTest::newRow("quote closed lines later in the wrong place")
            << QByteArray("a,b\nAnn,\"tea\nBob,x\nCy,\"y\" z\"\n") << FileCode::MalformedQuote << 2
            << QStringList();
        QTest::newRow("empty heading") << QByteArray("name,,phone\r\nAnn,x,1\r\n")
                                       << FileCode::EmptyColumnName << 1 << cells({"2"});
        QTest::newRow("several empty headings")
            << QByteArray("a,,b, ,c\r\n1,2,3,4,5\r\n") << FileCode::EmptyColumnName << 1
            << cells({"2", "4"});
        QTest::newRow("headings used twice, in any case")
            << QByteArray("Name,Phone,phone,Name ,x\r\n1,2,3,4,5\r\n")
            << FileCode::DuplicateColumnNames << 1 << cells({"phone", "Name"});
        QTest::newRow("only blank lines")
            << QByteArray("\r\n\r\n ,\r\n") << FileCode::Empty << 0 << QStringList();
        QTest::newRow("header only")
            << QByteArray("name,phone\r\n\r\n") << FileCode::NoRows << 0 << QStringList();
        QTest::newRow("not text") << QByteArray("PK\x03\x04") << FileCode::SpreadsheetWorkbook << 0
                                  << QStringList();
    }
    void refusesFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(FileCode, code);
        QFETCH(int, line);
        QFETCH(QStringList, columns);
        const auto table = CsvReader::read(bytes);
        QVERIFY(!table);
        QCOMPARE(table.error().code, code);
        QCOMPARE(table.error().line, line);
        QCOMPARE(table.error().columns, columns);
        QVERIFY(!table.error().describe().isEmpty());
    }

    void refusesFilesOverTheSizeLimit()
    {
        CsvReadOptions options;
        options.maxFileBytes = 8;
        const auto table = CsvReader::read("name,phone\r\nAnn,1\r\n", options);
        QVERIFY(!table);
        QCOMPARE(table.error().code, FileCode::TooLarge);
        QCOMPARE(table.error().limit, qint64(8));
    }

    // Generated rather than committed: 70,000 characters against the default 64 KiB limit.
    void refusesOnlyTheRowWithAHugeValue()
    {
        const QByteArray huge(70'000, 'x');
        const QByteArray bytes = "name,notes\r\nAnn,short\r\nBob,\"" + huge + "\r\n" + huge
            + "\"\r\nCy,short\r\nDi," + huge + "\r\n";
        const ImportTable table = mustRead(bytes);
        QCOMPARE(table.rows.size(), 4);
        QVERIFY(!table.rows[0].isRefused());
        QCOMPARE(table.rows[1].problems.at(0).code, RowCode::FieldTooLong);
        QCOMPARE(table.rows[1].problems.at(0).limit, qint64(64 * 1024));
        QCOMPARE(table.rows[1].line, 3);
        QVERIFY(!table.rows[2].isRefused());
        QCOMPARE(table.rows[2].line, 5);
        QCOMPARE(table.rows[2].cells, cells({"Cy", "short"}));
        QCOMPARE(table.rows[3].problems.at(0).code, RowCode::FieldTooLong);
    }

    // A quadratic parser takes minutes here; a linear one a small fraction of the bound, even
    // in a debug build on a busy machine.
    void readsAHundredThousandRowsQuickly()
    {
        QByteArray bytes = "first_name,last_name,phone,email,notes\r\n";
        for (int i = 0; i < 100'000; ++i) {
            bytes += "Ann" + QByteArray::number(i) + ",\"Smith, Jr.\",07400 "
                + QByteArray::number(100000 + i) + ",ann" + QByteArray::number(i)
                + "@example.org,\"likes \"\"tea\"\"\"\r\n";
        }
        const auto decoded = TextDecoding::decode(bytes);
        QVERIFY(decoded);
        QElapsedTimer timer;
        timer.start();
        const auto table = CsvReader::parse(*decoded);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(table);
        QCOMPARE(table->rows.size(), 100'000);
        QCOMPARE(table->rows.last().cells.at(4), QStringLiteral("likes \"tea\""));
        QCOMPARE(table->rows.last().line, 100'001);
        QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    }

    void detectsDelimiters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QStringLiteral("a,b\n1,2\n") << QChar(u',');
        QTest::newRow("semicolon") << QStringLiteral("a;b\n1;2\n") << QChar(u';');
        QTest::newRow("tab") << QStringLiteral("a\tb\n1\t2\n") << QChar(u'\t');
        QTest::newRow("single column falls back to comma")
            << QStringLiteral("phone\n1\n") << QChar(u',');
        QTest::newRow("consistent semicolons beat ragged commas")
            << QStringLiteral("a;b;c\n1,5;2;x\n3;4,5,6;y\n") << QChar(u';');
        QTest::newRow("quoted delimiters do not count")
            << QStringLiteral("\"a;b;c\",d\n\"1;2;3\",4\n") << QChar(u',');
    }
    void detectsDelimiters()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QCOMPARE(CsvReader::detectDelimiter(text), delimiter);
    }

    void undoesOurFormulaGuardWhenAsked()
    {
        const QByteArray bytes = "a,b,c\r\n'=1+2,'+447400123456,'hello\r\n";
        QCOMPARE(mustRead(bytes).rows[0].cells, cells({"'=1+2", "'+447400123456", "'hello"}));
        CsvReadOptions options;
        options.undoFormulaGuard = true;
        QCOMPARE(
            mustRead(bytes, options).rows[0].cells, cells({"=1+2", "+447400123456", "'hello"}));
    }

    void readsTheGoodSampleFiles()
    {
        const QString good = QStringLiteral(RAPPORT_TEST_DATA "/import/good/");
        const auto till
            = CsvReader::readFile(good + QStringLiteral("till-export-cp1252-semicolon.csv"));
        QVERIFY(till);
        QCOMPARE(till->encoding, QStringLiteral("windows-1252"));
        QCOMPARE(till->delimiter, QChar(u';'));
        QCOMPARE(till->rows[0].cells,
            cells({"1001", "Müller", "Jürgen", "0151 23456789", "12.03.1970", "1.234,50 €"}));

        const auto google = CsvReader::readFile(good + QStringLiteral("google-contacts.csv"));
        QVERIFY(google);
        QCOMPARE(google->columns.size(), 23);
        QCOMPARE(google->rows.size(), 2);
        const qsizetype notes = google->columnIndex(QStringLiteral("Notes"));
        QCOMPARE(google->rows[0].cell(notes), text("Prefers mornings\r\nAllergic to nuts"));
        QCOMPARE(google->rows[1].line, 4);
        QCOMPARE(google->rows[1].cell(0), text("Zoë"));

        const auto excel
            = CsvReader::readFile(good + QStringLiteral("excel-unicode-text-utf16le.txt"));
        QVERIFY(excel);
        QCOMPARE(excel->encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(excel->delimiter, QChar(u'\t'));
        QCOMPARE(excel->rows[0].cells, cells({"Zoë", "Brontë", "07400 123457"}));
    }
};

RAPPORT_TEST_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
