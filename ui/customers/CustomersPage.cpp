#include "ui/customers/CustomersPage.h"

#include "app/audit/AuditLog.h"
#include "ui/customers/CustomerDetailsPanel.h"
#include "ui/customers/SegmentCountDelegate.h"
#include "ui/customers/SegmentListModel.h"

#include <QAction>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

// Shown until the user chooses otherwise: enough to find and judge a customer at a glance.
bool visibleByDefault(CustomerTableModel::Column column)
{
    switch (column) {
    case CustomerTableModel::Name:
    case CustomerTableModel::Mobile:
    case CustomerTableModel::Email:
    case CustomerTableModel::Tags:
    case CustomerTableModel::Visits:
    case CustomerTableModel::LastVisit:
    case CustomerTableModel::Marketing:
        return true;
    default:
        return false;
    }
}

int charWidthFor(const QWidget *widget)
{
    return widget->fontMetrics().averageCharWidth();
}

QWidget *emptyState(CustomersPage *page, QPushButton *import, QPushButton *add)
{
    auto *box = new QWidget(page);
    auto *title = new QLabel(CustomersPage::tr("No customers yet"), box);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignHCenter);
    auto *body = new QLabel(CustomersPage::tr("Import them from a spreadsheet or your till (a CSV "
                                              "file) or from phone contacts, or add them one by "
                                              "one. Their consent, visits and texts appear here."),
        box);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignHCenter);
    body->setFixedWidth(body->fontMetrics().averageCharWidth() * 64);
    body->setMinimumHeight(body->heightForWidth(body->width()));
    auto *icon = new QLabel(box);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/customers.svg"))
                        .pixmap(QSize(56, 56), page->devicePixelRatioF()));
    icon->setAlignment(Qt::AlignHCenter);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(import);
    buttons->addWidget(add);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(12);
    layout->addWidget(title);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(3);
    return box;
}

} // namespace

CustomersPage::CustomersPage(Services services, CustomerDialogs dialogs, QWidget *parent)
    : QWidget(parent)
    , m_services(std::move(services))
    , m_dialogs(std::move(dialogs))
    , m_query(m_services.database, m_services.region)
{
    if (!m_services.today)
        m_services.today = [] { return QDate::currentDate(); };
    if (!m_services.businessName)
        m_services.businessName = [] { return QString(); };
    setObjectName(QStringLiteral("customersPage"));
    setAccessibleName(tr("Customers"));
    m_model = new CustomerTableModel(m_query, m_services.today, this);
    m_segmentModel = new SegmentListModel(
        m_services.segments, m_query, m_services.today, m_services.thresholds, this);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &CustomersPage::applyFilter);
    buildLayout();
    connect(m_model, &CustomerTableModel::countChanged, this, &CustomersPage::countChanged);
    countChanged(m_model->rowCount());
}

CustomersPage::~CustomersPage() = default;

void CustomersPage::buildLayout()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setAccessibleName(tr("Search customers"));
    m_search->setPlaceholderText(tr("Search by name or number…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CustomersPage::applyFilter);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("customerCount"));

    const auto makeButton = [this](const QString &text, const QString &name, auto slot) {
        auto *button = new QPushButton(text, this);
        button->setAccessibleName(name);
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    auto *add = makeButton(tr("&Add customer"), tr("Add a customer"), &CustomersPage::addCustomer);
    add->setObjectName(QStringLiteral("addCustomer"));
    add->setToolTip(tr("Add a customer (%1)")
                        .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    auto *addShortcut = new QShortcut(QKeySequence::New, this);
    connect(addShortcut, &QShortcut::activated, this, &CustomersPage::addCustomer);
    auto *import
        = makeButton(tr("&Import…"), tr("Import customers"), &CustomersPage::importCustomers);
    import->setObjectName(QStringLiteral("importCustomers"));
    auto *exportButton
        = makeButton(tr("E&xport…"), tr("Export customers"), &CustomersPage::exportCustomers);
    exportButton->setObjectName(QStringLiteral("exportCustomers"));
    m_columnsButton = new QToolButton(this);
    m_columnsButton->setObjectName(QStringLiteral("columnChooser"));
    m_columnsButton->setText(tr("Colu&mns"));
    m_columnsButton->setAccessibleName(tr("Choose columns"));
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_countLabel, 1);
    bar->addWidget(add);
    bar->addWidget(import);
    bar->addWidget(exportButton);
    bar->addWidget(m_columnsButton);

    m_segments = new QListView(this);
    m_segments->setObjectName(QStringLiteral("segments"));
    m_segments->setAccessibleName(tr("Segments"));
    m_segments->setModel(m_segmentModel);
    m_segments->setItemDelegate(new SegmentCountDelegate(m_segments));
    m_segments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_segments->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_segments->setMinimumWidth(charWidthFor(this) * 32);
    m_segments->setCurrentIndex(m_segmentModel->index(0));
    connect(m_segments->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &CustomersPage::segmentChosen);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setAccessibleName(tr("Customers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, which would read every block.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    const int charWidth = fontMetrics().averageCharWidth();
    // Widths from what the columns hold (measuring the rows would read every block).
    const QLocale locale;
    const auto fit = [this](const QStringList &samples) {
        int widest = 0;
        for (const QString &sample : samples)
            widest = std::max(widest, fontMetrics().horizontalAdvance(sample));
        return widest + 24;
    };
    const QString date = locale.toString(QDate(2025, 12, 28), QLocale::ShortFormat);
    const QString consent[] = {CustomerTableModel::tr("Opted in"),
        CustomerTableModel::tr("Opted out"), CustomerTableModel::tr("Not asked")};
    const auto title = [](int column) {
        return CustomerTableModel::columnTitle(CustomerTableModel::Column(column));
    };
    using Model = CustomerTableModel;
    const QList<std::pair<int, int>> widths {{Model::Name, charWidth * 26},
        {Model::Mobile, fit({QStringLiteral("07400 000000 "), title(Model::Mobile)})},
        {Model::Email, charWidth * 28}, {Model::Tags, charWidth * 18},
        {Model::Visits, fit({title(Model::Visits), QStringLiteral("0000")})},
        {Model::LastVisit, fit({date, title(Model::LastVisit)})},
        {Model::TotalSpend, fit({locale.toString(12345.67, 'f', 2), title(Model::TotalSpend)})},
        {Model::Marketing, fit({consent[0], consent[1], consent[2], title(Model::Marketing)})},
        {Model::Service, fit({consent[0], consent[1], consent[2], title(Model::Service)})},
        {Model::Birthday, fit({date, title(Model::Birthday)})},
        {Model::CustomerSince, fit({date, title(Model::CustomerSince)})}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column)
        m_table->setColumnHidden(column, !visibleByDefault(CustomerTableModel::Column(column)));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CustomersPage::currentRowChanged);
    connect(m_table, &QTableView::activated, this,
        [this](const QModelIndex &index) { editCustomer(m_model->customerId(index.row())); });

    m_noMatches = new QLabel(this);
    m_noMatches->setObjectName(QStringLiteral("noMatches"));
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->setWordWrap(true);
    m_noMatches->setForegroundRole(QPalette::PlaceholderText);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_noMatches);

    m_details = new CustomerDetailsPanel(m_services.customers, m_services.consent, this);
    connect(m_details, &CustomerDetailsPanel::editRequested, this,
        [this] { editCustomer(m_details->customer().id); });
    connect(m_details, &CustomerDetailsPanel::consentRequested, this,
        [this] { recordConsent(m_details->customer().id); });
    connect(m_details, &CustomerDetailsPanel::addVisitRequested, this,
        [this] { addVisit(m_details->customer().id); });
    connect(m_details, &CustomerDetailsPanel::mergeRequested, this,
        [this] { mergeCustomer(m_details->customer().id); });
    connect(m_details, &CustomerDetailsPanel::exportRequested, this,
        [this] { exportPerson(m_details->customer().id); });
    connect(m_details, &CustomerDetailsPanel::eraseRequested, this,
        [this] { erasePerson(m_details->customer().id); });

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("customersSplitter"));
    m_splitter->addWidget(m_segments);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({charWidth * 26, charWidth * 100, charWidth * 44});

    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(12, 12, 12, 12);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_splitter, 1);

    auto *emptyImport = new QPushButton(tr("Import a CSV…"), this);
    emptyImport->setObjectName(QStringLiteral("emptyImport"));
    emptyImport->setAccessibleName(tr("Import customers from a file"));
    connect(emptyImport, &QPushButton::clicked, this, &CustomersPage::importCustomers);
    auto *emptyAdd = new QPushButton(tr("Add a customer"), this);
    emptyAdd->setObjectName(QStringLiteral("emptyAdd"));
    emptyAdd->setAccessibleName(tr("Add a customer"));
    connect(emptyAdd, &QPushButton::clicked, this, &CustomersPage::addCustomer);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(listPage);
    m_pages->addWidget(emptyState(this, emptyImport, emptyAdd));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    setTabOrder(m_search, add);
    setTabOrder(add, import);
    setTabOrder(import, exportButton);
    setTabOrder(exportButton, m_columnsButton);
    setTabOrder(m_columnsButton, m_segments);
    setTabOrder(m_segments, m_table);
    setTabOrder(m_table, m_details);
    buildColumnMenu();
}

void CustomersPage::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchDelay->stop();
    applyFilter();
}

bool CustomersPage::selectSegment(const QString &key)
{
    const int row = m_segmentModel->rowOfKey(key);
    if (row < 0)
        return false;
    m_segments->setCurrentIndex(m_segmentModel->index(row));
    return true;
}

void CustomersPage::segmentChosen()
{
    applyFilter();
}

void CustomersPage::applyFilter()
{
    m_searchDelay->stop();
    const qint64 shown = currentCustomerId();
    app::CustomerFilter filter;
    filter.text = m_search->text();
    filter.segment = m_segmentModel->ruleAt(m_segments->currentIndex().row());
    m_model->setFilter(filter);
    if (shown > 0)
        showCustomer(shown);
}

void CustomersPage::countChanged(qint64 count)
{
    const qint64 everyone
        = m_segmentModel->data(m_segmentModel->index(0), SegmentListModel::CountRole).toLongLong();
    m_pages->setCurrentIndex(everyone == 0 && m_model->lastError().isEmpty() ? 1 : 0);
    const QLocale locale;
    if (m_model->filter().isEmpty())
        m_countLabel->setText(tr("%n customer(s)", nullptr, int(count)));
    else
        m_countLabel->setText(
            tr("%1 of %2 customers").arg(locale.toString(count), locale.toString(everyone)));
    if (!m_model->lastError().isEmpty()) {
        m_noMatches->setText(tr("The customers could not be read (%1). Try again; if it keeps "
                                "happening, restart Rapport.")
                                 .arg(m_model->lastError()));
        m_listStack->setCurrentWidget(m_noMatches);
    } else if (count == 0 && everyone > 0) {
        m_noMatches->setText(tr("No customer matches %1.").arg(filterDescription()));
        m_listStack->setCurrentWidget(m_noMatches);
    } else {
        m_listStack->setCurrentWidget(m_table);
    }
}

QString CustomersPage::filterDescription() const
{
    const QString text = m_search->text().simplified();
    const int row = m_segments->currentIndex().row();
    const QString segment
        = row > 0 ? m_segmentModel->data(m_segmentModel->index(row)).toString() : QString();
    if (!text.isEmpty() && !segment.isEmpty())
        return tr("“%1” in %2").arg(text, segment);
    if (!text.isEmpty())
        return tr("“%1”").arg(text);
    return segment;
}

bool CustomersPage::isShowingEmptyState() const
{
    return m_pages->currentIndex() == 1;
}

void CustomersPage::currentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    m_details->showCustomer(current.isValid() ? m_model->customerId(current.row()) : 0);
}

qint64 CustomersPage::currentCustomerId() const
{
    return m_details->customer().id;
}

void CustomersPage::showCustomer(qint64 customerId)
{
    const int row = customerId > 0 ? m_model->rowOfLoaded(customerId) : -1;
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, CustomerTableModel::Name));
        m_table->scrollTo(m_table->currentIndex());
    } else {
        m_table->clearSelection();
    }
    m_details->showCustomer(customerId);
}

void CustomersPage::refresh()
{
    const qint64 shown = currentCustomerId();
    const QString key
        = m_segmentModel->data(m_segments->currentIndex(), SegmentListModel::KeyRole).toString();
    {
        const QSignalBlocker blocker(m_segments->selectionModel());
        m_segmentModel->refresh();
        const int row = std::max(0, m_segmentModel->rowOfKey(key));
        m_segments->setCurrentIndex(m_segmentModel->index(row));
    }
    applyFilter();
    showCustomer(shown);
}

void CustomersPage::setRegion(const QString &region)
{
    m_services.region = region;
    m_query.setRegion(region);
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    refresh();
}

} // namespace rapport::ui
