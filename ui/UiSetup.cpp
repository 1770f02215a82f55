#include "ui/UiSetup.h"

#include "ui/UiLogging.h"
#include "ui/settings/LanguageChoice.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rapport::ui {

bool installTranslations(QApplication &application)
{
    // The language chosen in Settings, else the system's.
    const QLocale locale = LanguageChoice::locale();
    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);

    // English plurals first ("1 text", "3 texts"), whatever the language: a translation
    // installed later is searched first, and falls back to these for what it lacks.
    auto *plurals = new QTranslator(&application);
    if (plurals->load(QStringLiteral(":/i18n/rapport_en.qm")))
        QApplication::installTranslator(plurals);

    auto *ownTranslator = new QTranslator(&application);
    if (ownTranslator->load(
            locale, QStringLiteral("rapport"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(ownTranslator);
        qCInfo(lcUi) << "Loaded translation" << ownTranslator->language();
        return true;
    }
    return false;
}

void applyApplicationLook()
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rapport.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("rapport"));
}

} // namespace rapport::ui
