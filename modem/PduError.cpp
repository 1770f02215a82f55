#include "modem/PduError.h"

namespace rapport::modem {

QString pduErrorCodeName(PduErrorCode code)
{
    switch (code) {
    case PduErrorCode::InvalidHex:
        return QStringLiteral("InvalidHex");
    case PduErrorCode::Truncated:
        return QStringLiteral("Truncated");
    case PduErrorCode::ReservedMessageType:
        return QStringLiteral("ReservedMessageType");
    case PduErrorCode::InvalidAddress:
        return QStringLiteral("InvalidAddress");
    case PduErrorCode::InvalidDigit:
        return QStringLiteral("InvalidDigit");
    case PduErrorCode::InvalidTimestamp:
        return QStringLiteral("InvalidTimestamp");
    case PduErrorCode::UserDataOverrun:
        return QStringLiteral("UserDataOverrun");
    case PduErrorCode::UserDataHeaderOverrun:
        return QStringLiteral("UserDataHeaderOverrun");
    case PduErrorCode::OddUcs2Length:
        return QStringLiteral("OddUcs2Length");
    case PduErrorCode::NotText:
        return QStringLiteral("NotText");
    case PduErrorCode::NotEncodable:
        return QStringLiteral("NotEncodable");
    case PduErrorCode::TooManyParts:
        return QStringLiteral("TooManyParts");
    case PduErrorCode::InvalidArgument:
        return QStringLiteral("InvalidArgument");
    }
    return QStringLiteral("Unknown");
}

} // namespace rapport::modem
