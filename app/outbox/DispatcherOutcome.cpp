// Dispatcher: what comes back from the modems (parts, outcomes, channels leaving) and the
// per-SIM bookkeeping of pacing and the daily cap.
#include "app/outbox/Dispatcher.h"

#include "app/CoreLogging.h"
#include "app/messaging/MessagingEvents.h"
#include "app/messaging/SmsChannel.h"
#include "app/outbox/DeliveryTracker.h"
#include "app/outbox/OutboxStore.h"
#include "app/outbox/SendFailureText.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "app/storage/Transaction.h"
#include "modem/Clock.h"

#include <QSqlQuery>

namespace rapport::app {

void Dispatcher::onPartSent(
    SmsChannel *channel, quint64 handle, int part, int partCount, int messageReference)
{
    Lane *lane = laneOf(channel);
    if (!lane || !lane->flight || lane->flight->handle != handle) {
        qCWarning(lcOutbox) << "A part was reported for a send this dispatcher did not start";
        return;
    }
    const Flight &flight = *lane->flight;
    DeliveryTracker::SentPart sent;
    sent.messageId = flight.messageId;
    sent.attempt = flight.attempt;
    sent.part = part + 1;
    sent.partCount = partCount;
    sent.reference = messageReference;
    sent.modemId = flight.modemId;
    sent.recipient = flight.recipient;
    sent.sentAt = m_clock.now().toUTC();
    const auto recorded = m_tracker->recordPartSent(sent);
    if (!recorded)
        qCWarning(lcOutbox) << "Could not record a sent part:" << recorded.error().detail;
    Q_EMIT countersChanged();
}

void Dispatcher::onSendFinished(SmsChannel *channel, const modem::SendOutcome &outcome)
{
    Lane *lane = laneOf(channel);
    if (!lane || !lane->flight || lane->flight->handle != outcome.id) {
        qCWarning(lcOutbox) << "An outcome was reported for a send this dispatcher did not start";
        return;
    }
    const Flight flight = *lane->flight;
    lane->flight.reset();
    lane->lastFinishedAt = m_clock.now().toUTC();
    recordOutcome(flight, outcome, isReady(*lane));
    Q_EMIT countersChanged();
    pump();
}

void Dispatcher::recordOutcome(
    const Flight &flight, const modem::SendOutcome &outcome, bool channelReady)
{
    using R = modem::SendOutcome::Result;
    const QDateTime now = m_clock.now().toUTC();
    // Parts the channel confirmed only in the outcome (or whose partSent was missed) are
    // recorded too, so their status reports find them; existing rows stay as they are.
    for (int i = 0; i < outcome.messageReferences.size(); ++i) {
        DeliveryTracker::SentPart sent {flight.messageId, flight.attempt, i + 1,
            std::max(outcome.partCount, int(outcome.messageReferences.size())),
            outcome.messageReferences.at(i), flight.modemId, flight.recipient, now};
        if (outcome.messageReferences.at(i) < 0)
            continue;
        const auto recorded = m_tracker->recordPartSent(sent);
        if (!recorded)
            qCWarning(lcOutbox) << "Could not record a sent part:" << recorded.error().detail;
    }
    if (outcome.result == R::Sent) {
        const auto state = m_tracker->recordSent(flight.messageId, now);
        if (!state)
            qCWarning(lcOutbox) << "Could not mark message" << flight.messageId
                                << "sent:" << state.error().detail;
        return;
    }

    // The modem's own codes go to the log; the message gets words.
    qCInfo(lcOutbox) << "Message" << flight.messageId << "attempt" << flight.attempt << "through"
                     << flight.modemId << "ended" << int(outcome.result) << "status"
                     << int(outcome.status) << "code" << outcome.errorCode
                     << (outcome.temporary ? "temporary" : "permanent") << outcome.detail;
    OutboxStore store(m_database);
    Result<bool, StorageError> moved = false;
    if (outcome.result == R::Failed && outcome.temporary
        && flight.attempt < m_settings.maxAttempts) {
        // A SIM that went away is no reason to wait: the message goes as soon as a SIM is
        // ready. Anything else backs off — so does a "closed" from a channel that still says
        // it is ready, which would otherwise be handed the same text again at once.
        const bool channelGone = !channelReady
            && (outcome.status == modem::AtResponse::Status::ChannelClosed
                || outcome.status == modem::AtResponse::Status::Cancelled);
        std::chrono::seconds delay {0};
        if (!channelGone && !m_settings.retryDelays.isEmpty())
            delay = m_settings.retryDelays.at(
                std::min<qsizetype>(flight.attempt - 1, m_settings.retryDelays.size() - 1));
        const QDateTime next = now.addSecs(delay.count());
        const QString reason = delay.count() > 0
            ? tr("Not sent yet: %1. Trying again at %2.")
                  .arg(SendFailureText::sendFailureCause(outcome),
                      next.toTimeZone(m_settings.businessZone).toString(QStringLiteral("HH:mm")))
            : tr("Not sent yet: %1. Trying again as soon as a modem is ready.")
                  .arg(SendFailureText::sendFailureCause(outcome));
        moved = store.moveState(
            flight.messageId, MessageState::Sending, MessageState::Queued, reason, now, next);
    } else {
        QString reason = SendFailureText::sendFailure(outcome);
        if (outcome.result == R::Failed && outcome.temporary)
            reason = tr("Not sent after %1 attempts: %2.")
                         .arg(QString::number(flight.attempt),
                             SendFailureText::sendFailureCause(outcome));
        moved = store.moveState(
            flight.messageId, MessageState::Sending, MessageState::Failed, reason, now);
    }
    if (!moved)
        qCWarning(lcOutbox) << "Could not record the outcome of message" << flight.messageId << ":"
                            << moved.error().detail;
    else if (*moved)
        Q_EMIT m_events.messageChanged(flight.threadId, flight.messageId);
}

void Dispatcher::forget(SmsChannel *channel, bool settleFlight)
{
    const auto found = std::find_if(m_lanes.begin(), m_lanes.end(),
        [channel](const auto &lane) { return lane->key == channel; });
    if (found == m_lanes.end())
        return;
    std::unique_ptr<Lane> lane = std::move(*found);
    m_lanes.erase(found);
    m_roundRobin = m_lanes.empty() ? 0 : m_roundRobin % m_lanes.size();
    if (lane->channel)
        disconnect(lane->channel, nullptr, this, nullptr);
    m_tracker->unwatch(lane->channel); // null when destroyed: drops the dead entry
    if (settleFlight && lane->flight) {
        // Its outcome will never come: settled as after a crash (sent if every part was
        // confirmed, else queued again — it may arrive twice, it is never lost).
        const Flight &flight = *lane->flight;
        const auto settled = OutboxStore(m_database)
                                 .settleInterrupted(flight.messageId,
                                     tr("The modem was removed while this text was going out. It "
                                        "is being sent again and "
                                        "may arrive twice."),
                                     m_clock.now().toUTC());
        if (settled)
            Q_EMIT m_events.messageChanged(flight.threadId, flight.messageId);
        else
            qCWarning(lcOutbox) << "Could not settle message" << flight.messageId << ":"
                                << settled.error().detail;
    }
    Q_EMIT countersChanged();
    pump();
}

Dispatcher::Lane *Dispatcher::laneOf(SmsChannel *channel)
{
    for (const auto &lane : m_lanes) {
        if (lane->key == channel)
            return lane.get();
    }
    return nullptr;
}

bool Dispatcher::isReady(const Lane &lane) const
{
    return lane.channel && lane.channel->isReady();
}

QDateTime Dispatcher::gapEnd(const Lane &lane) const
{
    if (!lane.lastFinishedAt.isValid())
        return QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc());
    return lane.lastFinishedAt.addMSecs(m_settings.minimumGap.count());
}

bool Dispatcher::hasRoomFor(const Lane &lane, int parts, const QDateTime &now) const
{
    const int sent = partsSentToday(lane.channel->id(), now);
    // A text longer than the whole cap still goes, first thing in the day.
    return sent + parts <= m_settings.dailyPartCap || (sent == 0 && m_settings.dailyPartCap > 0);
}

int Dispatcher::partsSentToday(const QString &modemId, const QDateTime &now) const
{
    if (m_pumping) {
        // Within one pass the count cannot change (parts are recorded as the modem answers,
        // between passes), and every candidate asks it of every SIM.
        if (const auto cached = m_sentToday.constFind(modemId); cached != m_sentToday.cend())
            return *cached;
    }
    const QDate today = now.toTimeZone(m_settings.businessZone).date();
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("SELECT count(*) FROM message_parts "
                           "WHERE modem_id = ? AND sent_at >= ? AND sent_at < ?"),
            {modemId, OutboxStore::timeText(today.startOfDay(m_settings.businessZone)),
                OutboxStore::timeText(nextMidnight(now))})
        || !query.next()) {
        qCWarning(lcOutbox) << "Cannot count today's parts:"
                            << OutboxStore::queryError(query).detail;
        return m_settings.dailyPartCap; // unknown: treat as full rather than risk the SIM
    }
    const int sent = query.value(0).toInt();
    if (m_pumping)
        m_sentToday.insert(modemId, sent);
    return sent;
}

QDateTime Dispatcher::nextMidnight(const QDateTime &now) const
{
    const QDate today = now.toTimeZone(m_settings.businessZone).date();
    return today.addDays(1).startOfDay(m_settings.businessZone).toUTC();
}

QList<SimCounters> Dispatcher::simCounters() const
{
    const QDateTime now = m_clock.now().toUTC();
    QList<SimCounters> all;
    for (const auto &lane : m_lanes) {
        if (!lane->channel)
            continue;
        SimCounters counters;
        counters.modemId = lane->channel->id();
        counters.ready = lane->channel->isReady();
        counters.inFlight = lane->flight.has_value();
        counters.sentToday = partsSentToday(counters.modemId, now);
        counters.dailyCap = m_settings.dailyPartCap;
        QDateTime free = gapEnd(*lane);
        if (counters.sentToday >= counters.dailyCap)
            free = std::max(free, nextMidnight(now));
        counters.nextFreeAt = free > now ? free : QDateTime();
        all << counters;
    }
    return all;
}

} // namespace rapport::app
