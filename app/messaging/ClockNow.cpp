#include "app/messaging/ClockNow.h"

#include "modem/Clock.h"

namespace rapport::app {

QDateTime clockNow(const Clock &clock)
{
    return clock.now();
}

} // namespace rapport::app
