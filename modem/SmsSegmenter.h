#pragma once

#include "modem/UserDataHeader.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace rapport::modem {

enum class SmsEncoding : quint8 { Gsm7, Ucs2 };

// A character that has no GSM 7-bit code and so forces the whole message into UCS-2, with the
// UTF-16 offsets (QString indices, what a text cursor uses) of every occurrence.
struct UnencodableCharacter
{
    QString character; // one code point: two UTF-16 units for an emoji
    QList<qsizetype> positions;

    friend bool operator==(const UnencodableCharacter &, const UnencodableCharacter &) = default;
};

// How a text travels: encoding, parts and the counts a compose box shows. Units are septets for
// GSM 7-bit (an extension character counts two) and UTF-16 code units for UCS-2.
struct SegmentedText
{
    SmsEncoding encoding = SmsEncoding::Gsm7;
    QStringList parts; // the text of each part; joined they are the input
    QList<int> unitsPerPart;
    int totalUnits = 0;
    int unitsPerPartLimit = 0; // 160/70 for a single part, 153/67 or 152/66 for concatenated parts
    int unitsLeftInLastPart = 0;
    QList<UnencodableCharacter> ucs2Culprits; // in order of first appearance; empty for GSM 7-bit

    [[nodiscard]] int partCount() const { return static_cast<int>(parts.size()); }
};

// Picks the cheapest encoding (GSM 7-bit with the extension table when every character has a code,
// UCS-2 otherwise) and splits greedily at the limits of 3GPP TS 23.040 for the given reference
// width. An extension character (escape + code) and a surrogate pair never straddle two parts.
// Empty text is one empty part. The part count is not capped: the composer refuses more than 255.
[[nodiscard]] SegmentedText segmentText(
    QStringView text, ReferenceWidth width = ReferenceWidth::EightBit);

// Units per part for an encoding: a single part, or each part of a concatenated message.
[[nodiscard]] int singlePartLimit(SmsEncoding encoding);
[[nodiscard]] int concatenatedPartLimit(SmsEncoding encoding, ReferenceWidth width);

} // namespace rapport::modem
