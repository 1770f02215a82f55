#pragma once

#include <QString>

namespace rapport::app {

// Whose law applies to a number: a country (ISO 3166-1 alpha-2, "US") and, where a country's
// parts have rules of their own, a subdivision (the ISO 3166-2 suffix, "FL" for "US-FL").
// Empty when the number belongs to no country (+800, +882…): then only the business's own
// sending hours apply.
struct Jurisdiction
{
    QString country; // "US"; empty when unknown
    QString subdivision; // "FL"; empty when unknown or not needed

    [[nodiscard]] bool isEmpty() const { return country.isEmpty(); }
    [[nodiscard]] bool hasSubdivision() const { return !subdivision.isEmpty(); }
    // "US-FL", "US", or empty: the key of the legal rules in PolicyConfig.
    [[nodiscard]] QString code() const;
    // The country alone ("US" for "US-FL").
    [[nodiscard]] Jurisdiction countryOnly() const { return Jurisdiction {country, {}}; }

    // Reads "US", "us-fl", "FR"; an empty Jurisdiction for anything else (isValidCode tells the
    // settings validation which codes to reject, so a typo is reported, not silently ignored).
    static Jurisdiction fromCode(const QString &code);
    static bool isValidCode(const QString &code);

    bool operator==(const Jurisdiction &) const = default;
};

} // namespace rapport::app
