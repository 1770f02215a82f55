#include "app/policy/JurisdictionResolver.h"

#include "app/phone/PhoneGeocoder.h"
#include "app/phone/PhoneNumbers.h"

#include <QHash>

namespace rapport::app {

namespace {

struct Subdivision
{
    const char *code;
    const char *name;
};

// ISO 3166-2:US (states, the District of Columbia and the inhabited territories that share
// the +1 country code) and ISO 3166-2:CA (provinces and territories), with the names the
// libphonenumber geocoder data uses (resources/geocoding/en/1.txt).
constexpr Subdivision unitedStates[] = {{"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"},
    {"AR", "Arkansas"}, {"CA", "California"}, {"CO", "Colorado"}, {"CT", "Connecticut"},
    {"DE", "Delaware"}, {"DC", "Washington D.C."}, {"DC", "District of Columbia"},
    {"FL", "Florida"}, {"GA", "Georgia"}, {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"},
    {"IN", "Indiana"}, {"IA", "Iowa"}, {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"},
    {"ME", "Maine"}, {"MD", "Maryland"}, {"MA", "Massachusetts"}, {"MI", "Michigan"},
    {"MN", "Minnesota"}, {"MS", "Mississippi"}, {"MO", "Missouri"}, {"MT", "Montana"},
    {"NE", "Nebraska"}, {"NV", "Nevada"}, {"NH", "New Hampshire"}, {"NJ", "New Jersey"},
    {"NM", "New Mexico"}, {"NY", "New York"}, {"NC", "North Carolina"}, {"ND", "North Dakota"},
    {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"}, {"PA", "Pennsylvania"},
    {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"}, {"TN", "Tennessee"},
    {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"}, {"WA", "Washington"},
    {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"}, {"AS", "American Samoa"},
    {"GU", "Guam"}, {"MP", "Northern Mariana Islands"}, {"PR", "Puerto Rico"},
    {"VI", "U.S. Virgin Islands"}, {"UM", "U.S. Minor Outlying Islands"}};

constexpr Subdivision canada[] = {{"AB", "Alberta"}, {"BC", "British Columbia"}, {"MB", "Manitoba"},
    {"NB", "New Brunswick"}, {"NL", "Newfoundland and Labrador"}, {"NL", "Newfoundland"},
    {"NS", "Nova Scotia"}, {"NT", "Northwest Territories"}, {"NU", "Nunavut"}, {"ON", "Ontario"},
    {"PE", "Prince Edward Island"}, {"QC", "Quebec"}, {"QC", "Québec"}, {"SK", "Saskatchewan"},
    {"YT", "Yukon"}};

// name (lower case) -> code, and the set of codes, for one country.
struct Table
{
    QHash<QString, QString> byName;
    QHash<QString, QString> codes;
};

template<std::size_t N>
Table tableOf(const Subdivision (&entries)[N])
{
    Table table;
    for (const Subdivision &entry : entries) {
        const QString code = QString::fromLatin1(entry.code);
        table.byName.insert(QString::fromUtf8(entry.name).toLower(), code);
        table.codes.insert(code, code);
    }
    return table;
}

const Table *tableFor(const QString &country)
{
    static const Table us = tableOf(unitedStates);
    static const Table ca = tableOf(canada);
    if (country == QLatin1String("US"))
        return &us;
    if (country == QLatin1String("CA"))
        return &ca;
    return nullptr;
}

} // namespace

QString JurisdictionResolver::subdivisionFromDescription(
    const QString &country, const QString &description)
{
    const Table *table = tableFor(country);
    const QString text = description.trimmed();
    if (!table || text.isEmpty())
        return {};
    // A whole state or province: "Florida", "Ontario".
    if (const auto named = table->byName.constFind(text.toLower()); named != table->byName.cend())
        return *named;
    // A place and its postal abbreviation: "Miami, FL", "Etobicoke, ON".
    const qsizetype comma = text.lastIndexOf(u',');
    if (comma < 0)
        return {};
    const QString tail = text.mid(comma + 1).trimmed();
    if (const auto coded = table->codes.constFind(tail.toUpper()); coded != table->codes.cend())
        return *coded;
    // "Somewhere, Florida"
    return table->byName.value(tail.toLower());
}

Jurisdiction JurisdictionResolver::forNumber(const QString &e164)
{
    const PhoneNumbers::Parsed parsed = PhoneNumbers::parse(e164, QStringLiteral("ZZ"));
    if (parsed.e164.isEmpty() || parsed.region.isEmpty() || parsed.region == QLatin1String("ZZ")
        || parsed.region == QLatin1String("001"))
        return {};
    Jurisdiction jurisdiction {parsed.region, {}};
    if (tableFor(parsed.region))
        jurisdiction.subdivision = subdivisionFromDescription(
            parsed.region, PhoneGeocoder::areaDescription(parsed.e164));
    return jurisdiction;
}

} // namespace rapport::app
