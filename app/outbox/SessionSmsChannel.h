#pragma once

#include "app/messaging/SmsChannel.h"

#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace rapport::modem {
class ModemConnection;
class ModemSession;
} // namespace rapport::modem

namespace rapport::app {

// One real (or simulated) modem as an SmsChannel: the messaging core's view of a
// modem::ModemConnection, following it across reconnects. Its id is the modem's IMEI once the
// modem has identified itself (stable across USB sockets and restarts), else the configured
// name. Ready while the current session is Ready. The dispatcher's handles are mapped to the
// session's send ids, and everything the session receives is passed on.
//
// When a session ends (port lost, modem hung, closed) every send still outstanding gets an
// outcome: what the session itself reports while closing, and for anything it did not report,
// a temporary failure — or Uncertain when a part of it had already been accepted, since then
// some of it did go out.
class SessionSmsChannel final : public SmsChannel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionSmsChannel)
public:
    // Follows the connection's sessions; the connection is not owned.
    SessionSmsChannel(modem::ModemConnection *connection, const QString &configuredName,
        QObject *parent = nullptr);
    // One session without a connection (the in-process demo modem); not owned.
    SessionSmsChannel(
        modem::ModemSession *session, const QString &configuredName, QObject *parent = nullptr);
    ~SessionSmsChannel() override;

    [[nodiscard]] QString id() const override;
    [[nodiscard]] bool isReady() const override { return m_ready; }
    void send(quint64 handle, const modem::OutgoingSms &sms) override;
    void confirmStored(const modem::MessageLocation &location) override;

    // Sends handed to the session whose outcome has not come back yet.
    [[nodiscard]] int outstanding() const { return int(m_pending.size()); }

private:
    struct Pending
    {
        quint64 handle = 0;
        bool partAccepted = false;
    };

    void attach(modem::ModemSession *session);
    void detach(const QString &reason);
    void setReady(bool ready);
    Pending *lookup(quint64 sessionId);
    void onPartSent(quint64 sessionId, int part, int partCount, int reference);
    void onSendFinished(const modem::SendOutcome &outcome);
    void finish(quint64 handle, modem::SendOutcome outcome);

    QPointer<modem::ModemConnection> m_connection;
    QPointer<modem::ModemSession> m_session;
    QList<QMetaObject::Connection> m_sessionConnections;
    QString m_name;
    QString m_imei;
    QHash<quint64, Pending> m_pending; // by session send id
    // The send being handed over: the session may answer before send() returns its id.
    std::optional<Pending> m_handingOver;
    bool m_handedOverFinished = false;
    bool m_ready = false;
};

} // namespace rapport::app
