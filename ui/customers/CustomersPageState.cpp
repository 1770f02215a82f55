// The column chooser and the page's remembered state (columns, splitter, segment).
#include "ui/customers/CustomersPage.h"

#include "ui/customers/SegmentListModel.h"

#include <QAction>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QListView>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>

namespace rapport::ui {
namespace {

constexpr quint32 kStateMagic = 0x52435031; // "RCP1"
constexpr int kStateVersion = 1;

} // namespace

void CustomersPage::buildColumnMenu()
{
    m_columnMenu = new QMenu(this);
    m_columnMenu->setObjectName(QStringLiteral("columnMenu"));
    m_columnMenu->setAccessibleName(tr("Columns to show"));
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
        auto *action = m_columnMenu->addAction(
            CustomerTableModel::columnTitle(CustomerTableModel::Column(column)));
        action->setCheckable(true);
        action->setData(column);
        action->setEnabled(column != CustomerTableModel::Name); // a row needs a name to read
        connect(action, &QAction::toggled, this,
            [this, column](bool on) { m_table->setColumnHidden(column, !on); });
    }
    connect(m_columnMenu, &QMenu::aboutToShow, this, [this] {
        for (QAction *action : m_columnMenu->actions())
            action->setChecked(!m_table->isColumnHidden(action->data().toInt()));
    });
    m_columnsButton->setMenu(m_columnMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
        [this](const QPoint &at) {
            m_columnMenu->popup(m_table->horizontalHeader()->mapToGlobal(at));
        });
}

void CustomersPage::setColumnVisible(CustomerTableModel::Column column, bool visible)
{
    if (column == CustomerTableModel::Name && !visible)
        return;
    m_table->setColumnHidden(column, !visible);
}

bool CustomersPage::isColumnVisible(CustomerTableModel::Column column) const
{
    return !m_table->isColumnHidden(column);
}

QByteArray CustomersPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateMagic << qint32(kStateVersion) << m_table->horizontalHeader()->saveState()
        << m_splitter->saveState()
        << m_segmentModel->data(m_segments->currentIndex(), SegmentListModel::KeyRole).toString();
    return state;
}

bool CustomersPage::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    qint32 version = 0;
    QByteArray header;
    QByteArray splitter;
    QString segment;
    in >> magic >> version >> header >> splitter >> segment;
    if (in.status() != QDataStream::Ok || magic != kStateMagic || version != kStateVersion)
        return false;
    const bool restored = m_table->horizontalHeader()->restoreState(header);
    m_table->setColumnHidden(CustomerTableModel::Name, false);
    m_splitter->restoreState(splitter);
    if (!segment.isEmpty())
        selectSegment(segment);
    return restored;
}

} // namespace rapport::ui
