#include "app/importing/VCardProperty.h"

#include "app/importing/TextDecoding.h"

#include <QStringDecoder>

namespace rapport::app {

namespace {

constexpr QChar Backslash = u'\\';

bool isOneOf(QChar c, QStringView set)
{
    return set.contains(c);
}

void addParameter(VCardProperty &p, const QString &key, QStringView value)
{
    if (key == QLatin1String("TYPE")) {
        for (const QStringView type : value.split(u',')) {
            const QString t = type.trimmed().toString().toLower();
            if (!t.isEmpty())
                p.parameters.append({key, t});
        }
        return;
    }
    p.parameters.append({key, value.trimmed().toString()});
}

// vCard 2.1 writes "TEL;CELL;PREF:" and "NOTE;QUOTED-PRINTABLE:".
void addBareParameter(VCardProperty &p, const QString &key)
{
    static const QStringList encodings {QStringLiteral("QUOTED-PRINTABLE"),
        QStringLiteral("BASE64"), QStringLiteral("8BIT"), QStringLiteral("7BIT")};
    if (key.isEmpty())
        return;
    if (encodings.contains(key))
        p.parameters.append({QStringLiteral("ENCODING"), key});
    else
        p.parameters.append({QStringLiteral("TYPE"), key.toLower()});
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1;
}

} // namespace

std::optional<VCardProperty> VCardProperty::parse(QStringView line, int lineNumber)
{
    VCardProperty p;
    p.line = lineNumber;
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n && line[i] != u';' && line[i] != u':')
        ++i;
    if (i >= n)
        return std::nullopt;
    const QStringView fullName = line.first(i).trimmed();
    const qsizetype dot = fullName.lastIndexOf(u'.');
    p.group = dot < 0 ? QString() : fullName.first(dot).toString();
    p.name = fullName.sliced(dot + 1).toString().toUpper();

    while (i < n && line[i] == u';') {
        const qsizetype keyStart = ++i;
        while (i < n && !isOneOf(line[i], u"=;:"))
            ++i;
        const QString key = line.sliced(keyStart, i - keyStart).trimmed().toString().toUpper();
        if (i >= n || line[i] != u'=') {
            addBareParameter(p, key);
            continue;
        }
        ++i;
        for (;;) {
            if (i < n && line[i] == u'"') {
                const qsizetype close = line.indexOf(u'"', i + 1);
                if (close < 0)
                    return std::nullopt;
                addParameter(p, key, line.sliced(i + 1, close - i - 1));
                i = close + 1;
            } else {
                const qsizetype start = i;
                while (i < n && !isOneOf(line[i], u",;:"))
                    ++i;
                addParameter(p, key, line.sliced(start, i - start));
            }
            if (i < n && line[i] == u',') {
                ++i;
                continue;
            }
            break;
        }
    }
    if (i >= n || line[i] != u':')
        return std::nullopt;
    p.value = line.sliced(i + 1).toString();
    return p;
}

QString VCardProperty::parameter(QStringView key) const
{
    for (const auto &[k, v] : parameters) {
        if (k.compare(key, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool VCardProperty::hasParameter(QStringView key) const
{
    for (const auto &entry : parameters) {
        if (entry.first.compare(key, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool VCardProperty::hasType(QStringView type) const
{
    for (const auto &[k, v] : parameters) {
        if (k == QLatin1String("TYPE") && v.compare(type, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int VCardProperty::preference() const
{
    bool ok = false;
    const int pref = parameter(u"PREF").toInt(&ok);
    if (ok && pref >= 1 && pref <= 100)
        return pref;
    return hasType(u"pref") ? 1 : 101;
}

bool VCardProperty::isQuotedPrintable() const
{
    return parameter(u"ENCODING").compare(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive)
        == 0;
}

bool VCardProperty::isBase64() const
{
    const QString encoding = parameter(u"ENCODING");
    return encoding.compare(QLatin1String("BASE64"), Qt::CaseInsensitive) == 0
        || encoding.compare(QLatin1String("B"), Qt::CaseInsensitive) == 0;
}

QString VCardProperty::unescape(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != Backslash || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar next = text[++i];
        if (next == u'n' || next == u'N')
            out += u'\n';
        else if (isOneOf(next, u",;:\\"))
            out += next;
        else
            out += QStringView(text.sliced(i - 1, 2));
    }
    return out;
}

QStringList VCardProperty::split(QStringView text, QChar separator, bool unescapeParts)
{
    QStringList parts;
    const auto take
        = [&](QStringView part) { parts.append(unescapeParts ? unescape(part) : part.toString()); };
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == Backslash) {
            ++i;
        } else if (text[i] == separator) {
            take(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    take(text.sliced(std::min(start, text.size())));
    return parts;
}

std::optional<QString> VCardProperty::decodeQuotedPrintable(
    QStringView text, const QString &charset)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'=') {
            bytes += QStringView(&c, 1).toUtf8();
            continue;
        }
        if (i + 1 == text.size())
            break; // a soft line break the unfolding could not join: nothing follows it
        if (i + 2 >= text.size() || hexValue(text[i + 1]) < 0 || hexValue(text[i + 2]) < 0)
            return std::nullopt;
        bytes += char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
        i += 2;
    }
    bytes.replace("\r\n", "\n");

    const QString name = charset.trimmed().toLower();
    static const QStringList westernCharsets {QStringLiteral("iso-8859-1"),
        QStringLiteral("latin1"), QStringLiteral("windows-1252"), QStringLiteral("cp1252"),
        QStringLiteral("us-ascii"), QStringLiteral("ascii")};
    if (westernCharsets.contains(name))
        return TextDecoding::decodeWindows1252(bytes);
    const bool utf8
        = name.isEmpty() || name == QLatin1String("utf-8") || name == QLatin1String("utf8");
    QStringDecoder decoder = utf8
        ? QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless)
        : QStringDecoder(name.toLatin1().constData());
    if (!decoder.isValid())
        return std::nullopt;
    QString decoded = decoder.decode(bytes);
    if (!decoder.hasError())
        return decoded;
    // vCard 2.1's default charset is ASCII; phones that leave CHARSET out mean Latin-1.
    if (name.isEmpty())
        return TextDecoding::decodeWindows1252(bytes);
    return std::nullopt;
}

} // namespace rapport::app
