#include "ui/customers/SegmentCountDelegate.h"

#include "ui/customers/SegmentListModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace rapport::ui {
namespace {

constexpr int kGap = 12;

} // namespace

QString SegmentCountDelegate::countText(const QModelIndex &index)
{
    const qint64 count = index.data(SegmentListModel::CountRole).toLongLong();
    return count < 0 ? QStringLiteral("?") : QLocale().toString(count);
}

void SegmentCountDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString count = countText(index);
    const int countWidth = opt.fontMetrics.horizontalAdvance(count) + kGap;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The name is drawn by the style (selection, focus, elision), in the row minus the count.
    const QString name = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const QRect nameRect = textRect.adjusted(0, 0, -countWidth, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        opt.fontMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, count);
    painter->restore();
}

QSize SegmentCountDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + option.fontMetrics.horizontalAdvance(countText(index)) + kGap);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace rapport::ui
