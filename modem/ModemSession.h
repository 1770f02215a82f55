#pragma once

#include "modem/AtChannel.h"
#include "modem/ConcatReferenceAllocator.h"
#include "modem/SessionSetup.h"
#include "modem/SmsReceiver.h"
#include "modem/SmsSender.h"
#include "modem/StatusMonitor.h"

#include <QObject>

#include <chrono>
#include <memory>
#include <optional>

namespace rapport::modem {

class SessionInitialiser;

// One modem in service over an open byte stream (a serial port or the in-process simulator):
// set-up, then sending, receiving and status polling, and re-initialisation after the modem
// resets. The stream's owner (ModemConnection) handles unplugging and reconnecting.
class ModemSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModemSession)
public:
    enum class State {
        Starting, // set-up dialogue running
        WaitingForPin, // pinRequired was emitted; providePin() continues
        Ready, // sending and receiving
        Stopped, // set-up failed for a reason only the user can fix (see failure())
        Unresponsive, // the modem stopped answering
        Closed,
    };
    Q_ENUM(State)

    struct Settings
    {
        std::chrono::milliseconds sweepInterval {std::chrono::seconds(60)};
        std::chrono::milliseconds statusInterval {std::chrono::seconds(30)};
        std::optional<Vendor> forcedVendor;
        quint64 referenceSeed = 0; // 0: from the clock
    };

    ModemSession(QIODevice *device, Clock &clock, QObject *parent = nullptr);
    ~ModemSession() override;

    void setSettings(const Settings &settings) { m_settings = settings; }
    void start();
    void providePin(const QString &pin);
    // Queued while not Ready; sent once the modem is in service.
    quint64 send(OutgoingSms sms);
    void confirmStored(const MessageLocation &location);
    void sweepNow();
    void close();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] SetupFailure failure() const { return m_failure; }
    [[nodiscard]] QByteArray failureDetail() const { return m_failureDetail; }
    [[nodiscard]] const SetupResult &setup() const { return m_setup; }
    [[nodiscard]] const ModemHealth &health() const { return m_monitor.health(); }
    [[nodiscard]] const QList<StorageUsage> &storageUsage() const
    {
        return m_receiver.storageUsage();
    }
    [[nodiscard]] qsizetype sendQueueLength() const;
    [[nodiscard]] AtChannel &channel() { return m_channel; }

Q_SIGNALS:
    void stateChanged(rapport::modem::ModemSession::State state);
    void pinRequired(int attemptsLeft);
    void identified(const rapport::modem::ModemIdentity &identity);
    void healthChanged(const rapport::modem::ModemHealth &health);
    void storageUsageChanged(const QList<rapport::modem::StorageUsage> &usage);
    void received(const rapport::modem::InboundPdu &pdu);
    void partSent(quint64 id, int part, int partCount, int messageReference);
    void sendFinished(const rapport::modem::SendOutcome &outcome);
    void resetDetected();

private:
    void setState(State state);
    void runInitialiser();
    void onSetupFinished(const SetupResult &result);
    void onSetupFailed(SetupFailure failure, const QByteArray &answer);
    void onReset(const QByteArray &line);
    void registerResetUrcs(const QList<QByteArray> &prefixes);

    Clock &m_clock;
    Settings m_settings;
    AtChannel m_channel;
    ConcatReferenceAllocator m_references;
    SmsSender m_sender;
    SmsReceiver m_receiver;
    StatusMonitor m_monitor;
    SessionInitialiser *m_initialiser = nullptr;
    QList<std::pair<quint64, OutgoingSms>> m_waiting; // asked for before Ready
    QList<quint64> m_resetHandlers;
    SetupResult m_setup;
    SetupFailure m_failure = SetupFailure::None;
    QByteArray m_failureDetail;
    State m_state = State::Starting;
    quint64 m_lastId = 0;
};

} // namespace rapport::modem
