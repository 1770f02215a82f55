#include "app/policy/PublicHolidays.h"

#include <algorithm>

namespace rapport::app {

namespace {

// The `n`th `dayOfWeek` (1 = Monday) of a month; n = -1 for the last.
QDate nthWeekday(int year, int month, int dayOfWeek, int n)
{
    if (n < 0) {
        const QDate last(year, month, QDate(year, month, 1).daysInMonth());
        return last.addDays(-((last.dayOfWeek() - dayOfWeek + 7) % 7));
    }
    const QDate first(year, month, 1);
    return first.addDays((dayOfWeek - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
}

QList<QDate> france(int year)
{
    const QDate easter = PublicHolidays::easterSunday(year);
    return {QDate(year, 1, 1), easter.addDays(1), QDate(year, 5, 1), QDate(year, 5, 8),
        easter.addDays(39), easter.addDays(50), QDate(year, 7, 14), QDate(year, 8, 15),
        QDate(year, 11, 1), QDate(year, 11, 11), QDate(year, 12, 25)};
}

QList<QDate> unitedStates(int year)
{
    constexpr int monday = 1;
    constexpr int thursday = 4;
    return {QDate(year, 1, 1), nthWeekday(year, 1, monday, 3), nthWeekday(year, 2, monday, 3),
        nthWeekday(year, 5, monday, -1), QDate(year, 6, 19), QDate(year, 7, 4),
        nthWeekday(year, 9, monday, 1), nthWeekday(year, 10, monday, 2), QDate(year, 11, 11),
        nthWeekday(year, 11, thursday, 4), QDate(year, 12, 25)};
}

} // namespace

QDate PublicHolidays::easterSunday(int year)
{
    if (year < 1583)
        return {};
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<QDate> PublicHolidays::forYear(const QString &country, int year)
{
    if (year < 1583)
        return {};
    QList<QDate> days;
    if (country == QLatin1String("FR"))
        days = france(year);
    else if (country == QLatin1String("US"))
        days = unitedStates(year);
    std::sort(days.begin(), days.end());
    return days;
}

bool PublicHolidays::isPublicHoliday(const QString &country, const QDate &date)
{
    if (!date.isValid() || !isKnownCountry(country))
        return false;
    // Asked for every day a sending window is searched; eleven dates a year are cheap to
    // compute, so no cache to go stale or to guard.
    return forYear(country, date.year()).contains(date);
}

bool PublicHolidays::isKnownCountry(const QString &country)
{
    return country == QLatin1String("FR") || country == QLatin1String("US");
}

} // namespace rapport::app
