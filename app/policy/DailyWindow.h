#pragma once

#include <QString>

#include <optional>

namespace rapport::app {

// The hours of one day in which texts may go, in local wall-clock time: from `start` (open)
// until `end` (closed), both in seconds after midnight. 09:00–19:00 allows 09:00:00 and
// 18:59:59 but not 19:00:00; "24:00" as the end means until midnight.
struct DailyWindow
{
    int start = 0; // seconds after midnight, 0..86399
    int end = 86400; // exclusive, start < end <= 86400

    static constexpr int DaySeconds = 24 * 60 * 60;

    [[nodiscard]] bool isValid() const { return 0 <= start && start < end && end <= DaySeconds; }
    [[nodiscard]] bool contains(int secondOfDay) const
    {
        return start <= secondOfDay && secondOfDay < end;
    }
    // The hours both allow; nullopt when they do not overlap.
    [[nodiscard]] std::optional<DailyWindow> intersected(const DailyWindow &other) const;

    static DailyWindow fromHours(int startHour, int startMinute, int endHour, int endMinute)
    {
        return DailyWindow {(startHour * 60 + startMinute) * 60, (endHour * 60 + endMinute) * 60};
    }
    // "HH:MM" (or "HH:MM:SS"), 00:00 to 24:00, as seconds after midnight; nullopt otherwise.
    static std::optional<int> parseTime(const QString &text);
    // "09:00", "24:00", "08:30:15" (seconds only when there are some).
    static QString formatTime(int secondOfDay);
    // "09:00–19:00" for people and messages.
    [[nodiscard]] QString toText() const;

    bool operator==(const DailyWindow &) const = default;
};

} // namespace rapport::app
