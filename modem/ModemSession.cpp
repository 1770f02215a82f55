#include "modem/ModemSession.h"

#include "modem/Clock.h"
#include "modem/ModemLogging.h"
#include "modem/SessionInitialiser.h"

namespace rapport::modem {

ModemSession::ModemSession(QIODevice *device, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_channel(device, clock)
    , m_references(quint64(clock.now().toMSecsSinceEpoch()))
    , m_sender(m_channel, clock, m_references)
    , m_receiver(m_channel, clock)
    , m_monitor(m_channel, clock)
{
    connect(&m_sender, &SmsSender::partSent, this, &ModemSession::partSent);
    connect(&m_sender, &SmsSender::finished, this, &ModemSession::sendFinished);
    connect(&m_receiver, &SmsReceiver::received, this, &ModemSession::received);
    connect(
        &m_receiver, &SmsReceiver::storageUsageChanged, this, &ModemSession::storageUsageChanged);
    connect(&m_monitor, &StatusMonitor::healthChanged, this, &ModemSession::healthChanged);
    connect(&m_channel, &AtChannel::unresponsive, this, [this] {
        qCWarning(lcModem) << "The modem stopped answering";
        m_failure = SetupFailure::Unresponsive;
        m_receiver.stop();
        m_monitor.stop();
        setState(State::Unresponsive);
    });
    connect(&m_channel, &AtChannel::wireTrace, this,
        [](AtChannel::Direction direction, const QByteArray &bytes) {
            qCDebug(lcModemAt).noquote()
                << (direction == AtChannel::Direction::ToModem ? "->" : "<-")
                << QString::fromLatin1(AtChannel::printable(bytes));
        });
    // Resets are recognised from the start, before the vendor is known.
    registerResetUrcs(VendorProfile::generic().resetUrcs);
}

ModemSession::~ModemSession()
{
    close();
    // Before the channel (a member) goes: the initialiser unregisters its URC handlers from it.
    delete m_initialiser;
    m_initialiser = nullptr;
}

void ModemSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ModemSession::start()
{
    if (m_settings.referenceSeed != 0)
        m_references = ConcatReferenceAllocator(m_settings.referenceSeed);
    runInitialiser();
}

void ModemSession::runInitialiser()
{
    delete m_initialiser;
    m_initialiser = new SessionInitialiser(m_channel, m_clock, this);
    connect(m_initialiser, &SessionInitialiser::identified, this, &ModemSession::identified);
    connect(m_initialiser, &SessionInitialiser::pinRequired, this, [this](int attempts) {
        setState(State::WaitingForPin);
        Q_EMIT pinRequired(attempts);
    });
    connect(m_initialiser, &SessionInitialiser::finished, this, &ModemSession::onSetupFinished);
    connect(m_initialiser, &SessionInitialiser::failed, this, &ModemSession::onSetupFailed);
    m_failure = SetupFailure::None;
    m_failureDetail.clear();
    setState(State::Starting);
    m_initialiser->start(m_settings.forcedVendor);
}

void ModemSession::providePin(const QString &pin)
{
    if (m_state != State::WaitingForPin || !m_initialiser)
        return;
    setState(State::Starting);
    m_initialiser->providePin(pin);
}

void ModemSession::onSetupFinished(const SetupResult &result)
{
    m_setup = result;
    registerResetUrcs(result.profile.resetUrcs);
    SmsSender::Settings sending = m_sender.settings();
    sending.useCmms = result.profile.tryCmms;
    m_sender.setSettings(sending);
    setState(State::Ready);
    m_monitor.start(m_settings.statusInterval);
    m_receiver.start(result.storages, m_settings.sweepInterval);
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[id, sms] : waiting)
        m_sender.send(sms, id);
}

void ModemSession::onSetupFailed(SetupFailure failure, const QByteArray &answer)
{
    m_failure = failure;
    m_failureDetail = answer;
    setState(failure == SetupFailure::Unresponsive ? State::Unresponsive : State::Stopped);
}

void ModemSession::registerResetUrcs(const QList<QByteArray> &prefixes)
{
    for (const quint64 id : std::as_const(m_resetHandlers))
        m_channel.removeUrcHandler(id);
    m_resetHandlers.clear();
    for (const QByteArray &prefix : prefixes) {
        m_resetHandlers << m_channel.addUrcHandler(prefix, AtUrcRegistry::Pdu::None,
            [this](const QByteArray &line, const QByteArray &) { onReset(line); });
    }
}

void ModemSession::onReset(const QByteArray &line)
{
    if (m_state == State::Closed)
        return;
    qCWarning(lcModem) << "The modem restarted (" << line << "); setting it up again";
    Q_EMIT resetDetected();
    m_receiver.stop();
    m_monitor.stop();
    // What was queued goes back to the caller: the outbox retries it once the modem is ready.
    m_sender.abandonAll(QStringLiteral("the modem restarted"));
    runInitialiser();
}

quint64 ModemSession::send(OutgoingSms sms)
{
    const quint64 id = ++m_lastId;
    if (m_state == State::Ready)
        m_sender.send(std::move(sms), id);
    else
        m_waiting.append({id, std::move(sms)});
    return id;
}

void ModemSession::confirmStored(const MessageLocation &location)
{
    m_receiver.confirmStored(location);
}

void ModemSession::sweepNow()
{
    m_receiver.sweepNow();
}

qsizetype ModemSession::sendQueueLength() const
{
    return m_sender.queueLength() + m_waiting.size();
}

void ModemSession::close()
{
    if (m_state == State::Closed)
        return;
    m_receiver.stop();
    m_monitor.stop();
    m_sender.abandonAll(QStringLiteral("the modem connection closed"));
    for (const auto &[id, sms] : std::exchange(m_waiting, {})) {
        SendOutcome outcome;
        outcome.id = id;
        outcome.result = SendOutcome::Result::Failed;
        outcome.status = AtResponse::Status::ChannelClosed;
        outcome.temporary = true;
        outcome.detail = QStringLiteral("the modem connection closed");
        Q_EMIT sendFinished(outcome);
    }
    m_channel.close();
    setState(State::Closed);
}

} // namespace rapport::modem
