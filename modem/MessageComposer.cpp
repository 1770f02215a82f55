#include "modem/MessageComposer.h"

#include "modem/SmsSegmenter.h"
#include "modem/UserData.h"

namespace rapport::modem {

namespace {

constexpr int maxParts = 255;

// The user data of every part, header included when the text is concatenated.
struct ComposedParts
{
    DataCodingScheme dataCodingScheme;
    QList<UserData> userData;
};

Result<ComposedParts, PduError> composeParts(
    const QString &text, bool flash, const ConcatReference &reference)
{
    const SegmentedText segments = segmentText(text, reference.width);
    if (segments.partCount() > maxParts)
        return fail(PduError {PduErrorCode::TooManyParts,
            QStringLiteral("the text needs %1 parts, at most %2 can be joined")
                .arg(segments.partCount())
                .arg(maxParts)});
    const SmsAlphabet alphabet
        = segments.encoding == SmsEncoding::Gsm7 ? SmsAlphabet::Gsm7 : SmsAlphabet::Ucs2;
    ComposedParts composed;
    composed.dataCodingScheme = DataCodingScheme::decode(DataCodingScheme::encode(
        alphabet, flash ? std::optional(MessageClass::Class0) : std::nullopt));
    for (int i = 0; i < segments.partCount(); ++i) {
        auto units = encodeUserDataUnits(alphabet, segments.parts.at(i));
        if (!units)
            return fail(units.error());
        UserData userData;
        userData.units = std::move(*units);
        userData.text = segments.parts.at(i);
        if (segments.partCount() > 1) {
            UserDataHeader header;
            header.elements.append(UserDataHeader::concatenationElement({reference,
                static_cast<quint8>(segments.partCount()), static_cast<quint8>(i + 1)}));
            userData.header = std::move(header);
        }
        composed.userData.append(std::move(userData));
    }
    return composed;
}

Result<SmsAddress, PduError> serviceCentreFrom(const QString &typed)
{
    if (typed.trimmed().isEmpty())
        return SmsAddress {};
    return parseTypedNumber(typed);
}

} // namespace

Result<QList<EncodedPdu>, PduError> composeSubmit(const SubmitRequest &request)
{
    const auto destination = parseTypedNumber(request.destination);
    if (!destination)
        return fail(destination.error());
    const auto serviceCentre = serviceCentreFrom(request.serviceCentre);
    if (!serviceCentre)
        return fail(serviceCentre.error());
    const auto parts = composeParts(request.text, request.flash, request.reference);
    if (!parts)
        return fail(parts.error());

    SmsSubmit submit;
    submit.statusReportRequest = request.requestStatusReport;
    submit.destination = *destination;
    submit.dataCodingScheme = parts->dataCodingScheme;
    if (request.validity)
        submit.validityPeriod = ValidityPeriod::fromDuration(*request.validity);
    QList<EncodedPdu> encoded;
    for (const UserData &userData : parts->userData) {
        submit.userData = userData;
        auto pdu = encodePdu(submit, *serviceCentre);
        if (!pdu)
            return fail(pdu.error());
        encoded.append(std::move(*pdu));
    }
    return encoded;
}

Result<QList<EncodedPdu>, PduError> composeDeliver(const DeliverRequest &request)
{
    const auto parts = composeParts(request.text, request.flash, request.reference);
    if (!parts)
        return fail(parts.error());
    SmsDeliver deliver;
    deliver.statusReportIndication = request.statusReportIndication;
    deliver.originator = request.originator;
    deliver.protocolIdentifier.raw = request.protocolIdentifier;
    deliver.dataCodingScheme = parts->dataCodingScheme;
    deliver.serviceCentreTime = request.serviceCentreTime;
    QList<EncodedPdu> encoded;
    for (const UserData &userData : parts->userData) {
        deliver.userData = userData;
        auto pdu = encodePdu(deliver, request.serviceCentre);
        if (!pdu)
            return fail(pdu.error());
        encoded.append(std::move(*pdu));
    }
    return encoded;
}

} // namespace rapport::modem
