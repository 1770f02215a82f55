// Renders the customers page and its dialogs on a generated demo shop to PNG files, for looking
// at them (not a test):  shot_customers <folder> [--dark]
#include "CustomersFixture.h"
#include "app/demo/DemoDataGenerator.h"
#include "ui/customers/ConsentDialog.h"
#include "ui/customers/CustomerEditor.h"
#include "ui/customers/ExportDialog.h"
#include "ui/customers/ImportFilePage.h"
#include "ui/customers/ImportMappingPage.h"
#include "ui/customers/ImportRunPage.h"
#include "ui/customers/ImportWizard.h"
#include "ui/customers/MergeDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QPlainTextEdit>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTextStream>

using namespace rapport;

namespace {

void grab(QWidget *widget, const QString &folder, const QString &name)
{
    QCoreApplication::processEvents();
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(55, 55, 60));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::ToolTipBase, QColor(55, 55, 60));
    p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    application.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList args = application.arguments();
    const QString folder = args.value(1, QStringLiteral("/tmp"));
    const bool dark = args.contains(QStringLiteral("--dark"));
    if (dark)
        application.setPalette(darkPalette());
    const QString prefix = dark ? QStringLiteral("customers-dark-") : QStringLiteral("customers-");

    test::CustomersFixture f;
    if (!f.open(QStringLiteral("shots")))
        return 1;
    {
        // An empty book first, for the empty state.
        ui::CustomersPage empty(f.services(), f.dialogs());
        empty.resize(1280, 800);
        empty.show();
        grab(&empty, folder, prefix + QStringLiteral("empty"));
    }
    app::DemoOptions options;
    options.customers = 500;
    options.messages = 300;
    options.today = QDate(2025, 3, 14);
    options.zone = QTimeZone::utc();
    options.businessName = QStringLiteral("Salon Lumière");
    if (auto made = app::DemoDataGenerator::generate(*f.db, options); !made) {
        QTextStream(stderr) << made.error().detail << '\n';
        return 1;
    }
    f.actor = f.manager;
    ui::CustomersPage page(f.services(), f.dialogs());
    page.resize(1280, 800);
    page.show();
    page.table()->setCurrentIndex(page.model()->index(3, 0));
    grab(&page, folder, prefix + QStringLiteral("page"));
    page.setSearchText(QStringLiteral("sm"));
    page.table()->setCurrentIndex(page.model()->index(0, 0));
    grab(&page, folder, prefix + QStringLiteral("page-search"));
    page.setSearchText({});
    page.selectSegment(QStringLiteral("lapsed"));
    grab(&page, folder, prefix + QStringLiteral("page-segment"));
    page.selectSegment(QStringLiteral("all"));

    const qint64 id = page.model()->customerId(3);
    page.editCustomer(id);
    if (auto *editor = f.lastShown<ui::CustomerEditor>())
        grab(editor, folder, prefix + QStringLiteral("editor"));
    page.addCustomer();
    if (auto *editor = f.lastShown<ui::CustomerEditor>()) {
        QTest::keyClicks(
            editor->findChild<QLineEdit *>(QStringLiteral("firstName")), QStringLiteral("Ana"));
        QTest::keyClicks(
            editor->findChild<QLineEdit *>(QStringLiteral("mobile")), QStringLiteral("0740012"));
        QTest::keyClicks(
            editor->findChild<QLineEdit *>(QStringLiteral("email")), QStringLiteral("ana@"));
        grab(editor, folder, prefix + QStringLiteral("editor-typing"));
    }
    page.recordConsent(id);
    if (auto *dialog = f.lastShown<ui::ConsentDialog>())
        grab(dialog, folder, prefix + QStringLiteral("consent"));
    page.mergeCustomer(id);
    if (auto *dialog = f.lastShown<ui::MergeDialog>()) {
        dialog->search(QStringLiteral("a"));
        grab(dialog, folder, prefix + QStringLiteral("merge"));
    }
    page.exportCustomers();
    if (auto *dialog = f.lastShown<ui::ExportDialog>())
        grab(dialog, folder, prefix + QStringLiteral("export"));

    // The erase question, as the real seam shows it.
    ui::CustomerDialogs real = ui::CustomerDialogs::standard();
    ui::CustomerDialogs captured = f.dialogs();
    captured.confirm = [&](QWidget *parent, const ui::Confirmation &question, auto answer) {
        real.confirm(parent, question, answer);
        for (QMessageBox *box : parent->findChildren<QMessageBox *>()) {
            if (box->isVisible())
                grab(box, folder, prefix + QStringLiteral("erase"));
            box->reject();
        }
    };
    ui::CustomersPage erasePage(f.services(), captured);
    erasePage.erasePerson(id);

    // The import wizard on a CSV with a few bad rows.
    const QString csv = QDir(folder).filePath(QStringLiteral("clients.csv"));
    QFile file(csv);
    file.open(QIODevice::WriteOnly);
    file.write("First name,Last name,Mobile,Email,Birthday,Marketing\n"
               "Zoë,Mendes,07400 900111,zoe@example.com,1990-04-12,yes\n"
               "Bob,Jones,12345,,,no\n"
               "Cai,Wen,+44 7400 900112,,31/02,yes\n"
               "Dee,Ray,07400 900111,,,\n"
               ",,,nobody@example.com,,\n"
               "Eve,Moss,07400900113,,,yes\n");
    file.close();
    f.fileToOpen = csv;
    page.importCustomers();
    if (auto *wizard = f.lastShown<ui::ImportWizard>()) {
        wizard->filePage()->readFile(csv);
        while (wizard->filePage()->isReading())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        grab(wizard, folder, prefix + QStringLiteral("import-file"));
        wizard->next();
        grab(wizard, folder, prefix + QStringLiteral("import-mapping"));
        QComboBox *marketing = wizard->mappingPage()->targetBox(5);
        marketing->setCurrentIndex(marketing->findText(
            app::ImportTarget::displayName(app::ImportTarget::Kind::ConsentMarketing)));
        if (auto *wording = wizard->findChild<QPlainTextEdit *>(QStringLiteral("consentWording")))
            wording->setPlainText(QStringLiteral("Tick to get offers by text"));
        grab(wizard, folder, prefix + QStringLiteral("import-mapping-wording"));
        wizard->next();
        grab(wizard, folder, prefix + QStringLiteral("import-preview"));
        wizard->next();
        while (!wizard->runPage()->isFinished())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        grab(wizard, folder, prefix + QStringLiteral("import-results"));
    }
    return 0;
}
