// libFuzzer target for the SMS PDU decoder (README.md in this folder says how to run it).
//
// Input: byte 0 bit 0 says whether the PDU starts with the SMSC field; the rest is the PDU. Any
// crash, sanitizer report or broken invariant (abort) is a finding. Invariants: a rejected PDU
// carries a detail; an accepted one encodes again, and that encoding decodes to the same TPDU.
//
//   cmake --preset fuzz && cmake --build --preset fuzz --target fuzz_pdudecoder
//   build/fuzz/bin/fuzz_pdudecoder -max_len=400 <copy of corpus/pdudecoder>
#include "modem/PduDecoder.h"
#include "modem/PduEncoder.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace rapport::modem;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const SmscField field = (data[0] & 1) ? SmscField::Present : SmscField::Absent;
    // An exact-size copy, so reading one octet too far is a heap overflow the sanitizer sees.
    const QByteArray pdu(
        reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const auto decoded = decodePdu(pdu, field);
    if (!decoded) {
        check(!decoded.error().detail.isEmpty());
        return 0;
    }
    const auto encoded
        = std::visit([](const auto &tpdu) { return encodePdu(tpdu); }, decoded->tpdu);
    check(encoded.hasValue());
    const auto again = decodePdu(encoded->bytes, SmscField::Present);
    check(again.hasValue());
    check(again->tpdu == decoded->tpdu);
    return 0;
}
