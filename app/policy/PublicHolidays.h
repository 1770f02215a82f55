#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace rapport::app {

// Public holidays computed per year, for the legal rules that ban marketing on them (France).
// Only the countries listed below are known; for any other, no day is a public holiday and a
// business that needs one lists it among its own holidays in the settings.
class PublicHolidays final
{
public:
    // Easter Sunday in the Gregorian calendar, by the "anonymous Gregorian algorithm"
    // (Meeus/Jones/Butcher; J. Meeus, Astronomical Algorithms, 2nd ed., ch. 8). Valid for every
    // Gregorian year (1583 onwards); an invalid date before that.
    static QDate easterSunday(int year);

    // The public holidays of `country` (ISO 3166-1 alpha-2) in `year`, in date order.
    //  - FR: the eleven jours fériés of Code du travail art. L3133-1: 1 January, Easter Monday,
    //    1 May, 8 May, Ascension (Easter + 39), Whit Monday (Easter + 50), 14 July, 15 August,
    //    1 November, 11 November, 25 December. (Alsace-Moselle's extra Good Friday and 26
    //    December are not included.)
    //  - US: the eleven federal holidays of 5 U.S.C. 6103(a), on their calendar dates (not the
    //    Friday/Monday on which a weekend holiday is observed).
    static QList<QDate> forYear(const QString &country, int year);
    static bool isPublicHoliday(const QString &country, const QDate &date);
    // Whether forYear knows the country at all.
    static bool isKnownCountry(const QString &country);
};

} // namespace rapport::app
