#pragma once

// Shared by the segment translation units: which kind of value each subject and operator takes,
// and reading numbers out of QVariants that came from C++ (int, qint64) or from JSON (double).

#include "app/segments/SegmentRule.h"

#include <QDate>
#include <QList>
#include <QVariant>

#include <optional>

namespace rapport::app::segmentvalues {

enum class ValueKind {
    None,
    Text,
    PhonePrefix,
    Choice,
    Number, // custom number fields: any finite number
    Count, // a whole number, zero or more
    Cents, // a whole number of cents, negative for refunds
    Days, // a positive whole number of days
    Month, // 1..12 or SegmentCondition::thisMonth()
    Date,
    ConsentState,
    Percent, // 1..100
};

// The kind of value `op` takes on `subject`; nullopt when the operator does not apply.
std::optional<ValueKind> valueKind(
    SegmentSubject subject, CustomField::Type fieldType, SegmentOperator op);

inline std::optional<ValueKind> valueKind(const SegmentCondition &condition)
{
    return valueKind(condition.subject, condition.fieldType, condition.op);
}

// A run of days within one month, both ends included.
struct DayRange
{
    int month = 0;
    int firstDay = 0;
    int lastDay = 0;
};

// The birthdays (month and day) that fall from `from` to `days` days later, both included, as
// runs per month. Covers every day of the year (29 February too) when `days` reaches a year.
QList<DayRange> birthdayWindow(QDate from, int days);

// How many values the operator takes: none, two for Between, else one.
inline int valueCount(ValueKind kind, SegmentOperator op)
{
    if (kind == ValueKind::None)
        return 0;
    return op == SegmentOperator::Between ? 2 : 1;
}

inline bool isNumeric(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// A whole number, whether it arrived as an integer or as an integral double.
inline std::optional<qint64> asInteger(const QVariant &value)
{
    if (!isNumeric(value))
        return std::nullopt;
    const double number = value.toDouble();
    // 2^53: beyond it doubles skip whole numbers, and JSON numbers are doubles.
    constexpr double limit = 9007199254740992.0;
    if (!(number >= -limit && number <= limit) || number != static_cast<double>(qint64(number)))
        return std::nullopt;
    return value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float
        ? qint64(number)
        : value.toLongLong();
}

inline bool isIntegerKind(ValueKind kind)
{
    return kind == ValueKind::Count || kind == ValueKind::Cents || kind == ValueKind::Days
        || kind == ValueKind::Percent;
}

inline bool isText(const QVariant &value)
{
    return value.typeId() == QMetaType::QString;
}

} // namespace rapport::app::segmentvalues
