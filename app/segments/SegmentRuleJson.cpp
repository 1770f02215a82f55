// The stored form of a segment rule: versioned JSON that a later Rapport must still read, so
// every spelling here is part of the format.
#include "app/segments/SegmentRule.h"

#include "app/segments/SegmentValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::app {

using namespace segmentvalues;
using Code = SegmentRuleError::Code;

namespace {

const QString versionKey = QStringLiteral("version");
const QString matchKey = QStringLiteral("match");
const QString conditionsKey = QStringLiteral("conditions");
const QString subjectKey = QStringLiteral("subject");
const QString operatorKey = QStringLiteral("operator");
const QString valueKey = QStringLiteral("value");
const QString valuesKey = QStringLiteral("values");
const QString fieldKey = QStringLiteral("field");
const QString fieldTypeKey = QStringLiteral("field_type");
const QString purposeKey = QStringLiteral("purpose");
const QString withinDaysKey = QStringLiteral("within_days");

SegmentRuleError error(Code code, const QString &where, const QString &detail = {})
{
    return SegmentRuleError {code, where, detail};
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QJsonValue valueToJson(ValueKind kind, const QVariant &value)
{
    if (isIntegerKind(kind) || (kind == ValueKind::Month && !isText(value))) {
        if (const auto number = asInteger(value))
            return QJsonValue(*number);
    }
    return QJsonValue::fromVariant(value);
}

QJsonObject conditionToJson(const SegmentCondition &c)
{
    QJsonObject object;
    object.insert(subjectKey, SegmentRule::subjectName(c.subject));
    object.insert(operatorKey, SegmentRule::operatorName(c.op));
    const ValueKind kind = valueKind(c).value_or(ValueKind::Text);
    if (c.values.size() == 1 && c.op != SegmentOperator::Between) {
        object.insert(valueKey, valueToJson(kind, c.values.constFirst()));
    } else if (!c.values.isEmpty()) {
        QJsonArray values;
        for (const QVariant &value : c.values)
            values.append(valueToJson(kind, value));
        object.insert(valuesKey, values);
    }
    if (c.subject == SegmentSubject::CustomField || c.fieldId != 0) {
        object.insert(fieldKey, QJsonValue(c.fieldId));
        object.insert(fieldTypeKey, CustomField::typeName(c.fieldType));
    }
    if (!c.purpose.isEmpty())
        object.insert(purposeKey, c.purpose);
    if (c.withinDays != 0)
        object.insert(withinDaysKey, c.withinDays);
    return object;
}

QJsonObject groupToJson(const SegmentGroup &group)
{
    QJsonObject object;
    object.insert(
        matchKey, group.match == SegmentMatch::Any ? QStringLiteral("any") : QStringLiteral("all"));
    QJsonArray items;
    for (const SegmentItem &item : group.items) {
        if (const auto *condition = std::get_if<SegmentCondition>(&item.node))
            items.append(conditionToJson(*condition));
        else
            items.append(groupToJson(std::get<SegmentGroup>(item.node)));
    }
    object.insert(conditionsKey, items);
    return object;
}

std::optional<qint64> positiveInteger(const QJsonValue &value)
{
    const auto number = value.isDouble() ? asInteger(value.toDouble()) : std::nullopt;
    if (!number || *number < 1)
        return std::nullopt;
    return number;
}

std::optional<CustomField::Type> fieldTypeFromJson(const QJsonValue &value)
{
    for (const auto type : {CustomField::Type::Text, CustomField::Type::Number,
             CustomField::Type::Date, CustomField::Type::Choice}) {
        if (value.isString() && value.toString() == CustomField::typeName(type))
            return type;
    }
    return std::nullopt;
}

std::optional<SegmentRuleError> readParameters(
    const QJsonObject &object, const QString &where, SegmentCondition &c)
{
    const bool custom = c.subject == SegmentSubject::CustomField;
    if (object.contains(fieldKey) || object.contains(fieldTypeKey)) {
        if (!custom)
            return error(Code::ParameterNotValidForSubject, where, fieldKey);
    }
    if (custom) {
        const auto id = positiveInteger(object.value(fieldKey));
        if (!id)
            return error(Code::MissingCustomField, where, textOf(object.value(fieldKey)));
        const auto type = fieldTypeFromJson(object.value(fieldTypeKey));
        if (!type)
            return error(Code::UnknownFieldType, where, textOf(object.value(fieldTypeKey)));
        c.fieldId = *id;
        c.fieldType = *type;
    }
    if (object.contains(purposeKey)) {
        if (c.subject != SegmentSubject::Consent)
            return error(Code::ParameterNotValidForSubject, where, purposeKey);
        const QJsonValue purpose = object.value(purposeKey);
        if (!purpose.isString())
            return error(Code::UnknownConsentPurpose, where, textOf(purpose));
        c.purpose = purpose.toString();
    }
    if (object.contains(withinDaysKey)) {
        const auto days = positiveInteger(object.value(withinDaysKey));
        if (!days)
            return error(Code::NotAPositiveInteger, where, textOf(object.value(withinDaysKey)));
        if (*days > SegmentRule::MaxDays)
            return error(Code::ValueOutOfRange, where, QString::number(*days));
        c.withinDays = int(*days);
    }
    return std::nullopt;
}

std::optional<SegmentRuleError> readCondition(
    const QJsonObject &object, const QString &where, SegmentCondition &c)
{
    const QJsonValue subjectValue = object.value(subjectKey);
    const auto subject = SegmentRule::subjectFromName(subjectValue.toString());
    if (!subjectValue.isString() || !subject)
        return error(Code::UnknownSubject, where, textOf(subjectValue));
    c.subject = *subject;
    const QJsonValue operatorValue = object.value(operatorKey);
    const auto op = SegmentRule::operatorFromName(operatorValue.toString());
    if (!operatorValue.isString() || !op)
        return error(Code::UnknownOperator, where, textOf(operatorValue));
    c.op = *op;
    if (auto problem = readParameters(object, where, c))
        return problem;
    if (object.contains(valueKey) && object.contains(valuesKey))
        return error(Code::WrongValueCount, where);
    if (object.contains(valueKey))
        c.values = {object.value(valueKey).toVariant()};
    if (object.contains(valuesKey)) {
        const QJsonValue values = object.value(valuesKey);
        if (!values.isArray())
            return error(Code::WrongValueType, where, textOf(values));
        c.values = values.toArray().toVariantList();
    }
    return std::nullopt;
}

std::optional<SegmentRuleError> readGroup(
    const QJsonObject &object, int depth, const QString &where, SegmentGroup &group)
{
    if (depth > SegmentRule::MaxDepth)
        return error(Code::TooDeep, where);
    const QJsonValue match = object.value(matchKey);
    if (match.toString() == QLatin1String("all"))
        group.match = SegmentMatch::All;
    else if (match.toString() == QLatin1String("any"))
        group.match = SegmentMatch::Any;
    else
        return error(Code::UnknownMatch, where, textOf(match));
    const QJsonValue conditions = object.value(conditionsKey);
    if (!conditions.isUndefined() && !conditions.isArray())
        return error(Code::NotACondition, where, textOf(conditions));
    const QJsonArray entries = conditions.toArray();
    if (entries.isEmpty())
        return error(Code::EmptyGroup, where);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString here = where.isEmpty()
            ? QString::number(i + 1)
            : QString(where + QLatin1Char('.') + QString::number(i + 1));
        const QJsonValue entry = entries.at(i);
        const QJsonObject entryObject = entry.toObject();
        std::optional<SegmentRuleError> problem;
        if (entry.isObject() && entryObject.contains(subjectKey)) {
            SegmentCondition condition;
            problem = readCondition(entryObject, here, condition);
            group.add(std::move(condition));
        } else if (entry.isObject()
            && (entryObject.contains(conditionsKey) || entryObject.contains(matchKey))) {
            SegmentGroup nested;
            problem = readGroup(entryObject, depth + 1, here, nested);
            group.add(std::move(nested));
        } else {
            problem = error(Code::NotACondition, here, textOf(entry));
        }
        if (problem)
            return problem;
    }
    return std::nullopt;
}

} // namespace

QByteArray SegmentRule::toJson() const
{
    QJsonObject object = groupToJson(root);
    object.insert(versionKey, FormatVersion);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<SegmentRule, SegmentRuleError> SegmentRule::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error(Code::NotJson, {}, parseError.errorString()));
    if (!document.isObject())
        return fail(error(Code::NotJson, {}));
    const QJsonObject object = document.object();
    const QJsonValue version = object.value(versionKey);
    if (!version.isDouble() || version.toDouble() != FormatVersion)
        return fail(error(Code::UnsupportedVersion, {}, textOf(version)));
    SegmentRule rule;
    if (auto problem = readGroup(object, 1, {}, rule.root))
        return fail(*problem);
    if (auto valid = rule.validate(); !valid)
        return fail(valid.error());
    return rule;
}

} // namespace rapport::app
