#include "modem/Ucs2Codec.h"

namespace rapport::modem {

QByteArray encodeUcs2(QStringView text)
{
    QByteArray bytes;
    bytes.reserve(text.size() * 2);
    for (const QChar c : text) {
        bytes.append(static_cast<char>(c.unicode() >> 8));
        bytes.append(static_cast<char>(c.unicode() & 0xFF));
    }
    return bytes;
}

Result<QString, PduError> decodeUcs2(QByteArrayView utf16be)
{
    if (utf16be.size() % 2 != 0)
        return fail(PduError {PduErrorCode::OddUcs2Length,
            QStringLiteral("UCS-2 data has an odd length of %1 octets").arg(utf16be.size())});
    QString text;
    text.reserve(utf16be.size() / 2);
    for (qsizetype i = 0; i < utf16be.size(); i += 2) {
        const auto high = static_cast<quint8>(utf16be[i]);
        const auto low = static_cast<quint8>(utf16be[i + 1]);
        text.append(QChar(static_cast<char16_t>((high << 8) | low)));
    }
    return text;
}

} // namespace rapport::modem
