#pragma once

#include "app/importing/ImportProblem.h"
#include "modem/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace rapport::app {

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

struct DecodedText
{
    QString text; // without the byte order mark
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false;
};

// Turns the bytes of an import file into text, guessing the encoding the way spreadsheets leave
// it: a byte order mark decides; otherwise valid UTF-8 is UTF-8 and anything else is Windows-1252
// (what Excel writes for "CSV" on Western Windows; Latin-1 is a subset of it). Files that are not
// text at all (images, archives, workbooks) are refused before anyone tries to parse them.
class TextDecoding final
{
public:
    static constexpr qint64 DefaultMaxFileBytes = 200LL * 1024 * 1024;

    static Result<DecodedText, ImportFileProblem> decode(QByteArrayView bytes);
    // Refuses files over `maxBytes` before reading them.
    static Result<DecodedText, ImportFileProblem> readFile(
        const QString &path, qint64 maxBytes = DefaultMaxFileBytes);

    // The name shown to the user and stored in ImportTable::encoding.
    static QString name(TextEncoding encoding);
    // Windows-1252 (a superset of ISO-8859-1) for values whose vCard CHARSET says Latin-1.
    static QString decodeWindows1252(QByteArrayView bytes);
    // A 1-based line number for a position in `text`, counting CRLF, LF and CR as one line end.
    static int lineAt(QStringView text, qsizetype position);
};

} // namespace rapport::app
