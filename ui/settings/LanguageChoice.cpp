#include "ui/settings/LanguageChoice.h"

#include <QCollator>
#include <QDir>
#include <QSettings>

#include <algorithm>

namespace rapport::ui {

QList<LanguageChoice::Language> LanguageChoice::available()
{
    QList<Language> languages {{QStringLiteral("en"), QStringLiteral("English")}};
    // Translations are embedded as :/i18n/rapport_<code>.qm.
    const QStringList files
        = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("rapport_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString code = file.mid(8, file.size() - 8 - 3);
        if (code.isEmpty() || code == QLatin1String("en"))
            continue;
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        languages.append({code, name.isEmpty() ? code : name});
    }
    QCollator collator;
    std::sort(
        languages.begin(), languages.end(), [&collator](const Language &a, const Language &b) {
            return collator.compare(a.name, b.name) < 0;
        });
    languages.prepend({QString(), tr("System default")});
    return languages;
}

QString LanguageChoice::stored()
{
    return QSettings().value(SettingsKey).toString();
}

void LanguageChoice::store(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(SettingsKey);
    else
        settings.setValue(SettingsKey, code);
}

QLocale LanguageChoice::locale()
{
    const QString code = stored();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

} // namespace rapport::ui
