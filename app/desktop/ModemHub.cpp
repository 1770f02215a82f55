#include "app/desktop/ModemHub.h"

#include "app/audit/AuditLog.h"
#include "app/demo/DemoModem.h"
#include "app/desktop/ModemHubConfig.h"
#include "app/messaging/MessagingEvents.h"
#include "app/messaging/MessagingService.h"
#include "app/modem/ModemWords.h"
#include "app/modem/PortProblemText.h"
#include "app/modem/SessionProblemText.h"
#include "app/outbox/Dispatcher.h"
#include "app/outbox/Outbox.h"
#include "app/outbox/SessionSmsChannel.h"
#include "app/settings/SettingsStore.h"
#include "app/staff/Actor.h"
#include "modem/AtChannel.h"
#include "modem/Clock.h"
#include "modem/ModemConnection.h"
#include "modem/ModemSession.h"

#include <QCoreApplication>

#include <map>

namespace rapport::app {

namespace {

constexpr int WireLogLines = 500;

QString demoId()
{
    return QStringLiteral("demo");
}

} // namespace

// One modem the hub runs: either a connection to a serial port (which follows the modem across
// unplugging and reconnects) or the in-process demo modem.
struct HubEntry
{
    QString id;
    std::unique_ptr<DemoModem> demo;
    std::unique_ptr<modem::ModemConnection> connection;
    std::unique_ptr<SessionSmsChannel> channel;
    QList<QMetaObject::Connection> sessionLinks;
    ModemView view;
    QString pendingPin; // used once, never stored
    bool wireLogEnabled = false;
    QStringList wireLog;
    QByteArray partialLine; // what the modem sent after its last line end
};

struct ModemHub::Private
{
    Q_DECLARE_TR_FUNCTIONS(ModemHub)

public:
    Private(ModemHub &owner, MessagingService &messagingService, SettingsStore &settingsStore,
        AuditLog &auditLog, Clock &clockSource)
        : hub(owner)
        , messaging(messagingService)
        , settings(settingsStore)
        , audit(auditLog)
        , clock(clockSource)
    { }

    ModemHub &hub;
    MessagingService &messaging;
    SettingsStore &settings;
    AuditLog &audit;
    Clock &clock;
    std::map<QString, std::unique_ptr<HubEntry>> entries; // ordered by id: a stable list
    int queueLength = 0;

    HubEntry *find(const QString &id)
    {
        const auto it = entries.find(id);
        return it == entries.end() ? nullptr : it->second.get();
    }

    void changed(HubEntry &entry) { Q_EMIT hub.modemChanged(entry.id); }

    void attachSession(HubEntry &entry, modem::ModemSession *session);
    void detachSession(HubEntry &entry);
    void onSessionState(HubEntry &entry, modem::ModemSession *session);
    void onConnectionState(HubEntry &entry);
    void onPortError(HubEntry &entry, const modem::PortError &error);
    void onPinRequired(HubEntry &entry, modem::ModemSession *session, int attemptsLeft);
    void appendWire(
        HubEntry &entry, modem::AtChannel::Direction direction, const QByteArray &bytes);
    void refreshCounters();
    void refreshQueue();
    void remember(const Actor &actor);
    HubEntry &create(const QString &id, const QString &port, bool isDemo);
    void start(HubEntry &entry);
};

HubEntry &ModemHub::Private::create(const QString &id, const QString &port, bool isDemo)
{
    auto owned = std::make_unique<HubEntry>();
    HubEntry &entry = *owned;
    entry.id = id;
    entry.view.id = id;
    entry.view.port = port;
    entry.view.isDemo = isDemo;
    entry.view.label = isDemo ? tr("Demo modem") : port;
    entry.view.simState = ModemWords::simState(modem::SimState::Unknown);
    entry.view.registration = ModemWords::registration(modem::RegistrationState::Unknown);
    entry.view.queueLength = queueLength;
    entries.emplace(id, std::move(owned));
    return entry;
}

void ModemHub::Private::start(HubEntry &entry)
{
    if (entry.view.isDemo) {
        entry.demo = std::make_unique<DemoModem>(clock);
        entry.channel = std::make_unique<SessionSmsChannel>(&entry.demo->session, entry.id);
        messaging.addChannel(entry.channel.get());
        attachSession(entry, &entry.demo->session);
        entry.demo->session.start();
        return;
    }
    entry.connection = std::make_unique<modem::ModemConnection>(clock);
    const QString port = entry.view.port;
    // A port that is not listed among the serial ports (a pseudo-terminal) is looked for where
    // it was; listed ones are found again by IMEI wherever they turn up.
    entry.connection->setCandidateProvider([port] { return QStringList {port}; });
    QObject::connect(entry.connection.get(), &modem::ModemConnection::sessionStarted, &hub,
        [this, &entry](modem::ModemSession *session) { attachSession(entry, session); });
    QObject::connect(entry.connection.get(), &modem::ModemConnection::sessionEnding, &hub,
        [this, &entry](modem::ModemSession *) { detachSession(entry); });
    QObject::connect(entry.connection.get(), &modem::ModemConnection::stateChanged, &hub,
        [this, &entry] { onConnectionState(entry); });
    QObject::connect(entry.connection.get(), &modem::ModemConnection::portError, &hub,
        [this, &entry](const modem::PortError &error) { onPortError(entry, error); });
    QObject::connect(entry.connection.get(), &modem::ModemConnection::relocated, &hub,
        [this, &entry](const QString &path) {
            entry.view.port = path;
            changed(entry);
        });
    entry.channel = std::make_unique<SessionSmsChannel>(entry.connection.get(), entry.id);
    messaging.addChannel(entry.channel.get());
    entry.connection->open(port);
}

void ModemHub::Private::attachSession(HubEntry &entry, modem::ModemSession *session)
{
    detachSession(entry);
    auto &links = entry.sessionLinks;
    links << QObject::connect(session, &modem::ModemSession::stateChanged, &hub,
        [this, &entry, session] { onSessionState(entry, session); });
    links << QObject::connect(session, &modem::ModemSession::pinRequired, &hub,
        [this, &entry, session](int attempts) { onPinRequired(entry, session, attempts); });
    links << QObject::connect(session, &modem::ModemSession::identified, &hub,
        [this, &entry](const modem::ModemIdentity &identity) {
            entry.view.manufacturer = identity.manufacturer;
            entry.view.model = identity.model;
            entry.view.imei = identity.imei;
            if (!entry.view.isDemo) {
                const QString name
                    = QStringList {identity.manufacturer, identity.model}.join(u' ').simplified();
                entry.view.label
                    = name.isEmpty() ? entry.view.port : tr("%1 on %2").arg(name, entry.view.port);
            }
            changed(entry);
        });
    links << QObject::connect(session, &modem::ModemSession::healthChanged, &hub,
        [this, &entry](const modem::ModemHealth &health) {
            entry.view.signalBars = health.signal.isKnown() ? health.signal.bars() : -1;
            entry.view.signalDbm = health.signal.dBm();
            entry.view.operatorName = health.operatorName;
            entry.view.registered = health.registration.isRegistered();
            entry.view.registration = ModemWords::registration(health.registration.state);
            changed(entry);
        });
    links << QObject::connect(session, &modem::ModemSession::storageUsageChanged, &hub,
        [this, &entry](const QList<modem::StorageUsage> &usage) {
            // The storage new messages land in first; the SIM's own when it is listed.
            int used = -1;
            int total = -1;
            for (const auto &storage : usage) {
                if (storage.total <= 0)
                    continue;
                if (used < 0 || storage.storage == "SM") {
                    used = storage.used;
                    total = storage.total;
                }
            }
            entry.view.storageUsed = used;
            entry.view.storageTotal = total;
            changed(entry);
        });
    links << QObject::connect(&session->channel(), &modem::AtChannel::wireTrace, &hub,
        [this, &entry](modem::AtChannel::Direction direction, const QByteArray &bytes) {
            appendWire(entry, direction, bytes);
        });
    onSessionState(entry, session);
}

void ModemHub::Private::detachSession(HubEntry &entry)
{
    for (const auto &link : std::as_const(entry.sessionLinks))
        QObject::disconnect(link);
    entry.sessionLinks.clear();
}

void ModemHub::Private::onSessionState(HubEntry &entry, modem::ModemSession *session)
{
    using State = modem::ModemSession::State;
    ModemView &view = entry.view;
    switch (session->state()) {
    case State::Starting:
        view.phase = ModemView::Phase::Connecting;
        break;
    case State::WaitingForPin:
        view.phase = ModemView::Phase::NeedsPin;
        view.simState = ModemWords::simState(modem::SimState::PinRequired);
        break;
    case State::Ready:
        view.phase = ModemView::Phase::Ready;
        view.simState = ModemWords::simState(modem::SimState::Ready);
        view.problem.clear();
        view.fix.clear();
        break;
    case State::Stopped: {
        view.phase = ModemView::Phase::Problem;
        const modem::SetupFailure failure = session->failure();
        const ProblemText text = SessionProblemText::describe(failure, session->failureDetail());
        view.problem = text.what;
        view.fix = text.fix;
        view.problemAt = clock.now();
        if (failure == modem::SetupFailure::SimNotInserted)
            view.simState = ModemWords::simState(modem::SimState::NotInserted);
        else if (failure == modem::SetupFailure::SimPukRequired)
            view.simState = ModemWords::simState(modem::SimState::PukRequired);
        else if (failure == modem::SetupFailure::SimFailure)
            view.simState = ModemWords::simState(modem::SimState::Failure);
        else if (failure == modem::SetupFailure::PhoneLocked)
            view.simState = ModemWords::simState(modem::SimState::PhoneLocked);
        break;
    }
    case State::Unresponsive:
        view.phase = ModemView::Phase::Away;
        view.problem = tr("The modem stopped answering.");
        view.fix = entry.connection ? tr("Rapport is reconnecting to it; if this lasts, unplug "
                                         "the modem and plug it in again.")
                                    : tr("Remove the demo modem and add it again.");
        view.problemAt = clock.now();
        break;
    case State::Closed:
        if (view.phase != ModemView::Phase::Problem)
            view.phase = ModemView::Phase::Away;
        break;
    }
    changed(entry);
}

void ModemHub::Private::onConnectionState(HubEntry &entry)
{
    using State = modem::ModemConnection::State;
    switch (entry.connection->state()) {
    case State::Closed:
    case State::Open:
        return; // the session's own state says more
    case State::WaitingToRetry:
        entry.view.phase = ModemView::Phase::Away;
        break;
    case State::NeedsUser:
        entry.view.phase = ModemView::Phase::Problem;
        break;
    }
    changed(entry);
}

void ModemHub::Private::onPortError(HubEntry &entry, const modem::PortError &error)
{
    const ProblemText text = PortProblemText::describe(error);
    entry.view.problem = text.what;
    entry.view.fix = text.fix;
    entry.view.problemAt = clock.now();
    entry.view.signalBars = -1;
    changed(entry);
}

void ModemHub::Private::onPinRequired(
    HubEntry &entry, modem::ModemSession *session, int attemptsLeft)
{
    entry.view.phase = ModemView::Phase::NeedsPin;
    entry.view.pinAttemptsLeft = attemptsLeft;
    entry.view.simState = ModemWords::simState(modem::SimState::PinRequired);
    if (!entry.pendingPin.isEmpty()) {
        // Given when the modem was added: tried once only, so a wrong PIN never burns attempts.
        const QString pin = std::exchange(entry.pendingPin, QString());
        session->providePin(pin);
        changed(entry);
        return;
    }
    changed(entry);
    Q_EMIT hub.pinRequired(entry.id, attemptsLeft);
}

void ModemHub::Private::appendWire(
    HubEntry &entry, modem::AtChannel::Direction direction, const QByteArray &bytes)
{
    if (!entry.wireLogEnabled)
        return;
    const QString stamp = clock.now().toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz "));
    const auto add = [&](const QString &arrow, QByteArrayView text) {
        const QString line = stamp + arrow + QString::fromLatin1(modem::AtChannel::printable(text));
        entry.wireLog.append(line);
        if (entry.wireLog.size() > WireLogLines)
            entry.wireLog.remove(0, entry.wireLog.size() - WireLogLines);
        Q_EMIT hub.wireLine(entry.id, line);
    };
    if (direction == modem::AtChannel::Direction::ToModem) {
        add(QStringLiteral("→ "), bytes);
        return;
    }
    // The modem's answers arrive in arbitrary chunks: one log line per line it sent, plus the
    // "> " prompt, which has no line end.
    entry.partialLine += bytes;
    qsizetype start = 0;
    for (qsizetype i = 0; i < entry.partialLine.size(); ++i) {
        const char c = entry.partialLine.at(i);
        if (c != '\r' && c != '\n')
            continue;
        if (i > start)
            add(QStringLiteral("← "), QByteArrayView(entry.partialLine).sliced(start, i - start));
        start = i + 1;
    }
    entry.partialLine.remove(0, start);
    if (entry.partialLine.trimmed() == ">") {
        add(QStringLiteral("← "), entry.partialLine);
        entry.partialLine.clear();
    }
}

void ModemHub::Private::refreshCounters()
{
    const QList<SimCounters> counters = messaging.dispatcher().simCounters();
    for (auto &[id, entry] : entries) {
        if (!entry->channel)
            continue;
        const QString channelId = entry->channel->id();
        for (const SimCounters &sim : counters) {
            if (sim.modemId != channelId)
                continue;
            if (entry->view.sentToday != sim.sentToday || entry->view.dailyCap != sim.dailyCap) {
                entry->view.sentToday = sim.sentToday;
                entry->view.dailyCap = sim.dailyCap;
                changed(*entry);
            }
        }
    }
}

void ModemHub::Private::refreshQueue()
{
    const auto count = messaging.outbox().waitingCount();
    if (!count)
        return;
    const int waiting = *count;
    if (waiting == queueLength)
        return;
    queueLength = waiting;
    for (auto &[id, entry] : entries) {
        entry->view.queueLength = waiting;
        changed(*entry);
    }
}

void ModemHub::Private::remember(const Actor &actor)
{
    QList<ModemHubConfig::Item> items;
    for (const auto &[id, entry] : entries)
        items.append(ModemHubConfig::Item {entry->view.port, entry->view.isDemo});
    // Not fatal when it fails: the modem runs now and is simply not reopened at the next start.
    (void)settings.setValue(actor, audit, ModemHubConfig::Key, ModemHubConfig::toJson(items));
}

ModemHub::ModemHub(MessagingService &messaging, SettingsStore &settings, AuditLog &audit,
    Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(*this, messaging, settings, audit, clock))
{
    connect(&messaging.dispatcher(), &Dispatcher::countersChanged, this,
        [this] { d->refreshCounters(); });
    connect(
        &messaging.events(), &MessagingEvents::messageAdded, this, [this] { d->refreshQueue(); });
    connect(
        &messaging.events(), &MessagingEvents::messageChanged, this, [this] { d->refreshQueue(); });
}

ModemHub::~ModemHub()
{
    for (auto &[id, entry] : d->entries) {
        d->detachSession(*entry);
        if (entry->channel)
            d->messaging.removeChannel(entry->channel.get());
        if (entry->connection)
            entry->connection->close();
    }
}

QList<ModemView> ModemHub::modems() const
{
    QList<ModemView> views;
    for (const auto &[id, entry] : d->entries)
        views.append(entry->view);
    return views;
}

std::optional<ModemView> ModemHub::modem(const QString &id) const
{
    if (const HubEntry *entry = d->find(id))
        return entry->view;
    return std::nullopt;
}

bool ModemHub::isDemoInUse() const
{
    return d->find(demoId()) != nullptr;
}

QString ModemHub::addPort(
    const Actor &actor, const QString &path, const QString &pin, Persist persist)
{
    if (d->find(path))
        return path;
    HubEntry &entry = d->create(path, path, false);
    entry.pendingPin = pin;
    d->start(entry);
    if (persist == Persist::Yes)
        d->remember(actor);
    d->refreshQueue();
    Q_EMIT modemAdded(path);
    return path;
}

QString ModemHub::addDemo(const Actor &actor, Persist persist)
{
    if (d->find(demoId()))
        return demoId();
    HubEntry &entry = d->create(demoId(), QString(), true);
    d->start(entry);
    if (persist == Persist::Yes)
        d->remember(actor);
    d->refreshQueue();
    Q_EMIT modemAdded(demoId());
    return demoId();
}

void ModemHub::rememberModems(const Actor &actor)
{
    d->remember(actor);
}

void ModemHub::remove(const Actor &actor, const QString &id, Persist persist)
{
    const auto it = d->entries.find(id);
    if (it == d->entries.end())
        return;
    std::unique_ptr<HubEntry> entry = std::move(it->second);
    d->entries.erase(it);
    d->detachSession(*entry);
    if (entry->channel)
        d->messaging.removeChannel(entry->channel.get());
    if (entry->connection)
        entry->connection->close();
    if (persist == Persist::Yes)
        d->remember(actor);
    Q_EMIT modemRemoved(id);
}

void ModemHub::providePin(const QString &id, const QString &pin)
{
    HubEntry *entry = d->find(id);
    if (!entry)
        return;
    modem::ModemSession *session = entry->demo
        ? &entry->demo->session
        : (entry->connection ? entry->connection->session() : nullptr);
    if (session && session->state() == modem::ModemSession::State::WaitingForPin) {
        entry->view.phase = ModemView::Phase::Connecting;
        session->providePin(pin);
        d->changed(*entry);
    } else {
        entry->pendingPin = pin; // asked for on the next attempt
    }
}

void ModemHub::retry(const QString &id)
{
    HubEntry *entry = d->find(id);
    if (!entry)
        return;
    // What the previous attempt learnt may no longer hold.
    ModemView &view = entry->view;
    view.phase = ModemView::Phase::Connecting;
    view.problem.clear();
    view.fix.clear();
    view.signalBars = -1;
    view.operatorName.clear();
    view.registered = false;
    view.registration = ModemWords::registration(modem::RegistrationState::Unknown);
    view.simState = ModemWords::simState(modem::SimState::Unknown);
    d->detachSession(*entry);
    if (entry->connection) {
        entry->connection->close();
        entry->connection->open(entry->view.port);
    } else if (entry->demo) {
        d->messaging.removeChannel(entry->channel.get());
        entry->channel.reset();
        entry->demo.reset();
        d->start(*entry);
    }
    d->changed(*entry);
}

void ModemHub::restoreConfigured()
{
    const auto items
        = ModemHubConfig::fromJson(d->settings.valueOr(ModemHubConfig::Key, QString()));
    for (const auto &item : items) {
        const QString id = item.isDemo ? demoId() : item.port;
        if (d->find(id))
            continue;
        HubEntry &entry = d->create(id, item.port, item.isDemo);
        d->start(entry);
        Q_EMIT modemAdded(id);
    }
    d->refreshQueue();
}

void ModemHub::setWireLogEnabled(const QString &id, bool enabled)
{
    if (HubEntry *entry = d->find(id)) {
        entry->wireLogEnabled = enabled;
        // It may carry numbers and texts: keep none once switched off.
        if (!enabled) {
            entry->wireLog.clear();
            entry->partialLine.clear();
        }
    }
}

bool ModemHub::isWireLogEnabled(const QString &id) const
{
    const HubEntry *entry = d->find(id);
    return entry && entry->wireLogEnabled;
}

QStringList ModemHub::wireLog(const QString &id) const
{
    const HubEntry *entry = d->find(id);
    return entry ? entry->wireLog : QStringList();
}

} // namespace rapport::app
