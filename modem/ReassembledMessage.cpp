#include "modem/ReassembledMessage.h"

namespace rapport::modem {

QList<QByteArray> ReassembledMessage::partKeys() const
{
    QList<QByteArray> keys;
    keys.reserve(parts.size());
    for (const ReassembledPart &part : parts)
        keys.append(part.partKey);
    return keys;
}

QDateTime ReassembledMessage::firstReceivedAt() const
{
    QDateTime first;
    for (const ReassembledPart &part : parts) {
        if (!first.isValid() || part.receivedAt < first)
            first = part.receivedAt;
    }
    return first;
}

QDateTime ReassembledMessage::lastReceivedAt() const
{
    QDateTime last;
    for (const ReassembledPart &part : parts) {
        if (!last.isValid() || part.receivedAt > last)
            last = part.receivedAt;
    }
    return last;
}

QString ReassembledMessage::gapMarker()
{
    return QStringLiteral("[\u2026]");
}

} // namespace rapport::modem
