#pragma once

#include <QByteArray>

namespace rapport::modem {

// Where the simulated modem's bytes go: the in-process device (tests, the demo modem) or the
// master side of a pseudo-terminal (rapportctl modem simulate). The transport feeds what the
// host writes back through SimulatedModem::receiveFromHost().
class SimulatedModemSink
{
public:
    virtual ~SimulatedModemSink() = default;

    // Bytes for the host, in order. Must not call back into the modem synchronously: the host
    // has to see them as a later read, as it would from a UART.
    virtual void sendToHost(const QByteArray &bytes) = 0;
    // The device vanishes as if unplugged: the host's port must notice. False when the
    // transport cannot do that.
    virtual bool disappear() { return false; }
    // Plugged in again, at the same path for a pty. False when that failed.
    virtual bool reappear() { return false; }

protected:
    SimulatedModemSink() = default;
    SimulatedModemSink(const SimulatedModemSink &) = default;
    SimulatedModemSink &operator=(const SimulatedModemSink &) = default;
};

} // namespace rapport::modem
