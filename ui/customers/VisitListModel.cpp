#include "ui/customers/VisitListModel.h"

#include <QLocale>

#include <algorithm>

namespace rapport::ui {

VisitListModel::VisitListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void VisitListModel::setVisits(QList<app::Visit> visits)
{
    std::stable_sort(visits.begin(), visits.end(), [](const app::Visit &a, const app::Visit &b) {
        return a.visitedOn != b.visitedOn ? a.visitedOn > b.visitedOn : a.id > b.id;
    });
    beginResetModel();
    m_visits = std::move(visits);
    endResetModel();
}

qint64 VisitListModel::totalCents() const
{
    qint64 total = 0;
    for (const app::Visit &visit : m_visits)
        total += visit.amountCents;
    return total;
}

int VisitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visits.size());
}

int VisitListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const app::Visit &visit = m_visits.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Date:
            return QLocale().toString(visit.visitedOn, QLocale::ShortFormat);
        case Amount:
            return visit.amountCents == 0 ? QString()
                                          : QLocale().toString(visit.amountCents / 100.0, 'f', 2);
        case Note:
            return visit.note;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Note)
        return visit.note;
    return {};
}

QVariant VisitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal
        || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Amount:
        return tr("Amount");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace rapport::ui
