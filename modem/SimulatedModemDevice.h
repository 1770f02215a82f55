#pragma once

#include "modem/SimulatedModemSink.h"

#include <QIODevice>
#include <QPointer>

#include <memory>

namespace rapport {
class Clock;
class Timer;
} // namespace rapport

namespace rapport::modem {

class SimulatedModem;

// The simulated modem as an in-process QIODevice, for unit tests and the demo modem: what the
// host writes goes to the modem, what the modem says is read back. readyRead is always emitted
// later, from a zero-delay Clock timer, so the host never re-enters itself from inside its own
// write() — as with a real port — and a ManualClock decides when bytes arrive.
//
// Opened on construction. disappear() closes it (the host's channel sees aboutToClose, as when a
// USB port goes away); reappear() opens it again.
class SimulatedModemDevice final : public QIODevice, public SimulatedModemSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedModemDevice)
public:
    SimulatedModemDevice(SimulatedModem &modem, Clock &clock, QObject *parent = nullptr);
    ~SimulatedModemDevice() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

    // SimulatedModemSink
    void sendToHost(const QByteArray &bytes) override;
    bool disappear() override;
    bool reappear() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QPointer<SimulatedModem> m_modem;
    std::unique_ptr<Timer> m_readyTimer;
    QByteArray m_fromModem;
};

} // namespace rapport::modem
