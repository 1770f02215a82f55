#include "ui/common/Money.h"

#include <QLocale>

#include <cstdlib>

namespace rapport::ui {

QString Money::symbol(const QString &region)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    if (territory == QLocale::AnyTerritory)
        return {};
    // The user's own language where it is spoken there (a German user in Switzerland:
    // "CHF"), otherwise the territory's first language.
    const QLocale own(QLocale().language(), territory);
    if (own.territory() == territory)
        return own.currencySymbol(QLocale::CurrencySymbol);
    const QList<QLocale> spoken
        = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, territory);
    return spoken.isEmpty() ? QString()
                            : spoken.constFirst().currencySymbol(QLocale::CurrencySymbol);
}

QString Money::text(qint64 cents, const QString &region)
{
    QLocale locale;
    if (locale.language() == QLocale::C) {
        // No language set (the "C" locale of a bare system): write money as the region does.
        const QLocale::Territory territory = QLocale::codeToTerritory(region);
        const QList<QLocale> spoken
            = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, territory);
        if (territory != QLocale::AnyTerritory && !spoken.isEmpty())
            locale = spoken.constFirst();
    }
    const QString currency = symbol(region);
    if (currency.isEmpty())
        return locale.toString(double(cents) / 100.0, 'f', 2);
    // Some locales write a negative amount in brackets (accounting style); a refund at the
    // counter reads better with a minus sign.
    const QString amount = locale.toCurrencyString(double(std::abs(cents)) / 100.0, currency, 2);
    return cents < 0 ? locale.negativeSign() + amount : amount;
}

} // namespace rapport::ui
