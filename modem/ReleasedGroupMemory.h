#pragma once

#include "modem/ReassemblyKey.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <chrono>
#include <deque>
#include <optional>

namespace rapport::modem {

// A short memory of the messages the reassembler has let go: the key and the fingerprints of
// their parts. A part matching one of them is a late copy (the stored copy of a part that came
// directly, a sweep re-reading a slot whose deletion failed) and is reported as a duplicate; a part
// with the same key but a new fingerprint belongs to a new message that reuses the reference.
// Bounded by count and age; in memory only.
class ReleasedGroupMemory final
{
public:
    ReleasedGroupMemory(qsizetype capacity, std::chrono::milliseconds maxAge);

    // `fingerprints` pairs each part's fingerprint with its part key; `now` is monotonic.
    void remember(const ReassemblyKey &key,
        const QList<std::pair<QByteArray, QByteArray>> &fingerprints,
        std::chrono::milliseconds now);
    // The part key of the released part with this key and fingerprint, if still remembered.
    [[nodiscard]] std::optional<QByteArray> find(
        const ReassemblyKey &key, const QByteArray &fingerprint, std::chrono::milliseconds now);

    [[nodiscard]] qsizetype size() const { return static_cast<qsizetype>(m_entries.size()); }

private:
    struct Entry
    {
        ReassemblyKey key;
        QHash<QByteArray, QByteArray> partKeys; // fingerprint → part key
        std::chrono::milliseconds releasedAt;
    };

    void forgetOld(std::chrono::milliseconds now);

    qsizetype m_capacity;
    std::chrono::milliseconds m_maxAge;
    std::deque<Entry> m_entries; // oldest first
};

} // namespace rapport::modem
