#pragma once

#include "modem/PduError.h"
#include "modem/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace rapport::modem {

// Packing of 7-bit septets into octets, least significant bit first (3GPP TS 23.038 §6.1.2.1).
// Septets are held unpacked, one per byte (low 7 bits). `fillBits` (0–6) zero bits come first: they
// align the first character on a septet boundary after a user data header (TS 23.040 §9.2.3.24).

// Octets needed for `septetCount` septets after `fillBits` fill bits.
[[nodiscard]] constexpr qsizetype packedOctetCount(qsizetype septetCount, int fillBits = 0)
{
    return (fillBits + septetCount * 7 + 7) / 8;
}

// Fill bits that realign septets after a header of `headerOctets` octets (UDHL octet included).
[[nodiscard]] constexpr int fillBitsAfterHeader(qsizetype headerOctets)
{
    return static_cast<int>((7 - (headerOctets * 8) % 7) % 7);
}

// Unused bits at the end are zero: in SMS the TP-UDL counts septets, so nobody reads them.
[[nodiscard]] QByteArray packSeptets(QByteArrayView septets, int fillBits = 0);

// Exactly `septetCount` septets; fails (Truncated) when `packed` is too short rather than inventing
// zero septets, which would decode as '@'.
[[nodiscard]] Result<QByteArray, PduError> unpackSeptets(
    QByteArrayView packed, qsizetype septetCount, int fillBits = 0);

// For carriers whose length is counted in octets (USSD, cell broadcast), TS 23.038 §6.1.2.3.1: when
// 8n-1 septets leave 7 spare bits, those carry a CR rather than zeros (which would read as '@'); a
// wanted CR that ends exactly on an octet boundary is followed by another CR so it is not taken for
// padding.
[[nodiscard]] QByteArray packSeptetsCrPadded(QByteArrayView septets);

// Every septet that `packed` holds, without a trailing CR that is padding under §6.1.2.3.1 (the
// last of a multiple of 8 septets).
[[nodiscard]] QByteArray unpackSeptetsCrPadded(QByteArrayView packed);

} // namespace rapport::modem
