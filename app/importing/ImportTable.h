#pragma once

#include "app/importing/ImportProblem.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::app {

// One row of an import as both readers give it: a CSV record or one vCard.
struct ImportRow
{
    int line = 0; // 1-based line in the file where the record or card starts
    // One cell per column of the table. A refused row keeps what could be read, so a preview can
    // show it, and may then have fewer or more cells.
    QStringList cells;
    QList<RowProblem> problems; // warnings and refusals, in the order they were found

    [[nodiscard]] bool isRefused() const
    {
        for (const RowProblem &p : problems) {
            if (p.refusesRow())
                return true;
        }
        return false;
    }
    // The cell of `column`, or an empty string for a refused row that is short of cells.
    [[nodiscard]] QString cell(qsizetype column) const { return cells.value(column); }
};

// What a reader made of a file that could be read at all (a file that cannot comes back as an
// ImportFileProblem instead). The importer maps `columns` to customer fields by name; a vCard
// table always has VCardReader's fixed columns.
struct ImportTable
{
    QStringList columns; // trimmed, unique, none empty
    QList<ImportRow> rows; // blank lines and all-empty records are left out
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE" or "windows-1252": shown in the preview
    QChar delimiter; // ',', ';' or '\t'; null for vCards

    [[nodiscard]] qsizetype columnIndex(const QString &name) const { return columns.indexOf(name); }
    [[nodiscard]] qsizetype refusedRowCount() const
    {
        qsizetype n = 0;
        for (const ImportRow &r : rows)
            n += r.isRefused() ? 1 : 0;
        return n;
    }
};

} // namespace rapport::app
