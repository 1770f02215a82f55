#include "app/importing/ImportReport.h"
#include "app/importing/CsvWriter.h"
#include "app/importing/CustomerImporter.h"

#include <QCoreApplication>
#include <QHash>

namespace rapport::app {
namespace {

// The translation context, declared so that lupdate files these sentences under the context
// they are looked up in at run time.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
};

} // namespace

QString ImportRowResult::describe() const
{
    switch (outcome) {
    case Outcome::Imported:
        return warnings.isEmpty() ? Text::tr("Imported.")
                                  : QString(Text::tr("Imported.") + u' ' + warnings.join(u' '));
    case Outcome::Merged:
        return Text::tr("Added to the customer who already has this number.")
            + (warnings.isEmpty() ? QString() : QString(u' ' + warnings.join(u' ')));
    case Outcome::Skipped:
        break;
    }
    switch (reason) {
    case SkipReason::None:
        break;
    case SkipReason::Unreadable:
        return readerProblem;
    case SkipReason::NoNameOrNumber:
        return Text::tr(
            "Skipped: there is no name and no mobile number. Add at least one of them.");
    case SkipReason::InvalidNumber:
        return Text::tr("Skipped: the number “%1” cannot be used. %2")
            .arg(typedNumber, PhoneNumbers::describe(validity));
    case SkipReason::DuplicateInFile:
        return Text::tr(
            "Skipped: the number “%1” is already on line %2 of this file. Keep one of the "
            "two rows.")
            .arg(typedNumber)
            .arg(duplicateOfLine);
    case SkipReason::Suppressed:
        return Text::tr("Skipped: this number is on the do-not-text list (the person opted out or "
                        "asked to be erased). Add them only if they ask you to, at the counter.");
    case SkipReason::Refused:
        return Text::tr("Skipped: %1").arg(detail);
    }
    return Text::tr("Skipped.");
}

QByteArray CustomerImporter::errorsFile(const ImportTable &table, const ImportReport &report)
{
    QHash<int, const ImportRow *> rowAtLine;
    for (const ImportRow &row : table.rows)
        rowAtLine.insert(row.line, &row);
    const QString lineColumn = Text::tr("Line");
    const QString problemColumn = Text::tr("Problem");
    // The errors file of an import of an errors file would otherwise carry two Line and two
    // Problem columns, and a file with repeated headings cannot be imported again.
    QList<qsizetype> kept;
    for (qsizetype column = 0; column < table.columns.size(); ++column) {
        if (table.columns.at(column) != lineColumn && table.columns.at(column) != problemColumn)
            kept.append(column);
    }
    QStringList header;
    for (const qsizetype column : std::as_const(kept))
        header.append(table.columns.at(column));
    QList<QStringList> lines {header << lineColumn << problemColumn};
    for (const ImportRowResult &result : report.rows) {
        if (result.outcome != ImportRowResult::Outcome::Skipped)
            continue;
        QStringList read;
        if (const ImportRow *row = rowAtLine.value(result.line))
            read = row->cells;
        // A row that could not be read may be short or long: keep it aligned to the header so
        // the user sees what was read, column by column, the surplus in the last column.
        if (!table.columns.isEmpty() && read.size() > table.columns.size()) {
            const qsizetype last = table.columns.size() - 1;
            read[last] = QStringList(read.mid(last)).join(u' ');
            read.resize(table.columns.size());
        }
        QStringList cells;
        for (const qsizetype column : std::as_const(kept))
            cells.append(read.value(column));
        cells << QString::number(result.line) << result.describe();
        lines.append(cells);
    }
    return CsvWriter::encode(lines);
}

} // namespace rapport::app
