#include "ui/inbox/ConversationListView.h"

#include "ui/inbox/BubbleDelegate.h"
#include "ui/inbox/ConversationModel.h"

#include <QResizeEvent>
#include <QScrollBar>

namespace rapport::ui {

ConversationListView::ConversationListView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new BubbleDelegate(this))
{
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    verticalScrollBar()->setSingleStep(24);
    connect(
        verticalScrollBar(), &QScrollBar::valueChanged, this, &ConversationListView::onScrolled);
}

ConversationListView::~ConversationListView() = default;

void ConversationListView::setConversationModel(ConversationModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &ConversationListView::showNewest);
}

void ConversationListView::showNewest()
{
    m_delegate->setWidth(viewport()->width());
    executeDelayedItemsLayout();
    fillViewport();
    scrollToBottom();
}

void ConversationListView::fillViewport()
{
    // A first page shorter than the window leaves no room to scroll up: fetch until it fills.
    for (int guard = 0; guard < 20 && m_model && m_model->hasOlder(); ++guard) {
        executeDelayedItemsLayout();
        if (verticalScrollBar()->maximum() > 0)
            break;
        if (m_model->fetchOlder() == 0)
            break;
    }
}

int ConversationListView::loadOlder()
{
    if (!m_model || !m_model->hasOlder() || m_loadingOlder)
        return 0;
    m_loadingOlder = true;
    QScrollBar *bar = verticalScrollBar();
    const int fromBottom = bar->maximum() - bar->value();
    const int added = m_model->fetchOlder();
    executeDelayedItemsLayout();
    bar->setValue(bar->maximum() - fromBottom);
    m_loadingOlder = false;
    return added;
}

bool ConversationListView::showMessage(qint64 messageId)
{
    if (!m_model)
        return false;
    // Pages are newest first; even the longest conversations load in tens of milliseconds.
    m_loadingOlder = true;
    while (m_model->rowOf(messageId) < 0 && m_model->hasOlder()) {
        if (m_model->fetchOlder() == 0)
            break;
    }
    m_loadingOlder = false;
    const int row = m_model->rowOf(messageId);
    if (row < 0)
        return false;
    executeDelayedItemsLayout();
    const QModelIndex index = m_model->index(row);
    setCurrentIndex(index);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void ConversationListView::onScrolled(int value)
{
    if (value == verticalScrollBar()->minimum() && verticalScrollBar()->maximum() > 0)
        loadOlder();
}

void ConversationListView::resizeEvent(QResizeEvent *event)
{
    const bool atBottom = verticalScrollBar()->value() == verticalScrollBar()->maximum();
    m_delegate->setWidth(event->size().width()); // the viewport's size: rows span it
    QListView::resizeEvent(event);
    if (atBottom) {
        executeDelayedItemsLayout();
        scrollToBottom();
    }
}

void ConversationListView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    const bool follow = !m_loadingOlder && m_model && end == m_model->rowCount() - 1
        && verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 8;
    QListView::rowsInserted(parent, start, end);
    if (follow) {
        executeDelayedItemsLayout();
        scrollToBottom();
    }
}

} // namespace rapport::ui
