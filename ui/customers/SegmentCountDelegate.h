#pragma once

#include <QStyledItemDelegate>

namespace rapport::ui {

// Draws a segment's name with its count right-aligned in a quieter colour ("New      23"), as
// the navigation shows counts; the count comes from SegmentListModel::CountRole.
class SegmentCountDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentCountDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QString countText(const QModelIndex &index);
};

} // namespace rapport::ui
