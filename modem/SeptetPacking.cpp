#include "modem/SeptetPacking.h"

namespace rapport::modem {

namespace {

constexpr char carriageReturn = 0x0D;

} // namespace

QByteArray packSeptets(QByteArrayView septets, int fillBits)
{
    QByteArray packed(packedOctetCount(septets.size(), fillBits), '\0');
    qsizetype bit = fillBits;
    for (const char septet : septets) {
        const unsigned value = static_cast<quint8>(septet) & 0x7Fu;
        const qsizetype octet = bit / 8;
        const int shift = static_cast<int>(bit % 8);
        packed[octet] = static_cast<char>(static_cast<quint8>(packed[octet]) | (value << shift));
        if (shift > 1)
            packed[octet + 1] = static_cast<char>(value >> (8 - shift));
        bit += 7;
    }
    return packed;
}

Result<QByteArray, PduError> unpackSeptets(
    QByteArrayView packed, qsizetype septetCount, int fillBits)
{
    if (septetCount < 0 || fillBits < 0 || fillBits > 6)
        return fail(PduError {PduErrorCode::InvalidArgument,
            QStringLiteral("cannot unpack %1 septets after %2 fill bits")
                .arg(septetCount)
                .arg(fillBits)});
    const qsizetype needed = packedOctetCount(septetCount, fillBits);
    if (needed > packed.size())
        return fail(PduError {PduErrorCode::Truncated,
            QStringLiteral("%1 septets need %2 octets but only %3 are present")
                .arg(septetCount)
                .arg(needed)
                .arg(packed.size())});
    QByteArray septets(septetCount, '\0');
    qsizetype bit = fillBits;
    for (qsizetype i = 0; i < septetCount; ++i) {
        const qsizetype octet = bit / 8;
        const int shift = static_cast<int>(bit % 8);
        unsigned value = static_cast<quint8>(packed[octet]) >> shift;
        if (shift > 1)
            value |= static_cast<unsigned>(static_cast<quint8>(packed[octet + 1])) << (8 - shift);
        septets[i] = static_cast<char>(value & 0x7Fu);
        bit += 7;
    }
    return septets;
}

QByteArray packSeptetsCrPadded(QByteArrayView septets)
{
    QByteArray padded = septets.toByteArray();
    if (padded.size() % 8 == 7)
        padded.append(carriageReturn);
    else if (!padded.isEmpty() && padded.size() % 8 == 0 && padded.back() == carriageReturn)
        padded.append(carriageReturn);
    return packSeptets(padded);
}

QByteArray unpackSeptetsCrPadded(QByteArrayView packed)
{
    const qsizetype count = packed.size() * 8 / 7;
    QByteArray septets = unpackSeptets(packed, count).valueOr(QByteArray());
    if (!septets.isEmpty() && septets.size() % 8 == 0 && septets.back() == carriageReturn)
        septets.chop(1);
    return septets;
}

} // namespace rapport::modem
