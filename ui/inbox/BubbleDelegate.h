#pragma once

#include <QHash>
#include <QRect>
#include <QStyledItemDelegate>

namespace rapport::ui {

// Paints one ConversationModel row: the day separator when the day changes, the message as a
// bubble (incoming left, outgoing right) with its flash/MMS badge and automation tag, the time
// and the state (clock queued, pause held, ✓ sent, ✓✓ delivered, ! not sent), and under a failed
// text its reason and a Retry link. Colours come from the palette only. Sizes are cached per
// message revision for the current width, so scrolling a long conversation lays nothing out twice.
class BubbleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BubbleDelegate)
public:
    explicit BubbleDelegate(QObject *parent = nullptr);
    ~BubbleDelegate() override;

    // The width rows are laid out for (the view's viewport); changing it empties the cache.
    void setWidth(int width);
    [[nodiscard]] int width() const { return m_width; }
    [[nodiscard]] int cachedSizes() const { return int(m_sizes.size()); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the Retry link of a failed text is, in view coordinates for a row at `rowRect`;
    // empty when the row has none (tests click it).
    [[nodiscard]] QRect retryRect(
        const QStyleOptionViewItem &option, const QModelIndex &index) const;
    [[nodiscard]] QRect bubbleRect(
        const QStyleOptionViewItem &option, const QModelIndex &index) const;

Q_SIGNALS:
    void retryRequested(qint64 messageId);
    // The state of a held, queued or failed text was clicked: show its detail.
    void stateClicked(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    struct Geometry;
    [[nodiscard]] Geometry geometry(
        const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;

    struct CachedSize
    {
        int revision = -1;
        QSize size;
    };
    mutable QHash<qint64, CachedSize> m_sizes;
    int m_width = 0;
};

} // namespace rapport::ui
