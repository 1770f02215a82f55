#include "modem/PduEncoder.h"

#include "modem/SmsTimestamp.h"

namespace rapport::modem {

namespace {

constexpr quint8 bitMoreMessages = 0x04;
constexpr quint8 bitLoopPrevention = 0x08;
constexpr quint8 bitStatusReport = 0x20;
constexpr quint8 bitHeader = 0x40;
constexpr quint8 bitReplyPath = 0x80;

// Collects fields and stops at the first failure, so each encoder reads as the field list.
class PduWriter final
{
public:
    void byte(quint8 value) { m_bytes.append(static_cast<char>(value)); }

    void field(const Result<QByteArray, PduError> &encoded)
    {
        if (m_error)
            return;
        if (!encoded)
            m_error = encoded.error();
        else
            m_bytes.append(*encoded);
    }

    [[nodiscard]] Result<EncodedPdu, PduError> finish(const SmsAddress &serviceCentre) const
    {
        if (m_error)
            return fail(*m_error);
        const auto smsc = encodeAddress(serviceCentre, AddressField::ServiceCentre);
        if (!smsc)
            return fail(smsc.error());
        QByteArray bytes = *smsc;
        bytes.append(m_bytes);
        return EncodedPdu {bytes, static_cast<int>(m_bytes.size())};
    }

private:
    QByteArray m_bytes;
    std::optional<PduError> m_error;
};

quint8 flag(bool set, quint8 bit)
{
    return set ? bit : 0;
}

// The octet is what goes on the wire, so the user data follows the octet, not the decoded fields
// beside it (a hand-built DataCodingScheme might disagree with its own raw value).
Result<QByteArray, PduError> userDataFor(const UserData &userData, quint8 dcs)
{
    return encodeUserData(userData, DataCodingScheme::decode(dcs));
}

} // namespace

Result<EncodedPdu, PduError> encodePdu(const SmsSubmit &submit, const SmsAddress &serviceCentre)
{
    PduWriter writer;
    writer.byte(static_cast<quint8>(0x01 | flag(submit.rejectDuplicates, 0x04)
        | (static_cast<quint8>(submit.validityPeriod.format) << 3)
        | flag(submit.statusReportRequest, bitStatusReport)
        | flag(submit.userData.header.has_value(), bitHeader)
        | flag(submit.replyPath, bitReplyPath)));
    writer.byte(submit.messageReference);
    writer.field(encodeAddress(submit.destination, AddressField::Transfer));
    writer.byte(submit.protocolIdentifier.raw);
    writer.byte(submit.dataCodingScheme.raw);
    writer.field(encodeValidityPeriod(submit.validityPeriod));
    writer.field(userDataFor(submit.userData, submit.dataCodingScheme.raw));
    return writer.finish(serviceCentre);
}

Result<EncodedPdu, PduError> encodePdu(const SmsDeliver &deliver, const SmsAddress &serviceCentre)
{
    PduWriter writer;
    writer.byte(static_cast<quint8>(flag(!deliver.moreMessagesWaiting, bitMoreMessages)
        | flag(deliver.loopPrevention, bitLoopPrevention)
        | flag(deliver.statusReportIndication, bitStatusReport)
        | flag(deliver.userData.header.has_value(), bitHeader)
        | flag(deliver.replyPath, bitReplyPath)));
    writer.field(encodeAddress(deliver.originator, AddressField::Transfer));
    writer.byte(deliver.protocolIdentifier.raw);
    writer.byte(deliver.dataCodingScheme.raw);
    writer.field(encodeTimestamp(deliver.serviceCentreTime));
    writer.field(userDataFor(deliver.userData, deliver.dataCodingScheme.raw));
    return writer.finish(serviceCentre);
}

Result<EncodedPdu, PduError> encodePdu(
    const SmsStatusReport &report, const SmsAddress &serviceCentre)
{
    const bool header = report.userData && report.userData->header;
    PduWriter writer;
    writer.byte(static_cast<quint8>(0x02 | flag(!report.moreMessagesWaiting, bitMoreMessages)
        | flag(report.loopPrevention, bitLoopPrevention)
        | flag(report.reportsCommand, bitStatusReport) | flag(header, bitHeader)));
    writer.byte(report.messageReference);
    writer.field(encodeAddress(report.recipient, AddressField::Transfer));
    writer.field(encodeTimestamp(report.serviceCentreTime));
    writer.field(encodeTimestamp(report.dischargeTime));
    writer.byte(report.status);
    if (report.protocolIdentifier || report.dataCodingScheme || report.userData) {
        writer.byte(static_cast<quint8>(flag(report.protocolIdentifier.has_value(), 0x01)
            | flag(report.dataCodingScheme.has_value(), 0x02)
            | flag(report.userData.has_value(), 0x04)));
        if (report.protocolIdentifier)
            writer.byte(report.protocolIdentifier->raw);
        if (report.dataCodingScheme)
            writer.byte(report.dataCodingScheme->raw);
        if (report.userData)
            writer.field(userDataFor(
                *report.userData, report.dataCodingScheme ? report.dataCodingScheme->raw : 0));
    }
    return writer.finish(serviceCentre);
}

} // namespace rapport::modem
