#pragma once

#include "app/customers/Visit.h"

#include <QAbstractTableModel>
#include <QList>

namespace rapport::ui {

// A customer's visits and purchases, newest first: date, amount, note.
class VisitListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitListModel)
public:
    enum Column { Date, Amount, Note, ColumnCount };

    explicit VisitListModel(QObject *parent = nullptr);

    void setVisits(QList<app::Visit> visits);
    [[nodiscard]] qint64 totalCents() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<app::Visit> m_visits;
};

} // namespace rapport::ui
