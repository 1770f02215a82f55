#pragma once

#include "modem/UserDataHeader.h"

#include <QHash>
#include <QList>
#include <QString>

namespace rapport::modem {

// Hands out concatenation references so that two long messages in flight to the same recipient
// never share one: the receiving phone joins parts by (originator, reference), so a collision
// garbles both messages. Each recipient's last `historyPerRecipient` references (per width) are
// kept out of circulation for that recipient. References come from one counter per width that
// starts at a seeded pseudo-random value — random so that a restart does not reuse the references
// of the previous run, seeded so that tests are repeatable. No clock, no I/O.
class ConcatReferenceAllocator final
{
public:
    // `historyPerRecipient` is clamped to 1–255 for 8-bit references (one value must stay free)
    // and to 1–65535 for 16-bit ones. At most `maxRecipients` recipients are remembered; the one
    // least recently given a reference is forgotten first.
    explicit ConcatReferenceAllocator(
        quint64 seed, int historyPerRecipient = 32, int maxRecipients = 4096);

    // `recipient` is the key the caller uses for a number (normalise it first, so that national
    // and international forms of one number are one recipient).
    [[nodiscard]] ConcatReference allocate(const QString &recipient, ReferenceWidth width);

    [[nodiscard]] int historyPerRecipient(ReferenceWidth width) const;
    [[nodiscard]] qsizetype rememberedRecipients() const { return m_recipients.size(); }

private:
    struct History
    {
        QList<quint16> eightBit;
        QList<quint16> sixteenBit;
        quint64 lastUse = 0;
    };

    void forgetLeastRecent();

    int m_history8;
    int m_history16;
    int m_maxRecipients;
    quint32 m_next8;
    quint32 m_next16;
    quint64 m_uses = 0;
    QHash<QString, History> m_recipients;
};

} // namespace rapport::modem
