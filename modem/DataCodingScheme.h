#pragma once

#include <QtGlobal>

#include <optional>

namespace rapport::modem {

// How the user data is coded (TP-DCS, 3GPP TS 23.038 §4).
enum class SmsAlphabet : quint8 { Gsm7, EightBit, Ucs2 };

// Class 0 is "flash": shown at once and not stored unless the user asks.
enum class MessageClass : quint8 { Class0 = 0, Class1 = 1, Class2 = 2, Class3 = 3 };

enum class MessageWaitingKind : quint8 { Voicemail = 0, Fax = 1, Email = 2, Other = 3 };

// Message waiting indication groups 0xC0–0xEF.
struct MessageWaiting
{
    bool store = false; // false: "discard message" group — update the indicator, drop the text
    bool active = false; // the indication is being set (true) or cleared (false)
    MessageWaitingKind kind = MessageWaitingKind::Voicemail;

    friend bool operator==(const MessageWaiting &, const MessageWaiting &) = default;
};

struct DataCodingScheme
{
    quint8 raw = 0;
    SmsAlphabet alphabet = SmsAlphabet::Gsm7;
    std::optional<MessageClass> messageClass;
    bool compressed = false; // TS 23.042 compression: the user data is not readable as is
    bool autoDelete = false; // group 01xx: the phone may delete the message once read
    bool reservedCoding = false; // a reserved group or alphabet, read as GSM 7-bit per §4
    std::optional<MessageWaiting> messageWaiting;

    [[nodiscard]] bool isText() const { return alphabet != SmsAlphabet::EightBit && !compressed; }

    // Every octet decodes: reserved codings are assumed to be GSM 7-bit (§4, last paragraph).
    [[nodiscard]] static DataCodingScheme decode(quint8 octet);

    // The general data coding octet for an uncompressed alphabet and optional class — 0x00, 0x04,
    // 0x08 without a class, 0x10–0x1B with one (0x10 is a GSM 7-bit flash message).
    [[nodiscard]] static quint8 encode(
        SmsAlphabet alphabet, std::optional<MessageClass> messageClass = std::nullopt);

    friend bool operator==(const DataCodingScheme &, const DataCodingScheme &) = default;
};

} // namespace rapport::modem
