#include "app/importing/CsvReader.h"

#include "app/importing/CsvTokenizer.h"
#include "app/importing/FormulaGuard.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <array>
#include <limits>
#include <optional>
#include <utility>

namespace rapport::app {

namespace {

using FileCode = ImportFileProblem::Code;
using Record = CsvTokenizer::Record;

constexpr qsizetype DetectionRecords = 20;

ImportFileProblem fileProblem(FileCode code, int line = 0)
{
    ImportFileProblem p;
    p.code = code;
    p.line = line;
    return p;
}

// Problems after which the next record's start is unknown: refuse the file rather than guess.
std::optional<ImportFileProblem> breaksFile(const Record &record)
{
    if (record.unterminatedQuote)
        return fileProblem(FileCode::UnterminatedQuote, record.quoteLine);
    if (record.textAfterQuoteField >= 0 && record.quoteSpansLines)
        return fileProblem(FileCode::MalformedQuote, record.quoteLine);
    return std::nullopt;
}

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0xFEFF || (u >= 0x200B && u <= 0x200D) || u == 0x2060;
}

QString headingName(const QString &field)
{
    QString name = field;
    name.removeIf(isInvisible);
    return name.trimmed();
}

Result<QStringList, ImportFileProblem> columnsOf(const Record &header)
{
    QStringList names;
    names.reserve(header.fields.size());
    for (const QString &f : header.fields)
        names.append(headingName(f));
    while (!names.isEmpty() && names.last().isEmpty())
        names.removeLast();

    ImportFileProblem unnamed = fileProblem(FileCode::EmptyColumnName, header.line);
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names[i].isEmpty())
            unnamed.columns.append(QString::number(i + 1));
    }
    if (!unnamed.columns.isEmpty())
        return fail(unnamed);

    ImportFileProblem duplicates = fileProblem(FileCode::DuplicateColumnNames, header.line);
    QSet<QString> seen;
    for (const QString &name : std::as_const(names)) {
        const QString key = name.toCaseFolded();
        if (seen.contains(key)) {
            if (!duplicates.columns.contains(name, Qt::CaseInsensitive))
                duplicates.columns.append(name);
        }
        seen.insert(key);
    }
    if (!duplicates.columns.isEmpty())
        return fail(duplicates);
    return names;
}

QString columnName(const QStringList &columns, qsizetype index)
{
    return index < columns.size()
        ? columns[index]
        : QCoreApplication::translate("ImportProblem", "column %1").arg(index + 1);
}

ImportRow rowOf(Record &&record, const QStringList &columns, const CsvReadOptions &options)
{
    ImportRow row;
    row.line = record.line;
    const auto problem = [&](RowProblem::Code code) {
        RowProblem p;
        p.code = code;
        p.line = record.line;
        return p;
    };
    if (record.textAfterQuoteField >= 0) {
        RowProblem p = problem(RowProblem::Code::TextAfterClosingQuote);
        p.line = record.quoteLine;
        p.column = columnName(columns, record.textAfterQuoteField);
        row.problems.append(p);
    }
    if (record.tooLongField >= 0) {
        RowProblem p = problem(RowProblem::Code::FieldTooLong);
        p.column = columnName(columns, record.tooLongField);
        p.limit = options.maxFieldLength;
        row.problems.append(p);
    }
    QStringList &fields = record.fields;
    while (fields.size() > columns.size() && fields.last().trimmed().isEmpty())
        fields.removeLast();
    if (fields.size() != columns.size()) {
        RowProblem p = problem(RowProblem::Code::WrongFieldCount);
        p.fieldCount = int(fields.size());
        p.expectedFieldCount = int(columns.size());
        row.problems.append(p);
    }
    if (options.undoFormulaGuard) {
        for (QString &f : fields)
            f = FormulaGuard::unprotect(f);
    }
    row.cells = std::move(fields);
    return row;
}

// Excel writes and reads a first line "sep=;" to say which delimiter follows.
std::optional<std::pair<QChar, qsizetype>> excelSeparatorLine(QStringView text)
{
    if (text.size() < 5 || !text.startsWith(u"sep=", Qt::CaseInsensitive))
        return std::nullopt;
    if (text.size() > 5 && text[5] != u'\r' && text[5] != u'\n')
        return std::nullopt;
    qsizetype end = 5;
    if (end < text.size() && text[end] == u'\r')
        ++end;
    if (end < text.size() && text[end] == u'\n')
        ++end;
    return std::make_pair(text[4], end);
}

} // namespace

Result<ImportTable, ImportFileProblem> CsvReader::readFile(
    const QString &path, const CsvReadOptions &options)
{
    auto text = TextDecoding::readFile(path, options.maxFileBytes);
    if (!text)
        return fail(text.error());
    auto table = parse(*text, options);
    if (!table) {
        ImportFileProblem p = table.error();
        p.fileName = QFileInfo(path).fileName();
        return fail(p);
    }
    return table;
}

Result<ImportTable, ImportFileProblem> CsvReader::read(
    QByteArrayView bytes, const CsvReadOptions &options)
{
    if (bytes.size() > options.maxFileBytes) {
        ImportFileProblem p = fileProblem(FileCode::TooLarge);
        p.limit = options.maxFileBytes;
        return fail(p);
    }
    auto text = TextDecoding::decode(bytes);
    if (!text)
        return fail(text.error());
    return parse(*text, options);
}

Result<ImportTable, ImportFileProblem> CsvReader::parse(
    const DecodedText &decoded, const CsvReadOptions &options)
{
    const QStringView text = decoded.text;
    QChar delimiter = options.delimiter;
    qsizetype start = 0;
    int startLine = 1;
    if (const auto sep = excelSeparatorLine(text)) {
        if (delimiter.isNull())
            delimiter = sep->first;
        start = sep->second;
        startLine = 2;
    }
    if (delimiter.isNull())
        delimiter = detectDelimiter(text.sliced(start));

    CsvTokenizer tokenizer(text, delimiter, options.maxFieldLength, start, startLine);
    Record record;
    do {
        if (!tokenizer.next(record))
            return fail(fileProblem(FileCode::Empty));
    } while (record.isBlank() && !record.unterminatedQuote);
    if (auto broken = breaksFile(record))
        return fail(*broken);
    auto columns = columnsOf(record);
    if (!columns)
        return fail(columns.error());

    ImportTable table;
    table.columns = std::move(*columns);
    table.encoding = TextDecoding::name(decoded.encoding);
    table.delimiter = delimiter;
    while (tokenizer.next(record)) {
        if (auto broken = breaksFile(record))
            return fail(*broken);
        if (record.isBlank() && record.tooLongField < 0)
            continue;
        table.rows.append(rowOf(std::move(record), table.columns, options));
    }
    if (table.rows.isEmpty())
        return fail(fileProblem(FileCode::NoRows));
    return table;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    static constexpr std::array<QChar, 3> candidates {u',', u';', u'\t'};
    QChar best = candidates[0];
    std::pair<qsizetype, qsizetype> bestScore {0, 0};
    for (const QChar candidate : candidates) {
        CsvTokenizer tokenizer(text, candidate, std::numeric_limits<qsizetype>::max());
        Record record;
        QList<qsizetype> counts;
        while (counts.size() < DetectionRecords && tokenizer.next(record)) {
            if (record.unterminatedQuote)
                break;
            if (!record.isBlank())
                counts.append(record.fields.size());
        }
        if (counts.isEmpty() || counts.first() < 2)
            continue;
        // Most records agreeing with the header first, then more columns.
        const std::pair<qsizetype, qsizetype> score {counts.count(counts.first()), counts.first()};
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

} // namespace rapport::app
