// Reading contact cards as phones and address books export them. Vectors: RFC 6350 (vCard 4.0)
// §3.2 folding, §3.4 escapes, §6.2.2 N, §6.2.5 BDAY and §6.2.6 ANNIVERSARY examples, §6.4.1 TEL,
// §6.4.4 LANG, §6.5.1 TZ, §6.7.1 CATEGORIES; RFC 2426 (3.0) §3.1.5 BDAY, §3.3.1 TEL; vCard 2.1
// (versit, 1996) bare TEL types and quoted-printable values with RFC 2045 §6.7 soft line breaks;
// Apple's X-APPLE-OMIT-YEAR and grouped X-ABDATE/X-ABLabel as iOS exports them.
#include "RapportTest.h"
#include "app/importing/VCardDate.h"
#include "app/importing/VCardProperty.h"
#include "app/importing/VCardReader.h"

using namespace rapport::app;
using FileCode = ImportFileProblem::Code;
using RowCode = RowProblem::Code;
using Fields = QMap<QString, QString>;
using Codes = QList<RowCode>;

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QByteArray card(const char *version, const QByteArray &body)
{
    return "BEGIN:VCARD\r\nVERSION:" + QByteArray(version) + "\r\n" + body + "END:VCARD\r\n";
}

ImportTable mustRead(const QByteArray &bytes)
{
    auto table = VCardReader::read(bytes);
    if (!table)
        qFatal("read failed: %s", qPrintable(table.error().describe()));
    return *table;
}

Codes codesOf(const ImportRow &row)
{
    Codes codes;
    for (const RowProblem &p : row.problems)
        codes.append(p.code);
    return codes;
}

} // namespace

class TestVCardReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFields_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Fields>("fields"); // column -> expected cell; other cells not checked

        const auto f = [](std::initializer_list<std::pair<const char *, const char *>> pairs) {
            Fields map;
            for (const auto &[k, v] : pairs)
                map.insert(QString::fromUtf8(k), QString::fromUtf8(v));
            return map;
        };
        QTest::newRow("RFC 6350 6.2.2 N with lists")
            << card("4.0", "N:Stevenson;John;Philip,Paul;Dr.;Jr.,M.D.,A.C.P.\r\n")
            << f({{"first_name", "John"}, {"last_name", "Stevenson"}});
        QTest::newRow("RFC 2426 3.1.2 N") << card("3.0", "N:Public;John;Quinlan;Mr.;Esq.\r\n")
                                          << f({{"first_name", "John"}, {"last_name", "Public"}});
        QTest::newRow("FN alone is the first name")
            << card("3.0", "FN:Mr. John Q. Public\\, Esq.\r\n")
            << f({{"first_name", "Mr. John Q. Public, Esq."}, {"last_name", ""}});
        QTest::newRow("RFC 6350 6.2.5 BDAY 19960415")
            << card("4.0", "FN:A\r\nBDAY:19960415\r\n") << f({{"birthday", "1996-04-15"}});
        QTest::newRow("RFC 6350 6.2.5 BDAY --0415")
            << card("4.0", "FN:A\r\nBDAY:--0415\r\n") << f({{"birthday", "--04-15"}});
        QTest::newRow("RFC 6350 6.2.5 BDAY date-time")
            << card("4.0", "FN:A\r\nBDAY:19531015T231000Z\r\n") << f({{"birthday", "1953-10-15"}});
        QTest::newRow("RFC 2426 3.1.5 BDAY forms")
            << card("3.0", "FN:A\r\nBDAY:1987-09-27T08:30:00-06:00\r\n")
            << f({{"birthday", "1987-09-27"}});
        QTest::newRow("--MM-DD") << card("4.0", "FN:A\r\nBDAY:--12-10\r\n")
                                 << f({{"birthday", "--12-10"}});
        QTest::newRow("RFC 6350 6.2.6 ANNIVERSARY") << card("4.0",
            "FN:A\r\nANNIVERSARY:19960415\r\n") << f({{"anniversary", "1996-04-15"}});
        QTest::newRow("Apple omitted year and labelled anniversary")
            << card("3.0",
                   "FN:A\r\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29\r\n"
                   "item3.X-ABDATE:2001-01-02\r\nitem3.X-ABLabel:_$!<Other>!$_\r\n"
                   "item2.X-ABDATE;type=pref:2015-06-20\r\n"
                   "item2.X-ABLabel:_$!<Anniversary>!$_\r\n")
            << f({{"birthday", "--02-29"}, {"anniversary", "2015-06-20"}});
        QTest::newRow("RFC 6350 6.4.1 TEL URIs, the preferred one")
            << card("4.0",
                   "FN:A\r\nTEL;VALUE=uri;TYPE=home:tel:+33-01-23-45-67\r\n"
                   "TEL;VALUE=uri;PREF=1;TYPE=\"voice,home\":tel:+1-555-555-5555;ext=5555\r\n")
            << f({{"phone", "+1-555-555-5555"}, {"other_phones", "+33-01-23-45-67"}});
        QTest::newRow("RFC 2426 3.3.1 TEL with a type list")
            << card("3.0", "FN:A\r\nTEL;TYPE=work,voice,pref,msg:+1-213-555-1234\r\n")
            << f({{"phone", "+1-213-555-1234"}, {"other_phones", ""}});
        QTest::newRow("a mobile beats a preferred landline")
            << card("3.0",
                   "FN:A\r\nTEL;TYPE=home;TYPE=pref:020 7946 0018\r\n"
                   "TEL;TYPE=CELL:07400 123456\r\nTEL;TYPE=cell;PREF=1:07400 123457\r\n")
            << f({{"phone", "07400 123457"}, {"other_phones", "020 7946 0018, 07400 123456"}});
        QTest::newRow("fax and pager come last")
            << card("3.0", "FN:A\r\nTEL;TYPE=fax:1\r\nTEL;TYPE=pager:2\r\nTEL:3\r\n")
            << f({{"phone", "3"}, {"other_phones", "1, 2"}});
        QTest::newRow("vCard 2.1 bare types")
            << card("2.1", "N:A;B\r\nTEL;HOME:1\r\nTEL;CELL;PREF:2\r\n")
            << f({{"phone", "2"}, {"other_phones", "1"}});
        QTest::newRow("grouped TEL") << card("3.0", "FN:A\r\nitem1.TEL;type=CELL:07400 123456\r\n")
                                     << f({{"phone", "07400 123456"}});
        QTest::newRow("preferred EMAIL")
            << card("4.0", "FN:A\r\nEMAIL;PREF=2:a@example.org\r\nEMAIL;PREF=1:b@example.org\r\n")
            << f({{"email", "b@example.org"}});
        QTest::newRow("RFC 6350 3.4 escapes")
            << card("4.0", "FN:A\r\nNOTE:one\\ntwo\\, three\\; four\\\\five\\Nsix\r\n")
            << f({{"notes", "one\ntwo, three; four\\five\nsix"}});
        QTest::newRow("RFC 6350 3.2 folding drops one space")
            << card("4.0",
                   "FN:A\r\nNOTE:This is a long description\r\n  that exists on a long line.\r\n")
            << f({{"notes", "This is a long description that exists on a long line."}});
        QTest::newRow("folding with a tab, inside a multi-byte word")
            << card("3.0", "FN:A\r\nNOTE:Zo\r\n\t\xC3\xAB\r\n") << f({{"notes", "Zoë"}});
        QTest::newRow("vCard 2.1 folding keeps the space")
            << card("2.1", "FN:A\r\nNOTE:one\r\n two\r\n") << f({{"notes", "one two"}});
        QTest::newRow("several NOTEs")
            << card("3.0", "FN:A\r\nNOTE:one\r\nNOTE:two\r\n") << f({{"notes", "one\ntwo"}});
        QTest::newRow("RFC 6350 6.7.1 CATEGORIES")
            << card("4.0",
                   "FN:A\r\nCATEGORIES:INTERNET,IETF,INDUSTRY,INFORMATION TECHNOLOGY\r\n"
                   "CATEGORIES:TRAVEL AGENT,ietf\r\n")
            << f({{"tags", "INTERNET, IETF, INDUSTRY, INFORMATION TECHNOLOGY, TRAVEL AGENT"}});
        QTest::newRow("RFC 6350 6.4.4 LANG") << card("4.0",
            "FN:A\r\nLANG;TYPE=work;PREF=2:fr\r\nLANG;TYPE=work;PREF=1:en\r\n"
            "LANG;TYPE=home:fr\r\n") << f({{"language", "en"}});
        QTest::newRow("RFC 6350 6.5.1 TZ text")
            << card("4.0", "FN:A\r\nTZ:Raleigh/North America\r\n")
            << f({{"time_zone", "Raleigh/North America"}});
        QTest::newRow("TZ offset kept for the importer")
            << card("4.0", "FN:A\r\nTZ;VALUE=utc-offset:-0500\r\n") << f({{"time_zone", "-0500"}});
        QTest::newRow("2.1 quoted-printable UTF-8 with a soft line break")
            << card("2.1",
                   "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Bront=C3=AB;Zo=C3=AB;;;\r\n"
                   "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:a=0D=0Ab =\r\nc=3Dd\r\n")
            << f({{"first_name", "Zoë"}, {"last_name", "Brontë"}, {"notes", "a\nb c=d"}});
        QTest::newRow("2.1 quoted-printable ISO-8859-1")
            << card("2.1", "N;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:M=FCller;J=FCrgen\r\n")
            << f({{"first_name", "Jürgen"}, {"last_name", "Müller"}});
        QTest::newRow("lower-case begin and LF line ends")
            << QByteArray("begin:vcard\nversion:3.0\nfn:Ann\ntel:1\nend:vcard\n")
            << f({{"first_name", "Ann"}, {"phone", "1"}});
    }
    void readsFields()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Fields, fields);
        const ImportTable table = mustRead(bytes);
        QCOMPARE(table.columns, VCardReader::columns());
        QCOMPARE(table.rows.size(), 1);
        const ImportRow &row = table.rows.first();
        QCOMPARE(row.line, 1);
        QCOMPARE(codesOf(row), Codes {});
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            QCOMPARE(row.cell(table.columnIndex(it.key())), it.value());
    }

    void reportsCardProblems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<Codes>>("codes"); // per row
        QTest::addColumn<QList<int>>("lines"); // of each row's first problem, or its start

        QTest::newRow("BEGIN before END")
            << QByteArray("BEGIN:VCARD\r\nFN:A\r\nBEGIN:VCARD\r\nFN:B\r\nEND:VCARD\r\n")
            << QList<Codes> {{RowCode::CardNotClosed}, {}} << QList<int> {1, 3};
        QTest::newRow("no END at the end of the file")
            << QByteArray("BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:B\r\n")
            << QList<Codes> {{}, {RowCode::CardNotClosed}} << QList<int> {1, 4};
        QTest::newRow("neither name nor number")
            << card("3.0", "EMAIL:a@example.org\r\nN:;;;;\r\n")
            << QList<Codes> {{RowCode::NoNameOrNumber}} << QList<int> {1};
        QTest::newRow("a number without a name is enough")
            << card("3.0", "TEL:07400 123456\r\n") << QList<Codes> {{}} << QList<int> {1};
        QTest::newRow("photo only")
            << card("3.0", "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ\r\n SkZJRg==\r\n")
            << QList<Codes> {{RowCode::NoNameOrNumber}} << QList<int> {1};
        QTest::newRow("2.1 base64 photo without indentation is no problem")
            << card("2.1", "FN:A\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQ\r\nSkZJRg==\r\n\r\n")
            << QList<Codes> {{}} << QList<int> {1};
        QTest::newRow("RFC 6350 6.2.5 BDAY text value")
            << card("4.0", "FN:A\r\nBDAY;VALUE=text:circa 1800\r\n")
            << QList<Codes> {{RowCode::BirthdayMalformed}} << QList<int> {4};
        QTest::newRow("no such date")
            << card("3.0", "FN:A\r\nBDAY:1985-02-30\r\n")
            << QList<Codes> {{RowCode::BirthdayMalformed}} << QList<int> {4};
        QTest::newRow("reduced date without a day")
            << card("4.0", "FN:A\r\nBDAY:1985-04\r\nANNIVERSARY:---12\r\n")
            << QList<Codes> {{RowCode::BirthdayMalformed, RowCode::AnniversaryMalformed}}
            << QList<int> {4};
        QTest::newRow("fold that lost its space")
            << card("3.0", "FN:A\r\nNOTE:first half\r\nsecond half\r\n")
            << QList<Codes> {{RowCode::LineNotUnderstood}} << QList<int> {5};
        QTest::newRow("broken quoted-printable escape")
            << card("2.1", "FN:A\r\nNOTE;ENCODING=QUOTED-PRINTABLE:50=Z9 off\r\n")
            << QList<Codes> {{RowCode::ValueMalformed}} << QList<int> {4};
        QTest::newRow("declared UTF-8 that is not")
            << card("2.1", "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ren=E9e\r\n")
            << QList<Codes> {{RowCode::ValueMalformed}} << QList<int> {3};
        QTest::newRow("text between cards ignored")
            << QByteArray("junk\r\n" + card("3.0", "FN:A\r\n") + "more junk\r\n")
            << QList<Codes> {{}} << QList<int> {2};
    }
    void reportsCardProblems()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<Codes>, codes);
        QFETCH(QList<int>, lines);
        const ImportTable table = mustRead(bytes);
        QCOMPARE(table.rows.size(), codes.size());
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const ImportRow &row = table.rows[i];
            QCOMPARE(codesOf(row), codes[i]);
            QCOMPARE(row.problems.isEmpty() ? row.line : row.problems.first().line, lines[i]);
            for (const RowProblem &p : row.problems)
                QVERIFY(!p.describe().isEmpty());
        }
    }

    void keepsTheCardWhenOnlyADateIsBad()
    {
        const ImportTable table = mustRead(card("3.0", "FN:Ann\r\nTEL:1\r\nBDAY:1985-13-45\r\n"));
        const ImportRow &row = table.rows.first();
        QVERIFY(!row.isRefused());
        QCOMPARE(row.cell(VCardReader::Birthday), QString());
        QCOMPARE(row.problems.first().value, QStringLiteral("1985-13-45"));
        QVERIFY(row.problems.first().describe().contains(QStringLiteral("1985-13-45")));
    }

    void refusesFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<FileCode>("code");
        QTest::newRow("empty") << QByteArray() << FileCode::Empty;
        QTest::newRow("blank lines") << QByteArray("\r\n  \r\n") << FileCode::Empty;
        QTest::newRow("a CSV file") << QByteArray("name,phone\r\nAnn,1\r\n") << FileCode::NoCards;
        QTest::newRow("END without BEGIN")
            << QByteArray("FN:A\r\nEND:VCARD\r\n") << FileCode::NoCards;
        QTest::newRow("JPEG") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10) << FileCode::NotText;
    }
    void refusesFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(FileCode, code);
        const auto table = VCardReader::read(bytes);
        QVERIFY(!table);
        QCOMPARE(table.error().code, code);
    }

    void normalisesDates_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("omittedYear");
        QTest::addColumn<QString>("date"); // empty: refused
        QTest::newRow("basic") << text("19960415") << 0 << text("1996-04-15");
        QTest::newRow("extended") << text("1996-04-15") << 0 << text("1996-04-15");
        QTest::newRow("no year basic") << text("--0415") << 0 << text("--04-15");
        QTest::newRow("no year extended") << text("--04-15") << 0 << text("--04-15");
        QTest::newRow("29 February without a year") << text("--0229") << 0 << text("--02-29");
        QTest::newRow("29 February in a common year") << text("2001-02-29") << 0 << QString();
        QTest::newRow("year zero means none") << text("0000-12-10") << 0 << text("--12-10");
        QTest::newRow("Apple's 1604") << text("1604-12-10") << 1604 << text("--12-10");
        QTest::newRow("1604 as a real year") << text("1604-12-10") << 0 << text("1604-12-10");
        QTest::newRow("date-time extended")
            << text("1953-10-15T23:10:00Z") << 0 << text("1953-10-15");
        QTest::newRow("spaces around") << text(" 19960415 ") << 0 << text("1996-04-15");
        QTest::newRow("year only") << text("1985") << 0 << QString();
        QTest::newRow("year and month") << text("1985-04") << 0 << QString();
        QTest::newRow("day only") << text("---12") << 0 << QString();
        QTest::newRow("time only") << text("T102200") << 0 << QString();
        QTest::newRow("month 13") << text("1985-13-01") << 0 << QString();
        QTest::newRow("text") << text("circa 1800") << 0 << QString();
        QTest::newRow("slashes") << text("15/04/1996") << 0 << QString();
    }
    void normalisesDates()
    {
        QFETCH(QString, value);
        QFETCH(int, omittedYear);
        QFETCH(QString, date);
        QCOMPARE(VCardDate::normalise(value, omittedYear).value_or(QString()), date);
    }

    void parsesContentLines()
    {
        const auto p = VCardProperty::parse(
            u"item1.tel;type=\"cell,voice\";PREF=1;X-LABEL=\"a:b;c\":tel:+44", 7);
        QVERIFY(p);
        QCOMPARE(p->line, 7);
        QCOMPARE(p->group, QStringLiteral("item1"));
        QCOMPARE(p->name, QStringLiteral("TEL"));
        QVERIFY(p->hasType(u"cell") && p->hasType(u"VOICE"));
        QCOMPARE(p->preference(), 1);
        QCOMPARE(p->parameter(u"x-label"), QStringLiteral("a:b;c"));
        QCOMPARE(p->value, QStringLiteral("tel:+44"));
        QVERIFY(!VCardProperty::parse(u"no colon here", 1));
        QVERIFY(!VCardProperty::parse(u"NOTE;X=\"unclosed:value", 1));
    }

    void readsTheGoodSampleFiles()
    {
        const QString good = QStringLiteral(RAPPORT_TEST_DATA "/import/good/");
        const auto iphone = VCardReader::readFile(good + QStringLiteral("iphone-ios17.vcf"));
        QVERIFY(iphone);
        QCOMPARE(iphone->rows.size(), 1);
        QCOMPARE(iphone->rows[0].cells,
            QStringList(
                {text("Ada"), text("Lovelace"), text("+44 7400 123456"), text("+44 20 7946 0018"),
                    text("ada@example.org"), text("--12-10"), text("2015-06-20"),
                    text("Prefers mornings\nAllergic to nuts, shellfish; and wasps. This note is "
                         "long enough to be folded."),
                    QString(), QString(), QString()}));

        const auto android21 = VCardReader::readFile(good + QStringLiteral("android-21.vcf"));
        QVERIFY(android21);
        QCOMPARE(android21->rows[0].cells,
            QStringList({text("Jürgen"), text("Müller"), text("+49 151 23456789"),
                text("+49 30 1234567"), text("juergen@example.de"), text("1970-03-12"), QString(),
                text("Kommt immer freitags.\nMöchte Termine am Vormittag."), QString(), QString(),
                QString()}));

        const auto android40 = VCardReader::readFile(good + QStringLiteral("android-40.vcf"));
        QVERIFY(android40);
        QCOMPARE(android40->rows[0].cells,
            QStringList(
                {text("Zoé"), text("Lefèvre"), text("+33-6-12-34-56-78"), text("+33-1-23-45-67-89"),
                    text("z.lefevre@example.fr"), text("--04-12"), text("2009-08-08"), QString(),
                    text("VIP, regular, Brunch, Sundays"), text("fr"), text("Europe/Paris")}));
    }
};

RAPPORT_TEST_MAIN(TestVCardReader)
#include "tst_vcardreader.moc"
