#include "modem/ReassemblyGroup.h"

#include "modem/UserData.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

namespace rapport::modem {

namespace {

// The alphabet a part's units decode with, or nothing for 8-bit and compressed data.
std::optional<SmsAlphabet> textAlphabet(const SmsDeliver &deliver)
{
    if (!deliver.dataCodingScheme.isText())
        return std::nullopt;
    return deliver.dataCodingScheme.alphabet;
}

} // namespace

ReassemblyGroup::ReassemblyGroup(ReassemblyKey key)
    : m_key(std::move(key))
{ }

QByteArray ReassemblyGroup::fingerprint(const SmsDeliver &deliver, quint8 sequence)
{
    QByteArray material;
    {
        QDataStream stream(&material, QIODevice::WriteOnly);
        stream << sequence << deliver.dataCodingScheme.raw
               << deliver.serviceCentreTime.toMSecsSinceEpoch()
               << qint32(deliver.serviceCentreTime.offsetFromUtc()) << deliver.userData.units;
    }
    return QCryptographicHash::hash(material, QCryptographicHash::Sha256);
}

const ReassemblyGroup::Held *ReassemblyGroup::find(quint8 sequence) const
{
    const auto found = m_parts.find(sequence);
    return found == m_parts.end() ? nullptr : &found->second;
}

void ReassemblyGroup::add(quint8 sequence, ReceivedPart part, QByteArray fingerprint)
{
    m_parts.insert_or_assign(sequence, Held {std::move(part), std::move(fingerprint)});
}

void ReassemblyGroup::addStoredCopy(quint8 sequence, ReceivedPart part)
{
    m_storedCopies.append({sequence, std::move(part)});
}

QList<std::pair<QByteArray, QByteArray>> ReassemblyGroup::fingerprints() const
{
    QList<std::pair<QByteArray, QByteArray>> result;
    for (const auto &[sequence, held] : m_parts)
        result.append({held.fingerprint, held.part.partKey});
    return result;
}

ReassembledMessage ReassemblyGroup::message(ReleaseReason reason) const
{
    ReassembledMessage message;
    message.key = m_key;
    message.total = m_key.total;
    message.reason = reason;
    if (m_parts.empty())
        return message;

    message.deliver = m_parts.begin()->second.part.deliver;
    QByteArray units;
    for (const auto &[sequence, held] : m_parts) {
        units += held.part.deliver.userData.units;
        message.parts.append({sequence, held.part.partKey, held.part.origin, held.part.receivedAt});
        for (const auto &[copySequence, copy] : m_storedCopies) {
            if (copySequence == sequence)
                message.parts.append({sequence, copy.partKey, copy.origin, copy.receivedAt});
        }
    }
    for (int sequence = 1; sequence <= m_key.total; ++sequence) {
        if (!m_parts.contains(static_cast<quint8>(sequence)))
            message.missing.append(static_cast<quint8>(sequence));
    }
    message.deliver.userData.units = units;
    message.deliver.userData.text = joinedText();
    return message;
}

QString ReassemblyGroup::joinedText() const
{
    // The message's coding is its first part's: 8-bit or compressed data is never shown as text,
    // not even as gap markers.
    if (m_parts.empty() || !textAlphabet(m_parts.begin()->second.part.deliver))
        return {};

    // Runs of consecutive parts in one alphabet are joined as units and decoded once. A new run
    // starts at a gap (marked) or where a sender switched alphabet between parts (some phones
    // code each part on its own); units of two alphabets cannot be decoded together.
    QString text;
    int expected = 1;
    auto part = m_parts.begin();
    while (part != m_parts.end()) {
        const bool gapBefore = part->first != expected;
        if (gapBefore)
            text += ReassembledMessage::gapMarker();
        const std::optional<SmsAlphabet> alphabet = textAlphabet(part->second.part.deliver);
        QByteArray units;
        QString perPart; // fallback should the joined units not decode
        int last = part->first;
        do {
            units += part->second.part.deliver.userData.units;
            perPart += part->second.part.deliver.userData.text;
            last = part->first;
            ++part;
        } while (part != m_parts.end() && part->first == last + 1
            && textAlphabet(part->second.part.deliver) == alphabet);
        expected = last + 1;
        if (!alphabet)
            continue;
        const auto decoded = decodeUserDataUnits(*alphabet, units);
        QString run = decoded ? *decoded : perPart;
        // Half of a surrogate pair whose other half is in a missing part cannot be shown.
        const bool gapAfter = part == m_parts.end() ? last != m_key.total : part->first != last + 1;
        if (gapBefore && !run.isEmpty() && run.front().isLowSurrogate())
            run.front() = QChar::ReplacementCharacter;
        if (gapAfter && !run.isEmpty() && run.back().isHighSurrogate())
            run.back() = QChar::ReplacementCharacter;
        text += run;
    }
    if (expected <= m_key.total)
        text += ReassembledMessage::gapMarker();
    return text;
}

} // namespace rapport::modem
