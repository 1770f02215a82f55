#include "modem/InboundClassifier.h"

#include "modem/GsmAlphabet.h"

namespace rapport::modem {

namespace {

// TS 23.040 §9.2.3.9: 0x7C ANSI-136 R-DATA, 0x7D ME data download, 0x7E ME de-personalisation,
// 0x7F (U)SIM data download — all for the phone or its SIM, none for a person.
bool isForTheEquipment(const ProtocolIdentifier &pid)
{
    return pid.raw >= 0x7C && pid.raw <= 0x7F;
}

// CPHS 4.2 §B.4.2 voice message waiting indicator, read the way Android's GsmSmsAddress reads it:
// an alphanumeric originator (type of address 0xD0: TON 5, NPI 0) of 4 semi-octets, i.e. two
// septets. First septet: bits 6–4 = 001, bits 3–1 = indicator type (000: voice), bit 0 = set (1)
// or clear (0). Bit 0 of the second septet (bit 7 of the first octet) is the line: 0 line 1,
// 1 line 2; its other bits are not looked at. The message text is a placeholder (" ").
// The decoder turned the septets into text ("_@" is set, "Δ@" clear, line 1); re-encoding gives
// them back, since every septet of the default table has exactly one character.
std::optional<WaitingIndication> cphsIndication(const SmsAddress &originator)
{
    if (!originator.isAlphanumeric() || originator.numberingPlan != NumberingPlan::Unknown)
        return std::nullopt;
    const std::optional<QByteArray> septets = encodeGsm7(originator.value);
    if (!septets || septets->size() != 2)
        return std::nullopt;
    const auto first = static_cast<quint8>(septets->at(0));
    const auto second = static_cast<quint8>(septets->at(1));
    if ((first & 0x7E) != 0x10)
        return std::nullopt;
    WaitingIndication indication;
    indication.source = IndicationSource::Cphs;
    indication.kind = MessageWaitingKind::Voicemail;
    indication.active = (first & 0x01) != 0;
    indication.line = (second & 0x01) ? 2 : 1;
    return indication;
}

// Rule 2: every indication the message carries; `showText` from the UDH when it has one
// (TS 23.040 §9.2.3.24.2: on a conflict the header takes priority over TP-DCS), else the DCS
// group; a CPHS indication's text is only a placeholder.
bool collectIndications(const SmsDeliver &deliver, InboundClassification &result)
{
    bool showText = true;
    if (const auto &waiting = deliver.dataCodingScheme.messageWaiting) {
        result.indications.append(
            {IndicationSource::DataCodingScheme, waiting->kind, waiting->active, {}, {}});
        showText = waiting->store;
    }
    if (deliver.userData.header) {
        const QList<SpecialSmsIndication> special
            = deliver.userData.header->specialSmsIndications();
        for (const SpecialSmsIndication &indication : special) {
            result.indications.append(
                {IndicationSource::UserDataHeader, static_cast<MessageWaitingKind>(indication.kind),
                    indication.count > 0, indication.count, {}});
        }
        if (!special.isEmpty())
            showText = special.constLast().store;
    }
    if (const auto cphs = cphsIndication(deliver.originator)) {
        result.indications.append(*cphs);
        showText = false;
    }
    if (result.indications.isEmpty())
        return false;
    result.kind = InboundKind::VoicemailIndication;
    result.showText = showText;
    return true;
}

// Rule 3.
void classifyPortAddressed(const SmsDeliver &deliver, InboundClassification &result)
{
    result.showText = false;
    result.kind = InboundKind::Binary;
    const ApplicationPorts &ports = *result.ports;
    const bool wapPort = ports.width == ReferenceWidth::SixteenBit
        && (ports.destination == wapPushPort || ports.destination == wapConnectionlessPort);
    const bool octets = deliver.dataCodingScheme.alphabet == SmsAlphabet::EightBit
        && !deliver.dataCodingScheme.compressed;
    if (!wapPort || !octets)
        return;
    std::optional<WapPush> push = WapPush::parse(deliver.userData.units);
    if (!push)
        return;
    if (push->isMmsNotification()) {
        result.kind = InboundKind::MmsNotification;
        result.mms = MmsNotification::parse(push->body);
    } else {
        result.kind = InboundKind::WapPush;
    }
    result.wapPush = std::move(push);
}

} // namespace

std::optional<bool> InboundClassification::voicemailActive() const
{
    std::optional<bool> active;
    for (const WaitingIndication &indication : indications) {
        if (indication.kind != MessageWaitingKind::Voicemail)
            continue;
        // The header's count outranks the DCS flag (§9.2.3.24.2); otherwise the first says.
        if (!active || indication.source == IndicationSource::UserDataHeader)
            active = indication.active;
    }
    return active;
}

std::optional<int> InboundClassification::voicemailCount() const
{
    std::optional<int> count;
    for (const WaitingIndication &indication : indications) {
        if (indication.kind == MessageWaitingKind::Voicemail && indication.count)
            count = indication.count;
    }
    return count;
}

InboundClassification classifyInbound(const SmsDeliver &deliver)
{
    InboundClassification result;
    const DataCodingScheme &dcs = deliver.dataCodingScheme;
    const ProtocolIdentifier &pid = deliver.protocolIdentifier;
    result.flash = dcs.messageClass == MessageClass::Class0;
    result.replaceType = pid.replaceType();
    if (deliver.userData.header)
        result.ports = deliver.userData.header->applicationPorts();

    if (pid.isShortMessageType0()) {
        result.kind = InboundKind::Type0;
        result.showText = false;
        return result;
    }
    if (collectIndications(deliver, result))
        return result;
    if (result.ports) {
        classifyPortAddressed(deliver, result);
        return result;
    }
    if (!dcs.isText() || isForTheEquipment(pid)) {
        result.kind = InboundKind::Binary;
        result.showText = false;
        return result;
    }
    if (result.replaceType)
        result.kind = InboundKind::Replace;
    else if (result.flash)
        result.kind = InboundKind::Flash;
    else
        result.kind = InboundKind::Text;
    return result;
}

} // namespace rapport::modem
