#pragma once

#include "modem/DataCodingScheme.h"
#include "modem/PduError.h"
#include "modem/PduReader.h"
#include "modem/Result.h"
#include "modem/UserDataHeader.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace rapport::modem {

// TP-UD split into its header and its payload (3GPP TS 23.040 §9.2.3.16, §9.2.3.24).
//
// `units` is the payload after the header in a form that concatenates: one septet per byte for
// GSM 7-bit (fill bits and escape pairs already resolved into septets, so an escape at the end of
// one part joins the character at the start of the next), raw octets for 8-bit and compressed
// data, UTF-16BE octets for UCS-2 (a surrogate pair split by a sender rejoins). A reassembler
// joins the units of all parts, then calls decodeUserDataUnits once.
struct UserData
{
    std::optional<UserDataHeader> header;
    QByteArray units;
    QString text; // `units` decoded; empty when the coding is not text (8-bit, compressed)

    friend bool operator==(const UserData &, const UserData &) = default;
};

// Reads TP-UDL and TP-UD. `hasHeader` is TP-UDHI. Fails with UserDataOverrun when TP-UDL exceeds
// the data present or what one PDU can carry (160 septets / 140 octets), UserDataHeaderOverrun
// when the header does not fit, OddUcs2Length for UCS-2 payloads of odd length.
[[nodiscard]] Result<UserData, PduError> readUserData(
    PduReader &reader, const DataCodingScheme &dcs, bool hasHeader);

// TP-UDL followed by TP-UD, built from `header` and `units` (`text` is not looked at).
[[nodiscard]] Result<QByteArray, PduError> encodeUserData(
    const UserData &userData, const DataCodingScheme &dcs);

// Text from units of one alphabet, e.g. the joined units of every part of a long message.
// 8-bit data fails with NotText.
[[nodiscard]] Result<QString, PduError> decodeUserDataUnits(
    SmsAlphabet alphabet, QByteArrayView units);

// Units for text: septets for GSM 7-bit (NotEncodable when a character has none), UTF-16BE for
// UCS-2. 8-bit fails with NotText.
[[nodiscard]] Result<QByteArray, PduError> encodeUserDataUnits(
    SmsAlphabet alphabet, QStringView text);

} // namespace rapport::modem
