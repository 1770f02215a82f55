#include "ui/customers/ImportResultsModel.h"

#include <QLocale>

namespace rapport::ui {

using Kind = app::ImportTarget::Kind;

ImportResultsModel::ImportResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportResultsModel::setResults(
    const app::ImportTable &table, const app::ImportMapping &mapping, app::ImportReport report)
{
    beginResetModel();
    m_table = table;
    m_mapping = mapping;
    m_report = std::move(report);
    m_rowOfLine.clear();
    for (qsizetype i = 0; i < m_table.rows.size(); ++i)
        m_rowOfLine.insert(m_table.rows.at(i).line, i);
    rebuild();
    endResetModel();
}

void ImportResultsModel::setOnlyProblems(bool only)
{
    if (only == m_onlyProblems)
        return;
    beginResetModel();
    m_onlyProblems = only;
    rebuild();
    endResetModel();
}

void ImportResultsModel::rebuild()
{
    m_shown.clear();
    for (int i = 0; i < m_report.rows.size(); ++i) {
        const app::ImportRowResult &row = m_report.rows.at(i);
        const bool problem
            = row.outcome == app::ImportRowResult::Outcome::Skipped || !row.warnings.isEmpty();
        if (!m_onlyProblems || problem)
            m_shown.append(i);
    }
}

const app::ImportRowResult &ImportResultsModel::resultAt(int row) const
{
    return m_report.rows.at(m_shown.at(row));
}

QString ImportResultsModel::cellOf(const app::ImportRowResult &result, Kind kind) const
{
    const auto found = m_rowOfLine.constFind(result.line);
    if (found == m_rowOfLine.constEnd())
        return {};
    const app::ImportRow &row = m_table.rows.at(*found);
    QStringList parts;
    for (const int column : m_mapping.columnsFor(kind)) {
        const QString value = row.cell(column).trimmed();
        if (!value.isEmpty())
            parts << value;
    }
    return parts.join(u' ');
}

QString ImportResultsModel::outcomeText(const app::ImportRowResult &result)
{
    switch (result.outcome) {
    case app::ImportRowResult::Outcome::Imported:
        return tr("Added");
    case app::ImportRowResult::Outcome::Merged:
        return tr("Merged");
    case app::ImportRowResult::Outcome::Skipped:
        break;
    }
    return tr("Skipped");
}

int ImportResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ImportResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const app::ImportRowResult &result = resultAt(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Line:
            return role == Qt::ToolTipRole ? QVariant() : QVariant(QLocale().toString(result.line));
        case Name: {
            QString name
                = QStringList {cellOf(result, Kind::FirstName), cellOf(result, Kind::LastName)}
                      .join(u' ')
                      .trimmed();
            if (name.isEmpty())
                name = cellOf(result, Kind::FullName);
            return name;
        }
        case Number:
            return cellOf(result, Kind::Phone);
        case Outcome:
            return outcomeText(result);
        case Details: {
            QStringList lines;
            if (result.outcome == app::ImportRowResult::Outcome::Skipped)
                lines << result.describe();
            lines += result.warnings;
            return lines.join(role == Qt::ToolTipRole ? u'\n' : u' ');
        }
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal
        || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Name:
        return tr("Name");
    case Number:
        return tr("Mobile");
    case Outcome:
        return tr("Result");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace rapport::ui
