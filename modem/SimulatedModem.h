#pragma once

#include "modem/PduError.h"
#include "modem/Result.h"
#include "modem/SimulatedBasicCommands.h"
#include "modem/SimulatedInjectOptions.h"
#include "modem/SimulatedMessageStore.h"
#include "modem/SimulatedModemPreset.h"
#include "modem/SimulatedModemQuirks.h"
#include "modem/SimulatedModemState.h"
#include "modem/SimulatedNetwork.h"
#include "modem/SimulatedScheduler.h"
#include "modem/SimulatedSim.h"
#include "modem/SimulatedSmsCommands.h"
#include "modem/SimulatedSubmission.h"

#include <QByteArray>
#include <QObject>
#include <QSet>

#include <chrono>

namespace rapport {
class Clock;
} // namespace rapport

namespace rapport::modem {

class SimulatedModemSink;

// A GSM modem in software: the demo modem users try the app with, and the peer every modem and
// messaging test runs against. It takes the bytes the host writes, answers them as a real modem
// would (V.250 framing, echo, 27.007 / 27.005 commands, "> " text entry, vendor quirks), and
// plays the network: SUBMITs are recorded and answered with status reports, inbound texts are
// injected and routed per the host's AT+CNMI.
//
// Bytes leave through a SimulatedModemSink: SimulatedModemDevice (in process) or
// SimulatedModemPty (a pseudo-terminal QSerialPort can open). Every delay is a Clock timer, and
// none runs while there is nothing to do unless a noise quirk is on.
class SimulatedModem final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedModem)
public:
    using Quirks = SimulatedModemQuirks;
    using Preset = SimulatedModemPreset;
    using InjectOptions = SimulatedInjectOptions;

    // Powers on: the preset's boot lines go out as soon as the event loop (or a ManualClock)
    // runs, so attach a sink first.
    explicit SimulatedModem(Clock &clock,
        const SimulatedModemPreset &preset = SimulatedModemPreset::forVendor(Vendor::Generic),
        QObject *parent = nullptr);
    ~SimulatedModem() override;

    // The transport. Not owned; nullptr detaches (output is then dropped, like a modem talking
    // to a closed port).
    void attach(SimulatedModemSink *sink) { m_sink = sink; }
    [[nodiscard]] SimulatedModemSink *sink() const { return m_sink; }
    // What the host wrote.
    void receiveFromHost(QByteArrayView bytes);

    // Configuration.
    [[nodiscard]] const SimulatedModemPreset &preset() const { return m_state.preset; }
    [[nodiscard]] const Quirks &quirks() const { return m_state.preset.quirks; }
    void setQuirks(const Quirks &quirks);
    void setImei(const QByteArray &imei) { m_state.preset.imei = imei; }
    void setOperatorName(const QByteArray &name) { m_state.operatorName = name; }
    void setSignalQuality(int rssi) { m_state.signalRssi = rssi; }
    void setRegistration(int stat) { m_state.registration = stat; }
    void setServiceCentre(const QByteArray &number) { m_state.serviceCentre = number; }
    void setNetworkDelay(std::chrono::milliseconds delay);
    void setAnswerDelay(std::chrono::milliseconds delay);
    // The SIM: setPin() to lock it, block() for the PUK state, setInserted(false).
    [[nodiscard]] SimulatedSim &sim() { return m_sim; }
    // Slots of "SM", "ME" or "SR"; a memory that grows lets the network deliver what it held.
    void setStorageCapacity(const QByteArray &storage, int slots);
    [[nodiscard]] int storageUsed(const QByteArray &storage) const { return m_store.used(storage); }
    [[nodiscard]] SimulatedMessageStore &store() { return m_store; }
    // What the host has set (echo, AT+CNMI, AT+CPMS …), for assertions.
    [[nodiscard]] const SimulatedModemState &state() const { return m_state; }

    // The network, sending side.
    [[nodiscard]] const QList<SimulatedSubmission> &submissions() const
    {
        return m_network.submissions();
    }
    void clearSubmissions() { m_network.clearSubmissions(); }
    void setNextMessageReference(quint8 reference) { m_network.setNextMessageReference(reference); }
    void setReportDelay(std::chrono::milliseconds delay) { m_network.setReportDelay(delay); }
    void setDeliveryStatuses(const QString &destination, QList<quint8> statuses)
    {
        m_network.setDeliveryStatuses(destination, std::move(statuses));
    }
    // The next `count` AT+CMGS fail after the network delay: 500, 515 (busy), 332 (network
    // timeout), 38 (network out of order) …
    void failNextSends(int count, int cmsCode = 500) { m_network.failNextSends(count, cmsCode); }

    // The network, receiving side. Returns the number of parts.
    Result<int, PduError> injectText(
        const QString &from, const QString &text, const InjectOptions &options = {});
    Result<void, PduError> injectPdu(QByteArrayView hex, const InjectOptions &options = {});
    // Deliveries the SMSC holds while the memory is full.
    [[nodiscard]] int waitingInNetwork() const { return m_network.waitingCount(); }

    // Behaviours on demand.
    // A restart: session settings forgotten, the SIM locked again if it has a PIN, the boot
    // lines ("RDY") sent again. Stored messages survive, as on a SIM.
    void reset();
    // Swallows everything and answers nothing: the host must time out.
    void setSilent(bool silent) { m_silent = silent; }
    [[nodiscard]] bool isSilent() const { return m_silent; }
    // The device vanishes (pty: the master closes, the symlink goes) / comes back after a power
    // cycle at the same path. False when the transport cannot.
    bool disappear();
    bool reappear();

    // Nothing scheduled: no answer, report, delivery or noise pending.
    [[nodiscard]] bool isIdle() const { return m_scheduler.isIdle(); }

Q_SIGNALS:
    // Every command line the modem acted on, as typed ("AT+CMGS=23").
    void commandReceived(const QByteArray &line);
    // The network accepted a SUBMIT (the moment "+CMGS:" goes out).
    void submitted(const rapport::modem::SimulatedSubmission &submission);
    void statusReportIssued(quint8 messageReference, quint8 status);

private:
    void boot();
    void processByte(char c);
    void processLine(const QByteArray &line);
    void finishTextEntry(bool send);
    void respond(SimulatedAnswer answer);
    void finishAnswer();
    void startNoise();
    void stopNoise();
    void emitUrc(const QList<QByteArray> &lines);
    void send(const QByteArray &bytes);
    SimulatedScheduler::EventId later(
        std::chrono::milliseconds delay, std::function<void()> action);
    void cancelOwnEvents();

    SimulatedScheduler m_scheduler;
    SimulatedModemState m_state;
    SimulatedSim m_sim;
    SimulatedMessageStore m_store;
    SimulatedNetwork m_network;
    SimulatedBasicCommands m_basic;
    SimulatedSmsCommands m_sms;
    SimulatedModemSink *m_sink = nullptr;

    QByteArray m_line; // the command line being typed
    QByteArray m_text; // PDU hex after the "> " prompt
    QByteArray m_echo; // echo not yet sent
    QByteArray m_deferred; // input that arrived while an answer was pending
    QSet<SimulatedScheduler::EventId> m_ownEvents; // modem-side events a reset cancels
    SimulatedScheduler::EventId m_noiseEvent = 0;
    int m_noiseIndex = 0;
    bool m_textEntry = false;
    bool m_busy = false;
    bool m_lineOverflow = false;
    bool m_silent = false;
    bool m_gone = false;
};

} // namespace rapport::modem
