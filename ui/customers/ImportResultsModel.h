#pragma once

#include "app/importing/ImportMapping.h"
#include "app/importing/ImportReport.h"
#include "app/importing/ImportTable.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rapport::ui {

// What became of each row of an import (or of its preview): the file's line, the person's name
// and number as the file has them, the outcome and why. Can show only the rows that need
// attention (skipped, or imported with a value left out).
class ImportResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportResultsModel)
public:
    enum Column { Line, Name, Number, Outcome, Details, ColumnCount };

    explicit ImportResultsModel(QObject *parent = nullptr);

    void setResults(
        const app::ImportTable &table, const app::ImportMapping &mapping, app::ImportReport report);
    void setOnlyProblems(bool only);
    [[nodiscard]] bool onlyProblems() const { return m_onlyProblems; }
    [[nodiscard]] const app::ImportReport &report() const { return m_report; }
    [[nodiscard]] const app::ImportRowResult &resultAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeText(const app::ImportRowResult &result);

private:
    void rebuild();
    QString cellOf(const app::ImportRowResult &result, app::ImportTarget::Kind kind) const;

    app::ImportTable m_table;
    app::ImportMapping m_mapping;
    app::ImportReport m_report;
    QHash<int, qsizetype> m_rowOfLine; // file line → table row
    QList<int> m_shown; // indexes into m_report.rows
    bool m_onlyProblems = false;
};

} // namespace rapport::ui
