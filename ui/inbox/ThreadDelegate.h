#pragma once

#include <QStyledItemDelegate>

namespace rapport::ui {

// One row of the thread list in two lines: the customer's name or number (bold while unread)
// and the time; the last message's first line, who it is assigned to and the unread count.
class ThreadDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~ThreadDelegate() override = default;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace rapport::ui
