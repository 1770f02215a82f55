#include "modem/MmsNotification.h"

#include "modem/WspReader.h"

namespace rapport::modem {

namespace {

// Header field codes (OMA-TS-MMS_ENC-V1_3 §7.4, Table 25), sent with bit 7 set.
constexpr quint8 headerContentLocation = 0x83;
constexpr quint8 headerFrom = 0x89;
constexpr quint8 headerMessageType = 0x8C;
constexpr quint8 headerMessageSize = 0x8E;
constexpr quint8 headerSubject = 0x96;
constexpr quint8 headerTransactionId = 0x98;

constexpr quint8 messageTypeNotificationInd = 0x82;
constexpr quint8 addressPresentToken = 0x80;
constexpr quint64 charsetUtf8 = 106; // IANA MIBenum
constexpr quint64 charsetUsAscii = 3;
constexpr quint64 charsetLatin1 = 4;

QString decodeText(const QByteArray &octets, quint64 charset)
{
    if (charset == charsetLatin1 || charset == charsetUsAscii)
        return QString::fromLatin1(octets);
    // UTF-8 is what MMSCs send; it reads US-ASCII too, and an unknown charset is better shown
    // imperfectly than not at all.
    return QString::fromUtf8(octets);
}

// Encoded-string-value (§7.2.9): a text string, or a value length, a charset and a text string.
std::optional<QString> readEncodedString(WspReader &reader)
{
    const std::optional<quint8> first = reader.peek();
    if (!first)
        return std::nullopt;
    if (*first > 31) {
        const std::optional<QByteArray> text = reader.textString();
        if (!text)
            return std::nullopt;
        return decodeText(*text, charsetUtf8);
    }
    const std::optional<quint32> length = reader.valueLength();
    const std::optional<QByteArrayView> value = length ? reader.bytes(*length) : std::nullopt;
    if (!value)
        return std::nullopt;
    WspReader inner(*value);
    const std::optional<quint64> charset = inner.integerValue();
    const std::optional<QByteArray> text = inner.textString();
    if (!charset || !text)
        return std::nullopt;
    return decodeText(*text, *charset);
}

// From-value (§7.3.21): a value length, then the Address-present-token and an encoded string,
// or the Insert-address-token when the sender is hidden.
std::optional<QString> readFrom(WspReader &reader)
{
    const std::optional<quint32> length = reader.valueLength();
    const std::optional<QByteArrayView> value = length ? reader.bytes(*length) : std::nullopt;
    if (!value)
        return std::nullopt;
    WspReader inner(*value);
    if (inner.octet() != addressPresentToken)
        return QString();
    std::optional<QString> address = readEncodedString(inner);
    if (!address)
        return std::nullopt;
    // "+15122977683/TYPE=PLMN" (§8): the suffix names the address type, not the sender.
    const qsizetype suffix = address->indexOf(QLatin1String("/TYPE="), 0, Qt::CaseInsensitive);
    if (suffix >= 0)
        address->truncate(suffix);
    return address;
}

} // namespace

std::optional<MmsNotification> MmsNotification::parse(QByteArrayView body)
{
    WspReader reader(body);
    // X-Mms-Message-Type comes first in every MMS PDU (§6).
    if (reader.octet() != headerMessageType || reader.octet() != messageTypeNotificationInd)
        return std::nullopt;
    MmsNotification notification;
    while (!reader.atEnd()) {
        const quint8 field = *reader.octet();
        bool ok = true;
        switch (field) {
        case headerFrom:
            if (auto from = readFrom(reader))
                notification.from = std::move(*from);
            else
                ok = false;
            break;
        case headerSubject:
            if (auto subject = readEncodedString(reader))
                notification.subject = std::move(*subject);
            else
                ok = false;
            break;
        case headerContentLocation:
            if (auto location = reader.textString())
                notification.contentLocation = QString::fromLatin1(*location);
            else
                ok = false;
            break;
        case headerTransactionId:
            if (auto id = reader.textString())
                notification.transactionId = QString::fromLatin1(*id);
            else
                ok = false;
            break;
        case headerMessageSize:
            notification.messageSize = reader.integerValue();
            ok = notification.messageSize.has_value();
            break;
        default:
            // An application header has a text name before its value (§7.1).
            if (field < 0x80)
                ok = reader.textString().has_value() && reader.skipValue();
            else
                ok = reader.skipValue();
            break;
        }
        if (!ok)
            return std::nullopt;
    }
    return notification;
}

} // namespace rapport::modem
