#pragma once

#include "app/storage/StorageError.h"
#include "modem/Result.h"

#include <QDateTime>
#include <QString>

namespace rapport::modem {
struct InboundClassification;
struct ReassembledMessage;
struct SmsAddress;
} // namespace rapport::modem

namespace rapport::app {

class Database;

// A received message as stored: its row in `messages` and the thread it went to.
struct StoredInbound
{
    qint64 threadId = 0;
    qint64 messageId = 0; // 0: nothing was stored (a type-0 message is acknowledged and dropped)
};

// Writes received messages into their threads: direction 'in', state 'received', routed_at NULL
// (the router picks them up), created_at the moment the message was received. Runs inside the
// caller's transaction; the caller records the fingerprints and commits.
class InboundMessageWriter final
{
public:
    InboundMessageWriter(Database &database, QString region);

    // The thread a message from `originator` belongs to: the number in E.164 when
    // libphonenumber reads one (against the business's region for national forms), else the
    // sender as presented — an alphanumeric name such as "InternetSMS", or a short code.
    [[nodiscard]] QString threadKeyFor(const modem::SmsAddress &originator) const;

    // Stores a released message under its kind; nothing for a type-0 message.
    Result<StoredInbound, StorageError> write(const modem::ReassembledMessage &message,
        const QString &modemId, const QDateTime &receivedAt);

    // Stores a PDU the decoder rejected, with its hex as the body and the decoder's reason, in
    // the thread of undecodableThreadKey(): nothing is lost, and a person can look at it.
    Result<StoredInbound, StorageError> writeUndecodable(const QString &hex, const QString &reason,
        const QString &modemId, const QDateTime &receivedAt);

    // The `kind` word stored for a classification ("text", "flash", "mms_notification", ...).
    [[nodiscard]] static QString kindKey(const modem::InboundClassification &classification);
    // Kinds whose body is a person's text: keywords and reply codes apply to them only.
    [[nodiscard]] static bool isTextKind(const QString &kind);
    static inline const QString UndecodableKind = QStringLiteral("undecodable");
    // A PDU that does not decode has no sender we could read.
    [[nodiscard]] static QString undecodableThreadKey() { return QStringLiteral("undecodable"); }

private:
    Result<StoredInbound, StorageError> insert(const QString &threadKey, const QString &kind,
        const QString &body, const QString &modemId, const QDateTime &receivedAt, int partCount,
        const QString &encoding, const QString &stateReason);

    Database &m_database;
    QString m_region;
};

} // namespace rapport::app
