#pragma once

#include <QList>
#include <QString>

namespace rapport::app {

// What a compose box shows under the text: encoding, parts, characters used and left, and the
// characters that force UCS-2 (where they are, and a GSM 7-bit replacement when one exists).
// Computed by the modem's segmenter, so the counter and the modem never disagree; this type
// keeps modem/ out of the UI.
struct TextCount
{
    struct Culprit
    {
        QString character;
        QList<qsizetype> positions; // QString indices, for highlighting
        QString replacement; // empty when there is no sensible GSM 7-bit stand-in
    };
    bool ucs2 = false;
    int parts = 1;
    int units = 0; // septets (an extension character counts two) or UTF-16 units
    int unitsPerPart = 160;
    int unitsLeftInPart = 160;
    QList<Culprit> culprits;

    [[nodiscard]] bool hasReplaceableCulprits() const;
};

TextCount countText(const QString &text);

// The GSM 7-bit stand-in for a character that forces UCS-2 — typographic quotes, dashes,
// ellipsis, non-breaking spaces — or an empty string when there is none (emoji, most scripts).
QString gsmReplacement(const QString &character);
// The text with every replaceable culprit replaced; other characters untouched.
QString withGsmReplacements(const QString &text);

} // namespace rapport::app
