#pragma once

#include <QList>
#include <QTimeZone>

#include <chrono>

namespace rapport::app {

// How the Dispatcher paces and retries (COMPLIANCE.md, SIM and carrier limits: pace sends with
// a configurable minimum gap, cap per SIM per day).
struct DispatcherSettings
{
    std::chrono::milliseconds minimumGap {std::chrono::seconds(5)}; // per SIM, after each send
    int dailyPartCap = 400; // parts per SIM per calendar day
    QTimeZone businessZone = QTimeZone::systemTimeZone(); // where the calendar day starts
    // Wait before the 2nd, 3rd … attempt after a temporary failure; the last one repeats.
    QList<std::chrono::seconds> retryDelays {std::chrono::seconds(30), std::chrono::minutes(2),
        std::chrono::minutes(8), std::chrono::minutes(30)};
    int maxAttempts = 5; // then the message fails with the last reason
};

} // namespace rapport::app
