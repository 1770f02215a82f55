// Segment rules run as SQL against the small customer book of SegmentFixture.h, whose answers
// are worked out by hand: every subject and operator, nesting, the day boundaries ("exactly N
// days ago"), birthdays around the year end and 29 February, consent history, the built-in
// segments, and the query plan of a count.
#include "RapportTest.h"
#include "SegmentFixture.h"
#include "app/segments/BuiltInSegments.h"
#include "app/segments/SegmentSql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <memory>

using namespace rapport::app;
using rapport::test::SegmentFixture;

namespace {

const QDate today = rapport::test::fixtureToday;

SegmentRule parse(const QByteArray &conditions, const char *match = "all")
{
    const QByteArray json = QByteArray(R"({"version":1,"match":")") + match + R"(","conditions":[)"
        + conditions + "]}";
    auto rule = SegmentRule::fromJson(json);
    if (!rule)
        qFatal("bad test rule %s: %s", json.constData(), qPrintable(rule.error().describe()));
    return *rule;
}

// One condition as JSON; `rest` adds the value and parameters (",\"value\":2").
QByteArray cond(const char *subject, const char *op, const char *rest)
{
    return QByteArray(R"({"subject":")") + subject + R"(","operator":")" + op + R"(")" + rest + '}';
}

QByteArray fieldCond(const char *id, const char *type, const char *op, const char *rest)
{
    return QByteArray(R"({"subject":"custom_field","field":)") + id + R"(,"field_type":")" + type
        + R"(","operator":")" + op + R"(")" + rest + '}';
}

QByteArray consentCond(const char *purpose, const char *op, const char *state)
{
    return QByteArray(R"({"subject":"consent","purpose":")") + purpose + R"(","operator":")" + op
        + R"(","value":")" + state + R"("})";
}

} // namespace

class TestSegmentSql final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SegmentFixture> m_book;
    int m_connection = 0;

    QString members(const SegmentRule &rule, QDate on = today) { return m_book->members(rule, on); }

private Q_SLOTS:
    void init()
    {
        m_book
            = std::make_unique<SegmentFixture>(QStringLiteral("segmentsql-%1").arg(++m_connection));
    }
    void cleanup() { m_book.reset(); }

    void selectsByEachSubjectAndOperator_data();
    void selectsByEachSubjectAndOperator()
    {
        QFETCH(QByteArray, conditions);
        QFETCH(QString, match);
        QFETCH(QString, expected);
        QCOMPARE(members(parse(conditions, qPrintable(match))), expected);
    }

    void findsBirthdaysInTheComingDays_data();
    void findsBirthdaysInTheComingDays()
    {
        QFETCH(QDate, on);
        QFETCH(int, days);
        QFETCH(int, day);
        QFETCH(int, month);
        QFETCH(bool, expected);
        m_book->customer(QStringLiteral("Zed"), QStringLiteral("2020-01-01T00:00:00.000Z"),
            {{QStringLiteral("birthday_day"), day}, {QStringLiteral("birthday_month"), month}});
        SegmentRule rule;
        rule.root.add(SegmentCondition::of(
            SegmentSubject::Birthday, SegmentOperator::WithinNextDays, {days}));
        QCOMPARE(
            members(rule, on).split(QLatin1Char(',')).contains(QStringLiteral("Zed")), expected);
    }

    void followsTheLatestConsentEvent()
    {
        const QString zed = QStringLiteral("Zed");
        m_book->customer(zed, QStringLiteral("2025-01-01T00:00:00.000Z"));
        const auto state = [&](const char *wanted) {
            SegmentRule rule;
            rule.root.add(SegmentCondition::consent(
                QStringLiteral("marketing"), SegmentOperator::Equals, QString::fromLatin1(wanted)));
            rule.root.add(
                SegmentCondition::of(SegmentSubject::FirstName, SegmentOperator::Equals, {zed}));
            return members(rule) == zed;
        };
        QVERIFY(state("unknown"));
        m_book->consent(zed, "marketing", "opt_in");
        QVERIFY(state("opted_in"));
        m_book->consent(zed, "service", "opt_out"); // another purpose changes nothing
        QVERIFY(state("opted_in"));
        m_book->consent(zed, "marketing", "opt_out");
        QVERIFY(state("opted_out") && !state("opted_in"));
        m_book->consent(QStringLiteral("Ada"), "marketing", "opt_out"); // nor does another customer
        m_book->consent(zed, "marketing", "opt_in");
        QVERIFY(state("opted_in") && !state("opted_out") && !state("unknown"));
    }

    void computesBuiltInSegments_data();
    void computesBuiltInSegments()
    {
        QFETCH(int, segment);
        QFETCH(QDate, on);
        QFETCH(int, lapsedAfterDays);
        QFETCH(QString, expected);
        BuiltInThresholds thresholds;
        thresholds.lapsedAfterDays = lapsedAfterDays;
        QCOMPARE(members(BuiltInSegments::rule(BuiltInSegment(segment), thresholds), on), expected);
    }

    void bindsValuesInsteadOfPastingThem()
    {
        const QString hostile = QStringLiteral("x'); DROP TABLE customers; --");
        SegmentRule rule;
        rule.root.add(
            SegmentCondition::of(SegmentSubject::LastName, SegmentOperator::Contains, {hostile}));
        auto expression = SegmentSql::compile(rule, today);
        QVERIFY(expression);
        QVERIFY(!expression->sql.contains(QStringLiteral("DROP")));
        QCOMPARE(
            expression->values, QVariantList {QStringLiteral("%x'); DROP TABLE customers; --%")});
        QCOMPARE(members(rule), QString());
        QCOMPARE(members(parse(R"({"subject":"email","operator":"is_not_empty"})")),
            QStringLiteral("Ada,Bob,Finn"));
        QCOMPARE(
            SegmentSql::escapeLike(QStringLiteral("a\\b%c_d")), QStringLiteral("a\\\\b\\%c\\_d"));
    }

    void countUsesIndexesForTagsAndVisits()
    {
        const SegmentRule rule = parse(R"({"subject":"tag","operator":"has","value":"vip"},
            {"subject":"visit_count","operator":"greater_than","value":2,"within_days":180},
            {"subject":"last_visit","operator":"more_than_days_ago","value":90})",
            "any");
        auto expression = SegmentSql::compile(rule, today);
        QVERIFY(expression);
        QSqlQuery query(m_book->database().connection());
        QVERIFY(query.prepare(
            QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM customers c WHERE ")
            + expression->sql));
        for (const QVariant &value : expression->values)
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QStringList plan;
        while (query.next())
            plan << query.value(3).toString();
        const QString text = plan.join(QLatin1Char('\n'));
        for (const QString &step : std::as_const(plan)) {
            // Only the customers table itself may be read in full (SQLite may read it through
            // a covering index: "SCAN c USING COVERING INDEX …").
            if (step.startsWith(QLatin1String("SCAN ")))
                QVERIFY2(
                    step == QLatin1String("SCAN c") || step.startsWith(QLatin1String("SCAN c ")),
                    qPrintable(text));
        }
        QVERIFY2(text.contains(QLatin1String("customer_tags")), qPrintable(text));
        // The window of visits is found through visits_on (visited_on, customer_id).
        QVERIFY2(text.contains(QLatin1String("INDEX visits_on")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("SCAN visits"))
                && !text.contains(QLatin1String("SCAN customer_tags")),
            qPrintable(text));
    }
};

void TestSegmentSql::selectsByEachSubjectAndOperator_data()
{
    QTest::addColumn<QByteArray>("conditions");
    QTest::addColumn<QString>("match");
    QTest::addColumn<QString>("expected");
    const QString all = QStringLiteral("all");
    const auto row = [&](const char *name, const QByteArray &conditions, const char *expected) {
        QTest::newRow(name) << conditions << all << QString::fromUtf8(expected);
    };
    row("first name equals, any case", cond("first_name", "equals", R"(,"value":"ada")"), "Ada");
    row("first name not equals", cond("first_name", "not_equals", R"(,"value":"Ada")"),
        "Bob,Cara,Dan,Eve,Finn");
    row("last name is empty", cond("last_name", "is_empty", ""), "Eve");
    row("last name is not empty", cond("last_name", "is_not_empty", ""), "Ada,Bob,Cara,Dan,Finn");
    row("last name not equals keeps NULL", cond("last_name", "not_equals", R"(,"value":"smith")"),
        "Ada,Bob,Dan,Eve,Finn");
    row("last name starts with", cond("last_name", "starts_with", R"(,"value":"o'")"), "Finn");
    row("last name contains", cond("last_name", "contains", R"(,"value":"OW")"), "Bob");
    row("email: _ is not a wildcard", cond("email", "contains", R"(,"value":"n_o")"), "Finn");
    row("email equals", cond("email", "equals", R"(,"value":"BONNO@example.com")"), "Bob");
    row("email is empty", cond("email", "is_empty", ""), "Cara,Dan,Eve");
    row("phone prefix +44", cond("phone", "starts_with", R"(,"value":"+44")"), "Ada");
    row("phone prefix +4", cond("phone", "starts_with", R"(,"value":"+4")"), "Ada,Bob");
    row("phone equals", cond("phone", "equals", R"(,"value":"+447400123456")"), "Ada");
    row("phone not equals", cond("phone", "not_equals", R"(,"value":"+447400123456")"),
        "Bob,Cara,Dan,Eve,Finn");
    row("phone is empty", cond("phone", "is_empty", ""), "Cara,Dan,Eve,Finn");
    row("language starts with", cond("language", "starts_with", R"(,"value":"de")"), "Bob");
    row("language equals", cond("language", "equals", R"(,"value":"EN-gb")"), "Ada");
    row("language is empty", cond("language", "is_empty", ""), "Cara,Dan,Eve,Finn");
    row("time zone equals", cond("time_zone", "equals", R"(,"value":"europe/vienna")"), "Bob");
    row("time zone contains", cond("time_zone", "contains", R"(,"value":"/")"), "Ada,Bob");
    row("has tag, any case", cond("tag", "has", R"(,"value":" VIP ")"), "Ada");
    row("has not tag", cond("tag", "has_not", R"(,"value":"vip")"), "Bob,Cara,Dan,Eve,Finn");
    row("tag is exact, not LIKE", cond("tag", "has", R"(,"value":"new%client")"), "");
    row("no tags", cond("tag", "is_empty", ""), "Cara,Dan,Eve");
    row("any tag", cond("tag", "is_not_empty", ""), "Ada,Bob,Finn");
    row("text field: % is not a wildcard", fieldCond("1", "text", "contains", R"(,"value":"100%")"),
        "Finn");
    row("text field equals", fieldCond("1", "text", "equals", R"(,"value":"mia 1000")"), "Cara");
    row("text field not equals", fieldCond("1", "text", "not_equals", R"(,"value":"Mia 1000")"),
        "Ada,Bob,Dan,Eve,Finn");
    row("text field starts with", fieldCond("1", "text", "starts_with", R"(,"value":"mia")"),
        "Cara,Finn");
    row("text field is empty", fieldCond("1", "text", "is_empty", ""), "Ada,Bob,Dan,Eve");
    row("number less than", fieldCond("2", "number", "less_than", R"(,"value":40)"), "Cara");
    row("number between", fieldCond("2", "number", "between", R"(,"values":[38.5,42])"),
        "Cara,Finn");
    row("number equals", fieldCond("2", "number", "equals", R"(,"value":42)"), "Finn");
    row("number greater than", fieldCond("2", "number", "greater_than", R"(,"value":38.5)"),
        "Finn");
    row("number not equals", fieldCond("2", "number", "not_equals", R"(,"value":42)"),
        "Ada,Bob,Cara,Dan,Eve");
    row("date exactly 14 days ago is within 14",
        fieldCond("3", "date", "within_last_days", R"(,"value":14)"), "Finn");
    row("date not within 13", fieldCond("3", "date", "within_last_days", R"(,"value":13)"), "");
    row("date more than 14 days ago",
        fieldCond("3", "date", "more_than_days_ago", R"(,"value":14)"), "Dan");
    row("date within the next 5 days", fieldCond("3", "date", "within_next_days", R"(,"value":5)"),
        "Ada");
    row("date before", fieldCond("3", "date", "less_than", R"(,"value":"2025-06-01")"), "Dan");
    row("date after", fieldCond("3", "date", "greater_than", R"(,"value":"2025-06-01")"), "Ada");
    row("date equals", fieldCond("3", "date", "equals", R"(,"value":"2025-06-01")"), "Finn");
    row("date between",
        fieldCond("3", "date", "between", R"(,"values":["2025-03-01","2025-06-01"])"), "Dan,Finn");
    row("choice equals", fieldCond("4", "choice", "equals", R"(,"value":"red")"), "Finn");
    row("choice not equals", fieldCond("4", "choice", "not_equals", R"(,"value":"red")"),
        "Ada,Bob,Cara,Dan,Eve");
    row("choice is not empty", fieldCond("4", "choice", "is_not_empty", ""), "Ada,Finn");
    row("opted in after in, out, in", consentCond("marketing", "equals", "opted_in"), "Ada");
    row("opted out", consentCond("marketing", "equals", "opted_out"), "Bob");
    row("consent unknown", consentCond("marketing", "equals", "unknown"), "Cara,Dan,Eve,Finn");
    row("consent not opted in", consentCond("marketing", "not_equals", "opted_in"),
        "Bob,Cara,Dan,Eve,Finn");
    row("feedback opted in", consentCond("feedback", "equals", "opted_in"), "Dan");
    row("service unknown for all", consentCond("service", "equals", "unknown"),
        "Ada,Bob,Cara,Dan,Eve,Finn");
    row("more than 2 visits", cond("visit_count", "greater_than", R"(,"value":2)"), "Ada");
    row("no visits", cond("visit_count", "equals", R"(,"value":0)"), "Cara,Eve");
    row("visits: exactly 180 days ago counts",
        cond("visit_count", "greater_than", R"(,"value":1,"within_days":180)"), "Ada,Bob");
    row("visits: 179 days leaves Bob one",
        cond("visit_count", "greater_than", R"(,"value":1,"within_days":179)"), "Ada");
    row("visits between", cond("visit_count", "between", R"(,"values":[1,2])"), "Bob,Dan,Finn");
    row("visits less than", cond("visit_count", "less_than", R"(,"value":1)"), "Cara,Eve");
    row("visits not equals", cond("visit_count", "not_equals", R"(,"value":0)"),
        "Ada,Bob,Dan,Finn");
    row("spend over 99.99", cond("total_spend", "greater_than", R"(,"value":9999)"), "Ada,Dan");
    row("spend in the last 90 days",
        cond("total_spend", "greater_than", R"(,"value":0,"within_days":90)"), "Ada,Bob,Finn");
    row("spend zero", cond("total_spend", "equals", R"(,"value":0)"), "Cara,Eve");
    row("spend between", cond("total_spend", "between", R"(,"values":[500,2000])"), "Bob,Finn");
    row("spend less than", cond("total_spend", "less_than", R"(,"value":701)"), "Cara,Eve,Finn");
    row("top 10% of 4 spenders is 1", cond("spend_rank", "in_top_percent", R"(,"value":10)"),
        "Dan");
    row("top 50%", cond("spend_rank", "in_top_percent", R"(,"value":50)"), "Ada,Dan");
    row("top 100% needs a visit", cond("spend_rank", "in_top_percent", R"(,"value":100)"),
        "Ada,Bob,Dan,Finn");
    row("last visit: exactly 90 days ago is within 90",
        cond("last_visit", "within_last_days", R"(,"value":90)"), "Ada,Bob,Finn");
    row("last visit more than 90 days ago",
        cond("last_visit", "more_than_days_ago", R"(,"value":90)"), "Dan");
    row("never visited", cond("last_visit", "is_empty", ""), "Cara,Eve");
    row("has visited", cond("last_visit", "is_not_empty", ""), "Ada,Bob,Dan,Finn");
    row("first visit within 30", cond("first_visit", "within_last_days", R"(,"value":30)"), "Finn");
    row("first visit more than 30 days ago",
        cond("first_visit", "more_than_days_ago", R"(,"value":30)"), "Ada,Bob,Dan");
    row("customer since 14 days", cond("customer_since", "within_last_days", R"(,"value":14)"),
        "Cara");
    row("customer since 13 days", cond("customer_since", "within_last_days", R"(,"value":13)"), "");
    row("customer since 26 days", cond("customer_since", "within_last_days", R"(,"value":26)"),
        "Cara,Finn");
    row("customer for over a year", cond("customer_since", "more_than_days_ago", R"(,"value":365)"),
        "Ada,Bob,Dan,Eve");
    row("birthday in December", cond("birthday_month", "equals", R"(,"value":12)"), "Ada,Bob");
    row("birthday this month", cond("birthday_month", "equals", R"(,"value":"this_month")"),
        "Finn");
    row("birthday not in December", cond("birthday_month", "not_equals", R"(,"value":12)"),
        "Cara,Dan,Eve,Finn");
    row("no birthday", cond("birthday", "is_empty", ""), "Eve");
    row("birthday in exactly 5 days", cond("birthday", "within_next_days", R"(,"value":5)"),
        "Finn");
    row("birthday not within 4 days", cond("birthday", "within_next_days", R"(,"value":4)"), "");
    row("anniversary this month", cond("anniversary_month", "equals", R"(,"value":"this_month")"),
        "Ada,Cara");
    row("anniversary not in June", cond("anniversary_month", "not_equals", R"(,"value":6)"),
        "Bob,Dan,Eve,Finn");
    row("no anniversary", cond("anniversary_month", "is_empty", ""), "Bob,Dan,Eve,Finn");
    const QByteArray lapsedOrOptedOut = QByteArray(R"({"match":"any","conditions":[)")
        + cond("last_visit", "more_than_days_ago", R"(,"value":60)") + ','
        + consentCond("marketing", "equals", "opted_out") + "]}";
    row("regulars lapsed or opted out",
        cond("tag", "has", R"(,"value":"regular")") + ',' + lapsedOrOptedOut, "Bob");
    const QByteArray loyalVip = QByteArray(R"({"match":"all","conditions":[)")
        + cond("tag", "has", R"(,"value":"vip")") + ','
        + cond("visit_count", "greater_than", R"(,"value":2)") + "]}";
    QTest::newRow("Eve, or vip with 3 visits")
        << QByteArray(cond("first_name", "equals", R"(,"value":"Eve")") + ',' + loyalVip)
        << QStringLiteral("any") << QStringLiteral("Ada,Eve");
    QTest::newRow("no email or no phone")
        << QByteArray(cond("email", "is_empty", "") + ',' + cond("phone", "is_empty", ""))
        << QStringLiteral("any") << QStringLiteral("Cara,Dan,Eve,Finn");
}

void TestSegmentSql::findsBirthdaysInTheComingDays_data()
{
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("month");
    QTest::addColumn<bool>("expected");
    const QDate dec28(2025, 12, 28), dec31(2025, 12, 31);
    QTest::newRow("28 Dec + 7 reaches 4 Jan") << dec28 << 7 << 4 << 1 << true;
    QTest::newRow("28 Dec + 7 stops before 5 Jan") << dec28 << 7 << 5 << 1 << false;
    QTest::newRow("today counts") << dec28 << 7 << 28 << 12 << true;
    QTest::newRow("yesterday does not") << dec28 << 7 << 27 << 12 << false;
    QTest::newRow("31 Dec + 1: 31 Dec") << dec31 << 1 << 31 << 12 << true;
    QTest::newRow("31 Dec + 1: 1 Jan") << dec31 << 1 << 1 << 1 << true;
    QTest::newRow("31 Dec + 1: not 2 Jan") << dec31 << 1 << 2 << 1 << false;
    QTest::newRow("1 Jan + 1: not 31 Dec") << QDate(2026, 1, 1) << 1 << 31 << 12 << false;
    QTest::newRow("30 Jan + 3: 2 Feb") << QDate(2025, 1, 30) << 3 << 2 << 2 << true;
    QTest::newRow("30 Jan + 3: not 3 Feb") << QDate(2025, 1, 30) << 3 << 3 << 2 << false;
    QTest::newRow("29 Feb kept on 28 Feb 2025") << QDate(2025, 2, 27) << 1 << 29 << 2 << true;
    QTest::newRow("29 Feb not before 28 Feb 2025") << QDate(2025, 2, 20) << 7 << 29 << 2 << false;
    QTest::newRow("29 Feb not on 1 Mar 2025") << QDate(2025, 3, 1) << 3 << 29 << 2 << false;
    QTest::newRow("28 Feb 2025 itself") << QDate(2025, 2, 28) << 1 << 28 << 2 << true;
    QTest::newRow("29 Feb 2024 on its day") << QDate(2024, 2, 29) << 1 << 29 << 2 << true;
    QTest::newRow("29 Feb 2024 not on 28 Feb") << QDate(2024, 2, 27) << 1 << 29 << 2 << false;
    QTest::newRow("363 days misses yesterday") << today << 363 << 14 << 6 << false;
    QTest::newRow("364 days reach yesterday") << today << 364 << 14 << 6 << true;
    QTest::newRow("a year covers 29 Feb") << today << 366 << 29 << 2 << true;
}

void TestSegmentSql::computesBuiltInSegments_data()
{
    QTest::addColumn<int>("segment");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("lapsedAfterDays");
    QTest::addColumn<QString>("expected");
    const auto row
        = [](const char *name, BuiltInSegment segment, QDate on, int lapsed, const char *expected) {
              QTest::newRow(name) << int(segment) << on << lapsed << QString::fromUtf8(expected);
          };
    row("new: first visit, or added without visits", BuiltInSegment::New, today, 90, "Cara,Finn");
    row("new a month later", BuiltInSegment::New, QDate(2025, 7, 15), 90, "");
    row("regular", BuiltInSegment::Regular, today, 90, "Ada");
    row("high value", BuiltInSegment::HighValue, today, 90, "Dan");
    row("lapsed after 90 days", BuiltInSegment::Lapsed, today, 90, "Dan");
    row("lapsed after 89 days", BuiltInSegment::Lapsed, today, 89, "Bob,Dan");
    row("birthday in June", BuiltInSegment::BirthdayThisMonth, today, 90, "Finn");
    row("birthday in December", BuiltInSegment::BirthdayThisMonth, QDate(2025, 12, 1), 90,
        "Ada,Bob");
    row("anniversary in June", BuiltInSegment::AnniversaryThisMonth, today, 90, "Ada,Cara");
}

RAPPORT_TEST_MAIN(TestSegmentSql)
#include "tst_segmentsql.moc"
