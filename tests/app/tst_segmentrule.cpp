// Segment rules as data: the stored JSON reads back to the same rule, and every way a rule can be
// wrong is refused with its own code and the position of the offending condition.
#include "RapportTest.h"
#include "app/segments/BuiltInSegments.h"
#include "app/segments/SegmentRule.h"

#include <QJsonDocument>

using namespace rapport::app;
using Code = SegmentRuleError::Code;

Q_DECLARE_METATYPE(rapport::app::SegmentRuleError::Code)

namespace {

// A whole rule around `conditions` (the JSON text of the array's entries).
QByteArray rule(const char *conditions, const char *match = "all")
{
    return QByteArray(R"({"version":1,"match":")") + match + R"(","conditions":[)" + conditions
        + "]}";
}

QJsonDocument document(const QByteArray &json)
{
    return QJsonDocument::fromJson(json);
}

QList<CustomField> fields()
{
    CustomField stylist {1, QStringLiteral("Stylist"), CustomField::Type::Text, {}};
    CustomField size {2, QStringLiteral("Shoe size"), CustomField::Type::Number, {}};
    CustomField colour {4, QStringLiteral("Colour"), CustomField::Type::Choice,
        {QStringLiteral("red"), QStringLiteral("blue")}};
    return {stylist, size, colour};
}

} // namespace

class TestSegmentRule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsThroughJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("text") << rule(R"({"subject":"first_name","operator":"equals","value":"Ada"},
            {"subject":"last_name","operator":"contains","value":"100%_"},
            {"subject":"email","operator":"is_empty"},
            {"subject":"language","operator":"starts_with","value":"de"},
            {"subject":"time_zone","operator":"not_equals","value":"Europe/Vienna"})");
        QTest::newRow("phone and tags")
            << rule(R"({"subject":"phone","operator":"starts_with","value":"+44"},
            {"subject":"tag","operator":"has","value":"vip"},
            {"subject":"tag","operator":"has_not","value":"banned"},
            {"subject":"tag","operator":"is_not_empty"})",
                   "any");
        QTest::newRow("custom fields") << rule(R"(
            {"subject":"custom_field","field":1,"field_type":"text","operator":"contains","value":"x"},
            {"subject":"custom_field","field":2,"field_type":"number","operator":"between","values":[1.5,40]},
            {"subject":"custom_field","field":3,"field_type":"date","operator":"within_last_days","value":14},
            {"subject":"custom_field","field":3,"field_type":"date","operator":"less_than","value":"2025-01-31"},
            {"subject":"custom_field","field":4,"field_type":"choice","operator":"equals","value":"red"})");
        QTest::newRow("consent") << rule(R"(
            {"subject":"consent","purpose":"marketing","operator":"equals","value":"opted_in"},
            {"subject":"consent","purpose":"feedback","operator":"not_equals","value":"unknown"})");
        QTest::newRow("history") << rule(R"(
            {"subject":"visit_count","operator":"greater_than","value":2,"within_days":180},
            {"subject":"total_spend","operator":"between","values":[-500,100000]},
            {"subject":"spend_rank","operator":"in_top_percent","value":10},
            {"subject":"last_visit","operator":"more_than_days_ago","value":90},
            {"subject":"first_visit","operator":"within_last_days","value":30},
            {"subject":"customer_since","operator":"within_last_days","value":30})");
        QTest::newRow("dates") << rule(R"(
            {"subject":"birthday","operator":"within_next_days","value":7},
            {"subject":"birthday_month","operator":"equals","value":"this_month"},
            {"subject":"birthday_month","operator":"not_equals","value":12},
            {"subject":"anniversary_month","operator":"equals","value":6})");
        QTest::newRow("nested") << rule(R"({"subject":"tag","operator":"has","value":"vip"},
            {"match":"any","conditions":[{"subject":"email","operator":"is_not_empty"},
              {"match":"all","conditions":[{"subject":"last_visit","operator":"is_empty"}]}]})");
    }
    void roundTripsThroughJson()
    {
        QFETCH(QByteArray, json);
        auto parsed = SegmentRule::fromJson(json);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().describe()));
        const QByteArray written = parsed->toJson();
        QCOMPARE(document(written), document(json));
        auto again = SegmentRule::fromJson(written);
        QVERIFY(again);
        QCOMPARE(again->toJson(), written);
    }

    void writesStableCanonicalJson()
    {
        SegmentRule built;
        SegmentGroup either;
        either.match = SegmentMatch::Any;
        either.add(SegmentCondition::consent(
            QStringLiteral("marketing"), SegmentOperator::Equals, QStringLiteral("opted_in")));
        either.add(SegmentCondition::of(SegmentSubject::BirthdayMonth, SegmentOperator::Equals,
            {SegmentCondition::thisMonth()}));
        built.root
            .add(SegmentCondition::visits(
                SegmentSubject::VisitCount, SegmentOperator::GreaterThan, {2}, 180))
            .add(std::move(either));
        QVERIFY(built.validate());
        QCOMPARE(built.toJson(),
            QByteArray(R"({"conditions":[{"operator":"greater_than","subject":"visit_count",)"
                       R"("value":2,"within_days":180},{"conditions":[{"operator":"equals",)"
                       R"("purpose":"marketing","subject":"consent","value":"opted_in"},)"
                       R"({"operator":"equals","subject":"birthday_month","value":"this_month"}],)"
                       R"("match":"any"}],"match":"all","version":1})"));
    }

    void refusesInvalidRules_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<Code>("code");
        QTest::addColumn<QString>("where");
        const QString top;
        const QString first = QStringLiteral("1");
        const auto row
            = [](const char *name, const QByteArray &json, Code code, const QString &where) {
                  QTest::newRow(name) << json << code << where;
              };
        row("not json", "{\"version\":1,", Code::NotJson, top);
        row("an array", "[1,2]", Code::NotJson, top);
        row("no version", R"({"match":"all","conditions":[]})", Code::UnsupportedVersion, top);
        row("version 2", R"({"version":2,"match":"all","conditions":[]})", Code::UnsupportedVersion,
            top);
        row("unknown match", rule(R"({"subject":"email","operator":"is_empty"})", "some"),
            Code::UnknownMatch, top);
        row("entry not an object", rule("42"), Code::NotACondition, first);
        row("conditions not a list", R"({"version":1,"match":"all","conditions":"x"})",
            Code::NotACondition, top);
        row("empty rule", rule(""), Code::EmptyGroup, top);
        row("empty nested group",
            rule(R"({"subject":"email","operator":"is_empty"},{"match":"any","conditions":[]})"),
            Code::EmptyGroup, QStringLiteral("2"));
        row("six levels deep",
            rule(R"({"match":"all","conditions":[{"match":"all","conditions":[{"match":"all",
                "conditions":[{"match":"all","conditions":[{"match":"all","conditions":[
                {"subject":"email","operator":"is_empty"}]}]}]}]}]})"),
            Code::TooDeep, QStringLiteral("1.1.1.1.1"));
        row("unknown subject", rule(R"({"subject":"shoe","operator":"equals","value":"x"})"),
            Code::UnknownSubject, first);
        row("unknown operator", rule(R"({"subject":"email","operator":"like","value":"x"})"),
            Code::UnknownOperator, first);
        row("name less than", rule(R"({"subject":"email","operator":"is_empty"},
                {"subject":"first_name","operator":"less_than","value":"M"})"),
            Code::OperatorNotValidForSubject, QStringLiteral("2"));
        row("tag contains", rule(R"({"subject":"tag","operator":"contains","value":"v"})"),
            Code::OperatorNotValidForSubject, first);
        row("number contains", rule(R"({"subject":"custom_field","field":2,"field_type":"number",
                "operator":"contains","value":"4"})"),
            Code::OperatorNotValidForSubject, first);
        row("missing value", rule(R"({"subject":"first_name","operator":"equals"})"),
            Code::MissingValue, first);
        row("value for is empty", rule(R"({"subject":"email","operator":"is_empty","value":"x"})"),
            Code::UnexpectedValue, first);
        row("between one value",
            rule(R"({"subject":"visit_count","operator":"between","values":[1]})"),
            Code::WrongValueCount, first);
        row("value and values",
            rule(R"({"subject":"visit_count","operator":"equals","value":1,"values":[1]})"),
            Code::WrongValueCount, first);
        row("count as text", rule(R"({"subject":"visit_count","operator":"equals","value":"3"})"),
            Code::WrongValueType, first);
        row("fractional count",
            rule(R"({"subject":"visit_count","operator":"equals","value":2.5})"),
            Code::WrongValueType, first);
        row("name as number", rule(R"({"subject":"first_name","operator":"equals","value":5})"),
            Code::WrongValueType, first);
        row("values not a list",
            rule(R"({"subject":"visit_count","operator":"between","values":3})"),
            Code::WrongValueType, first);
        row("blank text", rule(R"({"subject":"first_name","operator":"equals","value":"  "})"),
            Code::EmptyText, first);
        for (const char *days : {"0", "-3", "2.5", "\"7\""}) {
            const QByteArray json = QByteArray(R"({"subject":"last_visit",)")
                + R"("operator":"within_last_days","value":)" + days + "}";
            QTest::addRow("days %s", days)
                << rule(json.constData()) << Code::NotAPositiveInteger << first;
        }
        row("within_days zero",
            rule(R"({"subject":"visit_count","operator":"equals","value":1,"within_days":0})"),
            Code::NotAPositiveInteger, first);
        row("month 13", rule(R"({"subject":"birthday_month","operator":"equals","value":13})"),
            Code::ValueOutOfRange, first);
        row("month as other text",
            rule(R"({"subject":"birthday_month","operator":"equals","value":"next_month"})"),
            Code::WrongValueType, first);
        row("percent 101",
            rule(R"({"subject":"spend_rank","operator":"in_top_percent",)"
                 R"("value":101})"),
            Code::ValueOutOfRange, first);
        row("negative count", rule(R"({"subject":"visit_count","operator":"equals","value":-1})"),
            Code::ValueOutOfRange, first);
        row("too many days",
            rule(R"({"subject":"last_visit","operator":"within_last_days","value":100000})"),
            Code::ValueOutOfRange, first);
        row("reversed numbers",
            rule(R"({"subject":"total_spend","operator":"between","values":[500,20]})"),
            Code::RangeReversed, first);
        row("reversed dates", rule(R"({"subject":"custom_field","field":3,"field_type":"date",
                "operator":"between","values":["2025-02-01","2025-01-01"]})"),
            Code::RangeReversed, first);
        row("national prefix",
            rule(R"({"subject":"phone","operator":"starts_with",)"
                 R"("value":"0044"})"),
            Code::NotAPhonePrefix, first);
        row("spaced prefix", rule(R"({"subject":"phone","operator":"equals","value":"+44 77"})"),
            Code::NotAPhonePrefix, first);
        row("30 February", rule(R"({"subject":"custom_field","field":3,"field_type":"date",
                "operator":"equals","value":"2025-02-30"})"),
            Code::NotADate, first);
        row("unknown purpose",
            rule(R"({"subject":"consent","purpose":"sales","operator":"equals",)"
                 R"("value":"opted_in"})"),
            Code::UnknownConsentPurpose, first);
        row("no purpose", rule(R"({"subject":"consent","operator":"equals","value":"opted_in"})"),
            Code::UnknownConsentPurpose, first);
        row("unknown state",
            rule(R"({"subject":"consent","purpose":"service","operator":"equals",)"
                 R"("value":"maybe"})"),
            Code::UnknownConsentState, first);
        row("no field",
            rule(R"({"subject":"custom_field","field_type":"text","operator":"is_empty"})"),
            Code::MissingCustomField, first);
        row("field 0",
            rule(R"({"subject":"custom_field","field":0,"field_type":"text",)"
                 R"("operator":"is_empty"})"),
            Code::MissingCustomField, first);
        row("unknown field type",
            rule(R"({"subject":"custom_field","field":1,"field_type":"colour",)"
                 R"("operator":"is_empty"})"),
            Code::UnknownFieldType, first);
        row("within_days on last visit",
            rule(R"({"subject":"last_visit","operator":"is_empty","within_days":30})"),
            Code::ParameterNotValidForSubject, first);
        row("purpose on a tag",
            rule(R"({"subject":"tag","operator":"has","value":"x","purpose":"service"})"),
            Code::ParameterNotValidForSubject, first);
        row("field on a tag", rule(R"({"subject":"tag","operator":"has","value":"x","field":1})"),
            Code::ParameterNotValidForSubject, first);
        row("deep position",
            rule(R"({"subject":"email","operator":"is_empty"},{"match":"any","conditions":[
                {"subject":"email","operator":"is_empty"},{"subject":"tag","operator":"has"}]})"),
            Code::MissingValue, QStringLiteral("2.2"));
    }
    void refusesInvalidRules()
    {
        QFETCH(QByteArray, json);
        QFETCH(Code, code);
        QFETCH(QString, where);
        auto parsed = SegmentRule::fromJson(json);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, code);
        QCOMPARE(parsed.error().where, where);
        const QString sentence = parsed.error().describe();
        QVERIFY(sentence.endsWith(QLatin1Char('.')));
        if (!where.isEmpty())
            QVERIFY2(sentence.contains(where), qPrintable(sentence));
    }

    void checksRulesAgainstCustomFields_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code"); // -1: valid
        QTest::newRow("fine") << rule(R"({"subject":"custom_field","field":4,)"
                                      R"("field_type":"choice","operator":"equals","value":"red"})")
                              << -1;
        QTest::newRow("deleted field") << rule(R"({"subject":"custom_field","field":9,)"
                                               R"("field_type":"text","operator":"is_empty"})")
                                       << int(Code::CustomFieldUnknown);
        QTest::newRow("type changed") << rule(R"({"subject":"custom_field","field":1,)"
                                              R"("field_type":"date","operator":"is_empty"})")
                                      << int(Code::CustomFieldTypeChanged);
        QTest::newRow("not a choice") << rule(R"({"subject":"custom_field","field":4,)"
                                              R"("field_type":"choice","operator":"equals",)"
                                              R"("value":"green"})")
                                      << int(Code::NotAChoice);
    }
    void checksRulesAgainstCustomFields()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        auto parsed = SegmentRule::fromJson(json);
        QVERIFY(parsed); // structurally fine: only the field definitions can refuse it
        auto checked = parsed->validate(fields());
        QCOMPARE(bool(checked), code == -1);
        if (code != -1) {
            QCOMPARE(int(checked.error().code), code);
            QCOMPARE(checked.error().where, QStringLiteral("1"));
        }
    }

    void validatesRulesBuiltInCpp()
    {
        SegmentRule wrongType;
        wrongType.root.add(SegmentCondition::customField(3, CustomField::Type::Date,
            SegmentOperator::Equals, {QDate(2025, 1, 1)})); // dates are ISO text
        QCOMPARE(wrongType.validate().error().code, Code::WrongValueType);
        SegmentRule empty;
        QCOMPARE(empty.validate().error().code, Code::EmptyGroup);
        SegmentRule windowOnName;
        windowOnName.root.add(SegmentCondition::visits(
            SegmentSubject::FirstName, SegmentOperator::Equals, {QStringLiteral("Ada")}, 30));
        QCOMPARE(windowOnName.validate().error().code, Code::ParameterNotValidForSubject);
        SegmentRule integers;
        integers.root.add(SegmentCondition::of(
            SegmentSubject::TotalSpend, SegmentOperator::Between, {qint64(-5), 10u}));
        QVERIFY(integers.validate());
    }

    void offersOperatorsBySubject()
    {
        using Op = SegmentOperator;
        QCOMPARE(SegmentRule::operatorsFor(SegmentSubject::Tag),
            (QList<Op> {Op::IsEmpty, Op::IsNotEmpty, Op::Has, Op::HasNot}));
        QCOMPARE(SegmentRule::operatorsFor(SegmentSubject::LastVisit),
            (QList<Op> {Op::IsEmpty, Op::IsNotEmpty, Op::WithinLastDays, Op::MoreThanDaysAgo}));
        QVERIFY(SegmentRule::operatorsFor(SegmentSubject::CustomField, CustomField::Type::Date)
                    .contains(Op::WithinNextDays));
        QVERIFY(!SegmentRule::operatorsFor(SegmentSubject::CustomField, CustomField::Type::Choice)
                     .contains(Op::Contains));
        for (const auto subject : {SegmentSubject::FirstName, SegmentSubject::Consent,
                 SegmentSubject::SpendRank, SegmentSubject::Birthday}) {
            const QString name = SegmentRule::subjectName(subject);
            QCOMPARE(SegmentRule::subjectFromName(name), std::optional(subject));
        }
    }

    void builtInRulesAreValidRules()
    {
        for (const BuiltInSegment segment : BuiltInSegments::all()) {
            const SegmentRule builtIn = BuiltInSegments::rule(segment);
            QVERIFY(builtIn.validate());
            auto parsed = SegmentRule::fromJson(builtIn.toJson());
            QVERIFY(parsed);
            QCOMPARE(parsed->toJson(), builtIn.toJson());
            QVERIFY(!BuiltInSegments::displayName(segment).isEmpty());
            QVERIFY(BuiltInSegments::description(segment).endsWith(QLatin1Char('.')));
            QCOMPARE(
                BuiltInSegments::fromKey(BuiltInSegments::key(segment)), std::optional(segment));
        }
        QVERIFY(BuiltInSegments::description(BuiltInSegment::Lapsed, {30, 3, 180, 10, 45})
                    .contains(QStringLiteral("45")));
    }
};

RAPPORT_TEST_MAIN(TestSegmentRule)
#include "tst_segmentrule.moc"
