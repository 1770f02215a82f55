#include "app/importing/TextDecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <array>
#include <optional>

namespace rapport::app {

namespace {

using Code = ImportFileProblem::Code;

// Enough to see a file's nature without decoding 200 MB of it first.
constexpr qsizetype SniffLength = 8192;

ImportFileProblem problem(Code code, int line = 0)
{
    ImportFileProblem p;
    p.code = code;
    p.line = line;
    return p;
}

// Files people pick by mistake. Zip covers .xlsx, .ods and .numbers; the OLE header is the old
// .xls. Sources: the PNG, GIF, JPEG (JFIF), gzip (RFC 1952), PDF and zip (APPNOTE 4.3.7)
// specifications.
std::optional<ImportFileProblem> recogniseBinary(QByteArrayView bytes)
{
    struct Signature
    {
        QByteArrayView magic;
        const char *kind; // null for a spreadsheet workbook
    };
    static const std::array<Signature, 7> signatures {{
        {QByteArrayView("PK\x03\x04", 4), nullptr},
        {QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), nullptr},
        {QByteArrayView("\x89PNG\r\n\x1A\n", 8), QT_TRANSLATE_NOOP("ImportProblem", "PNG image")},
        {QByteArrayView("GIF8", 4), QT_TRANSLATE_NOOP("ImportProblem", "GIF image")},
        {QByteArrayView("\xFF\xD8\xFF", 3), QT_TRANSLATE_NOOP("ImportProblem", "JPEG image")},
        {QByteArrayView("\x1F\x8B", 2),
            QT_TRANSLATE_NOOP("ImportProblem", "compressed (gzip) file")},
        {QByteArrayView("%PDF-", 5), QT_TRANSLATE_NOOP("ImportProblem", "PDF document")},
    }};
    for (const Signature &s : signatures) {
        if (!bytes.startsWith(s.magic))
            continue;
        if (!s.kind)
            return problem(Code::SpreadsheetWorkbook);
        ImportFileProblem p = problem(Code::NotText);
        p.detail = QCoreApplication::translate("ImportProblem", s.kind);
        return p;
    }
    return std::nullopt;
}

// UTF-16 without a byte order mark: mostly-ASCII text has a NUL in every other byte, always on
// the same side.
std::optional<TextEncoding> recogniseUtf16(QByteArrayView bytes)
{
    const qsizetype pairs = std::min(bytes.size(), SniffLength) / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenNuls += bytes[2 * i] == '\0' ? 1 : 0;
        oddNuls += bytes[2 * i + 1] == '\0' ? 1 : 0;
    }
    if (evenNuls == 0 && oddNuls * 3 >= pairs)
        return TextEncoding::Utf16LE;
    if (oddNuls == 0 && evenNuls * 3 >= pairs)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

Result<DecodedText, ImportFileProblem> decodeUtf16(QByteArrayView body, TextEncoding encoding)
{
    if (body.size() % 2 != 0)
        return fail(problem(Code::DamagedText));
    // Qt 6.4 does not flag unpaired surrogates, hence the extra isValidUtf16().
    QStringDecoder decoder(
        encoding == TextEncoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
        QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(body);
    if (decoder.hasError() || !text.isValidUtf16())
        return fail(problem(Code::DamagedText));
    return DecodedText {std::move(text), encoding, false};
}

Result<DecodedText, ImportFileProblem> decodeUtf8OrWindows1252(QByteArrayView body, bool bom)
{
    // Stateless, so a sequence cut off at the end of the file counts as an error too.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(body);
    if (!decoder.hasError())
        return DecodedText {std::move(text), TextEncoding::Utf8, bom};
    // Windows-1252 text almost never contains byte pairs that are valid UTF-8, so decoded
    // characters next to undecodable bytes mean two encodings in one file (rows pasted from
    // another export). Decoding it all as Windows-1252 would garble the UTF-8 half silently.
    bool validNonAscii = bom;
    for (const QChar c : std::as_const(text)) {
        if (c.unicode() >= 0x80 && c != QChar::ReplacementCharacter) {
            validNonAscii = true;
            break;
        }
    }
    if (validNonAscii) {
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        return fail(problem(Code::MixedEncodings, TextDecoding::lineAt(text, bad)));
    }
    return DecodedText {TextDecoding::decodeWindows1252(body), TextEncoding::Windows1252, false};
}

// NULs or many control characters mean a binary file with an unknown signature.
bool looksLikeText(QStringView text)
{
    const QStringView sample = text.left(SniffLength);
    qsizetype controls = 0;
    for (const QChar c : sample) {
        const char16_t u = c.unicode();
        if (u == 0)
            return false;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v')
            ++controls;
    }
    return controls * 20 <= sample.size();
}

} // namespace

Result<DecodedText, ImportFileProblem> TextDecoding::decode(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return fail(problem(Code::Empty));
    if (auto binary = recogniseBinary(bytes))
        return fail(*binary);

    Result<DecodedText, ImportFileProblem> decoded
        = [&]() -> Result<DecodedText, ImportFileProblem> {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            return decodeUtf8OrWindows1252(bytes.sliced(3), true);
        if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
            const auto encoding
                = bytes[0] == '\xFF' ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
            auto r = decodeUtf16(bytes.sliced(2), encoding);
            if (r)
                r->byteOrderMark = true;
            return r;
        }
        if (const auto utf16 = recogniseUtf16(bytes))
            return decodeUtf16(bytes, *utf16);
        return decodeUtf8OrWindows1252(bytes, false);
    }();
    if (!decoded)
        return decoded;
    QString &text = decoded->text;
    // Old DOS programs end text files with Ctrl-Z.
    if (text.endsWith(QChar(0x1A)))
        text.chop(1);
    if (text.isEmpty())
        return fail(problem(Code::Empty));
    if (!looksLikeText(text))
        return fail(problem(Code::NotText));
    return decoded;
}

Result<DecodedText, ImportFileProblem> TextDecoding::readFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    const auto refuse = [&](ImportFileProblem p) {
        p.fileName = QFileInfo(path).fileName();
        return fail(std::move(p));
    };
    if (!file.open(QIODevice::ReadOnly)) {
        ImportFileProblem p = problem(Code::CannotOpen);
        p.detail = file.errorString();
        return refuse(p);
    }
    if (file.size() > maxBytes) {
        ImportFileProblem p = problem(Code::TooLarge);
        p.limit = maxBytes;
        return refuse(p);
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        ImportFileProblem p = problem(Code::CannotOpen);
        p.detail = file.errorString();
        return refuse(p);
    }
    auto decoded = decode(bytes);
    if (!decoded)
        return refuse(decoded.error());
    return decoded;
}

QString TextDecoding::name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

QString TextDecoding::decodeWindows1252(QByteArrayView bytes)
{
    QStringDecoder decoder("windows-1252");
    if (decoder.isValid())
        return decoder.decode(bytes);
    // Qt built without ICU (the usual Windows and macOS builds) knows only ISO-8859-1, which puts
    // C1 controls where Windows-1252 has €, curly quotes and dashes: map those 32 bytes here.
    static constexpr std::array<char16_t, 32> upper {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026,
        0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090,
        0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x009D, 0x017E, 0x0178};
    QString text = QString::fromLatin1(bytes);
    for (QChar &c : text) {
        if (c.unicode() >= 0x80 && c.unicode() < 0xA0)
            c = QChar(upper[c.unicode() - 0x80]);
    }
    return text;
}

int TextDecoding::lineAt(QStringView text, qsizetype position)
{
    int line = 1;
    const qsizetype end = std::min(position, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = text[i];
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n')))
            ++line;
    }
    return line;
}

} // namespace rapport::app
