#pragma once

#include "app/customers/CustomField.h"
#include "app/segments/SegmentRuleError.h"
#include "modem/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <variant>
#include <vector>

namespace rapport::app {

// What a condition looks at. The JSON spelling of each (SegmentRule::subjectName) is part of
// the stored format and never changes.
enum class SegmentSubject {
    FirstName,
    LastName,
    Email,
    PhoneNumber, // E.164 text: matched exactly or by prefix ("+44", "+4477")
    Language,
    TimeZone,
    Tag,
    CustomField, // see SegmentCondition::fieldId / fieldType
    Consent, // the latest opt-in or opt-out for SegmentCondition::purpose
    VisitCount, // ever, or within SegmentCondition::withinDays
    TotalSpend, // in cents; ever, or within SegmentCondition::withinDays
    SpendRank, // among the top N percent of customers with visits, by total spend
    LastVisit,
    FirstVisit,
    CustomerSince, // the record's creation
    Birthday,
    BirthdayMonth,
    AnniversaryMonth,
};

enum class SegmentOperator {
    Equals,
    NotEquals,
    Contains,
    StartsWith,
    LessThan,
    GreaterThan,
    Between, // inclusive at both ends
    IsEmpty,
    IsNotEmpty,
    WithinLastDays, // from N days ago up to today, both included
    MoreThanDaysAgo, // before the day N days ago: the complement of WithinLastDays for the past
    WithinNextDays, // from today up to N days ahead, both included
    Has, // tags
    HasNot,
    InTopPercent,
};

enum class SegmentMatch { All, Any };

// One test on a customer. `values` holds nothing, one value, or two for Between: text as
// QString, numbers as any numeric QVariant, dates as ISO text, months as 1..12 or
// SegmentCondition::thisMonth(), consent states as "opted_in" / "opted_out" / "unknown".
struct SegmentCondition
{
    SegmentSubject subject = SegmentSubject::FirstName;
    SegmentOperator op = SegmentOperator::Equals;
    QVariantList values;
    qint64 fieldId = 0; // CustomField only
    CustomField::Type fieldType = CustomField::Type::Text; // CustomField only
    QString purpose; // Consent only: "service", "marketing" or "feedback"
    int withinDays = 0; // VisitCount and TotalSpend only: 0 means ever

    static SegmentCondition of(
        SegmentSubject subject, SegmentOperator op, const QVariantList &values = {});
    static SegmentCondition customField(qint64 fieldId, CustomField::Type type, SegmentOperator op,
        const QVariantList &values = {});
    static SegmentCondition consent(
        const QString &purpose, SegmentOperator op, const QString &state);
    static SegmentCondition visits(
        SegmentSubject subject, SegmentOperator op, const QVariantList &values, int withinDays = 0);
    // The month value that follows the date a rule is evaluated on.
    static QVariant thisMonth() { return QStringLiteral("this_month"); }
};

struct SegmentItem;

// Conditions and nested groups, all of which (or any of which) must hold.
struct SegmentGroup
{
    SegmentMatch match = SegmentMatch::All;
    std::vector<SegmentItem> items; // kept in the order written

    SegmentGroup &add(SegmentCondition condition);
    SegmentGroup &add(SegmentGroup group);
};

struct SegmentItem
{
    std::variant<SegmentCondition, SegmentGroup> node;
};

// A saved segment's rule. Stored as versioned JSON:
// {"version":1,"match":"all","conditions":[{"subject":"tag","operator":"has","value":"vip"},
//  {"match":"any","conditions":[…]}]}
// Key order is fixed (alphabetical) so that equal rules serialise to equal bytes.
struct SegmentRule
{
    static constexpr int FormatVersion = 1;
    static constexpr int MaxDepth = 5; // the rule itself is depth 1
    static constexpr int MaxDays = 36600; // a hundred years: more is a typing slip

    SegmentGroup root;

    [[nodiscard]] QByteArray toJson() const;
    // Parses and validates (without custom field definitions).
    static Result<SegmentRule, SegmentRuleError> fromJson(const QByteArray &json);

    // Structure, operators and values. The overload with field definitions also checks that
    // every custom field still exists with the same type, and that choices are offered.
    [[nodiscard]] Result<void, SegmentRuleError> validate() const;
    [[nodiscard]] Result<void, SegmentRuleError> validate(const QList<CustomField> &fields) const;

    // The operators an editor can offer for a subject (custom fields: by their type).
    static QList<SegmentOperator> operatorsFor(
        SegmentSubject subject, CustomField::Type fieldType = CustomField::Type::Text);

    static QString subjectName(SegmentSubject subject);
    static std::optional<SegmentSubject> subjectFromName(const QString &name);
    static QString operatorName(SegmentOperator op);
    static std::optional<SegmentOperator> operatorFromName(const QString &name);
};

} // namespace rapport::app
