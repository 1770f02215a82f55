#include "app/segments/SegmentRule.h"

#include "app/segments/SegmentValues.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace rapport::app {

using namespace segmentvalues;
using Code = SegmentRuleError::Code;

namespace {

struct SubjectName
{
    SegmentSubject subject;
    const char *name;
};

constexpr SubjectName subjectNames[] = {
    {SegmentSubject::FirstName, "first_name"},
    {SegmentSubject::LastName, "last_name"},
    {SegmentSubject::Email, "email"},
    {SegmentSubject::PhoneNumber, "phone"},
    {SegmentSubject::Language, "language"},
    {SegmentSubject::TimeZone, "time_zone"},
    {SegmentSubject::Tag, "tag"},
    {SegmentSubject::CustomField, "custom_field"},
    {SegmentSubject::Consent, "consent"},
    {SegmentSubject::VisitCount, "visit_count"},
    {SegmentSubject::TotalSpend, "total_spend"},
    {SegmentSubject::SpendRank, "spend_rank"},
    {SegmentSubject::LastVisit, "last_visit"},
    {SegmentSubject::FirstVisit, "first_visit"},
    {SegmentSubject::CustomerSince, "customer_since"},
    {SegmentSubject::Birthday, "birthday"},
    {SegmentSubject::BirthdayMonth, "birthday_month"},
    {SegmentSubject::AnniversaryMonth, "anniversary_month"},
};

struct OperatorName
{
    SegmentOperator op;
    const char *name;
};

constexpr OperatorName operatorNames[] = {
    {SegmentOperator::Equals, "equals"},
    {SegmentOperator::NotEquals, "not_equals"},
    {SegmentOperator::Contains, "contains"},
    {SegmentOperator::StartsWith, "starts_with"},
    {SegmentOperator::LessThan, "less_than"},
    {SegmentOperator::GreaterThan, "greater_than"},
    {SegmentOperator::Between, "between"},
    {SegmentOperator::IsEmpty, "is_empty"},
    {SegmentOperator::IsNotEmpty, "is_not_empty"},
    {SegmentOperator::WithinLastDays, "within_last_days"},
    {SegmentOperator::MoreThanDaysAgo, "more_than_days_ago"},
    {SegmentOperator::WithinNextDays, "within_next_days"},
    {SegmentOperator::Has, "has"},
    {SegmentOperator::HasNot, "has_not"},
    {SegmentOperator::InTopPercent, "in_top_percent"},
};

bool isConsentPurpose(const QString &purpose)
{
    return purpose == QLatin1String("service") || purpose == QLatin1String("marketing")
        || purpose == QLatin1String("feedback");
}

bool isConsentState(const QString &state)
{
    return state == QLatin1String("opted_in") || state == QLatin1String("opted_out")
        || state == QLatin1String("unknown");
}

std::optional<Code> checkValue(ValueKind kind, const QVariant &value)
{
    switch (kind) {
    case ValueKind::None:
        return std::nullopt;
    case ValueKind::Text:
    case ValueKind::Choice:
        if (!isText(value))
            return Code::WrongValueType;
        if (value.toString().trimmed().isEmpty())
            return Code::EmptyText;
        return std::nullopt;
    case ValueKind::PhonePrefix: {
        static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{0,14}$"));
        if (!isText(value))
            return Code::WrongValueType;
        if (!e164.match(value.toString()).hasMatch())
            return Code::NotAPhonePrefix;
        return std::nullopt;
    }
    case ValueKind::Number:
        if (!isNumeric(value) || !std::isfinite(value.toDouble()))
            return Code::WrongValueType;
        return std::nullopt;
    case ValueKind::Count:
    case ValueKind::Cents:
    case ValueKind::Percent: {
        const auto number = asInteger(value);
        if (!number)
            return Code::WrongValueType;
        if ((kind == ValueKind::Count && *number < 0)
            || (kind == ValueKind::Percent && (*number < 1 || *number > 100)))
            return Code::ValueOutOfRange;
        return std::nullopt;
    }
    case ValueKind::Days: {
        const auto days = asInteger(value);
        if (!days || *days < 1)
            return Code::NotAPositiveInteger;
        if (*days > SegmentRule::MaxDays)
            return Code::ValueOutOfRange;
        return std::nullopt;
    }
    case ValueKind::Month: {
        if (isText(value))
            return value == SegmentCondition::thisMonth() ? std::nullopt
                                                          : std::optional(Code::WrongValueType);
        const auto month = asInteger(value);
        if (!month)
            return Code::WrongValueType;
        if (*month < 1 || *month > 12)
            return Code::ValueOutOfRange;
        return std::nullopt;
    }
    case ValueKind::Date:
        if (!isText(value))
            return Code::WrongValueType;
        if (!QDate::fromString(value.toString(), Qt::ISODate).isValid())
            return Code::NotADate;
        return std::nullopt;
    case ValueKind::ConsentState:
        if (!isText(value))
            return Code::WrongValueType;
        if (!isConsentState(value.toString()))
            return Code::UnknownConsentState;
        return std::nullopt;
    }
    return std::nullopt;
}

bool reversed(ValueKind kind, const QVariant &low, const QVariant &high)
{
    if (kind == ValueKind::Date)
        return low.toString() > high.toString();
    return low.toDouble() > high.toDouble();
}

SegmentRuleError error(Code code, const QString &where, const QString &detail = {})
{
    return SegmentRuleError {code, where, detail};
}

QString detailOf(const QVariant &value)
{
    return isText(value) ? value.toString() : value.toString().left(40);
}

std::optional<SegmentRuleError> checkParameters(
    const SegmentCondition &c, const QString &where, const QList<CustomField> *fields)
{
    const bool custom = c.subject == SegmentSubject::CustomField;
    const bool consent = c.subject == SegmentSubject::Consent;
    const bool windowed
        = c.subject == SegmentSubject::VisitCount || c.subject == SegmentSubject::TotalSpend;
    if (!custom && c.fieldId != 0)
        return error(Code::ParameterNotValidForSubject, where, QStringLiteral("field"));
    if (!consent && !c.purpose.isEmpty())
        return error(Code::ParameterNotValidForSubject, where, QStringLiteral("purpose"));
    if (!windowed && c.withinDays != 0)
        return error(Code::ParameterNotValidForSubject, where, QStringLiteral("within_days"));
    if (windowed && (c.withinDays < 0 || c.withinDays > SegmentRule::MaxDays))
        return error(c.withinDays < 0 ? Code::NotAPositiveInteger : Code::ValueOutOfRange, where,
            QString::number(c.withinDays));
    if (consent && !isConsentPurpose(c.purpose))
        return error(Code::UnknownConsentPurpose, where, c.purpose);
    if (custom && c.fieldId <= 0)
        return error(Code::MissingCustomField, where);
    if (custom && fields) {
        const auto found = std::find_if(fields->cbegin(), fields->cend(),
            [&](const CustomField &field) { return field.id == c.fieldId; });
        if (found == fields->cend())
            return error(Code::CustomFieldUnknown, where, QString::number(c.fieldId));
        if (found->type != c.fieldType)
            return error(Code::CustomFieldTypeChanged, where, found->name);
        if (c.fieldType == CustomField::Type::Choice) {
            for (const QVariant &value : c.values) {
                if (isText(value) && !found->choices.contains(value.toString()))
                    return error(Code::NotAChoice, where, value.toString());
            }
        }
    }
    return std::nullopt;
}

std::optional<SegmentRuleError> checkCondition(
    const SegmentCondition &c, const QString &where, const QList<CustomField> *fields)
{
    const auto kind = valueKind(c);
    if (!kind)
        return error(Code::OperatorNotValidForSubject, where, SegmentRule::operatorName(c.op));
    const int expected = valueCount(*kind, c.op);
    if (c.values.size() != expected) {
        if (c.values.isEmpty())
            return error(Code::MissingValue, where);
        return error(expected == 0 ? Code::UnexpectedValue : Code::WrongValueCount, where,
            QString::number(c.values.size()));
    }
    for (const QVariant &value : c.values) {
        if (const auto problem = checkValue(*kind, value))
            return error(*problem, where, detailOf(value));
    }
    if (expected == 2 && reversed(*kind, c.values.at(0), c.values.at(1)))
        return error(Code::RangeReversed, where);
    if (auto problem = checkParameters(c, where, fields))
        return problem;
    return std::nullopt;
}

std::optional<SegmentRuleError> checkGroup(
    const SegmentGroup &group, int depth, const QString &where, const QList<CustomField> *fields)
{
    if (depth > SegmentRule::MaxDepth)
        return error(Code::TooDeep, where);
    if (group.items.empty())
        return error(Code::EmptyGroup, where);
    int position = 0;
    for (const SegmentItem &item : group.items) {
        ++position;
        const QString here = where.isEmpty()
            ? QString::number(position)
            : QString(where + QLatin1Char('.') + QString::number(position));
        std::optional<SegmentRuleError> problem;
        if (const auto *condition = std::get_if<SegmentCondition>(&item.node))
            problem = checkCondition(*condition, here, fields);
        else
            problem = checkGroup(std::get<SegmentGroup>(item.node), depth + 1, here, fields);
        if (problem)
            return problem;
    }
    return std::nullopt;
}

} // namespace

SegmentCondition SegmentCondition::of(
    SegmentSubject subject, SegmentOperator op, const QVariantList &values)
{
    SegmentCondition condition;
    condition.subject = subject;
    condition.op = op;
    condition.values = values;
    return condition;
}

SegmentCondition SegmentCondition::customField(
    qint64 fieldId, CustomField::Type type, SegmentOperator op, const QVariantList &values)
{
    SegmentCondition condition = of(SegmentSubject::CustomField, op, values);
    condition.fieldId = fieldId;
    condition.fieldType = type;
    return condition;
}

SegmentCondition SegmentCondition::consent(
    const QString &purpose, SegmentOperator op, const QString &state)
{
    SegmentCondition condition = of(SegmentSubject::Consent, op, {state});
    condition.purpose = purpose;
    return condition;
}

SegmentCondition SegmentCondition::visits(
    SegmentSubject subject, SegmentOperator op, const QVariantList &values, int withinDays)
{
    SegmentCondition condition = of(subject, op, values);
    condition.withinDays = withinDays;
    return condition;
}

SegmentGroup &SegmentGroup::add(SegmentCondition condition)
{
    items.push_back(SegmentItem {std::move(condition)});
    return *this;
}

SegmentGroup &SegmentGroup::add(SegmentGroup group)
{
    items.push_back(SegmentItem {std::move(group)});
    return *this;
}

Result<void, SegmentRuleError> SegmentRule::validate() const
{
    if (auto problem = checkGroup(root, 1, {}, nullptr))
        return fail(*problem);
    return {};
}

Result<void, SegmentRuleError> SegmentRule::validate(const QList<CustomField> &fields) const
{
    if (auto problem = checkGroup(root, 1, {}, &fields))
        return fail(*problem);
    return {};
}

QList<SegmentOperator> SegmentRule::operatorsFor(
    SegmentSubject subject, CustomField::Type fieldType)
{
    QList<SegmentOperator> operators;
    for (const OperatorName &entry : operatorNames) {
        if (valueKind(subject, fieldType, entry.op))
            operators.append(entry.op);
    }
    return operators;
}

QString SegmentRule::subjectName(SegmentSubject subject)
{
    for (const SubjectName &entry : subjectNames) {
        if (entry.subject == subject)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<SegmentSubject> SegmentRule::subjectFromName(const QString &name)
{
    for (const SubjectName &entry : subjectNames) {
        if (name == QLatin1String(entry.name))
            return entry.subject;
    }
    return std::nullopt;
}

QString SegmentRule::operatorName(SegmentOperator op)
{
    for (const OperatorName &entry : operatorNames) {
        if (entry.op == op)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<SegmentOperator> SegmentRule::operatorFromName(const QString &name)
{
    for (const OperatorName &entry : operatorNames) {
        if (name == QLatin1String(entry.name))
            return entry.op;
    }
    return std::nullopt;
}

} // namespace rapport::app
