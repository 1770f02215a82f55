#pragma once

#include "modem/ModemSession.h"
#include "modem/PortError.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace rapport::modem {

class PortProber;
class SerialLink;

// Keeps one modem connected: opens its port, runs a session over it, and when the port vanishes
// or the modem stops answering, closes everything and reconnects with back-off — at the same
// path, or wherever the same IMEI turns up again (a stick moved to another USB socket).
class ModemConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModemConnection)
public:
    enum class State {
        Closed,
        Open, // a session runs (see session()->state() for its progress)
        WaitingToRetry, // the modem is away; the next attempt is scheduled
        NeedsUser, // permission denied or not a serial port: retrying cannot help
    };
    Q_ENUM(State)

    struct Settings
    {
        std::chrono::milliseconds firstRetry {std::chrono::seconds(1)};
        std::chrono::milliseconds maxRetry {std::chrono::seconds(30)};
        std::chrono::milliseconds probeTimeout {std::chrono::milliseconds(1500)};
        ModemSession::Settings session;
    };

    explicit ModemConnection(Clock &clock, QObject *parent = nullptr);
    ~ModemConnection() override;

    void setSettings(const Settings &settings) { m_settings = settings; }
    // Where to look for the modem's IMEI when its path is gone. Default: every listed serial port
    // that may answer AT (PortCatalog); pseudo-terminals are never listed, so tests and the
    // simulator pass their own.
    void setCandidateProvider(std::function<QStringList()> provider);
    void open(const QString &path);
    void close();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString imei() const { return m_imei; }
    [[nodiscard]] ModemSession *session() const { return m_session; }
    [[nodiscard]] std::optional<PortError> lastError() const { return m_lastError; }
    [[nodiscard]] int attempt() const { return m_attempt; }

Q_SIGNALS:
    void stateChanged(rapport::modem::ModemConnection::State state);
    // A new session over a freshly opened port; it has been started.
    void sessionStarted(rapport::modem::ModemSession *session);
    // The session is about to go away (port lost, modem unresponsive, close()).
    void sessionEnding(rapport::modem::ModemSession *session);
    void portError(const rapport::modem::PortError &error);
    void retryScheduled(std::chrono::milliseconds delay, int attempt);
    void relocated(const QString &newPath);

private:
    void setState(State state);
    void tryOpen();
    void dropSession();
    void scheduleRetry();
    void onRetry();
    void relocateByImei();

    Clock &m_clock;
    Settings m_settings;
    std::unique_ptr<Timer> m_retryTimer;
    SerialLink *m_link;
    QPointer<ModemSession> m_session;
    PortProber *m_prober = nullptr;
    std::function<QStringList()> m_candidates;
    QString m_path;
    QString m_imei;
    std::optional<PortError> m_lastError;
    State m_state = State::Closed;
    int m_attempt = 0;
};

} // namespace rapport::modem
