// Writes a PNG of every page and dialog of Rapport, on a generated demo shop with the demo
// modem, into a folder.
//   rapport_screenshots [--check] [--language CODE] [--dark] OUTPUT_DIR
// With --check, also fails when a picture is blank (a single colour), so the suite notices
// a broken renderer.
#include "IsolatedEnvironment.h"
#include "ScreenshotShop.h"
#include "ScreenshotTour.h"
#include "app/AppIdentity.h"
#include "ui/UiSetup.h"
#include "ui/settings/LanguageChoice.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QPalette>
#include <QStyleFactory>
#include <QTextStream>

#include <cstdio>

using namespace rapport;

namespace {

// A dark palette like the ones desktops hand to Qt, to check that nothing assumes light colours.
QPalette darkPalette()
{
    QPalette palette;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    palette.setColor(QPalette::Highlight, QColor(61, 174, 233));
    palette.setColor(QPalette::HighlightedText, QColor(20, 20, 20));
    palette.setColor(QPalette::Link, QColor(100, 180, 255));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    return palette;
}

} // namespace

int main(int argc, char *argv[])
{
    // Screenshots show a shop as a new user sees it: no remembered state, no data of the person
    // running it.
    test::IsolatedEnvironment isolated;
    app::AppIdentity::apply();
    QApplication application(argc, argv);
    QTextStream err(stderr);

    QStringList arguments = QApplication::arguments().mid(1);
    ScreenshotTour::Options options;
    options.check = arguments.removeAll(QStringLiteral("--check")) > 0;
    const bool dark = arguments.removeAll(QStringLiteral("--dark")) > 0;
    QString language;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--language"));
        at >= 0 && at + 1 < arguments.size()) {
        language = arguments.at(at + 1);
        QLocale::setDefault(QLocale(language));
        // As if chosen in Settings › Language: the translation follows the stored choice (the
        // environment is isolated, so nobody's own choice changes).
        ui::LanguageChoice::store(language);
        options.prefix = language + u'-';
        arguments.remove(at, 2);
    }
    if (language.isEmpty()) {
        // Pictures in a shop's usual locale (dates, 24-hour times without seconds), not C's.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    if (arguments.size() != 1) {
        err << "Usage: rapport_screenshots [--check] [--language CODE] [--dark] OUTPUT_DIR\n";
        return 2;
    }
    if (dark) {
        // Fusion draws with the palette everywhere, as desktop themes do in dark mode.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        options.prefix += QStringLiteral("dark-");
    }
    const bool translated = ui::installTranslations(application);
    if (!language.isEmpty() && !language.startsWith(QLatin1String("en")) && !translated) {
        err << "Rapport has no translation into \"" << language << "\"; German is \"de\".\n";
        return 2;
    }
    options.output = QDir(arguments.constFirst());
    if (!QDir().mkpath(options.output.path())) {
        err << "Cannot create " << options.output.path() << '\n';
        return 1;
    }

    ScreenshotShop shop;
    if (const QString problem = shop.open(); !problem.isEmpty()) {
        err << "Cannot set up the demo shop: " << problem << '\n';
        return 1;
    }
    ScreenshotTour tour(shop, options);
    return tour.run() ? 0 : 1;
}
