#pragma once

#include <QDateTime>

namespace rapport {
class Clock;
} // namespace rapport

namespace rapport::app {

// The clock's time for code that may not include modem/Clock.h (ui/ reads the time through the
// same seam as the core, so a ManualClock drives "today" and "yesterday" in tests).
[[nodiscard]] QDateTime clockNow(const Clock &clock);

} // namespace rapport::app
