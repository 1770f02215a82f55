#pragma once

#include "modem/AtResponse.h"
#include "modem/SessionSetup.h"

#include <QObject>

#include <functional>
#include <memory>

namespace rapport {
class Clock;
class Timer;
} // namespace rapport

namespace rapport::modem {

class AtChannel;

// Brings a freshly opened modem into service: clears leftovers, reads its identity, picks the
// vendor profile, unlocks the SIM (asking for the PIN once, never retrying it), selects PDU mode,
// the storages and the new-message indications (with fall-backs, since AT+CNMI support differs
// per vendor). One run per instance.
class SessionInitialiser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionInitialiser)
public:
    SessionInitialiser(AtChannel &channel, Clock &clock, QObject *parent = nullptr);
    ~SessionInitialiser() override;

    // forcedVendor: the profile chosen by the user or the simulator, instead of the identity's.
    void start(std::optional<Vendor> forcedVendor = std::nullopt);
    // After pinRequired: sends the PIN once. An empty PIN gives up (failed(SimPinRequired)).
    void providePin(const QString &pin);

Q_SIGNALS:
    void identified(const rapport::modem::ModemIdentity &identity);
    void pinRequired(int attemptsLeft); // -1 when the modem does not say
    void finished(const rapport::modem::SetupResult &result);
    void failed(rapport::modem::SetupFailure failure, const QByteArray &modemAnswer);

private:
    using Next = std::function<void(const AtResponse &)>;
    void run(AtCommand command, Next next);
    void readIdentity();
    void applyVendor();
    void runVendorCommands(int index);
    void checkSim(int attempt);
    void onSimState(SimState state, const AtResponse &response, int attempt);
    void askForPin();
    void afterSimReady();
    void selectPduMode(int attempt);
    void selectStorages();
    void negotiateIndications();
    void tryCnmi(QList<QByteArray> candidates);
    void later(std::chrono::milliseconds delay, std::function<void()> action);
    void fail(SetupFailure failure, const AtResponse &response);

    AtChannel &m_channel;
    Clock &m_clock;
    std::unique_ptr<Timer> m_delay;
    std::function<void()> m_delayed;
    std::optional<Vendor> m_forcedVendor;
    SetupResult m_result;
    bool m_done = false;
    bool m_pinSent = false;
    QList<quint64> m_urcHandlers; // removed when this run is replaced
};

} // namespace rapport::modem
