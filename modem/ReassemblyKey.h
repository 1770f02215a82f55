#pragma once

#include "modem/SmsAddress.h"
#include "modem/UserDataHeader.h"

#include <QHashFunctions>

#include <optional>

namespace rapport::modem {

struct SmsDeliver;

// What makes parts belong to one long message (MODEM-NOTES.md, Receiving): the originator — its
// digits (or alphanumeric text) AND its type-of-address octet — the concatenation reference, the
// reference's width and the part count. Never the service centre: parts of one message can
// arrive through different SMSCs.
//
// The type of address is compared as the sender's network presented it, not normalised:
// "+447700900123" (international) and "447700900123" (unknown type) are two keys. Telling that
// they are one number needs the home country (libphonenumber lives in app/), and one message's
// parts come through one originating network, which presents the number the same way each time;
// merging on digits alone could join the parts of two different senders.
struct ReassemblyKey
{
    SmsAddress originator;
    ReferenceWidth width = ReferenceWidth::EightBit;
    quint16 reference = 0;
    quint8 total = 0;

    // The key of a concatenated part, or nothing when the part is a whole message: no valid
    // concatenation element, or one that says the message has a single part.
    [[nodiscard]] static std::optional<ReassemblyKey> of(const SmsDeliver &deliver);

    friend bool operator==(const ReassemblyKey &, const ReassemblyKey &) = default;
};

[[nodiscard]] inline size_t qHash(const ReassemblyKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.originator.typeOctet(), key.originator.value,
        static_cast<quint8>(key.width), key.reference, key.total);
}

} // namespace rapport::modem
