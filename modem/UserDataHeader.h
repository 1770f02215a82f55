#pragma once

#include "modem/PduError.h"
#include "modem/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace rapport::modem {

// Information element identifiers this layer reads or writes (3GPP TS 23.040 §9.2.3.24).
namespace Iei {
inline constexpr quint8 Concatenation8Bit = 0x00;
inline constexpr quint8 SpecialSmsIndication = 0x01;
inline constexpr quint8 ApplicationPort8Bit = 0x04;
inline constexpr quint8 ApplicationPort16Bit = 0x05;
inline constexpr quint8 Concatenation16Bit = 0x08;
} // namespace Iei

enum class ReferenceWidth : quint8 { EightBit, SixteenBit };

// A concatenation reference as handed out for one long message.
struct ConcatReference
{
    ReferenceWidth width = ReferenceWidth::EightBit;
    quint16 value = 0;

    friend bool operator==(const ConcatReference &, const ConcatReference &) = default;
};

struct Concatenation
{
    ConcatReference reference;
    quint8 total = 0; // parts in the message, 1–255
    quint8 sequence = 0; // this part, 1–total

    friend bool operator==(const Concatenation &, const Concatenation &) = default;
};

struct ApplicationPorts
{
    ReferenceWidth width = ReferenceWidth::SixteenBit;
    quint16 destination = 0; // 2948 is WAP push (MMS notifications)
    quint16 originator = 0;

    friend bool operator==(const ApplicationPorts &, const ApplicationPorts &) = default;
};

// IEI 0x01: message waiting counts (voicemail, fax, e-mail, other) carried in the header.
struct SpecialSmsIndication
{
    bool store = false; // bit 7 of the first octet
    quint8 kind = 0; // bits 1–0: 0 voicemail, 1 fax, 2 e-mail, 3 other
    quint8 extendedKind = 0; // bits 4–2 (1: video message)
    quint8 profile = 0; // bits 6–5
    quint8 count = 0; // messages waiting; 0 clears the indication

    friend bool operator==(const SpecialSmsIndication &, const SpecialSmsIndication &) = default;
};

struct UdhElement
{
    quint8 id = 0;
    QByteArray data;

    friend bool operator==(const UdhElement &, const UdhElement &) = default;
};

// The user data header: every element in order, unknown ones included, so a PDU re-encodes to
// the same octets and a reassembler can ignore elements it does not know.
class UserDataHeader final
{
public:
    QList<UdhElement> elements;

    // TS 23.040 §9.2.3.24: a repeated element counts by its last occurrence; a concatenation
    // element with a wrong length, zero parts or a sequence outside 1–total is ignored.
    [[nodiscard]] std::optional<Concatenation> concatenation() const;
    [[nodiscard]] std::optional<ApplicationPorts> applicationPorts() const;
    [[nodiscard]] QList<SpecialSmsIndication> specialSmsIndications() const;

    // Parses the header at the start of `userData` (its first octet is TP-UDHL). Fails when TP-UDHL
    // or an element's length runs past the header or the user data.
    [[nodiscard]] static Result<UserDataHeader, PduError> parse(QByteArrayView userData);

    // Octets of the header including the TP-UDHL octet.
    [[nodiscard]] qsizetype encodedSize() const;
    // The header as it goes into TP-UD, TP-UDHL first.
    [[nodiscard]] QByteArray encode() const;

    [[nodiscard]] static UdhElement concatenationElement(const Concatenation &concatenation);
    [[nodiscard]] static UdhElement applicationPortElement(const ApplicationPorts &ports);

    friend bool operator==(const UserDataHeader &, const UserDataHeader &) = default;
};

} // namespace rapport::modem
