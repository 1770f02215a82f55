#include "ui/UiSetup.h"

#include "ui/UiLogging.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rapport::ui {

void installTranslations(QApplication &application)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);

    auto *ownTranslator = new QTranslator(&application);
    if (ownTranslator->load(
            locale, QStringLiteral("rapport"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(ownTranslator);
        qCInfo(lcUi) << "Loaded translation" << ownTranslator->language();
    }
}

void applyApplicationLook()
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rapport.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("rapport"));
}

} // namespace rapport::ui
