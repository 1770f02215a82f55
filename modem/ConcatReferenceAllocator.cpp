#include "modem/ConcatReferenceAllocator.h"

#include <algorithm>

namespace rapport::modem {

namespace {

// SplitMix64: spreads nearby seeds (0, 1, 2 …) over the whole range.
quint64 mix(quint64 seed)
{
    quint64 z = seed + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

} // namespace

ConcatReferenceAllocator::ConcatReferenceAllocator(
    quint64 seed, int historyPerRecipient, int maxRecipients)
    : m_history8(std::clamp(historyPerRecipient, 1, 255))
    , m_history16(std::clamp(historyPerRecipient, 1, 65535))
    , m_maxRecipients(std::max(1, maxRecipients))
{
    const quint64 start = mix(seed);
    m_next8 = static_cast<quint32>(start & 0xFF);
    m_next16 = static_cast<quint32>((start >> 16) & 0xFFFF);
}

int ConcatReferenceAllocator::historyPerRecipient(ReferenceWidth width) const
{
    return width == ReferenceWidth::EightBit ? m_history8 : m_history16;
}

ConcatReference ConcatReferenceAllocator::allocate(const QString &recipient, ReferenceWidth width)
{
    if (!m_recipients.contains(recipient) && m_recipients.size() >= m_maxRecipients)
        forgetLeastRecent();
    History &history = m_recipients[recipient];
    history.lastUse = ++m_uses;

    const bool eightBit = width == ReferenceWidth::EightBit;
    QList<quint16> &recent = eightBit ? history.eightBit : history.sixteenBit;
    quint32 &next = eightBit ? m_next8 : m_next16;
    const quint32 modulus = eightBit ? 0x100 : 0x10000;
    const int keep = eightBit ? m_history8 : m_history16;

    // The history is shorter than the reference space, so a free value is always found.
    quint16 value = 0;
    do {
        value = static_cast<quint16>(next);
        next = (next + 1) % modulus;
    } while (recent.contains(value));

    recent.append(value);
    while (recent.size() > keep)
        recent.removeFirst();
    return {width, value};
}

void ConcatReferenceAllocator::forgetLeastRecent()
{
    auto oldest = m_recipients.begin();
    for (auto it = m_recipients.begin(); it != m_recipients.end(); ++it) {
        if (it->lastUse < oldest->lastUse)
            oldest = it;
    }
    if (oldest != m_recipients.end())
        m_recipients.erase(oldest);
}

} // namespace rapport::modem
