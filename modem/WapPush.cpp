#include "modem/WapPush.h"

#include "modem/WspReader.h"

namespace rapport::modem {

namespace {

constexpr quint8 pduTypePush = 0x06;
constexpr quint8 pduTypeConfirmedPush = 0x07;

bool isPushType(quint8 octet)
{
    return octet == pduTypePush || octet == pduTypeConfirmedPush;
}

// The few assigned content types a push to a modem realistically carries (WAP-230-WSP
// Appendix A, Table 40): service indication and loading, OTA provisioning, MMS.
QString wellKnownContentTypeName(quint32 code)
{
    switch (code) {
    case 0x2E:
        return QStringLiteral("application/vnd.wap.sic");
    case 0x30:
        return QStringLiteral("application/vnd.wap.slc");
    case 0x36:
        return QStringLiteral("application/vnd.wap.connectivity-wbxml");
    case wspContentTypeMms:
        return QStringLiteral("application/vnd.wap.mms-message");
    default:
        return {};
    }
}

// Content-type-value (§8.4.2.24): Constrained-media (a short integer or a text) or Content-general-
// form (a value length, then a well-known media code or a text, then parameters).
bool readContentType(WspReader &reader, WapPush &push)
{
    const std::optional<quint8> first = reader.peek();
    if (!first)
        return false;
    if (*first <= 31) {
        const std::optional<quint32> length = reader.valueLength();
        const std::optional<QByteArrayView> general = length ? reader.bytes(*length) : std::nullopt;
        if (!general)
            return false;
        WspReader media(*general);
        const std::optional<quint8> mediaFirst = media.peek();
        if (!mediaFirst)
            return false;
        if (*mediaFirst >= 0x80 || *mediaFirst <= 30) {
            const std::optional<quint64> code = media.integerValue();
            if (!code || *code > 0xFFFFFFFFull)
                return false;
            push.wellKnownContentType = static_cast<quint32>(*code);
            push.contentType = wellKnownContentTypeName(push.wellKnownContentType.value());
            return true;
        }
        const std::optional<QByteArray> text = media.textString();
        if (!text)
            return false;
        push.contentType = QString::fromLatin1(*text);
        return true;
    }
    if (*first >= 0x80) {
        reader.octet();
        push.wellKnownContentType = *first & 0x7F;
        push.contentType = wellKnownContentTypeName(push.wellKnownContentType.value());
        return true;
    }
    const std::optional<QByteArray> text = reader.textString();
    if (!text)
        return false;
    push.contentType = QString::fromLatin1(*text);
    return true;
}

} // namespace

bool WapPush::isMmsNotification() const
{
    if (wellKnownContentType)
        return *wellKnownContentType == wspContentTypeMms;
    return contentType.compare(
               QLatin1String("application/vnd.wap.mms-message"), Qt::CaseInsensitive)
        == 0;
}

std::optional<WapPush> WapPush::parse(QByteArrayView datagram)
{
    WapPush push;
    WspReader reader(datagram);
    // Connectionless push starts with a transaction id (§8.2.1); some servers leave it out, as in
    // connection-mode push. The PDU type tells which form this is.
    if (datagram.size() >= 2 && isPushType(static_cast<quint8>(datagram[1]))) {
        push.transactionId = reader.octet();
    } else if (datagram.isEmpty() || !isPushType(static_cast<quint8>(datagram[0]))) {
        return std::nullopt;
    }
    push.pduType = reader.octet().value_or(0);
    const std::optional<quint32> headersLength = reader.uintvar();
    const std::optional<QByteArrayView> headers
        = headersLength ? reader.bytes(*headersLength) : std::nullopt;
    if (!headers)
        return std::nullopt;
    WspReader headerReader(*headers);
    if (!readContentType(headerReader, push))
        return std::nullopt;
    push.headers = headerReader.rest().toByteArray();
    push.body = reader.rest().toByteArray();
    return push;
}

} // namespace rapport::modem
