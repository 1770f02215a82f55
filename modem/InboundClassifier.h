#pragma once

#include "modem/DataCodingScheme.h"
#include "modem/MmsNotification.h"
#include "modem/SmsTpdu.h"
#include "modem/UserDataHeader.h"
#include "modem/WapPush.h"

#include <QList>
#include <QString>

#include <optional>

namespace rapport::modem {

// What to do with a received message before anything shows it (MODEM-NOTES.md, Receiving).
enum class InboundKind : quint8 {
    Text, // an ordinary message
    Flash, // class 0: shown at once, badged as flash; still a text
    Type0, // TP-PID 0x40: acknowledge and drop, never show (TS 23.040 §9.2.3.9)
    Replace, // TP-PID 0x41–0x47: replaces the earlier message of the same replace type from the
    // same originator (§9.2.3.9); `replaceType` says which
    VoicemailIndication, // message waiting indication: see `indications`, and `showText`
    WapPush, // WAP push that is not an MMS notification (service indication, provisioning…)
    MmsNotification, // an MMS is waiting at the MMSC: "MMS from X, cannot be downloaded"
    Binary, // data for an application: never rendered as text
};

// Where a message waiting indication was found.
enum class IndicationSource : quint8 {
    DataCodingScheme, // TP-DCS groups 1100–1110 (TS 23.038 §4)
    UserDataHeader, // IEI 0x01, special SMS message indication (TS 23.040 §9.2.3.24.2)
    Cphs, // CPHS 4.2 §B.4.2 voice message waiting indicator, carried in the originator address
};

struct WaitingIndication
{
    IndicationSource source = IndicationSource::DataCodingScheme;
    MessageWaitingKind kind = MessageWaitingKind::Voicemail; // voicemail, fax, e-mail, other
    bool active = false; // the indicator is set (true) or cleared (false)
    std::optional<int> count; // messages waiting, when the network says (UDH only)
    std::optional<int> line; // CPHS: line 1 or 2

    friend bool operator==(const WaitingIndication &, const WaitingIndication &) = default;
};

struct InboundClassification
{
    InboundKind kind = InboundKind::Text;
    bool flash = false; // message class 0, whatever the kind
    std::optional<int> replaceType; // 1–7 when TP-PID is 0x41–0x47, whatever the kind
    // Whether the text is for a person. False for Type0, Binary, WapPush, MmsNotification and for
    // indications whose group says "discard message" (DCS group 1100, UDH store bit clear, CPHS).
    bool showText = true;
    QList<WaitingIndication> indications; // VoicemailIndication: every indication found, in the
        // order DCS, UDH, CPHS
    std::optional<ApplicationPorts> ports;
    std::optional<rapport::modem::WapPush> wapPush; // WapPush and MmsNotification
    // MmsNotification, when the notification's headers could be read.
    std::optional<rapport::modem::MmsNotification> mms;

    // The voicemail summary the UI shows: whether the indicator is on, and the count when known.
    // The DCS and CPHS say on or off; the UDH gives a count (0 is off). Nothing when no
    // indication concerns voicemail.
    [[nodiscard]] std::optional<bool> voicemailActive() const;
    [[nodiscard]] std::optional<int> voicemailCount() const;

    friend bool operator==(const InboundClassification &, const InboundClassification &) = default;
};

// Classifies a decoded SMS-DELIVER — for a long message, ReassembledMessage::deliver, which
// carries the first part's header and the joined user data. Pure: no state, no I/O. The first
// rule that matches decides the kind:
//   1. TP-PID 0x40 → Type0 (acknowledged and discarded even if it carries an indication, as
//      §9.2.3.9 requires of a type 0 message).
//   2. A message waiting indication in the DCS, the UDH (IEI 0x01) or a CPHS originator →
//      VoicemailIndication.
//   3. An application port: 8-bit data to 2948 or 9200 → MmsNotification when the WSP content
//      type is application/vnd.wap.mms-message (code 0x3E or the text), else WapPush; any other
//      port, or text to a WAP port → Binary.
//   4. 8-bit or compressed data (DCS groups 00xx/01xx with 8-bit or compression, group 1111
//      with bit 2 set), and TP-PID 0x7C–0x7F (data for the ME or the SIM, §9.2.3.9) → Binary.
//   5. TP-PID 0x41–0x47 → Replace. 6. Class 0 → Flash. 7. Otherwise Text.
[[nodiscard]] InboundClassification classifyInbound(const SmsDeliver &deliver);

} // namespace rapport::modem
