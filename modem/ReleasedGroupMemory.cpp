#include "modem/ReleasedGroupMemory.h"

#include <algorithm>

namespace rapport::modem {

ReleasedGroupMemory::ReleasedGroupMemory(qsizetype capacity, std::chrono::milliseconds maxAge)
    : m_capacity(std::max<qsizetype>(0, capacity))
    , m_maxAge(maxAge)
{ }

void ReleasedGroupMemory::remember(const ReassemblyKey &key,
    const QList<std::pair<QByteArray, QByteArray>> &fingerprints, std::chrono::milliseconds now)
{
    if (m_capacity == 0)
        return;
    Entry entry {key, {}, now};
    for (const auto &[fingerprint, partKey] : fingerprints)
        entry.partKeys.insert(fingerprint, partKey);
    m_entries.push_back(std::move(entry));
    while (static_cast<qsizetype>(m_entries.size()) > m_capacity)
        m_entries.pop_front();
    forgetOld(now);
}

std::optional<QByteArray> ReleasedGroupMemory::find(
    const ReassemblyKey &key, const QByteArray &fingerprint, std::chrono::milliseconds now)
{
    forgetOld(now);
    // Newest first: with a reference reused several times, the latest use is the likeliest.
    for (auto entry = m_entries.rbegin(); entry != m_entries.rend(); ++entry) {
        if (entry->key != key)
            continue;
        const auto found = entry->partKeys.constFind(fingerprint);
        if (found != entry->partKeys.cend())
            return found.value();
    }
    return std::nullopt;
}

void ReleasedGroupMemory::forgetOld(std::chrono::milliseconds now)
{
    while (!m_entries.empty() && now - m_entries.front().releasedAt > m_maxAge)
        m_entries.pop_front();
}

} // namespace rapport::modem
