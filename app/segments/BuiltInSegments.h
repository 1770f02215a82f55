#pragma once

#include "app/segments/SegmentRule.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rapport::app {

enum class BuiltInSegment {
    New,
    Regular,
    HighValue,
    Lapsed,
    BirthdayThisMonth,
    AnniversaryThisMonth,
};

// The numbers behind the built-in segments; a business can tune them in its settings.
struct BuiltInThresholds
{
    int newWithinDays = 30;
    int regularMinVisits = 3;
    int regularWithinDays = 180;
    int highValueTopPercent = 10;
    int lapsedAfterDays = 90;
};

// The segments every business has without setting anything up, each an ordinary rule so they
// are counted and listed exactly like saved ones.
class BuiltInSegments final
{
    Q_DECLARE_TR_FUNCTIONS(BuiltInSegments)
public:
    static QList<BuiltInSegment> all();

    // New: first visit within newWithinDays, or no visits yet and added within newWithinDays.
    // Regular: at least regularMinVisits visits within regularWithinDays.
    // High value: within the top highValueTopPercent of customers with visits, by total spend.
    // Lapsed: has visited, but not within lapsedAfterDays.
    // Birthday / anniversary this month: the month of the date the rule is evaluated on.
    static SegmentRule rule(BuiltInSegment segment, const BuiltInThresholds &thresholds = {});

    // A stable identifier for settings and the command line ("new", "high_value", …).
    static QString key(BuiltInSegment segment);
    static std::optional<BuiltInSegment> fromKey(const QString &key);

    static QString displayName(BuiltInSegment segment);
    static QString description(BuiltInSegment segment, const BuiltInThresholds &thresholds = {});
};

} // namespace rapport::app
