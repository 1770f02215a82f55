#pragma once

#include "app/importing/ImportTable.h"
#include "app/importing/TextDecoding.h"
#include "modem/Result.h"

#include <QByteArrayView>
#include <QString>

namespace rapport::app {

struct CsvReadOptions
{
    QChar delimiter; // null: detect ',', ';' or tab from the first records
    qsizetype maxFieldLength = 64 * 1024; // longer values refuse their row, not the file
    qint64 maxFileBytes = TextDecoding::DefaultMaxFileBytes;
    // Remove FormulaGuard's apostrophe from every cell: only for files that Rapport exported,
    // where "'=x" was written for "=x".
    bool undoFormulaGuard = false;
};

// Reads a CSV file (RFC 4180, as spreadsheets and tills write it) into an ImportTable whose first
// record names the columns. Problems with one record are reported on that row and the rest is
// read; problems that make the records impossible to tell apart (an unclosed quote), or that
// leave nothing to import, refuse the file.
//
// Lenient where it costs nothing: blank lines and records with only empty values are skipped,
// empty values after the last column are ignored (Excel leaves them when cells were touched), as
// are empty headings after the last named column, and an Excel "sep=;" first line sets the
// delimiter. Heading names are trimmed and lose invisible characters (zero-width spaces, stray
// byte order marks) because the importer matches them by name. Cell values are kept exactly.
class CsvReader final
{
public:
    static Result<ImportTable, ImportFileProblem> readFile(
        const QString &path, const CsvReadOptions &options = {});
    static Result<ImportTable, ImportFileProblem> read(
        QByteArrayView bytes, const CsvReadOptions &options = {});
    static Result<ImportTable, ImportFileProblem> parse(
        const DecodedText &text, const CsvReadOptions &options = {});

    // The delimiter that splits the first records into the same number (greater than one) of
    // fields most consistently; ',' when none does (a single-column file).
    static QChar detectDelimiter(QStringView text);
};

} // namespace rapport::app
