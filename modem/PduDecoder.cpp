#include "modem/PduDecoder.h"

#include "modem/PduReader.h"
#include "modem/SmsTimestamp.h"

namespace rapport::modem {

namespace {

// First-octet bits shared by the TPDU types (TS 23.040 §9.2.3).
constexpr quint8 bitMoreMessages = 0x04;
constexpr quint8 bitLoopPrevention = 0x08;
constexpr quint8 bitStatusReport = 0x20; // SRI in DELIVER, SRR in SUBMIT, SRQ in STATUS-REPORT
constexpr quint8 bitHeader = 0x40;
constexpr quint8 bitReplyPath = 0x80;

// TP-PI of a status report (TS 23.040 §9.2.3.27).
constexpr quint8 piProtocolIdentifier = 0x01;
constexpr quint8 piDataCodingScheme = 0x02;
constexpr quint8 piUserDataLength = 0x04;
constexpr quint8 piExtension = 0x80;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

Result<QDateTime, PduError> readTimestamp(PduReader &reader, const char *field)
{
    const auto octets = reader.bytes(timestampOctets, field);
    if (!octets)
        return fail(octets.error());
    auto time = decodeTimestamp(*octets);
    if (!time)
        return fail(PduError {
            time.error().code, QLatin1String(field) + QStringLiteral(": ") + time.error().detail});
    return time;
}

Result<SmsDeliver, PduError> readDeliver(PduReader &reader, quint8 firstOctet)
{
    SmsDeliver deliver;
    deliver.moreMessagesWaiting = !(firstOctet & bitMoreMessages);
    deliver.loopPrevention = firstOctet & bitLoopPrevention;
    deliver.statusReportIndication = firstOctet & bitStatusReport;
    deliver.replyPath = firstOctet & bitReplyPath;
    auto originator = readAddress(reader, AddressField::Transfer);
    if (!originator)
        return fail(originator.error());
    deliver.originator = std::move(*originator);
    const auto pid = reader.byte("TP-PID");
    if (!pid)
        return fail(pid.error());
    deliver.protocolIdentifier.raw = *pid;
    const auto dcs = reader.byte("TP-DCS");
    if (!dcs)
        return fail(dcs.error());
    deliver.dataCodingScheme = DataCodingScheme::decode(*dcs);
    auto time = readTimestamp(reader, "TP-SCTS");
    if (!time)
        return fail(time.error());
    deliver.serviceCentreTime = std::move(*time);
    auto userData = readUserData(reader, deliver.dataCodingScheme, firstOctet & bitHeader);
    if (!userData)
        return fail(userData.error());
    deliver.userData = std::move(*userData);
    return deliver;
}

Result<SmsSubmit, PduError> readSubmit(PduReader &reader, quint8 firstOctet)
{
    SmsSubmit submit;
    submit.rejectDuplicates = firstOctet & 0x04;
    submit.statusReportRequest = firstOctet & bitStatusReport;
    submit.replyPath = firstOctet & bitReplyPath;
    const auto reference = reader.byte("TP-MR");
    if (!reference)
        return fail(reference.error());
    submit.messageReference = *reference;
    auto destination = readAddress(reader, AddressField::Transfer);
    if (!destination)
        return fail(destination.error());
    submit.destination = std::move(*destination);
    const auto pid = reader.byte("TP-PID");
    if (!pid)
        return fail(pid.error());
    submit.protocolIdentifier.raw = *pid;
    const auto dcs = reader.byte("TP-DCS");
    if (!dcs)
        return fail(dcs.error());
    submit.dataCodingScheme = DataCodingScheme::decode(*dcs);
    const auto format = static_cast<ValidityFormat>((firstOctet >> 3) & 0x03);
    auto validity = readValidityPeriod(reader, format);
    if (!validity)
        return fail(validity.error());
    submit.validityPeriod = std::move(*validity);
    auto userData = readUserData(reader, submit.dataCodingScheme, firstOctet & bitHeader);
    if (!userData)
        return fail(userData.error());
    submit.userData = std::move(*userData);
    return submit;
}

Result<SmsStatusReport, PduError> readStatusReport(PduReader &reader, quint8 firstOctet)
{
    SmsStatusReport report;
    report.moreMessagesWaiting = !(firstOctet & bitMoreMessages);
    report.loopPrevention = firstOctet & bitLoopPrevention;
    report.reportsCommand = firstOctet & bitStatusReport;
    const auto reference = reader.byte("TP-MR");
    if (!reference)
        return fail(reference.error());
    report.messageReference = *reference;
    auto recipient = readAddress(reader, AddressField::Transfer);
    if (!recipient)
        return fail(recipient.error());
    report.recipient = std::move(*recipient);
    auto sent = readTimestamp(reader, "TP-SCTS");
    if (!sent)
        return fail(sent.error());
    report.serviceCentreTime = std::move(*sent);
    auto discharged = readTimestamp(reader, "TP-DT");
    if (!discharged)
        return fail(discharged.error());
    report.dischargeTime = std::move(*discharged);
    const auto status = reader.byte("TP-ST");
    if (!status)
        return fail(status.error());
    report.status = *status;

    // Everything after TP-ST is optional: a report may simply end here.
    if (reader.atEnd())
        return report;
    const auto indicator = reader.byte("TP-PI");
    if (!indicator)
        return fail(indicator.error());
    const quint8 parameters = *indicator;
    // Extension octets follow while bit 7 is set; none of their bits is defined yet.
    quint8 extension = parameters;
    while (extension & piExtension) {
        const auto next = reader.byte("TP-PI extension");
        if (!next)
            return fail(next.error());
        extension = *next;
    }
    if (parameters & piProtocolIdentifier) {
        const auto pid = reader.byte("TP-PID");
        if (!pid)
            return fail(pid.error());
        report.protocolIdentifier = ProtocolIdentifier {*pid};
    }
    if (parameters & piDataCodingScheme) {
        const auto dcs = reader.byte("TP-DCS");
        if (!dcs)
            return fail(dcs.error());
        report.dataCodingScheme = DataCodingScheme::decode(*dcs);
    }
    if (parameters & piUserDataLength) {
        // Without TP-DCS the default (GSM 7-bit, 0x00) applies.
        auto userData = readUserData(
            reader, report.dataCodingScheme.value_or(DataCodingScheme {}), firstOctet & bitHeader);
        if (!userData)
            return fail(userData.error());
        report.userData = std::move(*userData);
    }
    return report;
}

} // namespace

Result<QByteArray, PduError> parseHex(QByteArrayView hex)
{
    if (hex.size() % 2 != 0)
        return fail(PduError {PduErrorCode::InvalidHex,
            QStringLiteral("odd number (%1) of hex digits").arg(hex.size())});
    QByteArray bytes(hex.size() / 2, '\0');
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        const int high = hexValue(hex[i]);
        const int low = hexValue(hex[i + 1]);
        if (high < 0 || low < 0)
            return fail(PduError {PduErrorCode::InvalidHex,
                QStringLiteral("not a hex digit at offset %1").arg(high < 0 ? i : i + 1)});
        bytes[i / 2] = static_cast<char>((high << 4) | low);
    }
    return bytes;
}

Result<DecodedPdu, PduError> decodePdu(QByteArrayView pdu, SmscField smsc)
{
    PduReader reader(pdu);
    DecodedPdu decoded;
    if (smsc == SmscField::Present) {
        auto serviceCentre = readAddress(reader, AddressField::ServiceCentre);
        if (!serviceCentre)
            return fail(serviceCentre.error());
        decoded.serviceCentre = std::move(*serviceCentre);
    }
    const auto firstOctet = reader.byte("first octet");
    if (!firstOctet)
        return fail(firstOctet.error());
    // Stored and reported PDUs travel towards the phone (DELIVER, STATUS-REPORT) or are our own
    // SUBMITs; the other direction's types (DELIVER-REPORT, SUBMIT-REPORT, COMMAND) never reach
    // us through +CMGR/+CMT/+CDS, so the MTI alone picks the type.
    switch (*firstOctet & 0x03) {
    case 0: {
        auto deliver = readDeliver(reader, *firstOctet);
        if (!deliver)
            return fail(deliver.error());
        decoded.tpdu = std::move(*deliver);
        break;
    }
    case 1: {
        auto submit = readSubmit(reader, *firstOctet);
        if (!submit)
            return fail(submit.error());
        decoded.tpdu = std::move(*submit);
        break;
    }
    case 2: {
        auto report = readStatusReport(reader, *firstOctet);
        if (!report)
            return fail(report.error());
        decoded.tpdu = std::move(*report);
        break;
    }
    default:
        return fail(PduError {PduErrorCode::ReservedMessageType,
            QStringLiteral("TP-MTI 3 (reserved) in first octet 0x%1")
                .arg(*firstOctet, 2, 16, QLatin1Char('0'))});
    }
    return decoded;
}

Result<DecodedPdu, PduError> decodePduHex(QByteArrayView hex, SmscField smsc)
{
    const auto bytes = parseHex(hex);
    if (!bytes)
        return fail(bytes.error());
    return decodePdu(*bytes, smsc);
}

} // namespace rapport::modem
