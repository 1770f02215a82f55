#pragma once

#include <QString>

namespace rapport::app {

// What the rules add to a marketing text: who is sending ("Bloom Florist: …", CTIA sender
// identification) and how to stop ("Reply STOP to opt out", UK soft opt-in; CTIA). Adding is
// idempotent — a text that already starts with the business name or already carries the line
// (any case, any spacing) is left as it is — so deciding twice before sending never doubles them.
class MarketingText final
{
public:
    // `businessName` empty or `identifySender` false: no prefix; `optOutLine` empty: no line.
    static QString withAdditions(const QString &body, const QString &businessName,
        bool identifySender, const QString &optOutLine);

    static bool startsWithSender(const QString &body, const QString &businessName);
    static bool containsOptOutLine(const QString &body, const QString &optOutLine);
};

} // namespace rapport::app
