#include "ui/PageCatalogue.h"

namespace rapport::ui {

QList<PageInfo> PageCatalogue::pages()
{
    return {
        {Page::Inbox, QStringLiteral("inbox"), tr("Inbox"), QStringLiteral(":/icons/inbox.svg"),
            tr("No conversations yet"),
            tr("Texts from your customers and your replies will appear here, one conversation per "
               "customer, with the unread ones first.")},
        {Page::Customers, QStringLiteral("customers"), tr("Customers"),
            QStringLiteral(":/icons/customers.svg"), tr("No customers yet"),
            tr("Your customer list will live here: names, mobile numbers, consent, visits and "
               "tags. "
               "You will be able to import the list from your till or add customers one by one.")},
        {Page::Campaigns, QStringLiteral("campaigns"), tr("Campaigns"),
            QStringLiteral(":/icons/campaigns.svg"), tr("No campaigns yet"),
            tr("A campaign sends one short text to a group of customers. Before it goes out you "
               "will see who receives it, who is skipped and why, and when the last text leaves.")},
        {Page::Automations, QStringLiteral("automations"), tr("Automations"),
            QStringLiteral(":/icons/automations.svg"), tr("No automations yet"),
            tr("Appointment reminders, birthday and anniversary wishes, welcome texts and feedback "
               "requests will run from here, only to customers who agreed and only at decent "
               "hours.")},
        {Page::Reports, QStringLiteral("reports"), tr("Reports"),
            QStringLiteral(":/icons/reports.svg"), tr("Nothing to report yet"),
            tr("Once texts go out, delivery and reply rates, opt-outs, feedback scores and "
               "returning "
               "customers will be charted here.")},
        {Page::Modem, QStringLiteral("modem"), tr("Modem"), QStringLiteral(":/icons/modem.svg"),
            tr("No modem set up"),
            tr("Rapport sends and receives texts through a USB GSM modem with a SIM card, plugged "
               "into this computer. Its signal, operator, SIM state and how many texts it has sent "
               "today will show here.")},
        {Page::Settings, QStringLiteral("settings"), tr("Settings"),
            QStringLiteral(":/icons/settings.svg"), tr("Settings"),
            tr("Your business profile, opening and quiet hours, keywords and their replies, "
               "templates, staff members and backups will be set here.")},
    };
}

} // namespace rapport::ui
