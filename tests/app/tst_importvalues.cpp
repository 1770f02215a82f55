// The values people keep in spreadsheets and tills: dates in their country's order, sums of money
// with either decimal separator, and yes/no answers in several languages. Anything that is not
// clearly one of them must come back empty, so the importer warns instead of storing a guess.
#include "RapportTest.h"
#include "app/importing/ImportValues.h"

using namespace rapport::app;

namespace {

// "2024-03-12", "--03-12" without a year, "" when nothing was read.
QString shown(const std::optional<ImportValues::PartialDate> &date)
{
    if (!date)
        return {};
    const QString dayMonth = QStringLiteral("%1-%2")
                                 .arg(date->month, 2, 10, QLatin1Char('0'))
                                 .arg(date->day, 2, 10, QLatin1Char('0'));
    return date->year ? QString(QString::number(*date->year) + u'-' + dayMonth)
                      : QString(QStringLiteral("--") + dayMonth);
}

} // namespace

class TestImportValues final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected");
        const QString gb = QStringLiteral("GB");
        const QString us = QStringLiteral("US");
        const QString de = QStringLiteral("DE");
        const auto row
            = [](const char *name, const char *text, const QString &region, const char *expected) {
                  QTest::newRow(name)
                      << QString::fromUtf8(text) << region << QString::fromLatin1(expected);
              };
        row("iso", "2024-03-12", gb, "2024-03-12");
        row("iso basic", "20240312", us, "2024-03-12");
        row("iso with time", "2024-03-12T10:30:00Z", gb, "2024-03-12");
        row("iso padded", "  2024-03-12 ", gb, "2024-03-12");
        row("iso before 1900", "1815-12-10", gb, "1815-12-10");
        row("iso year of two digits", "0012-03-12", gb, "");
        row("iso no year", "--03-12", gb, "--03-12");
        row("iso no year basic", "--0312", us, "--03-12");
        row("year first slashes", "2024/03/12", us, "2024-03-12");
        row("GB day first", "12/03/2024", gb, "2024-03-12");
        row("US month first", "03/12/2024", us, "2024-03-12");
        row("DE dots", "12.03.2024", de, "2024-03-12");
        row("DE short day and month", "1.3.1970", de, "1970-03-01");
        row("DE no year trailing dot", "12.03.", de, "--03-12");
        row("GB no year", "12/03", gb, "--03-12");
        row("US no year", "03/12", us, "--03-12");
        row("GB dashes", "12-03-2024", gb, "2024-03-12");
        row("US 13th month refused", "13/03/2024", us, "");
        row("GB 13th month refused", "03/13/2024", gb, "");
        row("two-digit year last century", "12/03/85", gb, "1985-03-12");
        row("two-digit year this century", "12/03/05", gb, "2005-03-12");
        row("named day first", "12 March 2024", gb, "2024-03-12");
        row("named month first", "March 12, 2024", us, "2024-03-12");
        row("named short with ordinal", "12th Mar 2024", gb, "2024-03-12");
        row("named Sept", "12 Sept 2024", gb, "2024-09-12");
        row("named lower case no year", "12 march", gb, "--03-12");
        row("named abbreviated no year", "Mar. 12", us, "--03-12");
        row("29 Feb without year", "29/02", gb, "--02-29");
        row("29 Feb iso without year", "--02-29", gb, "--02-29");
        row("29 Feb leap year", "29/02/2024", gb, "2024-02-29");
        row("29 Feb named leap year", "29 February 2024", gb, "2024-02-29");
        row("29 Feb common year", "29/02/2023", gb, "");
        row("29 Feb iso common year", "2023-02-29", gb, "");
        row("30 Feb without year", "30/02", gb, "");
        row("31 April", "31/04/2024", gb, "");
        row("day 0", "00/01/2024", gb, "");
        row("day 32", "32.01.2024", de, "");
        row("month 13 iso", "2024-13-01", gb, "");
        row("year and month only", "2024-03", gb, "");
        row("too many parts", "12/03/2024/5", gb, "");
        row("empty", "", gb, "");
        row("spaces", "   ", gb, "");
        row("word", "soon", gb, "");
        row("month-like word", "12 Junk 2024", gb, "");
        row("word starting like a month", "Marble 12", us, "");
        row("German month name", "12. März 2024", de, "");
    }
    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(QString, region);
        QFETCH(QString, expected);
        QCOMPARE(shown(ImportValues::parseDate(text, region)), expected);
    }

    void partialDateWithoutYearIsNoFullDate()
    {
        const auto date = ImportValues::parseDate(QStringLiteral("29/02"), QStringLiteral("GB"));
        QVERIFY(date);
        QVERIFY(!date->toDate().isValid());
        const auto full
            = ImportValues::parseDate(QStringLiteral("29/02/2024"), QStringLiteral("GB"));
        QVERIFY(full);
        QCOMPARE(full->toDate(), QDate(2024, 2, 29));
    }

    void parseAmountCents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isAmount");
        QTest::addColumn<qint64>("cents");
        const auto amount = [](const char *text, qint64 cents) {
            QTest::newRow(text) << QString::fromUtf8(text) << true << cents;
        };
        const auto none = [](const char *name, const char *text) {
            QTest::newRow(name) << QString::fromUtf8(text) << false << qint64(0);
        };
        amount("12.50", 1250);
        amount("12,50", 1250);
        amount("12.5", 1250);
        amount("£1,234.56", 123456);
        amount("1.234,56 €", 123456);
        amount("1 234,56", 123456);
        amount("CHF 1'234.50", 123450);
        amount("EUR 12", 1200);
        amount("-3", -300);
        amount("−4.20", -420); // U+2212 MINUS SIGN
        amount("3-", -300);
        amount("1,234", 123400);
        amount("1.234.567,89", 123456789);
        amount("1,23,456.78", 12345678);
        amount("0,00", 0);
        amount(".5", 50);
        amount("12.", 1200);
        none("letters", "abc");
        none("number and word", "12 apples");
        none("empty", "");
        none("spaces", "  ");
        none("separator only", ".");
        none("minus only", "-");
        none("exponent", "1e5");
        none("date with dots", "12.03.2024");
        none("short date with dots", "12.03.24");
        none("iso date", "2024-03-12");
        none("range", "12-15");
        none("version", "1.2.3");
        none("too large", "99999999999");
    }
    void parseAmountCents()
    {
        QFETCH(QString, text);
        QFETCH(bool, isAmount);
        QFETCH(qint64, cents);
        const auto parsed = ImportValues::parseAmountCents(text);
        QCOMPARE(parsed.has_value(), isAmount);
        if (isAmount)
            QCOMPARE(*parsed, cents);
    }

    void parseYesNo_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // 1 yes, 0 no, -1 no answer
        const auto row = [](const char *text, int expected) {
            QTest::newRow(text) << QString::fromUtf8(text) << expected;
        };
        for (const char *yes : {"yes", "Y", "TRUE", "1", "x", "ja", "J", "Oui", "sí", "SI",
                 "opted in", "Opt-in", "opted_in", "subscribed", "✓", " yes "})
            row(yes, 1);
        for (const char *no :
            {"no", "N", "false", "0", "Nein", "non", "opted out", "Opt-Out", "unsubscribed"})
            row(no, 0);
        for (const char *neither : {"", "   ", "maybe", "yes please", "-", "2", "vielleicht"})
            row(neither, -1);
    }
    void parseYesNo()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const auto answer = ImportValues::parseYesNo(text);
        QCOMPARE(answer ? int(*answer) : -1, expected);
    }
};

RAPPORT_TEST_MAIN(TestImportValues)
#include "tst_importvalues.moc"
