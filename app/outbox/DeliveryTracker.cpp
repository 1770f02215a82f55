#include "app/outbox/DeliveryTracker.h"

#include "app/CoreLogging.h"
#include "app/messaging/MessagingEvents.h"
#include "app/messaging/SmsChannel.h"
#include "app/outbox/OutboxStore.h"
#include "app/phone/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "app/storage/Transaction.h"
#include "modem/Clock.h"
#include "modem/PduDecoder.h"

#include <QSqlQuery>

namespace rapport::app {
namespace {

QString partStatusOf(quint8 tpStatus)
{
    // 3GPP TS 23.040 §9.2.3.15 (modem::classifyDeliveryStatus): only 0x20–0x3F leave the SMSC
    // still trying; everything from 0x40 on is final and not delivered.
    switch (modem::classifyDeliveryStatus(tpStatus)) {
    case modem::DeliveryStatusClass::Delivered:
        return QStringLiteral("delivered");
    case modem::DeliveryStatusClass::Pending:
        return QStringLiteral("pending");
    case modem::DeliveryStatusClass::FailedPermanent:
    case modem::DeliveryStatusClass::FailedTemporary:
    case modem::DeliveryStatusClass::Reserved:
        break;
    }
    return QStringLiteral("failed");
}

// The SMSC writes the recipient as it likes: "+447400123456", "447400123456" or the national
// "07400123456". libphonenumber reads it in the region of the number we sent to, which is
// where the SMSC's national form would come from.
bool sameRecipient(const QString &reported, const QString &storedE164)
{
    const PhoneNumbers::Parsed stored = PhoneNumbers::parse(storedE164, QString());
    return PhoneNumbers::sameNumber(reported, storedE164, stored.region);
}

} // namespace

DeliveryTracker::DeliveryTracker(
    Database &database, Clock &clock, MessagingEvents &events, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_events(events)
{ }

DeliveryTracker::~DeliveryTracker() = default;

void DeliveryTracker::watch(SmsChannel *channel)
{
    if (!channel || m_channels.contains(channel))
        return;
    m_channels.append(channel);
    connect(channel, &SmsChannel::received, this, [this, channel](const modem::InboundPdu &pdu) {
        const auto handled = handle(channel, channel->id(), pdu);
        if (!handled)
            qCWarning(lcOutbox) << "Could not store a status report:" << handled.error().detail;
    });
}

void DeliveryTracker::unwatch(SmsChannel *channel)
{
    m_channels.removeIf(
        [channel](const QPointer<SmsChannel> &watched) { return !watched || watched == channel; });
    if (channel)
        disconnect(channel, nullptr, this, nullptr);
}

Result<void, StorageError> DeliveryTracker::recordPartSent(const SentPart &part)
{
    QSqlQuery query(m_database.connection());
    // OR IGNORE: the dispatcher records parts as they are confirmed and again from the final
    // outcome, for channels that report references only at the end.
    if (!sql::run(query,
            QStringLiteral("INSERT OR IGNORE INTO message_parts (message_id, attempt, part, "
                           "part_count, reference, modem_id, recipient, sent_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {part.messageId, part.attempt, part.part, part.partCount, part.reference, part.modemId,
                part.recipient, OutboxStore::timeText(part.sentAt)}))
        return fail(OutboxStore::queryError(query));
    return {};
}

Result<MessageState, StorageError> DeliveryTracker::recordSent(
    qint64 messageId, const QDateTime &sentAt)
{
    const QDateTime now = m_clock.now().toUTC();
    Transaction tx(m_database);
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("UPDATE messages SET state = 'sent', sent_at = ?, state_reason = NULL, "
                           "updated_at = ? WHERE id = ? AND state = 'sending'"),
            {OutboxStore::timeText(sentAt), OutboxStore::timeText(now), messageId}))
        return fail(OutboxStore::queryError(query));
    const auto state = OutboxStore(m_database).refreshDelivery(messageId, now);
    if (!state)
        return fail(state.error());
    if (!sql::run(query, QStringLiteral("SELECT thread_id FROM messages WHERE id = ?"), {messageId})
        || !query.next())
        return fail(OutboxStore::queryError(query));
    const qint64 threadId = query.value(0).toLongLong();
    if (!tx.commit())
        return fail(StorageError {StorageError::Code::QueryFailed, tx.errorText()});
    Q_EMIT m_events.messageChanged(threadId, messageId);
    return *state;
}

Result<DeliveryTracker::ReportMatch, StorageError> DeliveryTracker::onStatusReport(
    const QString &channelId, const modem::InboundPdu &pdu)
{
    SmsChannel *channel = nullptr;
    for (const QPointer<SmsChannel> &watched : std::as_const(m_channels)) {
        if (watched && watched->id() == channelId)
            channel = watched;
    }
    return handle(channel, channelId, pdu);
}

Result<DeliveryTracker::ReportMatch, StorageError> DeliveryTracker::handle(
    SmsChannel *channel, const QString &channelId, const modem::InboundPdu &pdu)
{
    std::optional<modem::DecodedPdu> decoded = pdu.pdu;
    if (!decoded && !pdu.hex.isEmpty()) {
        auto again = modem::decodePduHex(pdu.hex, modem::SmscField::Present);
        if (again)
            decoded = *again;
    }
    const modem::SmsStatusReport *report = decoded ? decoded->statusReport() : nullptr;
    if (!report)
        return ReportMatch {};
    const auto stored = store(channelId, *report);
    if (!stored)
        return stored; // not confirmed: the modem keeps it and it is read again next session
    if (channel)
        channel->confirmStored(pdu.location);
    return stored;
}

Result<DeliveryTracker::ReportMatch, StorageError> DeliveryTracker::store(
    const QString &channelId, const modem::SmsStatusReport &report)
{
    ReportMatch match;
    match.isStatusReport = true;
    const QDateTime now = m_clock.now().toUTC();
    const QDateTime since = now.addSecs(-std::chrono::seconds(m_window).count());
    const QString reported = report.recipient.toString();

    Transaction tx(m_database);
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("SELECT p.message_id, p.attempt, p.part, p.recipient, p.status, "
                           "m.thread_id FROM message_parts p "
                           "JOIN messages m ON m.id = p.message_id "
                           "WHERE p.modem_id = ? AND p.reference = ? AND p.sent_at >= ? "
                           "ORDER BY p.sent_at DESC, p.message_id DESC"),
            {channelId, int(report.messageReference), OutboxStore::timeText(since)}))
        return fail(OutboxStore::queryError(query));
    int attempt = 0;
    QString previous;
    qint64 threadId = 0;
    while (query.next() && !match.matched) {
        if (report.recipient.isAlphanumeric()
            || !sameRecipient(reported, query.value(3).toString()))
            continue;
        match.matched = true;
        match.messageId = query.value(0).toLongLong();
        attempt = query.value(1).toInt();
        match.part = query.value(2).toInt();
        previous = query.value(4).toString();
        threadId = query.value(5).toLongLong();
    }
    if (!match.matched) {
        qCInfo(lcOutbox) << "A status report matches no text sent through" << channelId
                         << "in the last" << m_window.count() << "hours (reference"
                         << report.messageReference << ", status" << report.status << ")";
        return match;
    }

    match.partStatus = partStatusOf(report.status);
    // "Still trying" never undoes a final answer that arrived first.
    const bool downgrade = match.partStatus == QLatin1String("pending")
        && (previous == QLatin1String("delivered") || previous == QLatin1String("failed"));
    if (!downgrade) {
        const QDateTime at = report.dischargeTime.isValid() ? report.dischargeTime : now;
        if (!sql::run(query,
                QStringLiteral("UPDATE message_parts SET status = ?, status_code = ?, "
                               "status_at = ? WHERE message_id = ? AND attempt = ? AND part = ?"),
                {match.partStatus, int(report.status), OutboxStore::timeText(at), match.messageId,
                    attempt, match.part}))
            return fail(OutboxStore::queryError(query));
    } else {
        match.partStatus = previous;
    }
    const auto state = OutboxStore(m_database).refreshDelivery(match.messageId, now);
    if (!state)
        return fail(state.error());
    match.messageState = *state;
    if (!tx.commit())
        return fail(StorageError {StorageError::Code::QueryFailed, tx.errorText()});
    qCInfo(lcOutbox) << "Message" << match.messageId << "part" << match.part << match.partStatus
                     << "(TP-ST" << report.status << ") →" << messageStateKey(match.messageState);
    Q_EMIT m_events.messageChanged(threadId, match.messageId);
    return match;
}

} // namespace rapport::app
