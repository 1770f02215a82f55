#include "modem/UserData.h"

#include "modem/GsmAlphabet.h"
#include "modem/SeptetPacking.h"
#include "modem/Ucs2Codec.h"

namespace rapport::modem {

namespace {

constexpr int maxSeptets = 160;
constexpr int maxOctets = 140;

bool countsOctets(const DataCodingScheme &dcs)
{
    // TS 23.040 §9.2.3.16: compressed data is counted in octets whatever the alphabet.
    return dcs.compressed || dcs.alphabet != SmsAlphabet::Gsm7;
}

PduError overrun(const char *unit, qsizetype length, qsizetype limit, const char *why)
{
    return {PduErrorCode::UserDataOverrun,
        QStringLiteral("TP-UDL of %1 %2 exceeds %3 (%4)")
            .arg(length)
            .arg(QLatin1String(unit))
            .arg(limit)
            .arg(QLatin1String(why))};
}

Result<UserData, PduError> readOctetUserData(
    PduReader &reader, const DataCodingScheme &dcs, bool hasHeader, int length)
{
    if (length > maxOctets)
        return fail(overrun("octets", length, maxOctets, "the most one PDU carries"));
    if (length > reader.remaining())
        return fail(overrun("octets", length, reader.remaining(), "the octets present"));
    const QByteArrayView data = *reader.bytes(length, "TP-UD");
    UserData userData;
    qsizetype headerOctets = 0;
    if (hasHeader && length > 0) {
        auto header = UserDataHeader::parse(data);
        if (!header)
            return fail(header.error());
        headerOctets = 1 + static_cast<quint8>(data[0]);
        userData.header = std::move(*header);
    }
    userData.units = data.sliced(headerOctets).toByteArray();
    if (dcs.isText()) {
        auto text = decodeUcs2(userData.units);
        if (!text)
            return fail(text.error());
        userData.text = std::move(*text);
    }
    return userData;
}

Result<UserData, PduError> readSeptetUserData(PduReader &reader, bool hasHeader, int length)
{
    if (length > maxSeptets)
        return fail(overrun("septets", length, maxSeptets, "the most one PDU carries"));
    const qsizetype octets = packedOctetCount(length);
    if (octets > reader.remaining())
        return fail(PduError {PduErrorCode::UserDataOverrun,
            QStringLiteral("TP-UDL of %1 septets needs %2 octets, %3 present")
                .arg(length)
                .arg(octets)
                .arg(reader.remaining())});
    const QByteArrayView data = *reader.bytes(octets, "TP-UD");
    UserData userData;
    qsizetype headerSeptets = 0;
    if (hasHeader && length > 0) {
        auto header = UserDataHeader::parse(data);
        if (!header)
            return fail(header.error());
        const qsizetype headerOctets = 1 + static_cast<quint8>(data[0]);
        headerSeptets = (headerOctets * 8 + 6) / 7;
        if (headerSeptets > length)
            return fail(PduError {PduErrorCode::UserDataHeaderOverrun,
                QStringLiteral("a header of %1 octets needs %2 septets, TP-UDL "
                               "is %3")
                    .arg(headerOctets)
                    .arg(headerSeptets)
                    .arg(length)});
        userData.header = std::move(*header);
    }
    // The header occupies whole septets (fill bits included), so unpacking from the start and
    // dropping those septets lands on the first character.
    auto septets = unpackSeptets(data, length);
    if (!septets)
        return fail(septets.error());
    userData.units = septets->sliced(headerSeptets);
    userData.text = decodeGsm7(userData.units);
    return userData;
}

} // namespace

Result<UserData, PduError> readUserData(
    PduReader &reader, const DataCodingScheme &dcs, bool hasHeader)
{
    const auto length = reader.byte("TP-UDL");
    if (!length)
        return fail(length.error());
    if (countsOctets(dcs))
        return readOctetUserData(reader, dcs, hasHeader, *length);
    return readSeptetUserData(reader, hasHeader, *length);
}

Result<QByteArray, PduError> encodeUserData(const UserData &userData, const DataCodingScheme &dcs)
{
    const QByteArray header = userData.header ? userData.header->encode() : QByteArray();
    QByteArray encoded;
    if (countsOctets(dcs)) {
        if (dcs.isText() && userData.units.size() % 2 != 0)
            return fail(PduError {PduErrorCode::OddUcs2Length,
                QStringLiteral("UCS-2 units have an odd length of %1 octets")
                    .arg(userData.units.size())});
        const qsizetype length = header.size() + userData.units.size();
        if (length > maxOctets)
            return fail(overrun("octets", length, maxOctets, "the most one PDU carries"));
        encoded.append(static_cast<char>(length));
        encoded.append(header);
        encoded.append(userData.units);
        return encoded;
    }
    const qsizetype headerSeptets = (header.size() * 8 + 6) / 7;
    const qsizetype length = headerSeptets + userData.units.size();
    if (length > maxSeptets)
        return fail(overrun("septets", length, maxSeptets, "the most one PDU carries"));
    encoded.append(static_cast<char>(length));
    encoded.append(header);
    encoded.append(packSeptets(userData.units, fillBitsAfterHeader(header.size())));
    return encoded;
}

Result<QString, PduError> decodeUserDataUnits(SmsAlphabet alphabet, QByteArrayView units)
{
    switch (alphabet) {
    case SmsAlphabet::Gsm7:
        return decodeGsm7(units);
    case SmsAlphabet::Ucs2:
        return decodeUcs2(units);
    case SmsAlphabet::EightBit:
        break;
    }
    return fail(PduError {PduErrorCode::NotText, QStringLiteral("8-bit data is not text")});
}

Result<QByteArray, PduError> encodeUserDataUnits(SmsAlphabet alphabet, QStringView text)
{
    switch (alphabet) {
    case SmsAlphabet::Gsm7: {
        std::optional<QByteArray> septets = encodeGsm7(text);
        if (!septets)
            return fail(PduError {PduErrorCode::NotEncodable,
                QStringLiteral("the text has characters outside the GSM 7-bit "
                               "alphabet")});
        return std::move(*septets);
    }
    case SmsAlphabet::Ucs2:
        return encodeUcs2(text);
    case SmsAlphabet::EightBit:
        break;
    }
    return fail(PduError {PduErrorCode::NotText, QStringLiteral("8-bit data is not text")});
}

} // namespace rapport::modem
