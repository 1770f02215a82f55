#pragma once

#include "app/policy/DailyWindow.h"

#include <array>
#include <optional>

namespace rapport::app {

// A business's sending hours for one purpose, one window (or none: closed) per weekday.
struct WeeklySchedule
{
    // Monday first, as Qt::DayOfWeek counts (1 = Monday … 7 = Sunday).
    std::array<std::optional<DailyWindow>, 7> days {};

    // `dayOfWeek` as QDate::dayOfWeek() gives it: 1 = Monday … 7 = Sunday.
    [[nodiscard]] const std::optional<DailyWindow> &on(int dayOfWeek) const
    {
        return days[static_cast<std::size_t>(dayOfWeek - 1)];
    }
    std::optional<DailyWindow> &on(int dayOfWeek)
    {
        return days[static_cast<std::size_t>(dayOfWeek - 1)];
    }

    // The same window on the weekdays from `firstDay` to `lastDay` (1..7), closed otherwise.
    static WeeklySchedule sameWindow(const DailyWindow &window, int firstDay = 1, int lastDay = 7)
    {
        WeeklySchedule schedule;
        for (int day = firstDay; day <= lastDay; ++day)
            schedule.on(day) = window;
        return schedule;
    }

    bool operator==(const WeeklySchedule &) const = default;
};

} // namespace rapport::app
