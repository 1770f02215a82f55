#include "ui/inbox/ThreadDelegate.h"

#include "ui/inbox/BubblePainting.h"
#include "ui/inbox/ThreadListModel.h"

#include <QApplication>
#include <QPainter>

namespace rapport::ui {

namespace {
constexpr int padX = 10;
constexpr int padY = 6;
constexpr int spacing = 6;
} // namespace

QSize ThreadDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    const QFontMetrics sfm(bubble::smallFont(option.font));
    return {200, padY * 2 + fm.height() + 2 + sfm.height() + 2};
}

void ThreadDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text
        = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet = selected ? text : bubble::quietText(option.palette);
    const int unread = index.data(ThreadListModel::UnreadCountRole).toInt();
    const bool open = index.data(ThreadListModel::IsOpenRole).toBool();

    QFont nameFont = option.font;
    nameFont.setBold(unread > 0);
    const QFont small = bubble::smallFont(option.font);
    const QFontMetrics fm(nameFont);
    const QFontMetrics sfm(small);
    const QRect area = option.rect.adjusted(padX, padY, -padX, -padY);

    painter->save();
    // Line 1: name … time
    const QString time = index.data(ThreadListModel::TimeTextRole).toString();
    const int timeWidth = sfm.horizontalAdvance(time);
    painter->setFont(small);
    painter->setPen(unread > 0 ? text : quiet);
    const QRect line1(area.left(), area.top(), area.width(), fm.height());
    painter->drawText(QRect(line1.right() - timeWidth + 1, line1.top(), timeWidth, line1.height()),
        Qt::AlignRight | Qt::AlignVCenter, time);
    QString name = index.data(Qt::DisplayRole).toString();
    if (!open)
        name = tr("%1 (closed)").arg(name);
    painter->setFont(nameFont);
    painter->setPen(text);
    painter->drawText(
        QRect(line1.left(), line1.top(), line1.width() - timeWidth - spacing, line1.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(name, Qt::ElideRight, line1.width() - timeWidth - spacing));

    // Line 2: preview … assignee, unread count
    const QRect line2(area.left(), line1.bottom() + 3, area.width(), sfm.height());
    int right = line2.right() + 1;
    if (unread > 0) {
        const QString count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        const int w = std::max(sfm.height(), sfm.horizontalAdvance(count) + 10);
        const QRect pill(right - w, line2.top(), w, sfm.height());
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(
            group, selected ? QPalette::HighlightedText : QPalette::Highlight));
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(option.palette.color(
            group, selected ? QPalette::Highlight : QPalette::HighlightedText));
        painter->setFont(small);
        painter->drawText(pill, Qt::AlignCenter, count);
        right = pill.left() - spacing;
    }
    const QString assignee = index.data(ThreadListModel::AssigneeRole).toString();
    painter->setFont(small);
    if (!assignee.isEmpty()) {
        const QString shown = sfm.elidedText(assignee, Qt::ElideRight, area.width() / 3);
        const int w = sfm.horizontalAdvance(shown);
        painter->setPen(quiet);
        painter->drawText(QRect(right - w, line2.top(), w, line2.height()),
            Qt::AlignRight | Qt::AlignVCenter, shown);
        right -= w + spacing;
    }
    painter->setPen(unread > 0 ? text : quiet);
    const QString preview = index.data(ThreadListModel::PreviewRole).toString();
    painter->drawText(QRect(line2.left(), line2.top(), right - line2.left(), line2.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        sfm.elidedText(preview, Qt::ElideRight, right - line2.left()));
    painter->restore();
}

} // namespace rapport::ui
