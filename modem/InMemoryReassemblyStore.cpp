#include "modem/InMemoryReassemblyStore.h"

#include <algorithm>

namespace rapport::modem {

Result<void, QString> InMemoryReassemblyStore::savePart(const ReceivedPart &part)
{
    // A key is one row: saving it again replaces the row, as an upsert would.
    const auto existing = std::find_if(m_parts.begin(), m_parts.end(),
        [&](const ReceivedPart &held) { return held.partKey == part.partKey; });
    if (existing != m_parts.end())
        *existing = part;
    else
        m_parts.append(part);
    return {};
}

Result<QList<ReceivedPart>, QString> InMemoryReassemblyStore::loadPendingParts()
{
    return m_parts;
}

Result<void, QString> InMemoryReassemblyStore::releaseGroup(const ReassembledMessage &message)
{
    const QList<QByteArray> keys = message.partKeys();
    m_parts.removeIf([&](const ReceivedPart &part) { return keys.contains(part.partKey); });
    m_released.append(message);
    return {};
}

} // namespace rapport::modem
