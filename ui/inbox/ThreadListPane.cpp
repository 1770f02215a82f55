#include "ui/inbox/ThreadListPane.h"

#include "ui/inbox/MessageHitModel.h"
#include "ui/inbox/ThreadDelegate.h"
#include "ui/inbox/ThreadListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport::ui {

using Box = app::ThreadFilter::Box;

ThreadListPane::ThreadListPane(ThreadListModel *model, MessageHitModel *hits, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_box(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_hits(hits)
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_hitPane(new QWidget(this))
    , m_hitHeading(new QLabel(m_hitPane))
    , m_hitList(new QListView(m_hitPane))
    , m_searchDelay(new QTimer(this))
{
    m_search->setPlaceholderText(
        hits ? tr("Search names, numbers and messages…") : tr("Search names and numbers…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->installEventFilter(this);

    m_box->addItem(tr("All conversations"), int(Box::All));
    m_box->addItem(tr("Unread"), int(Box::Unread));
    m_box->addItem(tr("Assigned to me"), int(Box::Mine));
    m_box->addItem(tr("Unassigned"), int(Box::Unassigned));
    m_box->addItem(tr("Open"), int(Box::Open));
    m_box->addItem(tr("Closed"), int(Box::Closed));
    m_box->setAccessibleName(tr("Show"));
    auto *showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_box);

    m_list->setModel(model);
    m_list->setItemDelegate(new ThreadDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(16);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    auto *boxRow = new QHBoxLayout;
    boxRow->addWidget(showLabel);
    boxRow->addWidget(m_box, 1);
    auto *top = new QVBoxLayout;
    top->setContentsMargins(8, 8, 8, 6);
    top->addWidget(m_search);
    top->addLayout(boxRow);
    // Message hits under the conversations, in a splitter so either half can have the room.
    m_hitHeading->setObjectName(QStringLiteral("messageHitHeading"));
    m_hitHeading->setWordWrap(true);
    m_hitHeading->setContentsMargins(10, 6, 10, 4);
    QFont headingFont = m_hitHeading->font();
    headingFont.setBold(true);
    m_hitHeading->setFont(headingFont);
    m_hitList->setObjectName(QStringLiteral("messageHits"));
    m_hitList->setAccessibleName(tr("Messages found"));
    m_hitList->setItemDelegate(new ThreadDelegate(m_hitList));
    m_hitList->setUniformItemSizes(true);
    m_hitList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hitList->setFrameShape(QFrame::NoFrame);
    m_hitHeading->setBuddy(m_hitList);
    auto *hitLayout = new QVBoxLayout(m_hitPane);
    hitLayout->setContentsMargins(0, 0, 0, 0);
    hitLayout->setSpacing(0);
    hitLayout->addWidget(m_hitHeading);
    hitLayout->addWidget(m_hitList, 1);
    m_split->addWidget(m_stack);
    m_split->addWidget(m_hitPane);
    m_split->setChildrenCollapsible(false);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_hitPane->hide();
    if (m_hits) {
        m_hitList->setModel(m_hits);
        const auto choose = [this](const QModelIndex &index) {
            if (index.isValid())
                Q_EMIT messageActivated(
                    m_hits->threadIdAt(index.row()), m_hits->messageIdAt(index.row()));
        };
        connect(m_hitList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [choose](const QModelIndex &current) { choose(current); });
        // Clicking the hit that is already current shows it again (after scrolling away).
        connect(m_hitList, &QListView::clicked, this, choose);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_split, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &ThreadListPane::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_box, &QComboBox::currentIndexChanged, this, &ThreadListPane::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                Q_EMIT threadActivated(current.data(ThreadListModel::ThreadIdRole).toLongLong());
        });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &ThreadListPane::updateEmpty);
    connect(model, &QAbstractItemModel::modelReset, this, &ThreadListPane::updateEmpty);
    connect(model, &ThreadListModel::loadErrorChanged, this, &ThreadListPane::updateEmpty);
    setFocusProxy(m_list);
}

ThreadListPane::~ThreadListPane() = default;

void ThreadListPane::setStaffId(qint64 staffId)
{
    m_staffId = staffId;
    applyFilter();
}

void ThreadListPane::setBox(Box box)
{
    m_box->setCurrentIndex(m_box->findData(int(box)));
}

Box ThreadListPane::box() const
{
    return Box(m_box->currentData().toInt());
}

void ThreadListPane::applyFilter()
{
    m_searchDelay->stop();
    app::ThreadFilter filter;
    filter.box = box();
    filter.staffId = m_staffId;
    filter.search = m_search->text();
    m_model->setFilter(filter);
    if (m_hits)
        m_hits->setSearch(m_search->text());
    updateEmpty();
    updateHits();
}

QString ThreadListPane::hitHeading() const
{
    return m_hitPane->isHidden() ? QString() : m_hitHeading->text();
}

void ThreadListPane::updateHits()
{
    const QString search = m_search->text().simplified();
    if (!m_hits || search.size() < MessageHitModel::MinimumLetters) {
        m_hitPane->hide();
        return;
    }
    const int found = m_hits->rowCount();
    QString heading;
    if (!m_hits->loadError().isEmpty())
        heading = m_hits->loadError();
    else if (found == 0)
        heading = tr("No message has “%1” in it.").arg(search);
    else if (m_hits->isCapped())
        heading = tr("The newest %n messages with “%1”", nullptr, found).arg(search);
    else
        heading = tr("%n message(s) with “%1”", nullptr, found).arg(search);
    m_hitHeading->setText(heading);
    m_hitList->setVisible(found > 0);
    m_hitPane->show();
    // The half with something to show gets the room: a line for "no name matches" above a
    // list of messages, or the conversations over a short "no message has it".
    const int total = std::max(m_split->height(), 200);
    const int line = m_empty->sizeHint().height();
    if (m_model->rowCount() == 0 && found > 0)
        m_split->setSizes({line, total - line});
    else if (found == 0)
        m_split->setSizes(
            {total - m_hitHeading->sizeHint().height(), m_hitHeading->sizeHint().height()});
    else
        m_split->setSizes({total * 3 / 5, total * 2 / 5});
}

QString ThreadListPane::emptyText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void ThreadListPane::updateEmpty()
{
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_list);
        return;
    }
    QString text;
    const QString search = m_search->text().simplified();
    if (!m_model->loadError().isEmpty())
        text = m_model->loadError();
    else if (!search.isEmpty())
        text = m_hits
            ? tr("No name or number matches “%1”.").arg(search)
            : tr("No conversation matches “%1”. Search looks at names and numbers.").arg(search);
    else {
        switch (box()) {
        case Box::All:
            text = tr("No conversations yet — texts from customers appear here.");
            break;
        case Box::Unread:
            text = tr("Nothing unread — new texts from customers appear here.");
            break;
        case Box::Mine:
            text = tr("No conversations are assigned to you. Conversations someone assigns to "
                      "you appear here.");
            break;
        case Box::Unassigned:
            text = tr("Every conversation has someone looking after it.");
            break;
        case Box::Open:
            text = tr("No open conversations — new texts from customers appear here.");
            break;
        case Box::Closed:
            text = tr("No closed conversations. Conversations you close appear here.");
            break;
        }
    }
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

void ThreadListPane::step(int by)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_list->currentIndex();
    const int row
        = current.isValid() ? std::clamp(current.row() + by, 0, rows - 1) : (by > 0 ? 0 : rows - 1);
    m_list->setCurrentIndex(m_model->index(row));
    m_list->scrollTo(m_model->index(row));
}

bool ThreadListPane::select(qint64 threadId)
{
    const int row = m_model->rowOf(threadId);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    m_list->scrollTo(m_model->index(row));
    return true;
}

bool ThreadListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            step(key->key() == Qt::Key_Down ? 1 : -1);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            applyFilter();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rapport::ui
