#include "modem/AtUrcRegistry.h"

#include <algorithm>
#include <cctype>

namespace rapport::modem {
namespace {

bool isAlnum(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

} // namespace

AtUrcRegistry::HandlerId AtUrcRegistry::add(QByteArray prefix, Pdu pdu, Handler handler)
{
    prefix = prefix.trimmed();
    if (prefix.isEmpty())
        return 0;
    const HandlerId id = ++m_lastId;
    m_entries.push_back(Entry {id, std::move(prefix), pdu, std::move(handler)});
    return id;
}

bool AtUrcRegistry::remove(HandlerId id)
{
    const auto found = std::find_if(
        m_entries.begin(), m_entries.end(), [id](const Entry &entry) { return entry.id == id; });
    if (found == m_entries.end())
        return false;
    m_entries.erase(found);
    return true;
}

std::optional<AtUrcRegistry::Match> AtUrcRegistry::match(QByteArrayView line) const
{
    std::optional<Match> best;
    for (const Entry &entry : m_entries) {
        if (!lineHasPrefix(line, entry.prefix))
            continue;
        const bool claims = entry.pdu == Pdu::NextLine;
        if (!best || entry.prefix.size() > best->prefix.size())
            best = Match {entry.prefix, claims};
        else if (entry.prefix == best->prefix)
            best->claimsPdu = best->claimsPdu || claims;
    }
    return best;
}

void AtUrcRegistry::dispatch(
    QByteArrayView prefix, const QByteArray &line, const QByteArray &pdu) const
{
    // Handlers may change the registry while they run: call a snapshot.
    std::vector<Handler> handlers;
    for (const Entry &entry : m_entries) {
        if (entry.handler && entry.prefix == prefix)
            handlers.push_back(entry.handler);
    }
    for (const Handler &handler : handlers)
        handler(line, pdu);
}

bool AtUrcRegistry::lineHasPrefix(QByteArrayView line, QByteArrayView prefix)
{
    if (prefix.isEmpty() || !line.startsWith(prefix))
        return false;
    if (line.size() == prefix.size() || !isAlnum(prefix.back()))
        return true;
    return !isAlnum(line.at(prefix.size()));
}

} // namespace rapport::modem
