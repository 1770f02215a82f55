#pragma once

#include "app/messaging/MessageTypes.h"
#include "app/storage/StorageError.h"
#include "modem/Result.h"
#include "modem/SmsReceiver.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>

namespace rapport {
class Clock;
} // namespace rapport

namespace rapport::app {

class Database;
class MessagingEvents;
class SmsChannel;

// Delivery tracking (ARCHITECTURE.md: "message references stored → status reports mark parts
// delivered → message delivered"). Every part the modem confirms becomes a message_parts row
// with its TP-MR; an SMS-STATUS-REPORT is matched to the part by the modem it came through, the
// reference, the recipient and a time window (MODEM-NOTES.md, status reports), in the database,
// so matching survives restarts. SMS-DELIVER PDUs are left to inbound routing.
class DeliveryTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryTracker)
public:
    // One part the modem accepted (+CMGS: <mr>).
    struct SentPart
    {
        qint64 messageId = 0;
        int attempt = 1;
        int part = 1; // 1-based, like the concatenation header's sequence number
        int partCount = 1;
        int reference = -1; // TP-MR; -1 when the modem did not say
        QString modemId;
        QString recipient; // E.164
        QDateTime sentAt;
    };

    struct ReportMatch
    {
        bool isStatusReport = false;
        bool matched = false;
        qint64 messageId = 0;
        int part = 0;
        QString partStatus; // "delivered", "pending" or "failed"
        MessageState messageState = MessageState::Sent;
    };

    DeliveryTracker(
        Database &database, Clock &clock, MessagingEvents &events, QObject *parent = nullptr);
    ~DeliveryTracker() override;

    // References are reused (one octet per modem), so a report only matches a part sent within
    // this window before it arrives; the most recent such part wins.
    void setMatchWindow(std::chrono::hours window) { m_window = window; }

    // Follows the channel's status reports (its `received` signal) and confirms them on it.
    void watch(SmsChannel *channel);
    void unwatch(SmsChannel *channel);

    Result<void, StorageError> recordPartSent(const SentPart &part);
    // The modem accepted every part: sent (then delivered at once if the reports were quicker
    // than the last +CMGS). Emits messageChanged.
    Result<MessageState, StorageError> recordSent(qint64 messageId, const QDateTime &sentAt);

    // A PDU that came through the channel `channelId`. Anything but an SMS-STATUS-REPORT is
    // ignored (isStatusReport false). A report updates its part — TP-Status (3GPP TS 23.040
    // §9.2.3.15) 0x00–0x1F delivered, 0x20–0x3F pending (the SMSC is still trying: not a
    // failure), 0x40–0x7F failed — and then its message; after the commit the report is
    // confirmed on the channel so the modem deletes its copy. Unmatched reports are logged
    // (without numbers) and confirmed too: keeping them would only fill the SIM.
    Result<ReportMatch, StorageError> onStatusReport(
        const QString &channelId, const modem::InboundPdu &pdu);

private:
    Result<ReportMatch, StorageError> handle(
        SmsChannel *channel, const QString &channelId, const modem::InboundPdu &pdu);
    Result<ReportMatch, StorageError> store(
        const QString &channelId, const modem::SmsStatusReport &report);

    Database &m_database;
    Clock &m_clock;
    MessagingEvents &m_events;
    std::chrono::hours m_window {24 * 7};
    QList<QPointer<SmsChannel>> m_channels;
};

} // namespace rapport::app
