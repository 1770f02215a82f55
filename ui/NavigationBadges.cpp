#include "ui/NavigationBadges.h"

#include <QApplication>
#include <QPainter>

namespace rapport::ui {

void NavigationBadges::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QString badge = index.data(BadgeRole).toString();
    if (badge.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2;
    const int width = std::max(height, metrics.horizontalAdvance(badge) + height / 2 + 2);
    const QRect pill(
        option.rect.right() - width - 8, option.rect.center().y() - height / 2, width, height);
    const bool selected = option.state & QStyle::State_Selected;
    const bool warning = index.data(BadgeIsWarningRole).toBool();
    // Palette colours only, so the badge reads in light and dark themes alike.
    QColor fill = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    QColor text = option.palette.color(selected ? QPalette::Highlight : QPalette::HighlightedText);
    if (warning) {
        fill = option.palette.color(QPalette::WindowText);
        text = option.palette.color(QPalette::Window);
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(text);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, badge);
    painter->restore();
}

QSize NavigationBadges::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += option.fontMetrics.horizontalAdvance(QStringLiteral("999")) + 24;
    return size;
}

} // namespace rapport::ui
