#include "ui/MainWindow.h"

#include "app/AppIdentity.h"
#include "ui/EmptyStatePage.h"

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

namespace rapport::ui {
namespace {

const auto kGeometryKey = QStringLiteral("window/geometry");
const auto kStateKey = QStringLiteral("window/state");
const auto kPageKey = QStringLiteral("window/page");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
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
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    int widest = 0;
    for (const PageInfo &info : std::as_const(m_catalogue)) {
        auto *item = new QListWidgetItem(QIcon(info.iconPath), info.title, m_navigation);
        item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() * 2 + 6));
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(info.title));

        auto *page = new EmptyStatePage(info.iconPath, info.emptyTitle, info.emptyBody, m_pages);
        page->setObjectName(info.key + QStringLiteral("Page"));
        page->setAccessibleName(info.title);
        if (info.page == Page::Settings) {
            page->setFootnote(tr("Your data is kept in %1 and your preferences in %2.")
                                  .arg(QDir::toNativeSeparators(app::AppIdentity::dataDirectory()),
                                      QDir::toNativeSeparators(app::AppIdentity::settingsFile())));
        }
        m_pages->addWidget(page);
    }
    // Wide enough for the longest (possibly translated) title plus icon and padding.
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 56);
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
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

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Rapport"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildStatusBar()
{
    m_modemStatus = new QLabel(tr("No modem set up"), this);
    m_modemStatus->setObjectName(QStringLiteral("modemStatus"));
    m_modemStatus->setAccessibleName(tr("Modem status"));
    m_staffStatus = new QLabel(tr("No staff member signed in"), this);
    m_staffStatus->setObjectName(QStringLiteral("staffStatus"));
    m_staffStatus->setAccessibleName(tr("Signed-in staff member"));
    m_modemStatus->setContentsMargins(6, 0, 6, 0);
    m_staffStatus->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_modemStatus, 1);
    statusBar()->addPermanentWidget(m_staffStatus);
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
    QMainWindow::closeEvent(event);
}

} // namespace rapport::ui
