#pragma once

#include "ui/PageCatalogue.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace rapport::ui {

// Lays out the navigation, the pages and the status bar, and holds the window-wide actions.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;
    [[nodiscard]] QWidget *pageWidget(Page page) const;

    // Size, position, splitter state and the last page, kept in the user's settings.
    void restoreWindowState();
    void saveWindowState() const;
    void forgetWindowState();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void buildStatusBar();
    void showAbout();

    QList<PageInfo> m_catalogue;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_modemStatus = nullptr;
    QLabel *m_staffStatus = nullptr;
};

} // namespace rapport::ui
