#pragma once

#include "ui/PageCatalogue.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;

namespace rapport::app {
class Workspace;
}

namespace rapport::ui {

class CustomersPage;
class InboxPage;
class SettingsPage;
class SendProgress;
class TrayNotifier;

// Lays out the navigation, the pages and the status bar, and holds the window-wide actions.
// The pages work on the services of the workspace; the window owns none of them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(app::Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;
    [[nodiscard]] QWidget *pageWidget(Page page) const;
    [[nodiscard]] TrayNotifier &notifier() { return *m_notifier; }

    // Size, position, splitter state and the last page, kept in the user's settings.
    void restoreWindowState();
    void saveWindowState() const;
    void forgetWindowState();

Q_SIGNALS:
    // A restored database needs a fresh start of the application.
    void restartRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    QWidget *createPage(const PageInfo &info);
    QWidget *createCustomersPage();
    QWidget *createInboxPage();
    QWidget *createSettingsPage();
    void switchUser();
    void connectInboxToCustomers();
    void buildMenus();
    void buildStatusBar();
    void showAbout();
    void refreshModemStatus();
    void refreshUnread(int count);
    void refreshStaff();
    void bringToFront();

    app::Workspace &m_workspace;
    QList<PageInfo> m_catalogue;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QToolButton *m_modemStatus = nullptr;
    QToolButton *m_staffStatus = nullptr;
    SendProgress *m_sendProgress = nullptr;
    CustomersPage *m_customersPage = nullptr;
    InboxPage *m_inboxPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    TrayNotifier *m_notifier = nullptr;
    bool m_quitting = false;
};

} // namespace rapport::ui
