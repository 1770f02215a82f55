#include "app/segments/BuiltInSegments.h"

namespace rapport::app {

using Subject = SegmentSubject;
using Op = SegmentOperator;

QList<BuiltInSegment> BuiltInSegments::all()
{
    return {BuiltInSegment::New, BuiltInSegment::Regular, BuiltInSegment::HighValue,
        BuiltInSegment::Lapsed, BuiltInSegment::BirthdayThisMonth,
        BuiltInSegment::AnniversaryThisMonth};
}

SegmentRule BuiltInSegments::rule(BuiltInSegment segment, const BuiltInThresholds &thresholds)
{
    SegmentRule rule;
    switch (segment) {
    case BuiltInSegment::New: {
        // Someone added from a sign-up form has no visit yet but is just as new.
        SegmentGroup justAdded;
        justAdded.add(SegmentCondition::of(Subject::LastVisit, Op::IsEmpty))
            .add(SegmentCondition::of(
                Subject::CustomerSince, Op::WithinLastDays, {thresholds.newWithinDays}));
        rule.root.match = SegmentMatch::Any;
        rule.root
            .add(SegmentCondition::of(
                Subject::FirstVisit, Op::WithinLastDays, {thresholds.newWithinDays}))
            .add(std::move(justAdded));
        break;
    }
    case BuiltInSegment::Regular:
        // "At least N" is "more than N - 1": counts are whole numbers.
        rule.root.add(SegmentCondition::visits(Subject::VisitCount, Op::GreaterThan,
            {qMax(1, thresholds.regularMinVisits) - 1}, thresholds.regularWithinDays));
        break;
    case BuiltInSegment::HighValue:
        rule.root.add(SegmentCondition::of(
            Subject::SpendRank, Op::InTopPercent, {thresholds.highValueTopPercent}));
        break;
    case BuiltInSegment::Lapsed:
        // MoreThanDaysAgo on the last visit is false for customers who never visited.
        rule.root.add(SegmentCondition::of(
            Subject::LastVisit, Op::MoreThanDaysAgo, {thresholds.lapsedAfterDays}));
        break;
    case BuiltInSegment::BirthdayThisMonth:
        rule.root.add(SegmentCondition::of(
            Subject::BirthdayMonth, Op::Equals, {SegmentCondition::thisMonth()}));
        break;
    case BuiltInSegment::AnniversaryThisMonth:
        rule.root.add(SegmentCondition::of(
            Subject::AnniversaryMonth, Op::Equals, {SegmentCondition::thisMonth()}));
        break;
    }
    return rule;
}

QString BuiltInSegments::key(BuiltInSegment segment)
{
    switch (segment) {
    case BuiltInSegment::New:
        break;
    case BuiltInSegment::Regular:
        return QStringLiteral("regular");
    case BuiltInSegment::HighValue:
        return QStringLiteral("high_value");
    case BuiltInSegment::Lapsed:
        return QStringLiteral("lapsed");
    case BuiltInSegment::BirthdayThisMonth:
        return QStringLiteral("birthday_this_month");
    case BuiltInSegment::AnniversaryThisMonth:
        return QStringLiteral("anniversary_this_month");
    }
    return QStringLiteral("new");
}

std::optional<BuiltInSegment> BuiltInSegments::fromKey(const QString &key)
{
    for (const BuiltInSegment segment : all()) {
        if (BuiltInSegments::key(segment) == key)
            return segment;
    }
    return std::nullopt;
}

QString BuiltInSegments::displayName(BuiltInSegment segment)
{
    switch (segment) {
    case BuiltInSegment::New:
        break;
    case BuiltInSegment::Regular:
        return tr("Regulars");
    case BuiltInSegment::HighValue:
        return tr("High value");
    case BuiltInSegment::Lapsed:
        return tr("Lapsed");
    case BuiltInSegment::BirthdayThisMonth:
        return tr("Birthday this month");
    case BuiltInSegment::AnniversaryThisMonth:
        return tr("Anniversary this month");
    }
    return tr("New customers");
}

QString BuiltInSegments::description(BuiltInSegment segment, const BuiltInThresholds &thresholds)
{
    switch (segment) {
    case BuiltInSegment::New:
        break;
    case BuiltInSegment::Regular:
        return tr("Customers with at least %n visits in the last %1 days.", nullptr,
            thresholds.regularMinVisits)
            .arg(thresholds.regularWithinDays);
    case BuiltInSegment::HighValue:
        return tr("The top %1% of customers by total spend.").arg(thresholds.highValueTopPercent);
    case BuiltInSegment::Lapsed:
        return tr("Customers who have visited before, but not in the last %n days.", nullptr,
            thresholds.lapsedAfterDays);
    case BuiltInSegment::BirthdayThisMonth:
        return tr("Customers whose birthday falls in the current month.");
    case BuiltInSegment::AnniversaryThisMonth:
        return tr("Customers whose anniversary falls in the current month.");
    }
    return tr("Customers whose first visit was in the last %n days, or who were added in the "
              "last %n days and have not visited yet.",
        nullptr, thresholds.newWithinDays);
}

} // namespace rapport::app
