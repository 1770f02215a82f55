#include "app/outbox/Dispatcher.h"

#include "app/CoreLogging.h"
#include "app/messaging/MessagingEvents.h"
#include "app/messaging/SendPolicy.h"
#include "app/messaging/SmsChannel.h"
#include "app/outbox/DeliveryTracker.h"
#include "app/outbox/OutboxStore.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "app/storage/Transaction.h"
#include "modem/Clock.h"

#include <QSqlQuery>

namespace rapport::app {
namespace {

// Due messages looked at per pass; a pass sends at most one, then looks again.
constexpr int kCandidatesPerPass = 200;

} // namespace

Dispatcher::Dispatcher(Database &database, SendPolicy &policy, Clock &clock,
    MessagingEvents &events, Settings settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_policy(policy)
    , m_clock(clock)
    , m_events(events)
    , m_settings(std::move(settings))
    , m_tracker(std::make_unique<DeliveryTracker>(database, clock, events))
    , m_timer(clock.createTimer())
{
    m_timer->setSingleShot(true);
    connect(m_timer.get(), &Timer::timeout, this, &Dispatcher::pump);
    // Whatever changes in the outbox (a new message, a retry, a cancellation, a delivery) may
    // make something due or free a SIM: look again.
    connect(&m_events, &MessagingEvents::messageAdded, this, &Dispatcher::pump);
    connect(&m_events, &MessagingEvents::messageChanged, this, &Dispatcher::pump);
}

Dispatcher::~Dispatcher()
{
    m_running = false;
    for (const auto &lane : m_lanes) {
        if (lane->channel)
            disconnect(lane->channel, nullptr, this, nullptr);
    }
}

void Dispatcher::setSettings(const Settings &settings)
{
    m_settings = settings;
    pump();
}

void Dispatcher::addChannel(SmsChannel *channel)
{
    if (!channel || laneOf(channel))
        return;
    auto lane = std::make_unique<Lane>();
    lane->channel = channel;
    lane->key = channel;
    m_lanes.push_back(std::move(lane));
    m_tracker->watch(channel);
    connect(channel, &SmsChannel::readyChanged, this, [this](bool) {
        Q_EMIT countersChanged();
        pump();
    });
    connect(channel, &SmsChannel::partSent, this,
        [this, channel](quint64 handle, int part, int partCount, int reference) {
            onPartSent(channel, handle, part, partCount, reference);
        });
    connect(channel, &SmsChannel::sendFinished, this,
        [this, channel](
            quint64, const modem::SendOutcome &outcome) { onSendFinished(channel, outcome); });
    connect(channel, &QObject::destroyed, this, [this, channel] { forget(channel, true); });
    Q_EMIT countersChanged();
    pump();
}

void Dispatcher::removeChannel(SmsChannel *channel)
{
    forget(channel, true);
}

QList<SmsChannel *> Dispatcher::channels() const
{
    QList<SmsChannel *> all;
    for (const auto &lane : m_lanes) {
        if (lane->channel)
            all << lane->channel.data();
    }
    return all;
}

void Dispatcher::start()
{
    m_running = true;
    pump();
}

void Dispatcher::stop()
{
    m_running = false;
    m_timer->stop();
    m_nextWakeUp = {};
}

void Dispatcher::wake()
{
    pump();
}

void Dispatcher::pump()
{
    if (!m_running)
        return;
    if (m_pumping) {
        // Called back from inside a pass (an event we emitted, a channel that answered at
        // once): the running loop passes once more.
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        pass();
    } while (m_pumpAgain && m_running);
    m_pumping = false;
    arm();
}

void Dispatcher::pass()
{
    const QDateTime now = m_clock.now().toUTC();
    m_sentToday.clear();
    releaseHeld(now);
    const bool anyFree = std::any_of(m_lanes.cbegin(), m_lanes.cend(),
        [this](const auto &lane) { return isReady(*lane) && !lane->flight; });
    if (!anyFree)
        return;
    const QList<Candidate> candidates = dueCandidates(now);
    for (Candidate candidate : candidates) {
        candidate.preferredModemId = preferredModem(candidate);
        Lane *lane = chooseLane(candidate, now);
        if (!lane)
            continue; // its SIM is busy or capped: one message never blocks the others
        if (dispatch(candidate, *lane, now)) {
            // One send per pass: the next pass sees the world as that send left it.
            m_pumpAgain = true;
            return;
        }
    }
}

void Dispatcher::releaseHeld(const QDateTime &now)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("SELECT id FROM messages WHERE direction = 'out' AND state = 'held' "
                           "AND held_until IS NOT NULL AND held_until <= ? ORDER BY id"),
            {OutboxStore::timeText(now)})) {
        qCWarning(lcOutbox) << "Cannot read held messages:"
                            << OutboxStore::queryError(query).detail;
        return;
    }
    QList<qint64> due;
    while (query.next())
        due << query.value(0).toLongLong();
    OutboxStore store(m_database);
    for (const qint64 messageId : std::as_const(due)) {
        Transaction tx(m_database);
        const auto row = store.load(messageId);
        if (!row || !*row)
            continue;
        const PolicyDecision decision = m_policy.decide((*row)->request, now);
        const auto state = store.applyDecision(messageId, MessageState::Held, decision, now);
        if (!state || !*state || !tx.commit()) {
            qCWarning(lcOutbox) << "Could not release held message" << messageId;
            continue;
        }
        qCInfo(lcOutbox) << "Held message" << messageId << "is now" << messageStateKey(**state)
                         << decision.reasonCode;
        Q_EMIT m_events.messageChanged((*row)->threadId, messageId);
    }
}

QList<Dispatcher::Candidate> Dispatcher::dueCandidates(const QDateTime &now) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Only the columns: which SIM each one prefers is looked up for the few a pass looks at
    // (usually one), not for every queued message.
    if (!sql::run(query,
            QStringLiteral("SELECT m.id, coalesce(m.part_count, 1), m.thread_id, "
                           "coalesce(m.modem_id, '') "
                           "FROM messages m WHERE m.direction = 'out' AND m.state = 'queued' "
                           "AND (m.next_attempt_at IS NULL OR m.next_attempt_at <= ?) "
                           "ORDER BY m.created_at, m.id LIMIT ?"),
            {OutboxStore::timeText(now), kCandidatesPerPass})) {
        qCWarning(lcOutbox) << "Cannot read the outbox:" << OutboxStore::queryError(query).detail;
        return {};
    }
    QList<Candidate> candidates;
    while (query.next()) {
        candidates << Candidate {query.value(0).toLongLong(), query.value(2).toLongLong(),
            query.value(1).toInt(), query.value(3).toString(), QString()};
    }
    return candidates;
}

QString Dispatcher::preferredModem(const Candidate &candidate) const
{
    // The SIM the customer last texted: the thread's latest inbound message, else the one the
    // request named (stored on the row; after an attempt, the SIM it was tried on).
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (sql::run(query,
            QStringLiteral("SELECT modem_id FROM messages WHERE thread_id = ? AND direction = 'in' "
                           "AND modem_id IS NOT NULL ORDER BY id DESC LIMIT 1"),
            {candidate.threadId})
        && query.next())
        return query.value(0).toString();
    return candidate.storedModemId;
}

Dispatcher::Lane *Dispatcher::chooseLane(const Candidate &candidate, const QDateTime &now)
{
    const auto freeNow = [&](const Lane &lane) {
        return isReady(lane) && !lane.flight && gapEnd(lane) <= now
            && hasRoomFor(lane, candidate.partCount, now);
    };
    if (!candidate.preferredModemId.isEmpty()) {
        for (const auto &lane : m_lanes) {
            if (!isReady(*lane) || lane->channel->id() != candidate.preferredModemId
                || !hasRoomFor(*lane, candidate.partCount, now))
                continue;
            // Ready and within its cap: worth waiting the few seconds until it is free.
            return freeNow(*lane) ? lane.get() : nullptr;
        }
    }
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        const std::size_t index = (m_roundRobin + i) % m_lanes.size();
        Lane &lane = *m_lanes[index];
        if (freeNow(lane)) {
            m_roundRobin = index + 1;
            return &lane;
        }
    }
    return nullptr;
}

bool Dispatcher::dispatch(const Candidate &candidate, Lane &lane, const QDateTime &now)
{
    OutboxStore store(m_database);
    Transaction tx(m_database);
    const auto row = store.load(candidate.messageId);
    if (!row || !*row || (*row)->state != MessageState::Queued)
        return false;
    // Asked again right before sending: consent, the clock or the cap may have moved.
    const PolicyDecision decision = m_policy.decide((*row)->request, now);
    if (!decision.allowsSendingNow()) {
        const auto state
            = store.applyDecision(candidate.messageId, MessageState::Queued, decision, now);
        if (state && *state && tx.commit()) {
            qCInfo(lcOutbox) << "Message" << candidate.messageId
                             << "not sent after all:" << decision.reasonCode;
            Q_EMIT m_events.messageChanged((*row)->threadId, candidate.messageId);
        }
        return false;
    }
    const QString body = decision.finalBody.isEmpty() ? (*row)->request.body : decision.finalBody;
    const QString modemId = lane.channel->id();
    const auto marked = store.markSending(candidate.messageId, body, modemId, now);
    if (!marked || !*marked || !tx.commit()) {
        qCWarning(lcOutbox) << "Could not mark message" << candidate.messageId << "sending";
        return false;
    }

    Flight flight;
    flight.handle = ++m_lastHandle;
    flight.messageId = candidate.messageId;
    flight.threadId = (*row)->threadId;
    flight.attempt = (*row)->attempts + 1;
    flight.recipient = (*row)->request.phoneE164;
    flight.modemId = modemId;
    lane.flight = flight;
    qCInfo(lcOutbox) << "Sending message" << flight.messageId << "attempt" << flight.attempt
                     << "through" << modemId;
    Q_EMIT m_events.messageChanged(flight.threadId, flight.messageId);
    Q_EMIT countersChanged();

    modem::OutgoingSms sms;
    sms.destination = flight.recipient;
    sms.text = body;
    sms.requestStatusReport = true;
    // Last: a channel may answer from inside send().
    QPointer<SmsChannel> channel = lane.channel;
    if (channel)
        channel->send(flight.handle, sms);
    return true;
}

void Dispatcher::arm()
{
    m_sentToday.clear();
    if (!m_running) {
        m_timer->stop();
        m_nextWakeUp = {};
        return;
    }
    const QDateTime now = m_clock.now().toUTC();
    QDateTime next;
    const auto consider = [&next](const QDateTime &moment) {
        if (moment.isValid() && (!next.isValid() || moment < next))
            next = moment;
    };
    QSqlQuery query(m_database.connection());
    const QString nowText = OutboxStore::timeText(now);
    if (sql::run(query,
            QStringLiteral("SELECT (SELECT min(next_attempt_at) FROM messages "
                           "WHERE direction = 'out' AND state = 'queued' AND next_attempt_at > ?), "
                           "(SELECT min(held_until) FROM messages "
                           "WHERE direction = 'out' AND state = 'held' AND held_until > ?), "
                           "EXISTS (SELECT 1 FROM messages WHERE direction = 'out' "
                           "AND state = 'queued' "
                           "AND (next_attempt_at IS NULL OR next_attempt_at <= ?))"),
            {nowText, nowText, nowText})
        && query.next()) {
        consider(OutboxStore::timeFrom(query.value(0)));
        consider(OutboxStore::timeFrom(query.value(1)));
        if (query.value(2).toBool()) {
            // Something is due but did not go: a free SIM is either pacing (look when its gap
            // ends) or capped or passed over (look at midnight, when the count starts afresh).
            for (const auto &lane : m_lanes) {
                if (!isReady(*lane) || lane->flight)
                    continue;
                const QDateTime gap = gapEnd(*lane);
                consider(gap > now ? gap : nextMidnight(now));
            }
        }
    } else {
        qCWarning(lcOutbox) << "Cannot plan the next look at the outbox:"
                            << OutboxStore::queryError(query).detail;
    }
    m_nextWakeUp = next;
    if (!next.isValid()) {
        m_timer->stop();
        return;
    }
    m_timer->start(std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(next))));
}

} // namespace rapport::app
