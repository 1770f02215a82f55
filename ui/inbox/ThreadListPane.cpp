#include "ui/inbox/ThreadListPane.h"

#include "ui/inbox/ThreadDelegate.h"
#include "ui/inbox/ThreadListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport::ui {

using Box = app::ThreadFilter::Box;

ThreadListPane::ThreadListPane(ThreadListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_box(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search names and numbers…"));
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

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
    updateEmpty();
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
        text = tr("No conversation matches “%1”. Search looks at names and numbers.").arg(search);
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
