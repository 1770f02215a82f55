#pragma once

#include <QStyledItemDelegate>

namespace rapport::ui {

// Draws what needs attention at the right of a navigation entry: the unread count, the number
// of modems in trouble. The text comes from the item's BadgeRole.
class NavigationBadges final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationBadges)
public:
    static constexpr int BadgeRole = Qt::UserRole + 40;
    static constexpr int BadgeIsWarningRole = Qt::UserRole + 41;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(
        const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace rapport::ui
