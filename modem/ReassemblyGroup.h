#pragma once

#include "modem/ReassembledMessage.h"
#include "modem/ReassemblyKey.h"
#include "modem/ReceivedPart.h"

#include <QByteArray>
#include <QList>

#include <chrono>
#include <map>

namespace rapport::modem {

// The parts of one long message held so far, by sequence number, and the message they make.
// Part of the Reassembler; no clock, no store, no signals.
class ReassemblyGroup final
{
public:
    struct Held
    {
        ReceivedPart part;
        QByteArray fingerprint;
    };

    ReassemblyGroup() = default;
    explicit ReassemblyGroup(ReassemblyKey key);

    // What tells a copy of a part from a different part with the same sequence number: the
    // sequence, the service-centre time stamp, the coding and the units. The time stamp is in it
    // because a sender that reuses a reference may well send the same text again (a one-time code
    // reminder); the SMSC stamps each submission, while a direct copy and a stored copy of one
    // part — or the SMSC's retransmission of it — carry the same stamp.
    [[nodiscard]] static QByteArray fingerprint(const SmsDeliver &deliver, quint8 sequence);

    [[nodiscard]] const ReassemblyKey &key() const { return m_key; }
    [[nodiscard]] const Held *find(quint8 sequence) const;
    [[nodiscard]] bool isComplete() const { return m_parts.size() == m_key.total; }
    [[nodiscard]] qsizetype partCount() const { return static_cast<qsizetype>(m_parts.size()); }

    // Holds the part under its sequence number, which must be free.
    void add(quint8 sequence, ReceivedPart part, QByteArray fingerprint);
    // A second stored row of a part already held (only seen when loading after a restart): it is
    // not used for the text, but released with the message so its row is removed too.
    void addStoredCopy(quint8 sequence, ReceivedPart part);

    // Monotonic time after which the group is released incomplete.
    [[nodiscard]] std::chrono::milliseconds dueAt() const { return m_dueAt; }
    void setDueAt(std::chrono::milliseconds dueAt) { m_dueAt = dueAt; }

    // Fingerprint → part key of every part held, for recognising late copies after release.
    [[nodiscard]] QList<std::pair<QByteArray, QByteArray>> fingerprints() const;

    [[nodiscard]] ReassembledMessage message(ReleaseReason reason) const;

private:
    [[nodiscard]] QString joinedText() const;

    ReassemblyKey m_key;
    std::map<quint8, Held> m_parts;
    QList<std::pair<quint8, ReceivedPart>> m_storedCopies;
    std::chrono::milliseconds m_dueAt {0};
};

} // namespace rapport::modem
