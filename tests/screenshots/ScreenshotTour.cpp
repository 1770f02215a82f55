#include "ScreenshotTour.h"

#include "ScreenshotShop.h"
#include "app/desktop/Workspace.h"
#include "modem/Clock.h"
#include "ui/MainWindow.h"
#include "ui/modems/AddModemDialog.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QTextStream>
#include <QWidget>

using namespace rapport;

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
