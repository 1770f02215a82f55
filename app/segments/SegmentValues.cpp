#include "app/segments/SegmentValues.h"

namespace rapport::app::segmentvalues {

std::optional<ValueKind> valueKind(
    SegmentSubject subject, CustomField::Type fieldType, SegmentOperator op)
{
    using Op = SegmentOperator;
    const bool emptiness = op == Op::IsEmpty || op == Op::IsNotEmpty;
    const bool comparison = op == Op::Equals || op == Op::NotEquals || op == Op::LessThan
        || op == Op::GreaterThan || op == Op::Between;
    const bool sinceDays = op == Op::WithinLastDays || op == Op::MoreThanDaysAgo;
    const auto textual = [&](ValueKind kind) -> std::optional<ValueKind> {
        if (emptiness)
            return ValueKind::None;
        if (op == Op::Equals || op == Op::NotEquals || op == Op::Contains || op == Op::StartsWith)
            return kind;
        return std::nullopt;
    };
    switch (subject) {
    case SegmentSubject::FirstName:
    case SegmentSubject::LastName:
    case SegmentSubject::Email:
    case SegmentSubject::Language:
    case SegmentSubject::TimeZone:
        return textual(ValueKind::Text);
    case SegmentSubject::PhoneNumber:
        if (op == Op::Contains)
            return std::nullopt; // E.164 has no useful middle: match by country or area prefix
        return textual(ValueKind::PhonePrefix);
    case SegmentSubject::Tag:
        if (emptiness)
            return ValueKind::None;
        return op == Op::Has || op == Op::HasNot ? std::optional(ValueKind::Text) : std::nullopt;
    case SegmentSubject::CustomField:
        switch (fieldType) {
        case CustomField::Type::Text:
            return textual(ValueKind::Text);
        case CustomField::Type::Choice:
            if (op == Op::Contains || op == Op::StartsWith)
                return std::nullopt;
            return textual(ValueKind::Choice);
        case CustomField::Type::Number:
            if (emptiness)
                return ValueKind::None;
            return comparison ? std::optional(ValueKind::Number) : std::nullopt;
        case CustomField::Type::Date:
            if (emptiness)
                return ValueKind::None;
            if (sinceDays || op == Op::WithinNextDays)
                return ValueKind::Days;
            return comparison ? std::optional(ValueKind::Date) : std::nullopt;
        }
        return std::nullopt;
    case SegmentSubject::Consent:
        return op == Op::Equals || op == Op::NotEquals ? std::optional(ValueKind::ConsentState)
                                                       : std::nullopt;
    case SegmentSubject::VisitCount:
        return comparison ? std::optional(ValueKind::Count) : std::nullopt;
    case SegmentSubject::TotalSpend:
        return comparison ? std::optional(ValueKind::Cents) : std::nullopt;
    case SegmentSubject::SpendRank:
        return op == Op::InTopPercent ? std::optional(ValueKind::Percent) : std::nullopt;
    case SegmentSubject::LastVisit:
        if (emptiness)
            return ValueKind::None;
        return sinceDays ? std::optional(ValueKind::Days) : std::nullopt;
    case SegmentSubject::FirstVisit:
    case SegmentSubject::CustomerSince:
        return sinceDays ? std::optional(ValueKind::Days) : std::nullopt;
    case SegmentSubject::Birthday:
        if (emptiness)
            return ValueKind::None;
        return op == Op::WithinNextDays ? std::optional(ValueKind::Days) : std::nullopt;
    case SegmentSubject::BirthdayMonth:
    case SegmentSubject::AnniversaryMonth:
        if (emptiness)
            return ValueKind::None;
        return op == Op::Equals || op == Op::NotEquals ? std::optional(ValueKind::Month)
                                                       : std::nullopt;
    }
    return std::nullopt;
}

QList<DayRange> birthdayWindow(QDate from, int days)
{
    // Mark every day and month the window touches, wrapping past 31 December. A 29 February
    // birthday is kept on 28 February in years without one.
    bool hit[13][32] = {};
    for (int i = 0; i <= qMin(days, 366); ++i) {
        const QDate day = from.addDays(i);
        hit[day.month()][day.day()] = true;
        if (day.month() == 2 && day.day() == 28 && !QDate::isLeapYear(day.year()))
            hit[2][29] = true;
    }
    QList<DayRange> ranges;
    for (int month = 1; month <= 12; ++month) {
        const int length = QDate(2000, month, 1).daysInMonth(); // a leap year: 29 February counts
        for (int day = 1; day <= length; ++day) {
            if (!hit[month][day])
                continue;
            int last = day;
            while (last < length && hit[month][last + 1])
                ++last;
            ranges.append({month, day, last});
            day = last;
        }
    }
    return ranges;
}

} // namespace rapport::app::segmentvalues
