#pragma once

#include "app/demo/DemoResponder.h"
#include "modem/ModemSession.h"
#include "modem/SimulatedModem.h"
#include "modem/SimulatedModemDevice.h"

namespace rapport::app {

// The built-in demo modem: a simulated modem in this process, with simulated customers who
// answer (DemoResponder). Messages never leave the computer. Used by `rapportctl serve --demo`
// and the desktop's "Demo modem".
struct DemoModem
{
    explicit DemoModem(Clock &clock)
        : simulator(clock)
        , device(simulator, clock)
        , session(&device, clock)
    {
        DemoResponder::attach(simulator, clock, &simulator);
    }
    modem::SimulatedModem simulator;
    modem::SimulatedModemDevice device;
    modem::ModemSession session;
};

} // namespace rapport::app
