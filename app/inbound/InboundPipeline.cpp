#include "app/inbound/InboundPipeline.h"

#include "app/CoreLogging.h"
#include "app/inbound/DatabaseReassemblyStore.h"
#include "app/inbound/InboundFingerprint.h"
#include "app/inbound/InboundMessageWriter.h"
#include "app/messaging/MessagingEvents.h"
#include "app/messaging/SmsChannel.h"
#include "app/settings/SettingsStore.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "app/storage/Transaction.h"

#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace rapport::app {

struct InboundPipeline::Lane
{
    QPointer<SmsChannel> channel;
    SmsChannel *key = nullptr; // identity even after the channel is gone
    std::unique_ptr<DatabaseReassemblyStore> store;
    std::unique_ptr<modem::Reassembler> reassembler;
    bool attached = false; // listening to the channel's `received`
    bool restored = false;
};

InboundPipeline::InboundPipeline(Database &database, Clock &clock, MessagingEvents &events,
    InboundPipelineOptions options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_events(events)
    , m_options(std::move(options))
{
    if (m_options.region.isEmpty())
        m_options.region = BusinessProfile::load(SettingsStore(m_database)).region;
}

InboundPipeline::~InboundPipeline() = default;

bool InboundPipeline::isStatusReport(const modem::InboundPdu &pdu)
{
    return pdu.pdu && pdu.pdu->type() == modem::SmsMessageType::StatusReport;
}

qsizetype InboundPipeline::pendingPartCount() const
{
    qsizetype count = 0;
    for (const auto &lane : m_lanes)
        count += lane->reassembler->pendingPartCount();
    return count;
}

InboundPipeline::Lane *InboundPipeline::laneFor(SmsChannel &channel)
{
    const auto found = std::find_if(m_lanes.begin(), m_lanes.end(),
        [&channel](const auto &lane) { return lane->key == &channel; });
    if (found != m_lanes.end())
        return found->get();
    auto lane = std::make_unique<Lane>();
    lane->channel = &channel;
    lane->key = &channel;
    lane->store
        = std::make_unique<DatabaseReassemblyStore>(m_database, channel.id(), m_options.region);
    lane->reassembler
        = std::make_unique<modem::Reassembler>(*lane->store, m_clock, m_options.reassembly);
    Lane *raw = lane.get();
    connect(lane->reassembler.get(), &modem::Reassembler::messageReleased, this,
        [this, raw](const modem::ReassembledMessage &message) { onReleased(*raw, message); });
    m_lanes.push_back(std::move(lane));
    return raw;
}

void InboundPipeline::attach(SmsChannel &channel)
{
    Lane *lane = laneFor(channel);
    if (lane->attached)
        return;
    lane->attached = true;
    connect(&channel, &SmsChannel::received, this,
        [this, &channel](const modem::InboundPdu &pdu) { accept(channel, pdu); });
    connect(&channel, &QObject::destroyed, this, [this, key = &channel] {
        std::erase_if(m_lanes, [key](const auto &each) { return each->key == key; });
    });
    if (m_restored && !lane->restored) {
        if (auto restored = restoreLane(*lane); !restored)
            qCWarning(lcInbound) << "could not restore a channel's stored parts:"
                                 << restored.error();
    }
}

Result<int, QString> InboundPipeline::restore()
{
    m_restored = true;
    int loaded = 0;
    QString firstError;
    for (const auto &lane : m_lanes) {
        if (lane->restored)
            continue;
        auto restored = restoreLane(*lane);
        if (restored)
            loaded += *restored;
        else if (firstError.isEmpty())
            firstError = restored.error();
    }
    if (auto pruned = pruneSeen(); !pruned)
        qCWarning(lcInbound) << "could not prune inbound fingerprints:" << pruned.error().detail;
    m_lastPrune = m_clock.monotonic();
    if (!firstError.isEmpty())
        return fail(firstError);
    return loaded;
}

Result<int, QString> InboundPipeline::restoreLane(Lane &lane)
{
    lane.restored = true;
    auto loaded = lane.reassembler->restore();
    for (const StoredInbound &stored : lane.store->takeUnclaimed())
        announce(stored);
    return loaded;
}

InboundDisposition InboundPipeline::accept(SmsChannel &channel, const modem::InboundPdu &pdu)
{
    if (isStatusReport(pdu))
        return InboundDisposition::Ignored;
    Lane *lane = laneFor(channel);
    if (!lane->restored) {
        // A PDU before restore(): the reassembler must load what it left first.
        if (auto restored = restoreLane(*lane); !restored)
            qCWarning(lcInbound) << "could not restore a channel's stored parts:"
                                 << restored.error();
    }
    pruneNowAndThen();
    if (!pdu.pdu)
        return keepUndecodable(*lane, pdu);
    const modem::SmsDeliver *deliver = pdu.pdu->deliver();
    if (!deliver)
        return InboundDisposition::Ignored; // an SMS-SUBMIT someone stored on the SIM

    const QString fingerprint = inboundFingerprint(*deliver);
    auto known = alreadyKnown(fingerprint);
    if (!known) {
        qCWarning(lcInbound) << "cannot check for a duplicate part; the SIM copy stays:"
                             << known.error();
        return InboundDisposition::NotStored;
    }
    if (*known) {
        qCDebug(lcInbound) << "a part already stored arrived again; freeing its slot";
        confirm(*lane, pdu);
        return InboundDisposition::Duplicate;
    }

    modem::ReceivedPart part;
    part.deliver = *deliver;
    if (pdu.location.isStored())
        part.origin = modem::PartOrigin::stored(
            QString::fromLatin1(pdu.location.storage), pdu.location.index);
    part.receivedAt = pdu.receivedAt;
    part.partKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    lane->store->noteRawPdu(part.partKey, pdu.hex);
    const modem::PartOutcome outcome = lane->reassembler->accept(part);
    if (outcome.sourceMayBeDeleted())
        confirm(*lane, pdu);
    switch (outcome.disposition) {
    case modem::PartDisposition::Released:
    case modem::PartDisposition::Pending:
        return InboundDisposition::Stored;
    case modem::PartDisposition::Duplicate:
        return InboundDisposition::Duplicate;
    case modem::PartDisposition::NotStored:
        qCWarning(lcInbound) << "a received part was not stored; the SIM copy stays:"
                             << outcome.error;
        break;
    }
    return InboundDisposition::NotStored;
}

InboundDisposition InboundPipeline::keepUndecodable(Lane &lane, const modem::InboundPdu &pdu)
{
    const QString fingerprint = undecodableFingerprint(pdu.hex);
    auto known = alreadyKnown(fingerprint);
    if (!known)
        return InboundDisposition::NotStored;
    if (*known) {
        confirm(lane, pdu);
        return InboundDisposition::Duplicate;
    }
    const QDateTime receivedAt = pdu.receivedAt.isValid() ? pdu.receivedAt : m_clock.now();
    const QString reason = pdu.error ? pdu.error->detail : QString();
    qCWarning(lcInbound) << "a received PDU does not decode; keeping it as undecodable:" << reason;
    Transaction transaction(m_database);
    InboundMessageWriter writer(m_database, m_options.region);
    auto stored = writer.writeUndecodable(
        QString::fromLatin1(pdu.hex), reason, lane.store->modemId(), receivedAt);
    QSqlQuery query(m_database.connection());
    if (!transaction.isOpen() || !stored
        || !sql::run(query,
            QStringLiteral("INSERT INTO inbound_seen (fingerprint, message_id, seen_at)"
                           " VALUES (?, ?, ?)"),
            {fingerprint, stored->messageId, receivedAt.toUTC().toString(Qt::ISODateWithMs)})
        || !transaction.commit()) {
        qCWarning(lcInbound) << "could not keep an undecodable PDU; the SIM copy stays";
        return InboundDisposition::NotStored;
    }
    confirm(lane, pdu);
    announce(*stored);
    return InboundDisposition::Undecodable;
}

Result<bool, QString> InboundPipeline::alreadyKnown(const QString &fingerprint) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("SELECT 1 FROM inbound_seen WHERE fingerprint = ?"
                           " UNION ALL SELECT 1 FROM inbound_parts WHERE fingerprint = ?"),
            {fingerprint, fingerprint}))
        return fail(query.lastError().text());
    return query.next();
}

void InboundPipeline::confirm(Lane &lane, const modem::InboundPdu &pdu)
{
    // A direct delivery (+CMT) has no copy to delete.
    if (pdu.location.isStored() && lane.channel)
        lane.channel->confirmStored(pdu.location);
}

void InboundPipeline::onReleased(Lane &lane, const modem::ReassembledMessage &message)
{
    if (message.parts.isEmpty())
        return;
    const auto stored = lane.store->takeReleased(message.parts.constFirst().partKey);
    if (!stored) {
        qCWarning(lcInbound) << "a received message could not be stored; its parts stay and it"
                                " is released again at the next start";
        return;
    }
    if (stored->messageId)
        announce(*stored);
}

void InboundPipeline::announce(const StoredInbound &stored)
{
    Q_EMIT m_events.messageAdded(stored.threadId, stored.messageId);
    Q_EMIT messageStored(stored.threadId, stored.messageId);
}

void InboundPipeline::pruneNowAndThen()
{
    const std::chrono::milliseconds now = m_clock.monotonic();
    if (m_lastPrune.count() >= 0 && now - m_lastPrune < m_options.pruneInterval)
        return;
    m_lastPrune = now;
    if (auto pruned = pruneSeen(); !pruned)
        qCWarning(lcInbound) << "could not prune inbound fingerprints:" << pruned.error().detail;
}

Result<int, StorageError> InboundPipeline::pruneSeen()
{
    const QDateTime cutoff = m_clock.now().addSecs(
        -std::chrono::duration_cast<std::chrono::seconds>(m_options.seenRetention).count());
    QSqlQuery query(m_database.connection());
    if (!sql::run(query, QStringLiteral("DELETE FROM inbound_seen WHERE seen_at < ?"),
            {cutoff.toUTC().toString(Qt::ISODateWithMs)}))
        return fail(StorageError {StorageError::Code::QueryFailed, query.lastError().text()});
    return query.numRowsAffected();
}

} // namespace rapport::app
