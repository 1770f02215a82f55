#pragma once

#include <QtGlobal>

#include <optional>

namespace rapport::modem {

// TP-PID (3GPP TS 23.040 §9.2.3.9), kept as the raw octet, with the readings the inbound side
// acts on.
struct ProtocolIdentifier
{
    quint8 raw = 0;

    // 0x40: the phone acknowledges a type-0 message and discards it without showing it.
    [[nodiscard]] bool isShortMessageType0() const { return raw == 0x40; }
    // 0x41–0x47: replaces an earlier message of the same type from the same originator.
    [[nodiscard]] std::optional<int> replaceType() const
    {
        if (raw >= 0x41 && raw <= 0x47)
            return raw - 0x40;
        return std::nullopt;
    }
    [[nodiscard]] bool isReturnCallMessage() const { return raw == 0x5F; }
    [[nodiscard]] bool isSimDataDownload() const { return raw == 0x7F; }
    // Bits 7–5 = 001: the message came through (or goes to) a telematic device, e.g. fax or e-mail.
    [[nodiscard]] bool isTelematicInterworking() const { return (raw & 0xE0) == 0x20; }

    friend bool operator==(const ProtocolIdentifier &, const ProtocolIdentifier &) = default;
};

} // namespace rapport::modem
