#include "ui/inbox/BubbleDelegate.h"

#include "app/messaging/MessageTypes.h"
#include "ui/inbox/BubblePainting.h"
#include "ui/inbox/ConversationModel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace rapport::ui {

using app::MessageState;
using Role = ConversationModel::Role;

namespace {

constexpr int side = 12; // between the view's edge and a bubble
constexpr int pad = 9; // inside a bubble
constexpr int gap = 4; // between rows and between lines
constexpr qreal share = 0.75; // of the width a bubble may take

bubble::Icon iconFor(MessageState state)
{
    switch (state) {
    case MessageState::Queued:
    case MessageState::Sending:
        return bubble::Icon::Clock;
    case MessageState::Held:
        return bubble::Icon::Pause;
    case MessageState::Sent:
        return bubble::Icon::Check;
    case MessageState::Delivered:
        return bubble::Icon::DoubleCheck;
    case MessageState::Failed:
        return bubble::Icon::Failed;
    case MessageState::Cancelled:
        return bubble::Icon::Cancelled;
    case MessageState::Received:
        break;
    }
    return bubble::Icon::None;
}

QString shownBody(const QModelIndex &index)
{
    const QString kind = index.data(Role::KindRole).toString();
    if (kind == QLatin1String("undecodable") || kind == QLatin1String("binary")
        || kind == QLatin1String("wap_push"))
        return BubbleDelegate::tr("This message could not be read; the modem log keeps it.");
    const QString body = index.data(Qt::DisplayRole).toString();
    return body.isEmpty() ? BubbleDelegate::tr("(no text)") : body;
}

QStringList chipsOf(const QModelIndex &index)
{
    QStringList chips;
    for (const int role : {int(Role::BadgeRole), int(Role::TagRole)}) {
        const QString text = index.data(role).toString();
        if (!text.isEmpty())
            chips << text;
    }
    return chips;
}

} // namespace

struct BubbleDelegate::Geometry
{
    QRect separator;
    QRect bubble;
    QRect chips;
    QRect body;
    QRect meta;
    QRect note;
    QRect retry;
    int height = 0;
};

BubbleDelegate::BubbleDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

BubbleDelegate::~BubbleDelegate() = default;

void BubbleDelegate::setWidth(int width)
{
    if (width == m_width)
        return;
    m_width = width;
    m_sizes.clear();
}

BubbleDelegate::Geometry BubbleDelegate::geometry(
    const QStyleOptionViewItem &option, const QModelIndex &index, int width) const
{
    Geometry g;
    const QFont small = bubble::smallFont(option.font);
    const QFontMetrics fm(option.font);
    const QFontMetrics sfm(small);
    const int left = option.rect.left();
    int y = option.rect.top() + gap;
    if (!index.data(Role::DayLabelRole).toString().isEmpty()) {
        g.separator = QRect(left, y, width, sfm.height() + 2 * gap + 4);
        y = g.separator.bottom() + 1 + gap;
    }
    const int contentMax = std::max(80, int((width - 2 * side) * share) - 2 * pad);
    const QStringList chips = chipsOf(index);
    int chipsWidth = 0;
    for (const QString &chip : chips)
        chipsWidth += sfm.horizontalAdvance(chip) + 12 + gap;
    const QSizeF body = bubble::textSize(shownBody(index), option.font, contentMax);
    const bool incoming = index.data(Role::IncomingRole).toBool();
    const QString stateText = incoming ? QString() : index.data(Role::StateTextRole).toString();
    const int iconWidth = int(std::ceil(bubble::iconWidth(
        iconFor(MessageState(index.data(Role::StateRole).toInt())), sfm.ascent())));
    const int metaWidth = sfm.horizontalAdvance(index.data(Role::TimeTextRole).toString())
        + (stateText.isEmpty() ? 0 : gap * 2 + iconWidth + sfm.horizontalAdvance(stateText));
    const int inner = std::min(contentMax, std::max({int(body.width()), chipsWidth, metaWidth}));
    const int chipsHeight = chips.isEmpty() ? 0 : sfm.height() + 4;
    const int bubbleHeight = pad + (chipsHeight ? chipsHeight + gap : 0) + int(body.height()) + gap
        + sfm.height() + pad;
    const int bubbleWidth = inner + 2 * pad;
    const int x = incoming ? left + side : left + width - side - bubbleWidth;
    g.bubble = QRect(x, y, bubbleWidth, bubbleHeight);
    int inside = y + pad;
    if (chipsHeight) {
        g.chips = QRect(x + pad, inside, inner, chipsHeight);
        inside += chipsHeight + gap;
    }
    g.body = QRect(x + pad, inside, inner, int(body.height()));
    g.meta = QRect(x + pad, g.body.bottom() + 1 + gap, inner, sfm.height());
    y = g.bubble.bottom() + 1;
    if (index.data(Role::CanRetryRole).toBool()) {
        const QString detail = index.data(Role::StateDetailRole).toString();
        const int noteMax = std::max(bubbleWidth, int((width - 2 * side) * share));
        const QSizeF note = bubble::textSize(detail, small, noteMax);
        // Under the bubble, flush with its right edge like the bubble itself.
        const int noteWidth = int(note.width()) + 1;
        g.note = QRect(left + width - side - noteWidth, y + 2, noteWidth, int(note.height()));
        const QString retry = tr("Retry");
        const int retryWidth = sfm.horizontalAdvance(retry) + 8;
        g.retry = QRect(left + width - side - retryWidth, g.note.bottom() + 1 + 2, retryWidth,
            sfm.height() + 2);
        y = g.retry.bottom() + 1;
    }
    g.height = y + gap - option.rect.top();
    return g;
}

QSize BubbleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = m_width > 0 ? m_width : std::max(option.rect.width(), 320);
    const qint64 id = index.data(Role::MessageIdRole).toLongLong();
    const int revision = index.data(Role::RevisionRole).toInt();
    const auto cached = m_sizes.constFind(id);
    if (cached != m_sizes.cend() && cached->revision == revision)
        return cached->size;
    QStyleOptionViewItem at = option;
    at.rect = QRect(0, 0, width, 0);
    const QSize size(width, geometry(at, index, width).height);
    m_sizes.insert(id, CachedSize {revision, size});
    return size;
}

QRect BubbleDelegate::retryRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return geometry(option, index, option.rect.width()).retry;
}

QRect BubbleDelegate::bubbleRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return geometry(option, index, option.rect.width()).bubble;
}

void BubbleDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Geometry g = geometry(option, index, option.rect.width());
    const QPalette &palette = option.palette;
    const QFont small = bubble::smallFont(option.font);
    const QFontMetrics sfm(small);
    const QColor quiet = bubble::quietText(palette);
    const bool incoming = index.data(Role::IncomingRole).toBool();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    if (!g.separator.isEmpty()) {
        const QString label = index.data(Role::DayLabelRole).toString();
        painter->setFont(small);
        const int textWidth = sfm.horizontalAdvance(label) + 16;
        const QRect text(g.separator.center().x() - textWidth / 2, g.separator.top(), textWidth,
            g.separator.height());
        painter->setPen(bubble::mix(palette.color(QPalette::Base), quiet, 0.5));
        const int lineY = g.separator.center().y();
        painter->drawLine(g.separator.left() + side, lineY, text.left(), lineY);
        painter->drawLine(text.right(), lineY, g.separator.right() - side, lineY);
        painter->setPen(quiet);
        painter->drawText(text, Qt::AlignCenter, label);
    }

    const QColor fill = incoming ? bubble::incomingFill(palette) : bubble::outgoingFill(palette);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(selected ? QPen(palette.color(QPalette::Highlight), 2)
                             : QPen(bubble::mix(fill, palette.color(QPalette::Text), 0.15), 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(g.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);

    painter->setFont(small);
    int chipX = g.chips.left();
    for (const QString &chip : chipsOf(index)) {
        const QRect box(chipX, g.chips.top(), sfm.horizontalAdvance(chip) + 12, g.chips.height());
        painter->setPen(QPen(quiet, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        painter->drawText(box, Qt::AlignCenter, chip);
        chipX = box.right() + 1 + gap;
    }

    painter->setPen(palette.color(QPalette::Text));
    bubble::drawText(painter, g.body, shownBody(index), option.font);

    // Time, then the state's icon and words, right-aligned inside the bubble.
    painter->setFont(small);
    painter->setPen(quiet);
    const QString time = index.data(Role::TimeTextRole).toString();
    const QString state = incoming ? QString() : index.data(Role::StateTextRole).toString();
    int x = g.meta.right() + 1;
    if (!state.isEmpty()) {
        const int stateWidth = sfm.horizontalAdvance(state);
        x -= stateWidth;
        painter->drawText(QRect(x, g.meta.top(), stateWidth, g.meta.height()),
            Qt::AlignLeft | Qt::AlignVCenter, state);
        const int iconSize = sfm.ascent();
        const auto icon = iconFor(MessageState(index.data(Role::StateRole).toInt()));
        x -= gap + int(std::ceil(bubble::iconWidth(icon, iconSize)));
        bubble::drawIcon(painter, icon,
            QPointF(x, g.meta.top() + (g.meta.height() - iconSize) / 2.0), iconSize, quiet);
        x -= gap;
    }
    const int timeWidth = sfm.horizontalAdvance(time);
    painter->drawText(QRect(x - timeWidth, g.meta.top(), timeWidth, g.meta.height()),
        Qt::AlignLeft | Qt::AlignVCenter, time);

    if (!g.note.isEmpty()) {
        painter->setPen(quiet);
        bubble::drawText(painter, g.note, index.data(Role::StateDetailRole).toString(), small);
        QFont link = small;
        link.setUnderline(true);
        painter->setFont(link);
        painter->setPen(palette.color(QPalette::Link));
        painter->drawText(g.retry, Qt::AlignRight | Qt::AlignVCenter, tr("Retry"));
    }
    if (option.state & QStyle::State_HasFocus && selected) {
        QPen focus(palette.color(QPalette::Highlight), 1, Qt::DotLine);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(g.bubble).adjusted(-2.5, -2.5, 2.5, 2.5), 12, 12);
    }
    painter->restore();
}

bool BubbleDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const Geometry g = geometry(option, index, option.rect.width());
        const QPoint at = mouse->position().toPoint();
        if (!g.retry.isEmpty() && g.retry.contains(at)) {
            Q_EMIT retryRequested(index.data(Role::MessageIdRole).toLongLong());
            return true;
        }
        if (g.meta.contains(at) && !index.data(Role::StateDetailRole).toString().isEmpty()) {
            Q_EMIT stateClicked(index);
            return false; // let the view select the row too
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace rapport::ui
