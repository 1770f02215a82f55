#pragma once

#include "app/policy/Jurisdiction.h"

#include <QString>

namespace rapport::app {

// The jurisdiction of a phone number: the country libphonenumber assigns to it and, for the
// United States and Canada, the state or province its area code belongs to (libphonenumber's
// offline geocoder). A mobile number says where it was issued, not where its owner is today;
// that is the best the number alone can tell, and the customer record's own time zone still
// decides the local time.
class JurisdictionResolver final
{
public:
    // Empty when the number is not a valid E.164 number or belongs to no country; the country
    // alone when the geocoder cannot place it more precisely.
    static Jurisdiction forNumber(const QString &e164);

    // The subdivision code ("FL", "ON") for a geocoder description in English — "Florida",
    // "Miami, FL", "Etobicoke, ON", "Quebec" — or empty. Only US and CA are mapped.
    static QString subdivisionFromDescription(const QString &country, const QString &description);
};

} // namespace rapport::app
