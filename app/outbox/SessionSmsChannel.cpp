#include "app/outbox/SessionSmsChannel.h"

#include "app/CoreLogging.h"
#include "modem/ModemConnection.h"
#include "modem/ModemSession.h"

namespace rapport::app {

using modem::ModemConnection;
using modem::ModemSession;

SessionSmsChannel::SessionSmsChannel(
    ModemConnection *connection, const QString &configuredName, QObject *parent)
    : SmsChannel(parent)
    , m_connection(connection)
    , m_name(configuredName)
{
    if (!connection)
        return;
    connect(connection, &ModemConnection::sessionStarted, this, &SessionSmsChannel::attach);
    connect(connection, &ModemConnection::sessionEnding, this, [this](ModemSession *session) {
        // The connection closes the session right after this: what the session reports while
        // closing still arrives (attach's connections stay until it is Closed).
        if (session == m_session)
            setReady(false);
    });
    if (connection->session())
        attach(connection->session());
}

SessionSmsChannel::SessionSmsChannel(
    ModemSession *session, const QString &configuredName, QObject *parent)
    : SmsChannel(parent)
    , m_name(configuredName)
{
    if (session)
        attach(session);
}

SessionSmsChannel::~SessionSmsChannel()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sessionConnections))
        disconnect(connection);
}

QString SessionSmsChannel::id() const
{
    if (m_connection && !m_connection->imei().isEmpty())
        return m_connection->imei();
    return m_imei.isEmpty() ? m_name : m_imei;
}

void SessionSmsChannel::attach(ModemSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        detach(QStringLiteral("a new modem session started"));
    m_session = session;
    if (!session->setup().identity.imei.isEmpty())
        m_imei = session->setup().identity.imei;
    m_sessionConnections << connect(session, &ModemSession::stateChanged, this,
        [this](ModemSession::State state) {
            if (state == ModemSession::State::Closed)
                detach(QStringLiteral("the modem connection closed"));
            else
                setReady(state == ModemSession::State::Ready);
        })
                         << connect(session, &ModemSession::identified, this,
                                [this](const modem::ModemIdentity &identity) {
                                    if (!identity.imei.isEmpty())
                                        m_imei = identity.imei;
                                })
                         << connect(session, &ModemSession::partSent, this,
                                &SessionSmsChannel::onPartSent)
                         << connect(session, &ModemSession::sendFinished, this,
                                &SessionSmsChannel::onSendFinished)
                         << connect(session, &ModemSession::received, this, &SmsChannel::received)
                         << connect(session, &QObject::destroyed, this,
                                [this] { detach(QStringLiteral("the modem session went away")); });
    setReady(session->state() == ModemSession::State::Ready);
}

void SessionSmsChannel::detach(const QString &reason)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sessionConnections))
        disconnect(connection);
    m_sessionConnections.clear();
    m_session = nullptr;
    setReady(false);
    // What the session did not report while closing. A send with an accepted part went out
    // at least in part: Uncertain, never sent again on its own.
    const QHash<quint64, Pending> left = std::exchange(m_pending, {});
    for (const Pending &pending : left) {
        modem::SendOutcome outcome;
        outcome.result = pending.partAccepted ? modem::SendOutcome::Result::Uncertain
                                              : modem::SendOutcome::Result::Failed;
        outcome.status = modem::AtResponse::Status::ChannelClosed;
        outcome.temporary = true;
        outcome.detail = reason;
        finish(pending.handle, outcome);
    }
}

void SessionSmsChannel::setReady(bool ready)
{
    if (m_ready == ready)
        return;
    m_ready = ready;
    qCInfo(lcOutbox) << "Modem" << id() << (ready ? "ready to send" : "not ready");
    Q_EMIT readyChanged(ready);
}

void SessionSmsChannel::send(quint64 handle, const modem::OutgoingSms &sms)
{
    if (!m_session) {
        modem::SendOutcome outcome;
        outcome.result = modem::SendOutcome::Result::Failed;
        outcome.status = modem::AtResponse::Status::ChannelClosed;
        outcome.temporary = true;
        outcome.detail = QStringLiteral("no modem session");
        finish(handle, outcome);
        return;
    }
    m_handingOver = Pending {handle, false};
    m_handedOverFinished = false;
    const quint64 sessionId = m_session->send(sms);
    const Pending handedOver = *m_handingOver;
    m_handingOver.reset();
    if (!m_handedOverFinished)
        m_pending.insert(sessionId, handedOver);
}

void SessionSmsChannel::confirmStored(const modem::MessageLocation &location)
{
    if (m_session)
        m_session->confirmStored(location);
}

SessionSmsChannel::Pending *SessionSmsChannel::lookup(quint64 sessionId)
{
    const auto found = m_pending.find(sessionId);
    if (found != m_pending.end())
        return &found.value();
    // An id not yet known while send() runs is the send being handed over.
    return m_handingOver && !m_handedOverFinished ? &*m_handingOver : nullptr;
}

void SessionSmsChannel::onPartSent(quint64 sessionId, int part, int partCount, int reference)
{
    Pending *pending = lookup(sessionId);
    if (!pending)
        return; // someone else's send through the same session (rapportctl modem send)
    pending->partAccepted = true;
    Q_EMIT partSent(pending->handle, part, partCount, reference);
}

void SessionSmsChannel::onSendFinished(const modem::SendOutcome &outcome)
{
    // The session reports its sends while it closes (or restarts) before its state changes:
    // not ready from the first such outcome, or the dispatcher would hand it the next text.
    if (outcome.status == modem::AtResponse::Status::ChannelClosed)
        setReady(false);
    quint64 handle = 0;
    if (const auto found = m_pending.find(outcome.id); found != m_pending.end()) {
        handle = found->handle;
        m_pending.erase(found);
    } else if (m_handingOver && !m_handedOverFinished) {
        handle = m_handingOver->handle;
        m_handedOverFinished = true;
    } else {
        return;
    }
    finish(handle, outcome);
}

void SessionSmsChannel::finish(quint64 handle, modem::SendOutcome outcome)
{
    outcome.id = handle;
    Q_EMIT sendFinished(handle, outcome);
}

} // namespace rapport::app
