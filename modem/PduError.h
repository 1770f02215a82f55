#pragma once

#include <QString>

namespace rapport::modem {

// Why a PDU (or a part of one) could not be decoded or encoded. The code is for programs (the UI
// turns it into words, the session decides what to do); the detail is English for logs only.
enum class PduErrorCode {
    InvalidHex, // odd number of hex digits or a character that is not a hex digit
    Truncated, // a field runs past the end of the data
    ReservedMessageType, // TP-MTI 0b11
    InvalidAddress, // address length out of range or characters that cannot be encoded
    InvalidDigit, // a semi-octet that is not a decimal digit where one is required
    InvalidTimestamp, // well-formed digits that do not make a date, time or zone
    UserDataOverrun, // TP-UDL larger than the data present or than a PDU can carry
    UserDataHeaderOverrun, // TP-UDHL (or an element inside it) larger than the space it has
    OddUcs2Length, // UCS-2 / UTF-16 data with an odd number of octets
    NotText, // 8-bit or compressed user data asked for as text
    NotEncodable, // text that does not fit the requested alphabet
    TooManyParts, // more than 255 parts, or more than one part where only one fits
    InvalidArgument, // a caller-supplied value outside what the field can hold
};

struct PduError
{
    PduErrorCode code = PduErrorCode::InvalidArgument;
    QString detail;
};

// A stable identifier of the code for logs and test output ("Truncated", "InvalidHex", ...).
[[nodiscard]] QString pduErrorCodeName(PduErrorCode code);

} // namespace rapport::modem
