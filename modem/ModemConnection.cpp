#include "modem/ModemConnection.h"

#include "modem/Clock.h"
#include "modem/ModemLogging.h"
#include "modem/PortCatalog.h"
#include "modem/PortProber.h"
#include "modem/SerialLink.h"

#include <QFileInfo>

namespace rapport::modem {

ModemConnection::ModemConnection(Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_retryTimer(clock.createTimer())
    , m_link(new SerialLink(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer.get(), &Timer::timeout, this, &ModemConnection::onRetry);
    connect(m_link, &SerialLink::lost, this, [this](const PortError &error) {
        m_lastError = error;
        Q_EMIT portError(error);
        dropSession();
        scheduleRetry();
    });
}

void ModemConnection::setCandidateProvider(std::function<QStringList()> provider)
{
    m_candidates = std::move(provider);
}

ModemConnection::~ModemConnection()
{
    close();
}

void ModemConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ModemConnection::open(const QString &path)
{
    close();
    m_path = path;
    m_imei.clear();
    m_attempt = 0;
    tryOpen();
}

void ModemConnection::close()
{
    m_retryTimer->stop();
    dropSession();
    m_link->close();
    if (m_prober) {
        m_prober->deleteLater();
        m_prober = nullptr;
    }
    setState(State::Closed);
}

void ModemConnection::tryOpen()
{
    const auto opened = m_link->open(m_path);
    if (!opened) {
        m_lastError = opened.error();
        Q_EMIT portError(opened.error());
        const PortErrorKind kind = opened.error().kind;
        if (kind == PortErrorKind::PermissionDenied || kind == PortErrorKind::NotASerialPort) {
            setState(State::NeedsUser);
            return;
        }
        scheduleRetry();
        return;
    }
    m_lastError.reset();
    auto *session = new ModemSession(m_link->device(), m_clock, this);
    session->setSettings(m_settings.session);
    m_session = session;
    connect(session, &ModemSession::identified, this, [this](const ModemIdentity &identity) {
        if (!identity.imei.isEmpty())
            m_imei = identity.imei;
    });
    connect(session, &ModemSession::stateChanged, this, [this](ModemSession::State state) {
        if (state == ModemSession::State::Ready) {
            m_attempt = 0; // in service again: the next outage starts the back-off afresh
        } else if (state == ModemSession::State::Unresponsive) {
            // A hung modem often recovers when its port is reopened; a vanished one is handled
            // by SerialLink::lost.
            qCWarning(lcModem) << "Reopening the unresponsive modem at" << m_path;
            dropSession();
            m_link->close();
            scheduleRetry();
        }
    });
    setState(State::Open);
    Q_EMIT sessionStarted(session);
    session->start();
}

void ModemConnection::dropSession()
{
    if (!m_session)
        return;
    ModemSession *session = m_session;
    m_session = nullptr;
    Q_EMIT sessionEnding(session);
    session->close();
    // Deferred: this may run inside one of the session's own signals.
    session->deleteLater();
}

void ModemConnection::scheduleRetry()
{
    ++m_attempt;
    auto delay = m_settings.firstRetry * (1 << std::min(m_attempt - 1, 10));
    delay = std::min(delay, m_settings.maxRetry);
    setState(State::WaitingToRetry);
    Q_EMIT retryScheduled(delay, m_attempt);
    m_retryTimer->start(delay);
}

void ModemConnection::onRetry()
{
    if (QFileInfo::exists(m_path) || m_imei.isEmpty()) {
        tryOpen();
        return;
    }
    relocateByImei();
}

void ModemConnection::relocateByImei()
{
    QStringList candidates;
    if (m_candidates) {
        candidates = m_candidates();
    } else {
        const QList<PortDescription> ports = PortCatalog::list();
        for (const PortDescription &port : ports) {
            if (port.role != PortRole::NotForAt)
                candidates << port.path;
        }
    }
    if (candidates.isEmpty()) {
        scheduleRetry();
        return;
    }
    if (m_prober)
        m_prober->deleteLater();
    m_prober = new PortProber(m_clock, this);
    connect(m_prober, &PortProber::finished, this,
        [this, candidates](const QList<ProbeResult> &results) {
            const QList<ModemDevice> devices = PortProber::groupByDevice(results, candidates);
            for (const ModemDevice &device : devices) {
                if (device.imei == m_imei && !device.ports.isEmpty()) {
                    m_path = device.ports.constFirst().path;
                    qCInfo(lcModem) << "The modem is back at" << m_path;
                    Q_EMIT relocated(m_path);
                    tryOpen();
                    return;
                }
            }
            scheduleRetry();
        });
    m_prober->probe(candidates, m_settings.probeTimeout);
}

} // namespace rapport::modem
