#pragma once

#include "app/inbound/InboundMessageWriter.h"
#include "modem/ReassemblyStore.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace rapport::app {

class Database;

// The reassembler's store over the database, for one modem: parts wait in `inbound_parts` as the
// PDU hex they came in (decoded again on load, so the row is the evidence and not our reading of
// it), and a released message goes into its thread in the same transaction that records its
// parts' fingerprints in `inbound_seen` and deletes their rows (ARCHITECTURE.md data flow: the
// parts and the message are never both missing nor both present).
class DatabaseReassemblyStore final : public modem::ReassemblyStore
{
public:
    // `region` (ISO 3166) reads national forms of sender numbers.
    DatabaseReassemblyStore(Database &database, QString modemId, QString region);

    [[nodiscard]] const QString &modemId() const { return m_modemId; }

    // The PDU as the modem gave it, for the part the reassembler is about to save under
    // `partKey` (only the latest note is kept). Without it savePart() encodes the decoded part
    // again.
    void noteRawPdu(const QByteArray &partKey, const QByteArray &hex);

    Result<void, QString> savePart(const modem::ReceivedPart &part) override;
    // This modem's parts in save order. A row that no longer decodes is kept as an
    // 'undecodable' message instead (see takeUnclaimed()) and its row removed.
    Result<QList<modem::ReceivedPart>, QString> loadPendingParts() override;
    Result<void, QString> releaseGroup(const modem::ReassembledMessage &message) override;

    // What releaseGroup() stored for the message whose first part has this key, once: nothing
    // when the release failed (its parts stay and come back after a restart).
    std::optional<StoredInbound> takeReleased(const QByteArray &firstPartKey);
    // Messages stored outside a release (rows that did not decode on load), once.
    QList<StoredInbound> takeUnclaimed();

private:
    Database &m_database;
    QString m_modemId;
    InboundMessageWriter m_writer;
    QByteArray m_rawKey; // see noteRawPdu()
    QByteArray m_rawHex;
    QHash<QByteArray, StoredInbound> m_released;
    QList<StoredInbound> m_unclaimed;
};

} // namespace rapport::app
