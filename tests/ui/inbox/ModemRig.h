#pragma once

// The inbox over the real messaging core and the in-process simulated modem, as the desktop's
// demo modem runs (app/demo/DemoModem.h; `rapportctl serve --demo`): SimulatedModem +
// SimulatedModemDevice + ModemSession behind a SessionSmsChannel, everything on the rig's
// ManualClock, so a text's whole journey runs without waiting.

#include "InboxRig.h"
#include "app/outbox/DispatcherSettings.h"
#include "app/outbox/SessionSmsChannel.h"
#include "modem/ModemSession.h"
#include "modem/SimulatedModem.h"
#include "modem/SimulatedModemDevice.h"

#include <QCoreApplication>

#include <functional>

namespace rapport::test {

class ModemRig : public InboxRig
{
public:
    ModemRig()
        : modem(manual())
        , device(modem, manual())
        , session(&device, manual())
        , channel(&session, QStringLiteral("demo modem"))
    {
        app::DispatcherSettings pacing;
        pacing.minimumGap = std::chrono::milliseconds(0);
        messaging->setDispatcherSettings(pacing);
        messaging->addChannel(&channel);
    }
    ~ModemRig()
    {
        messaging->stop();
        messaging->removeChannel(&channel);
    }

    // The modem ready and the messaging core started.
    bool start()
    {
        session.start();
        if (!runUntil([this] { return channel.isReady(); }))
            return false;
        const auto started = messaging->start();
        if (!started)
            qWarning("cannot start: %s", qPrintable(started.error()));
        return started.hasValue();
    }

    // Moves the clock in small steps (letting queued events run) until `done` or the limit.
    bool runUntil(const std::function<bool()> &done,
        std::chrono::milliseconds limit = std::chrono::seconds(120))
    {
        using namespace std::chrono_literals;
        for (std::chrono::milliseconds spent {0}; spent < limit; spent += 20ms) {
            QCoreApplication::processEvents();
            if (done())
                return true;
            manual().advance(20ms);
        }
        QCoreApplication::processEvents();
        return done();
    }

    modem::SimulatedModem modem;
    modem::SimulatedModemDevice device;
    modem::ModemSession session;
    app::SessionSmsChannel channel;
};

} // namespace rapport::test
