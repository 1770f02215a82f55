#pragma once

#include <QDir>
#include <QString>

#include <functional>

class QWidget;
class ScreenshotShop;

// Visits every page of the main window and opens every dialog, and saves a PNG of each.
class ScreenshotTour final
{
public:
    struct Options
    {
        QDir output;
        QString prefix; // before each file name: "de-", "dark-"
        bool check = false; // fail on a blank picture or text cut short
    };

    ScreenshotTour(ScreenshotShop &shop, Options options);
    bool run();

private:
    bool save(QWidget *widget, const QString &name);
    // Shows a dialog or panel without a modal loop, grabs it and closes it.
    bool saveDialog(const QString &name, const std::function<QWidget *(QWidget *parent)> &make,
        QWidget *parent);

    // Runs `open` (which shows a window-modal dialog the way the application does), saves the
    // dialog it opened and closes it.
    bool saveOpened(const QString &name, const std::function<void()> &open);
    void customerDialogs(QWidget *window);
    void settingsSections(QWidget *window);
    void wizardPages();

    ScreenshotShop &m_shop;
    Options m_options;
    int m_failures = 0;
};
