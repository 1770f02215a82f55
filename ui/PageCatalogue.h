#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rapport::ui {

enum class Page { Inbox, Customers, Campaigns, Automations, Reports, Modem, Settings };

// What the navigation shows for each page, and what the page says while it has nothing to show.
struct PageInfo
{
    Page page;
    QString key; // stable, for remembered state; never translated
    QString title;
    QString iconPath;
    QString emptyTitle;
    QString emptyBody;
};

class PageCatalogue final
{
    Q_DECLARE_TR_FUNCTIONS(PageCatalogue)
public:
    // Built on each call so the texts follow the translator installed at the time.
    static QList<PageInfo> pages();
};

} // namespace rapport::ui
