#include "modem/SmsSegmenter.h"

#include "modem/GsmAlphabet.h"

#include <algorithm>

namespace rapport::modem {

namespace {

// One code point: where it starts in the text, how many UTF-16 units it spans, its septet cost.
struct Character
{
    qsizetype position = 0;
    int length = 1;
    int septets = 0;
};

QList<Character> characters(QStringView text)
{
    QList<Character> result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        Character c;
        c.position = i;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c.length = 2;
            ++i;
        } else {
            c.septets = gsm7SeptetCost(text[i]);
        }
        result.append(c);
    }
    return result;
}

QList<UnencodableCharacter> culprits(QStringView text, const QList<Character> &chars)
{
    QList<UnencodableCharacter> result;
    for (const Character &c : chars) {
        if (c.septets > 0)
            continue;
        const QString character = text.sliced(c.position, c.length).toString();
        auto it = std::find_if(result.begin(), result.end(),
            [&](const UnencodableCharacter &u) { return u.character == character; });
        if (it == result.end())
            result.append({character, {c.position}});
        else
            it->positions.append(c.position);
    }
    return result;
}

} // namespace

int singlePartLimit(SmsEncoding encoding)
{
    return encoding == SmsEncoding::Gsm7 ? 160 : 70;
}

int concatenatedPartLimit(SmsEncoding encoding, ReferenceWidth width)
{
    // A concatenation header takes 6 octets (8-bit reference) or 7 (16-bit), UDHL included:
    // 140 - 6 = 134 octets = 153 septets or 67 UTF-16 units; 133 octets = 152 septets or 66 units.
    const bool eightBit = width == ReferenceWidth::EightBit;
    if (encoding == SmsEncoding::Gsm7)
        return eightBit ? 153 : 152;
    return eightBit ? 67 : 66;
}

SegmentedText segmentText(QStringView text, ReferenceWidth width)
{
    const QList<Character> chars = characters(text);
    SegmentedText result;
    result.ucs2Culprits = culprits(text, chars);
    result.encoding = result.ucs2Culprits.isEmpty() ? SmsEncoding::Gsm7 : SmsEncoding::Ucs2;
    const auto unitsOf = [&](const Character &c) {
        return result.encoding == SmsEncoding::Gsm7 ? c.septets : c.length;
    };
    for (const Character &c : chars)
        result.totalUnits += unitsOf(c);

    const int single = singlePartLimit(result.encoding);
    if (result.totalUnits <= single) {
        result.parts.append(text.toString());
        result.unitsPerPart.append(result.totalUnits);
        result.unitsPerPartLimit = single;
        result.unitsLeftInLastPart = single - result.totalUnits;
        return result;
    }

    const int limit = concatenatedPartLimit(result.encoding, width);
    result.unitsPerPartLimit = limit;
    qsizetype partStart = 0;
    int partUnits = 0;
    for (const Character &c : chars) {
        const int units = unitsOf(c);
        if (partUnits + units > limit) {
            result.parts.append(text.sliced(partStart, c.position - partStart).toString());
            result.unitsPerPart.append(partUnits);
            partStart = c.position;
            partUnits = 0;
        }
        partUnits += units;
    }
    result.parts.append(text.sliced(partStart).toString());
    result.unitsPerPart.append(partUnits);
    result.unitsLeftInLastPart = limit - partUnits;
    return result;
}

} // namespace rapport::modem
