#include "modem/UserDataHeader.h"

namespace rapport::modem {

namespace {

quint8 at(const QByteArray &data, qsizetype index)
{
    return static_cast<quint8>(data[index]);
}

quint16 bigEndian16(const QByteArray &data, qsizetype index)
{
    return static_cast<quint16>((at(data, index) << 8) | at(data, index + 1));
}

} // namespace

std::optional<Concatenation> UserDataHeader::concatenation() const
{
    const UdhElement *last = nullptr;
    for (const UdhElement &element : elements) {
        if (element.id == Iei::Concatenation8Bit || element.id == Iei::Concatenation16Bit)
            last = &element;
    }
    if (!last)
        return std::nullopt;
    Concatenation result;
    if (last->id == Iei::Concatenation8Bit) {
        if (last->data.size() != 3)
            return std::nullopt;
        result.reference = {ReferenceWidth::EightBit, at(last->data, 0)};
        result.total = at(last->data, 1);
        result.sequence = at(last->data, 2);
    } else {
        if (last->data.size() != 4)
            return std::nullopt;
        result.reference = {ReferenceWidth::SixteenBit, bigEndian16(last->data, 0)};
        result.total = at(last->data, 2);
        result.sequence = at(last->data, 3);
    }
    if (result.total == 0 || result.sequence == 0 || result.sequence > result.total)
        return std::nullopt;
    return result;
}

std::optional<ApplicationPorts> UserDataHeader::applicationPorts() const
{
    std::optional<ApplicationPorts> result;
    for (const UdhElement &element : elements) {
        if (element.id == Iei::ApplicationPort8Bit && element.data.size() == 2)
            result = ApplicationPorts {
                ReferenceWidth::EightBit, at(element.data, 0), at(element.data, 1)};
        else if (element.id == Iei::ApplicationPort16Bit && element.data.size() == 4)
            result = ApplicationPorts {ReferenceWidth::SixteenBit, bigEndian16(element.data, 0),
                bigEndian16(element.data, 2)};
    }
    return result;
}

QList<SpecialSmsIndication> UserDataHeader::specialSmsIndications() const
{
    // Repeatable: one element per kind of waiting message.
    QList<SpecialSmsIndication> result;
    for (const UdhElement &element : elements) {
        if (element.id != Iei::SpecialSmsIndication || element.data.size() != 2)
            continue;
        const quint8 type = at(element.data, 0);
        result.append({(type & 0x80) != 0, static_cast<quint8>(type & 0x03),
            static_cast<quint8>((type >> 2) & 0x07), static_cast<quint8>((type >> 5) & 0x03),
            at(element.data, 1)});
    }
    return result;
}

Result<UserDataHeader, PduError> UserDataHeader::parse(QByteArrayView userData)
{
    if (userData.isEmpty())
        return fail(PduError {PduErrorCode::UserDataHeaderOverrun,
            QStringLiteral("TP-UDHI is set but the user data is empty")});
    const qsizetype headerLength = static_cast<quint8>(userData[0]);
    if (1 + headerLength > userData.size())
        return fail(PduError {PduErrorCode::UserDataHeaderOverrun,
            QStringLiteral("TP-UDHL %1 exceeds the %2 octet(s) of user data left")
                .arg(headerLength)
                .arg(userData.size() - 1)});
    UserDataHeader header;
    qsizetype position = 1;
    const qsizetype end = 1 + headerLength;
    while (position < end) {
        if (end - position < 2)
            return fail(PduError {PduErrorCode::UserDataHeaderOverrun,
                QStringLiteral("information element at header offset %1 has no "
                               "room for its length")
                    .arg(position)});
        const auto id = static_cast<quint8>(userData[position]);
        const qsizetype length = static_cast<quint8>(userData[position + 1]);
        position += 2;
        if (length > end - position)
            return fail(PduError {PduErrorCode::UserDataHeaderOverrun,
                QStringLiteral("information element 0x%1 of %2 octet(s) runs "
                               "past the header (%3 left)")
                    .arg(id, 2, 16, QLatin1Char('0'))
                    .arg(length)
                    .arg(end - position)});
        header.elements.append({id, userData.sliced(position, length).toByteArray()});
        position += length;
    }
    return header;
}

qsizetype UserDataHeader::encodedSize() const
{
    qsizetype size = 1;
    for (const UdhElement &element : elements)
        size += 2 + element.data.size();
    return size;
}

QByteArray UserDataHeader::encode() const
{
    QByteArray encoded;
    encoded.reserve(encodedSize());
    encoded.append(static_cast<char>(encodedSize() - 1));
    for (const UdhElement &element : elements) {
        encoded.append(static_cast<char>(element.id));
        encoded.append(static_cast<char>(element.data.size()));
        encoded.append(element.data);
    }
    return encoded;
}

UdhElement UserDataHeader::concatenationElement(const Concatenation &concatenation)
{
    UdhElement element;
    if (concatenation.reference.width == ReferenceWidth::EightBit) {
        element.id = Iei::Concatenation8Bit;
        element.data.append(static_cast<char>(concatenation.reference.value & 0xFF));
    } else {
        element.id = Iei::Concatenation16Bit;
        element.data.append(static_cast<char>(concatenation.reference.value >> 8));
        element.data.append(static_cast<char>(concatenation.reference.value & 0xFF));
    }
    element.data.append(static_cast<char>(concatenation.total));
    element.data.append(static_cast<char>(concatenation.sequence));
    return element;
}

UdhElement UserDataHeader::applicationPortElement(const ApplicationPorts &ports)
{
    UdhElement element;
    if (ports.width == ReferenceWidth::EightBit) {
        element.id = Iei::ApplicationPort8Bit;
        element.data.append(static_cast<char>(ports.destination & 0xFF));
        element.data.append(static_cast<char>(ports.originator & 0xFF));
    } else {
        element.id = Iei::ApplicationPort16Bit;
        for (const quint16 port : {ports.destination, ports.originator}) {
            element.data.append(static_cast<char>(port >> 8));
            element.data.append(static_cast<char>(port & 0xFF));
        }
    }
    return element;
}

} // namespace rapport::modem
