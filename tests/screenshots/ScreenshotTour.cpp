#include "ScreenshotTour.h"

#include "../ui/settings/ScreenCheck.h"

#include "ScreenshotShop.h"
#include "app/appointments/AppointmentBook.h"
#include "app/desktop/Workspace.h"
#include "app/threads/ThreadRepository.h"
#include "modem/Clock.h"
#include "ui/MainWindow.h"
#include "ui/customers/CustomerTableModel.h"
#include "ui/customers/CustomersPage.h"
#include "ui/firstrun/FirstRunWizard.h"
#include "ui/inbox/InboxPage.h"
#include "ui/inbox/ThreadListPane.h"

#include "ui/modems/AddModemDialog.h"
#include "ui/settings/SettingsPage.h"
#include "ui/settings/SettingsSection.h"
#include <QLineEdit>
#include <QListView>

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QImage>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTextStream>
#include <QWidget>

using namespace rapport;
using namespace Qt::StringLiterals;

namespace {

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

ScreenshotTour::ScreenshotTour(ScreenshotShop &shop, Options options)
    : m_shop(shop)
    , m_options(std::move(options))
{ }

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    settle();
    const QImage image = widget->grab().toImage();
    const QString file
        = m_options.output.filePath(m_options.prefix + name + QStringLiteral(".png"));
    QTextStream err(stderr);
    if (!image.save(file)) {
        err << "Cannot write " << file << '\n';
        ++m_failures;
        return false;
    }
    if (m_options.check && distinctColours(image) < 3) {
        err << file << " is blank\n";
        ++m_failures;
        return false;
    }
    // Text cut short: at any scale and in any language every label and button shows its text.
    if (const QStringList cut = m_options.check ? test::clipped(widget) : QStringList();
        !cut.isEmpty()) {
        err << file << " cuts text short: " << cut.join(QStringLiteral("; ")) << '\n';
        ++m_failures;
        return false;
    }
    QTextStream(stdout) << file << '\n';
    return true;
}

bool ScreenshotTour::saveDialog(
    const QString &name, const std::function<QWidget *(QWidget *parent)> &make, QWidget *parent)
{
    QWidget *dialog = make(parent);
    dialog->show();
    const bool saved = save(dialog, name);
    dialog->close();
    delete dialog;
    return saved;
}

bool ScreenshotTour::saveOpened(const QString &name, const std::function<void()> &open)
{
    const QWidgetList before = QApplication::topLevelWidgets();
    open();
    settle();
    QWidget *opened = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && !before.contains(widget) && qobject_cast<QDialog *>(widget))
            opened = widget;
    }
    if (!opened) {
        QTextStream(stderr) << "No dialog opened for " << name << '\n';
        ++m_failures;
        return false;
    }
    const bool saved = save(opened, name);
    if (auto *dialog = qobject_cast<QDialog *>(opened))
        dialog->reject();
    settle();
    return saved;
}

void ScreenshotTour::customerDialogs(QWidget *window)
{
    auto *mainWindow = static_cast<ui::MainWindow *>(window);
    mainWindow->showPage(ui::Page::Customers);
    auto *page = qobject_cast<ui::CustomersPage *>(mainWindow->pageWidget(ui::Page::Customers));
    if (!page) {
        ++m_failures;
        return;
    }
    page->table()->setCurrentIndex(page->model()->index(3, 0));
    save(window, QStringLiteral("page-customers-chosen"));
    const qint64 id = page->model()->customerId(3);
    saveOpened(QStringLiteral("dialog-customer-edit"), [&] { page->editCustomer(id); });
    saveOpened(QStringLiteral("dialog-customer-add"), [&] { page->addCustomer(); });
    saveOpened(QStringLiteral("dialog-consent"), [&] { page->recordConsent(id); });
    saveOpened(QStringLiteral("dialog-merge"), [&] { page->mergeCustomer(id); });
    saveOpened(QStringLiteral("dialog-import"), [&] { page->importCustomers(); });
    saveOpened(QStringLiteral("dialog-export"), [&] { page->exportCustomers(); });
    saveOpened(QStringLiteral("dialog-erase"), [&] { page->erasePerson(id); });
}

void ScreenshotTour::settingsSections(QWidget *window)
{
    auto *mainWindow = static_cast<ui::MainWindow *>(window);
    mainWindow->showPage(ui::Page::Settings);
    auto *page = qobject_cast<ui::SettingsPage *>(mainWindow->pageWidget(ui::Page::Settings));
    if (!page) {
        ++m_failures;
        return;
    }
    for (ui::SettingsSection *section : page->sections()) {
        page->showSection(section->key());
        save(window, QStringLiteral("settings-") + section->key());
    }
}

void ScreenshotTour::wizardPages()
{
    // A shop on its first start: a database of its own, nothing set up yet.
    auto fresh = app::Workspace::openInMemory(Clock::system());
    if (!fresh) {
        ++m_failures;
        return;
    }
    ui::FirstRunWizard wizard(**fresh);
    const QList<std::pair<int, QString>> pages {{ui::FirstRunWizard::Business, u"business"_s},
        {ui::FirstRunWizard::Region, u"region"_s}, {ui::FirstRunWizard::Hours, u"hours"_s},
        {ui::FirstRunWizard::Owner, u"owner"_s}, {ui::FirstRunWizard::Modem, u"modem"_s},
        {ui::FirstRunWizard::TestMessage, u"test"_s}};
    for (const auto &[id, name] : pages) {
        wizard.setStartId(id);
        wizard.restart();
        wizard.show();
        save(&wizard, QStringLiteral("wizard-") + name);
    }
    wizard.hide();
}

bool ScreenshotTour::run()
{
    app::Workspace &workspace = m_shop.workspace();
    ui::MainWindow window(workspace);
    window.resize(1280, 800);
    window.show();
    for (const ui::PageInfo &info : ui::PageCatalogue::pages()) {
        window.showPage(info.page);
        save(&window, QStringLiteral("page-") + info.key);
    }

    // A conversation open, the one with the most to show: the longest of the first page.
    if (auto *inbox = qobject_cast<ui::InboxPage *>(window.pageWidget(ui::Page::Inbox))) {
        window.showPage(ui::Page::Inbox);
        const auto threads = workspace.threads().list(app::ThreadFilter {});
        if (threads && !threads->isEmpty()) {
            qint64 chosen = threads->first().threadId;
            // A customer who wrote last and has an appointment coming: a full side panel.
            for (const app::ThreadSummary &thread : *threads) {
                if (thread.customerId <= 0 || !thread.lastMessageIncoming)
                    continue;
                const auto next = workspace.appointments().next(thread.customerId);
                if (next && next->has_value()) {
                    chosen = thread.threadId;
                    break;
                }
            }
            inbox->openThread(chosen);
            save(&window, QStringLiteral("page-inbox-conversation"));
            if (auto *book = inbox->findChild<QPushButton *>(QStringLiteral("bookAppointment")))
                saveOpened(QStringLiteral("dialog-book-appointment"), [book] { book->click(); });
        }
        // A search: conversations by name or number above, messages with the words below,
        // the first of them opened where it is in its conversation.
        ui::ThreadListPane *pane = inbox->threadList();
        pane->searchField()->setText(QStringLiteral("reschedule"));
        pane->applyFilter();
        if (pane->hitList()->model() && pane->hitList()->model()->rowCount() > 0)
            pane->hitList()->setCurrentIndex(pane->hitList()->model()->index(0, 0));
        save(&window, QStringLiteral("page-inbox-search"));
        pane->searchField()->clear();
        pane->applyFilter();
    }
    customerDialogs(&window);
    settingsSections(&window);
    wizardPages();
    saveDialog(
        QStringLiteral("dialog-add-modem"),
        [&workspace](QWidget *parent) {
            auto *dialog = new ui::AddModemDialog(workspace.clock(), parent);
            dialog->scan();
            // The probe answers within its time-out; a picture of "Looking…" says nothing.
            QDeadlineTimer deadline(6000);
            while (dialog->isScanning() && !deadline.hasExpired())
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            return dialog;
        },
        &window);
    return m_failures == 0;
}
