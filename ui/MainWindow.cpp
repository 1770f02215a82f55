#include "ui/MainWindow.h"

#include "app/AppIdentity.h"
#include "app/desktop/ModemHub.h"
#include "app/desktop/Workspace.h"
#include "app/messaging/MessagingService.h"
#include "app/outbox/Outbox.h"
#include "app/threads/ThreadRepository.h"
#include "ui/EmptyStatePage.h"
#include "ui/NavigationBadges.h"
#include "ui/common/SendProgress.h"
#include "ui/common/TrayNotifier.h"
#include "ui/customers/CustomersPage.h"
#include "ui/inbox/InboxPage.h"
#include "ui/inbox/InboxServices.h"
#include "ui/modems/ModemPage.h"
#include "ui/modems/ModemStatusText.h"
#include "ui/settings/SettingsDialogs.h"
#include "ui/settings/SettingsPage.h"
#include "ui/settings/SettingsServices.h"
#include "ui/settings/SwitchUserDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace rapport::ui {
namespace {

const auto kGeometryKey = QStringLiteral("window/geometry");
const auto kStateKey = QStringLiteral("window/state");
const auto kPageKey = QStringLiteral("window/page");
const auto kCustomersKey = QStringLiteral("window/customers");

} // namespace

MainWindow::MainWindow(app::Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_catalogue(PageCatalogue::pages())
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(app::AppIdentity::displayName());
    setObjectName(QStringLiteral("MainWindow"));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->setItemDelegate(new NavigationBadges(m_navigation));

    m_pages->setObjectName(QStringLiteral("pages"));

    buildPages();
    buildMenus();
    buildStatusBar();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(
        m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    m_notifier = new TrayNotifier(m_workspace.threads(), m_workspace.messaging().events(), this);
    connect(m_notifier, &TrayNotifier::unreadChanged, this, &MainWindow::refreshUnread);
    connect(m_notifier, &TrayNotifier::openRequested, this, [this] {
        bringToFront();
        showPage(Page::Inbox);
    });
    connect(m_notifier, &TrayNotifier::quitRequested, this, [this] {
        m_quitting = true;
        close();
    });
    m_notifier->show();
    connectInboxToCustomers();
    if (m_inboxPage)
        connect(
            m_inboxPage, &InboxPage::unreadTotalChanged, m_notifier, &TrayNotifier::refreshUnread);
    refreshUnread(m_notifier->unreadCount());

    app::ModemHub &modems = m_workspace.modems();
    connect(&modems, &app::ModemHub::modemAdded, this, &MainWindow::refreshModemStatus);
    connect(&modems, &app::ModemHub::modemRemoved, this, &MainWindow::refreshModemStatus);
    connect(&modems, &app::ModemHub::modemChanged, this, &MainWindow::refreshModemStatus);
    connect(&m_workspace, &app::Workspace::actorChanged, this, &MainWindow::refreshStaff);
    refreshModemStatus();
    refreshStaff();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    int widest = 0;
    for (const PageInfo &info : std::as_const(m_catalogue)) {
        auto *item = new QListWidgetItem(QIcon(info.iconPath), info.title, m_navigation);
        item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() * 2 + 6));
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(info.title));
        QWidget *page = createPage(info);
        page->setObjectName(info.key + QStringLiteral("Page"));
        page->setAccessibleName(info.title);
        m_pages->addWidget(page);
    }
    // Wide enough for the longest (possibly translated) title plus icon, badge and padding.
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 56
        + m_navigation->fontMetrics().horizontalAdvance(QStringLiteral("999")) + 16);
}

QWidget *MainWindow::createPage(const PageInfo &info)
{
    const auto actor = [this] { return m_workspace.actor(); };
    switch (info.page) {
    case Page::Modem:
        return new ModemPage(m_workspace.modems(), m_workspace.clock(), actor, m_pages);
    case Page::Customers:
        return createCustomersPage();
    case Page::Inbox:
        return createInboxPage();
    case Page::Settings:
        return createSettingsPage();
    case Page::Campaigns:
    case Page::Automations:
    case Page::Reports:
        break;
    }
    return new EmptyStatePage(info.iconPath, info.emptyTitle, info.emptyBody, m_pages);
}

QWidget *MainWindow::createInboxPage()
{
    app::Workspace &ws = m_workspace;
    const InboxServices services {ws.database(), ws.clock(), ws.threads(), ws.messaging(),
        ws.customers(), ws.consent(), ws.templates(), ws.staff(), [&ws] { return ws.actor(); },
        ws.region(), ws.businessName(), ws.appointments()};
    auto *page = new InboxPage(services, m_pages);
    m_inboxPage = page;
    connect(&ws, &app::Workspace::actorChanged, page, &InboxPage::actorChanged);
    connect(&ws, &app::Workspace::settingsChanged, page,
        [page, &ws] { page->setBusiness(ws.region(), ws.businessName()); });
    return page;
}

void MainWindow::connectInboxToCustomers()
{
    if (!m_inboxPage || !m_customersPage)
        return;
    // The side panel's quick actions open the customer's record on the Customers page.
    connect(m_inboxPage, &InboxPage::openCustomerRequested, this, [this](qint64 id) {
        showPage(Page::Customers);
        m_customersPage->editCustomer(id);
    });
    connect(m_inboxPage, &InboxPage::recordConsentRequested, this,
        [this](qint64 id) { m_customersPage->recordConsent(id); });
    connect(m_inboxPage, &InboxPage::addCustomerRequested, this, [this](const QString &) {
        showPage(Page::Customers);
        m_customersPage->addCustomer();
    });
}

QWidget *MainWindow::createSettingsPage()
{
    app::Workspace &ws = m_workspace;
    const SettingsServices services {ws.database(), ws.settings(), ws.audit(), ws.staff(),
        ws.templates(), [&ws] { return ws.now(); }};
    auto *page = new SettingsPage(services, ws.actor(), nullptr, m_pages);
    m_settingsPage = page;
    connect(&ws, &app::Workspace::actorChanged, page, &SettingsPage::setActor);
    connect(page, &SettingsPage::settingsChanged, &ws, &app::Workspace::reloadSettings);
    connect(page, &SettingsPage::actorSwitched, &ws, &app::Workspace::setActor);
    connect(page, &SettingsPage::restartRequested, this, [this] {
        // The database was swapped under the running services: start afresh on it.
        m_quitting = true;
        Q_EMIT restartRequested();
        close();
    });
    return page;
}

void MainWindow::switchUser()
{
    auto *dialog = new SwitchUserDialog(m_workspace.staff(), m_workspace.actor().staffId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SwitchUserDialog::switched, &m_workspace, &app::Workspace::setActor);
    dialog->open();
}

QWidget *MainWindow::createCustomersPage()
{
    app::Workspace &ws = m_workspace;
    CustomersPage::Services services {ws.database(), ws.customers(), ws.consent(), ws.segments(),
        ws.audit(), [&ws] { return ws.actor(); }, ws.region(), [&ws] { return ws.businessName(); },
        [&ws] { return ws.businessToday(); }};
    auto *page = new CustomersPage(services, CustomerDialogs::standard(), m_pages);
    m_customersPage = page;
    // The confirmation text after consent at the counter leaves like any other text: through
    // the outbox and the policy engine.
    connect(page, &CustomersPage::confirmationTextRequested, this,
        [this](qint64, const QString &e164, const QString &text) {
            app::OutgoingRequest request;
            request.phoneE164 = e164;
            request.body = text;
            request.purpose = app::MessagePurpose::Service;
            request.actor = m_workspace.actor();
            request.templateKey = QStringLiteral("consent_confirmation");
            const auto queued = m_workspace.messaging().outbox().enqueue(request);
            if (!queued)
                statusBar()->showMessage(
                    tr("The confirmation text could not be queued: %1").arg(queued.error()), 10000);
            else
                statusBar()->showMessage(queued->decision.reason, 8000);
        });
    connect(
        &ws, &app::Workspace::settingsChanged, page, [page, &ws] { page->setRegion(ws.region()); });
    return page;
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *switchAction = fileMenu->addAction(tr("&Switch user…"), this, &MainWindow::switchUser);
    switchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, [this] {
        m_quitting = true;
        close();
    });
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    for (qsizetype i = 0; i < m_catalogue.size(); ++i) {
        const PageInfo &info = m_catalogue.at(i);
        QAction *action = goMenu->addAction(QIcon(info.iconPath), info.title);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(i))));
        const Page page = info.page;
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    }

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    const auto toggle = [this, viewMenu](const QString &text, const QString &key, bool byDefault) {
        QAction *action = viewMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(QSettings().value(key, byDefault).toBool());
        connect(action, &QAction::toggled, this, [key](bool on) { QSettings().setValue(key, on); });
        return action;
    };
    toggle(tr("&Notify me of new texts"), TrayNotifier::NotifyKey, true);
    toggle(tr("Play a &sound for new texts"), TrayNotifier::SoundKey, false);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Rapport"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildStatusBar()
{
    // A flat button: a problem shown here is one click away from its page.
    m_modemStatus = new QToolButton(this);
    m_modemStatus->setObjectName(QStringLiteral("modemStatus"));
    m_modemStatus->setAccessibleName(tr("Modem status"));
    m_modemStatus->setAutoRaise(true);
    m_modemStatus->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_modemStatus, &QToolButton::clicked, this, [this] { showPage(Page::Modem); });
    m_staffStatus = new QToolButton(this);
    m_staffStatus->setObjectName(QStringLiteral("staffStatus"));
    m_staffStatus->setAccessibleName(tr("Signed-in staff member"));
    m_staffStatus->setAutoRaise(true);
    m_staffStatus->setToolTip(tr("Switch to another member of staff"));
    connect(m_staffStatus, &QToolButton::clicked, this, &MainWindow::switchUser);
    m_sendProgress = new SendProgress(this);
    statusBar()->addWidget(m_modemStatus, 1);
    statusBar()->addPermanentWidget(m_sendProgress);
    statusBar()->addPermanentWidget(m_staffStatus);
}

void MainWindow::refreshModemStatus()
{
    const QList<app::ModemView> modems = m_workspace.modems().modems();
    const ModemStatusLine line = ModemStatusText::summarise(modems);
    m_modemStatus->setText(line.text);
    m_sendProgress->setWaiting(modems.isEmpty() ? 0 : modems.first().queueLength);
    m_modemStatus->setToolTip(line.toolTip);
    m_modemStatus->setIcon(
        line.problem ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    int trouble = 0;
    for (const app::ModemView &modem : modems)
        trouble += modem.canSend() || modem.phase == app::ModemView::Phase::Connecting ? 0 : 1;
    for (qsizetype i = 0; i < m_catalogue.size(); ++i) {
        if (m_catalogue.at(i).page != Page::Modem)
            continue;
        QListWidgetItem *item = m_navigation->item(int(i));
        const bool none = modems.isEmpty();
        item->setData(NavigationBadges::BadgeRole,
            none ? QStringLiteral("!") : (trouble > 0 ? QString::number(trouble) : QString()));
        item->setData(NavigationBadges::BadgeIsWarningRole, none || trouble > 0);
        item->setToolTip(line.text);
    }
}

void MainWindow::refreshUnread(int count)
{
    for (qsizetype i = 0; i < m_catalogue.size(); ++i) {
        if (m_catalogue.at(i).page != Page::Inbox)
            continue;
        QListWidgetItem *item = m_navigation->item(int(i));
        item->setData(NavigationBadges::BadgeRole, count > 0 ? QString::number(count) : QString());
        item->setToolTip(count > 0 ? tr("%n unread text(s)", nullptr, count) : QString());
    }
    setWindowIcon(TrayNotifier::badged(QIcon(QStringLiteral(":/icons/rapport.svg")), count));
    setWindowTitle(count > 0 ? tr("Rapport (%1)").arg(count) : app::AppIdentity::displayName());
}

void MainWindow::refreshStaff()
{
    const app::Actor &actor = m_workspace.actor();
    m_staffStatus->setText(
        actor.staffId > 0 ? tr("Signed in: %1").arg(actor.name) : tr("No staff member signed in"));
}

void MainWindow::bringToFront()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Rapport"),
        tr("<h3>Rapport %1</h3><p>Relationship texting for small businesses, sent and received "
           "through your own GSM modem. Your customers' data stays on this computer.</p>")
            .arg(app::AppIdentity::version()));
}

void MainWindow::showPage(Page page)
{
    for (qsizetype i = 0; i < m_catalogue.size(); ++i) {
        if (m_catalogue.at(i).page == page)
            m_navigation->setCurrentRow(int(i));
    }
}

Page MainWindow::currentPage() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 ? m_catalogue.at(row).page : Page::Inbox;
}

QWidget *MainWindow::pageWidget(Page page) const
{
    for (qsizetype i = 0; i < m_catalogue.size(); ++i) {
        if (m_catalogue.at(i).page == page)
            return m_pages->widget(int(i));
    }
    return nullptr;
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First start: a comfortable size that fits a 1280x800 screen, centred.
        resize(QSize(1180, 740).boundedTo(screen()->availableSize() * 0.92));
        move(screen()->availableGeometry().center() - rect().center());
    }
    restoreState(settings.value(kStateKey).toByteArray());
    if (m_customersPage)
        m_customersPage->restoreState(settings.value(kCustomersKey).toByteArray());
    const QString key = settings.value(kPageKey).toString();
    for (const PageInfo &info : std::as_const(m_catalogue)) {
        if (info.key == key)
            showPage(info.page);
    }
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (m_customersPage)
        settings.setValue(kCustomersKey, m_customersPage->saveState());
    const int row = m_navigation->currentRow();
    if (row >= 0)
        settings.setValue(kPageKey, m_catalogue.at(row).key);
}

void MainWindow::forgetWindowState()
{
    QSettings settings;
    settings.remove(QStringLiteral("window"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    // With a tray, closing the window keeps Rapport receiving texts in the background; Quit
    // (menu or tray) ends it.
    if (!m_quitting && m_notifier->trayIcon().isVisible()) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace rapport::ui
