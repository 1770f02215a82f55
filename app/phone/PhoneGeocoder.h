#pragma once

#include <QString>

namespace rapport::app {

// Where a number is registered, in words, from libphonenumber's offline geocoder: "Florida",
// "Miami, FL", "Etobicoke, ON"; for numbers the data does not place more precisely, the country
// ("United States"). The policy engine turns the words into a state or province, because some
// states have their own sending hours. Kept apart from PhoneNumbers because the geocoder is a
// separate library (libgeocoding) with ICU underneath.
class PhoneGeocoder final
{
public:
    // The English description for a valid E.164 number; empty when the number is not valid or
    // the data has nothing for it. English on purpose: callers match the words, not show them.
    static QString areaDescription(const QString &e164);
};

} // namespace rapport::app
