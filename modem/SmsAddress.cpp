#include "modem/SmsAddress.h"

#include "modem/GsmAlphabet.h"
#include "modem/SeptetPacking.h"

namespace rapport::modem {

namespace {

// TS 23.040 §9.1.2.5: at most 20 digits (10 octets of value) in any address.
constexpr int maxDigits = 20;
// 11 septets fill 77 of the 80 bits of 10 octets.
constexpr int maxAlphanumericSeptets = 11;
// Length octet of a service-centre field: type octet plus 10 octets of value.
constexpr int maxServiceCentreOctets = 11;

// Extended BCD (TS 24.008 table 10.5.118): 0–9, then * # a b c; 0xF is the filler.
constexpr char16_t bcdCharacters[] = u"0123456789*#abc";

QString decodeBcd(QByteArrayView octets, int digitCount)
{
    QString digits;
    digits.reserve(digitCount);
    for (int i = 0; i < digitCount; ++i) {
        const auto octet = static_cast<quint8>(octets[i / 2]);
        const int nibble = (i % 2 == 0) ? (octet & 0x0F) : (octet >> 4);
        // Some networks pad with F before the declared length; the number ends there.
        if (nibble == 0x0F)
            break;
        digits.append(QChar(bcdCharacters[nibble]));
    }
    return digits;
}

int bcdValue(QChar c)
{
    for (int i = 0; i < 15; ++i) {
        if (c == QChar(bcdCharacters[i]))
            return i;
    }
    return -1;
}

Result<QByteArray, PduError> encodeBcd(QStringView digits)
{
    if (digits.size() > maxDigits)
        return fail(PduError {PduErrorCode::InvalidAddress,
            QStringLiteral("%1 digits exceed the maximum of %2")
                .arg(digits.size())
                .arg(maxDigits)});
    QByteArray octets((digits.size() + 1) / 2, '\xFF');
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const int value = bcdValue(digits[i]);
        if (value < 0)
            return fail(PduError {PduErrorCode::InvalidAddress,
                QStringLiteral("character U+%1 at %2 is not a BCD digit")
                    .arg(digits[i].unicode(), 4, 16, QLatin1Char('0'))
                    .arg(i)});
        auto octet = static_cast<quint8>(octets[i / 2]);
        octet = (i % 2 == 0) ? static_cast<quint8>((octet & 0xF0) | value)
                             : static_cast<quint8>((octet & 0x0F) | (value << 4));
        octets[i / 2] = static_cast<char>(octet);
    }
    return octets;
}

Result<QByteArray, PduError> encodeAlphanumeric(QStringView text)
{
    const std::optional<QByteArray> septets = encodeGsm7(text);
    if (!septets)
        return fail(PduError {PduErrorCode::InvalidAddress,
            QStringLiteral("alphanumeric address is not GSM 7-bit text")});
    if (septets->size() > maxAlphanumericSeptets)
        return fail(PduError {PduErrorCode::InvalidAddress,
            QStringLiteral("alphanumeric address needs %1 septets, at most %2 fit")
                .arg(septets->size())
                .arg(maxAlphanumericSeptets)});
    return packSeptets(*septets);
}

PduError lengthError(const char *what, int length, int maximum)
{
    return {PduErrorCode::InvalidAddress,
        QStringLiteral("%1 length %2 exceeds the maximum of %3")
            .arg(QLatin1String(what))
            .arg(length)
            .arg(maximum)};
}

} // namespace

QString SmsAddress::toString() const
{
    if (typeOfNumber == TypeOfNumber::International && !value.isEmpty())
        return QLatin1Char('+') + value;
    return value;
}

quint8 SmsAddress::typeOctet() const
{
    return static_cast<quint8>(0x80 | ((static_cast<quint8>(typeOfNumber) & 0x07) << 4)
        | (static_cast<quint8>(numberingPlan) & 0x0F));
}

SmsAddress SmsAddress::fromTypeOctet(quint8 typeOctet, QString value)
{
    return {static_cast<TypeOfNumber>((typeOctet >> 4) & 0x07),
        static_cast<NumberingPlan>(typeOctet & 0x0F), std::move(value)};
}

Result<SmsAddress, PduError> parseTypedNumber(QStringView typed)
{
    const QStringView trimmed = typed.trimmed();
    SmsAddress address;
    QString digits;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        if (c == QLatin1Char('+') && i == 0) {
            address.typeOfNumber = TypeOfNumber::International;
        } else if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.')
            || c == QLatin1Char('(') || c == QLatin1Char(')')) {
            continue;
        } else if (bcdValue(c.toLower()) >= 0) {
            digits.append(c.toLower());
        } else {
            return fail(PduError {PduErrorCode::InvalidAddress,
                QStringLiteral("character U+%1 at %2 cannot be part of a number")
                    .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                    .arg(i)});
        }
    }
    if (digits.isEmpty())
        return fail(PduError {PduErrorCode::InvalidAddress, QStringLiteral("no digits")});
    if (digits.size() > maxDigits)
        return fail(lengthError("number", static_cast<int>(digits.size()), maxDigits));
    address.value = digits;
    return address;
}

SmsAddress alphanumericAddress(QString text)
{
    return {TypeOfNumber::Alphanumeric, NumberingPlan::Unknown, std::move(text)};
}

Result<SmsAddress, PduError> readAddress(PduReader &reader, AddressField field)
{
    const auto length = reader.byte("address length");
    if (!length)
        return fail(length.error());
    int digitCount = 0;
    int valueOctets = 0;
    if (field == AddressField::ServiceCentre) {
        if (*length == 0)
            return SmsAddress {};
        if (*length > maxServiceCentreOctets)
            return fail(lengthError("service-centre address", *length, maxServiceCentreOctets));
        valueOctets = *length - 1;
        digitCount = valueOctets * 2;
    } else {
        if (*length > maxDigits)
            return fail(lengthError("address", *length, maxDigits));
        digitCount = *length;
        valueOctets = (digitCount + 1) / 2;
    }
    const auto typeOctet = reader.byte("type of address");
    if (!typeOctet)
        return fail(typeOctet.error());
    const auto octets = reader.bytes(valueOctets, "address value");
    if (!octets)
        return fail(octets.error());

    SmsAddress address = SmsAddress::fromTypeOctet(*typeOctet, {});
    if (address.isAlphanumeric()) {
        // Semi-octets to whole septets: spare bits at the end are not a character.
        const int septetCount
            = field == AddressField::ServiceCentre ? valueOctets * 8 / 7 : digitCount * 4 / 7;
        const auto septets = unpackSeptets(*octets, septetCount);
        if (!septets)
            return fail(septets.error());
        address.value = decodeGsm7(*septets);
    } else {
        address.value = decodeBcd(*octets, digitCount);
    }
    return address;
}

Result<QByteArray, PduError> encodeAddress(const SmsAddress &address, AddressField field)
{
    if (field == AddressField::ServiceCentre && address.isEmpty())
        return QByteArray(1, '\0');
    const auto value
        = address.isAlphanumeric() ? encodeAlphanumeric(address.value) : encodeBcd(address.value);
    if (!value)
        return fail(value.error());
    int length = 0;
    if (field == AddressField::ServiceCentre) {
        length = static_cast<int>(value->size()) + 1;
    } else if (address.isAlphanumeric()) {
        length = static_cast<int>((encodeGsm7(address.value)->size() * 7 + 3) / 4);
    } else {
        length = static_cast<int>(address.value.size());
    }
    QByteArray encoded;
    encoded.reserve(2 + value->size());
    encoded.append(static_cast<char>(length));
    encoded.append(static_cast<char>(address.typeOctet()));
    encoded.append(*value);
    return encoded;
}

} // namespace rapport::modem
