#include "app/inbound/DatabaseReassemblyStore.h"

#include "app/CoreLogging.h"
#include "app/inbound/InboundFingerprint.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "app/storage/Transaction.h"
#include "modem/PduDecoder.h"
#include "modem/PduEncoder.h"
#include "modem/ReassembledMessage.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::app {
namespace {

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// Records the fingerprints of the rows `partKeys` in inbound_seen and deletes the rows.
bool retireParts(
    QSqlQuery &query, const QList<QByteArray> &partKeys, qint64 messageId, const QString &seenAt)
{
    const QVariant message
        = messageId ? QVariant(messageId) : QVariant(QMetaType::fromType<qint64>());
    QSet<QByteArray> done;
    for (const QByteArray &key : partKeys) {
        if (done.contains(key))
            continue;
        done.insert(key);
        const QString partKey = QString::fromLatin1(key);
        if (!sql::run(query,
                QStringLiteral("INSERT INTO inbound_seen (fingerprint, message_id, seen_at)"
                               " SELECT fingerprint, ?, ? FROM inbound_parts WHERE part_key = ?"
                               " ON CONFLICT (fingerprint) DO NOTHING"),
                {message, seenAt, partKey})
            || !sql::run(
                query, QStringLiteral("DELETE FROM inbound_parts WHERE part_key = ?"), {partKey}))
            return false;
    }
    return true;
}

} // namespace

DatabaseReassemblyStore::DatabaseReassemblyStore(
    Database &database, QString modemId, QString region)
    : m_database(database)
    , m_modemId(std::move(modemId))
    , m_writer(database, std::move(region))
{ }

void DatabaseReassemblyStore::noteRawPdu(const QByteArray &partKey, const QByteArray &hex)
{
    m_rawKey = partKey;
    m_rawHex = hex;
}

Result<void, QString> DatabaseReassemblyStore::savePart(const modem::ReceivedPart &part)
{
    QByteArray hex = part.partKey == m_rawKey ? m_rawHex : QByteArray();
    if (hex.isEmpty()) {
        auto encoded = modem::encodePdu(part.deliver);
        if (!encoded)
            return fail(QStringLiteral("cannot encode the part: %1").arg(encoded.error().detail));
        hex = encoded->hex();
    }
    QSqlQuery query(m_database.connection());
    // The same key is one row: saving it again replaces it, as InMemoryReassemblyStore does.
    if (!sql::run(query,
            QStringLiteral(
                "INSERT INTO inbound_parts (part_key, fingerprint, modem_id, pdu,"
                " storage, slot, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (part_key) DO UPDATE SET fingerprint = excluded.fingerprint,"
                " modem_id = excluded.modem_id, pdu = excluded.pdu,"
                " storage = excluded.storage, slot = excluded.slot,"
                " received_at = excluded.received_at"),
            {QString::fromLatin1(part.partKey), inboundFingerprint(part.deliver), m_modemId,
                QString::fromLatin1(hex.toUpper()),
                part.origin.isDirect() ? QVariant(QMetaType::fromType<QString>())
                                       : QVariant(part.origin.storage),
                part.origin.index ? QVariant(*part.origin.index)
                                  : QVariant(QMetaType::fromType<int>()),
                isoUtc(
                    part.receivedAt.isValid() ? part.receivedAt : part.deliver.serviceCentreTime)}))
        return fail(query.lastError().text());
    return {};
}

Result<QList<modem::ReceivedPart>, QString> DatabaseReassemblyStore::loadPendingParts()
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("SELECT part_key, pdu, storage, slot, received_at FROM inbound_parts"
                           " WHERE modem_id = ? ORDER BY rowid"),
            {m_modemId}))
        return fail(query.lastError().text());
    struct Row
    {
        QByteArray key;
        QString hex;
        QString storage;
        QVariant slot;
        QDateTime receivedAt;
    };
    QList<Row> rows;
    while (query.next()) {
        rows.append({query.value(0).toString().toLatin1(), query.value(1).toString(),
            query.value(2).toString(), query.value(3),
            QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs)});
    }
    query.finish();

    QList<modem::ReceivedPart> parts;
    for (const Row &row : std::as_const(rows)) {
        auto decoded = modem::decodePduHex(row.hex.toLatin1(), modem::SmscField::Present);
        if (decoded && decoded->deliver()) {
            modem::ReceivedPart part;
            part.deliver = *decoded->deliver();
            if (!row.storage.isEmpty() && !row.slot.isNull())
                part.origin = modem::PartOrigin::stored(row.storage, row.slot.toInt());
            part.receivedAt = row.receivedAt;
            part.partKey = row.key;
            parts.append(std::move(part));
            continue;
        }
        // A row we wrote ourselves that no longer reads (a decoder change, a damaged file):
        // it becomes a message a person can look at rather than a part that waits forever.
        qCWarning(lcInbound) << "a stored part no longer decodes; keeping it as undecodable";
        Transaction transaction(m_database);
        const QString reason = decoded ? QStringLiteral("stored part is not an SMS-DELIVER")
                                       : decoded.error().detail;
        auto stored = m_writer.writeUndecodable(row.hex, reason, m_modemId, row.receivedAt);
        if (!stored || !transaction.isOpen())
            return fail(stored ? transaction.errorText() : stored.error().detail);
        if (!sql::run(query,
                QStringLiteral("UPDATE inbound_parts SET fingerprint = ? WHERE part_key = ?"),
                {undecodableFingerprint(row.hex.toLatin1()), QString::fromLatin1(row.key)})
            || !retireParts(query, {row.key}, stored->messageId, isoUtc(row.receivedAt)))
            return fail(query.lastError().text());
        if (!transaction.commit())
            return fail(transaction.errorText());
        m_unclaimed.append(*stored);
    }
    return parts;
}

Result<void, QString> DatabaseReassemblyStore::releaseGroup(
    const modem::ReassembledMessage &message)
{
    Transaction transaction(m_database);
    if (!transaction.isOpen())
        return fail(transaction.errorText());
    const QDateTime receivedAt = message.lastReceivedAt().isValid() ? message.lastReceivedAt()
                                                                    : message.serviceCentreTime();
    auto stored = m_writer.write(message, m_modemId, receivedAt);
    if (!stored)
        return fail(stored.error().detail);
    QSqlQuery query(m_database.connection());
    if (!retireParts(query, message.partKeys(), stored->messageId, isoUtc(receivedAt)))
        return fail(query.lastError().text());
    if (!transaction.commit())
        return fail(transaction.errorText());
    if (!message.parts.isEmpty())
        m_released.insert(message.parts.constFirst().partKey, *stored);
    return {};
}

std::optional<StoredInbound> DatabaseReassemblyStore::takeReleased(const QByteArray &firstPartKey)
{
    const auto found = m_released.constFind(firstPartKey);
    if (found == m_released.cend())
        return std::nullopt;
    const StoredInbound stored = *found;
    m_released.erase(found);
    return stored;
}

QList<StoredInbound> DatabaseReassemblyStore::takeUnclaimed()
{
    return std::exchange(m_unclaimed, {});
}

} // namespace rapport::app
