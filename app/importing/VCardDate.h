#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace rapport::app {

struct VCardProperty;

// BDAY and ANNIVERSARY values in the forms phones and address books write, reduced to what a
// customer record holds: "YYYY-MM-DD", or "--MM-DD" when the year is not known.
//
// Accepted (RFC 6350 §4.3.1 and the BDAY examples of §6.2.5, RFC 2426 §3.1.5 and ISO 8601):
// 19960415, 1996-04-15, --0415, --04-15, a date-time whose date part is one of those
// (1953-10-15T23:10:00Z, 19531015T231000Z), and Apple's year placeholder
// (BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-15). Reduced forms without a day or month (1985,
// 1985-04, ---15) and text values ("circa 1800") give nothing: a birthday needs both.
class VCardDate final
{
public:
    static std::optional<QString> normalise(QStringView value, int omittedYear = 0);
    static std::optional<QString> normalise(const VCardProperty &property);
};

} // namespace rapport::app
