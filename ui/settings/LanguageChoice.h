#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace rapport::ui {

// The language the desktop shows, chosen on the Settings page and kept in the user's settings
// (QSettings "ui/language": empty for the system's language, else "en", "de" …). It applies
// when Rapport starts: the start-up code passes locale() to installTranslations.
class LanguageChoice final
{
    Q_DECLARE_TR_FUNCTIONS(LanguageChoice)

public:
    LanguageChoice() = delete;

    static inline const QString SettingsKey = QStringLiteral("ui/language");

    struct Language
    {
        QString code; // empty: the system's language
        QString name; // in that language ("Deutsch"); "System default" for the empty code
    };

    // The system's language first, then English and every embedded translation, by name.
    [[nodiscard]] static QList<Language> available();
    [[nodiscard]] static QString stored();
    static void store(const QString &code);
    // The locale to load translations for: the stored language, or the system's.
    [[nodiscard]] static QLocale locale();
};

} // namespace rapport::ui
