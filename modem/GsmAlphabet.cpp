#include "modem/GsmAlphabet.h"

#include <QHash>

#include <array>

namespace rapport::modem {

namespace {

// TS 23.038 §6.2.1, indexed by septet. 0x1B (escape) maps to a space here and is handled apart.
// clang-format off
constexpr std::array<char16_t, 128> defaultTable = {
    u'@',      u'\u00A3', u'$',      u'\u00A5', u'\u00E8', u'\u00E9', u'\u00F9', u'\u00EC',
    u'\u00F2', u'\u00C7', u'\n',     u'\u00D8', u'\u00F8', u'\r',     u'\u00C5', u'\u00E5',
    u'\u0394', u'_',      u'\u03A6', u'\u0393', u'\u039B', u'\u03A9', u'\u03A0', u'\u03A8',
    u'\u03A3', u'\u0398', u'\u039E', u' ',      u'\u00C6', u'\u00E6', u'\u00DF', u'\u00C9',
    u' ',      u'!',      u'"',      u'#',      u'\u00A4', u'%',      u'&',      u'\'',
    u'(',      u')',      u'*',      u'+',      u',',      u'-',      u'.',      u'/',
    u'0',      u'1',      u'2',      u'3',      u'4',      u'5',      u'6',      u'7',
    u'8',      u'9',      u':',      u';',      u'<',      u'=',      u'>',      u'?',
    u'\u00A1', u'A',      u'B',      u'C',      u'D',      u'E',      u'F',      u'G',
    u'H',      u'I',      u'J',      u'K',      u'L',      u'M',      u'N',      u'O',
    u'P',      u'Q',      u'R',      u'S',      u'T',      u'U',      u'V',      u'W',
    u'X',      u'Y',      u'Z',      u'\u00C4', u'\u00D6', u'\u00D1', u'\u00DC', u'\u00A7',
    u'\u00BF', u'a',      u'b',      u'c',      u'd',      u'e',      u'f',      u'g',
    u'h',      u'i',      u'j',      u'k',      u'l',      u'm',      u'n',      u'o',
    u'p',      u'q',      u'r',      u's',      u't',      u'u',      u'v',      u'w',
    u'x',      u'y',      u'z',      u'\u00E4', u'\u00F6', u'\u00F1', u'\u00FC', u'\u00E0',
};
// clang-format on

struct Extension
{
    char septet;
    char16_t character;
};

// TS 23.038 §6.2.1.1. 0x0D (CR2) and 0x1B (SS2) are control codes without a character of their
// own, so they are absent and fall back like any undefined code.
constexpr std::array<Extension, 10> extensionTable = {{
    {0x0A, u'\u000C'},
    {0x14, u'^'},
    {0x28, u'{'},
    {0x29, u'}'},
    {0x2F, u'\\'},
    {0x3C, u'['},
    {0x3D, u'~'},
    {0x3E, u']'},
    {0x40, u'|'},
    {0x65, u'\u20AC'},
}};

// Character to code: the low byte is the septet, 0x100 marks an extension-table character.
const QHash<char16_t, quint16> &encodingTable()
{
    static const QHash<char16_t, quint16> table = [] {
        QHash<char16_t, quint16> result;
        for (int septet = 0; septet < 128; ++septet) {
            if (septet != gsm7Escape)
                result.insert(defaultTable[septet], static_cast<quint16>(septet));
        }
        for (const Extension &extension : extensionTable)
            result.insert(extension.character, static_cast<quint16>(0x100 | extension.septet));
        return result;
    }();
    return table;
}

std::optional<char16_t> extensionCharacter(char septet)
{
    for (const Extension &extension : extensionTable) {
        if (extension.septet == septet)
            return extension.character;
    }
    return std::nullopt;
}

} // namespace

int gsm7SeptetCost(QChar c)
{
    const auto it = encodingTable().constFind(c.unicode());
    if (it == encodingTable().constEnd())
        return 0;
    return (*it & 0x100) ? 2 : 1;
}

bool isGsm7Encodable(QStringView text)
{
    return gsm7SeptetCount(text).has_value();
}

std::optional<int> gsm7SeptetCount(QStringView text)
{
    int count = 0;
    for (const QChar c : text) {
        const int cost = gsm7SeptetCost(c);
        if (cost == 0)
            return std::nullopt;
        count += cost;
    }
    return count;
}

std::optional<QByteArray> encodeGsm7(QStringView text)
{
    const QHash<char16_t, quint16> &table = encodingTable();
    QByteArray septets;
    septets.reserve(text.size());
    for (const QChar c : text) {
        const auto it = table.constFind(c.unicode());
        if (it == table.constEnd())
            return std::nullopt;
        if (*it & 0x100)
            septets.append(gsm7Escape);
        septets.append(static_cast<char>(*it & 0x7F));
    }
    return septets;
}

QString decodeGsm7(QByteArrayView septets)
{
    QString text;
    text.reserve(septets.size());
    for (qsizetype i = 0; i < septets.size(); ++i) {
        const char septet = static_cast<char>(septets[i] & 0x7F);
        if (septet != gsm7Escape) {
            text.append(QChar(defaultTable[static_cast<quint8>(septet)]));
            continue;
        }
        if (i + 1 >= septets.size()) {
            text.append(QLatin1Char(' '));
            break;
        }
        const char code = static_cast<char>(septets[++i] & 0x7F);
        if (code == gsm7Escape) {
            text.append(QLatin1Char(' '));
        } else if (const auto extension = extensionCharacter(code)) {
            text.append(QChar(*extension));
        } else {
            text.append(QChar(defaultTable[static_cast<quint8>(code)]));
        }
    }
    return text;
}

} // namespace rapport::modem
