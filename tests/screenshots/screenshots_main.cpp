// Writes a PNG of every page of the main window, as a new user sees it, into a folder.
//   rapport_screenshots [--check] [--language CODE] OUTPUT_DIR
// With --check, also fails when a picture is blank (a single colour), so the suite notices
// a broken renderer.
#include "IsolatedEnvironment.h"
#include "app/AppIdentity.h"
#include "app/desktop/Workspace.h"
#include "modem/Clock.h"
#include "ui/MainWindow.h"
#include "ui/UiSetup.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLocale>
#include <QPixmap>
#include <QSet>
#include <QTextStream>

#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    // Screenshots show a first start: no remembered state, no data of the person running it.
    test::IsolatedEnvironment isolated;
    // The pictures go into the README: show the folders of a typical installation rather than
    // the temporary ones (nothing is written there; the window is never closed).
    qputenv("XDG_DATA_HOME", "/home/shop/.local/share");
    qputenv("XDG_CONFIG_HOME", "/home/shop/.config");
    app::AppIdentity::apply();
    QApplication application(argc, argv);
    QTextStream err(stderr);

    QStringList arguments = QApplication::arguments().mid(1);
    const bool check = arguments.removeAll(QStringLiteral("--check")) > 0;
    QString prefix = QStringLiteral("page");
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--language"));
        at >= 0 && at + 1 < arguments.size()) {
        QLocale::setDefault(QLocale(arguments.at(at + 1)));
        prefix = arguments.at(at + 1) + QStringLiteral("-page");
        arguments.remove(at, 2);
    }
    if (arguments.size() != 1) {
        err << "Usage: rapport_screenshots [--check] [--language CODE] OUTPUT_DIR\n";
        return 2;
    }
    ui::installTranslations(application);
    const QDir output(arguments.constFirst());
    if (!QDir().mkpath(output.path())) {
        err << "Cannot create " << output.path() << '\n';
        return 1;
    }

    auto workspace = app::Workspace::openInMemory(Clock::system());
    if (!workspace) {
        err << workspace.error() << '\n';
        return 1;
    }
    ui::MainWindow window(**workspace);
    window.resize(1180, 740);
    window.show();
    int failures = 0;
    for (const ui::PageInfo &info : ui::PageCatalogue::pages()) {
        window.showPage(info.page);
        QApplication::processEvents();
        const QImage image = window.grab().toImage();
        const QString file = output.filePath(QStringLiteral("%1-%2.png").arg(prefix, info.key));
        if (!image.save(file)) {
            err << "Cannot write " << file << '\n';
            ++failures;
        } else if (check && distinctColours(image) < 3) {
            err << file << " is blank\n";
            ++failures;
        } else {
            QTextStream(stdout) << file << '\n';
        }
    }
    return failures == 0 ? 0 : 1;
}
