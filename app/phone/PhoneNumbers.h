#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rapport::app {

// Everything the application knows about telephone numbers, answered by libphonenumber. No
// other part of the program parses, validates or formats a number: the metadata changes with
// every numbering-plan update and hand-written rules go stale. Numbers are stored as E.164
// ("+447700900123") and shown in the national format of the business's region.
class PhoneNumbers final
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)

public:
    // Why a number is (not) one we can text. The UI words it with describe().
    enum class Validity {
        Valid,
        Empty,
        NotANumber, // letters or no digits at all
        TooShort,
        TooLong,
        InvalidForRegion, // right length perhaps, but no such number in that country
        NotMobile, // a real landline or service number: texts cannot reach it
    };

    // libphonenumber's number types, mirrored so callers need not include it.
    enum class Type {
        Unknown,
        FixedLine,
        Mobile,
        FixedLineOrMobile, // countries (US, CA…) where the number alone cannot tell
        TollFree,
        PremiumRate,
        SharedCost,
        Voip,
        PersonalNumber,
        Pager,
        Uan,
        Voicemail,
    };

    struct Parsed
    {
        Validity validity = Validity::Empty;
        Type type = Type::Unknown;
        QString e164; // set whenever libphonenumber recognised a valid number
        QString national;
        QString international;
        QString region; // ISO 3166 code of the number itself, e.g. "GB" for +44 7700 900123
        [[nodiscard]] bool isValid() const { return validity == Validity::Valid; }
    };

    // Parses a number as a person typed it; `defaultRegion` (ISO 3166, e.g. "GB") applies to
    // numbers written without an international prefix.
    static Parsed parse(const QString &typed, const QString &defaultRegion);
    // E164Only leaves national, international and region empty: formatting is most of the
    // cost of a parse, and storage and imports need only the validity and E.164.
    enum class Detail { Full, E164Only };
    static Parsed parse(const QString &typed, const QString &defaultRegion, Detail detail);

private:
    static Parsed parseUncached(const QString &typed, const QString &defaultRegion, Detail detail);

public:
    // Plain-English explanation of what is wrong and what to do, for the UI.
    static QString describe(Validity validity);

    // True when both strings denote the same number ("07700 900123" and "+44 7700 900123").
    static bool sameNumber(const QString &a, const QString &b, const QString &defaultRegion);

    // The E.164 form of a partially typed number, for prefix search ("07700 9" in GB gives
    // "+4477009"). Empty when it cannot be read as the start of a number.
    static QString e164Prefix(const QString &typed, const QString &defaultRegion);

    // The display forms of a stored E.164 number; the input unchanged if it is not one.
    static QString formatNational(const QString &e164);
    static QString formatInternational(const QString &e164);

    // Whether libphonenumber has metadata for an ISO 3166 region code.
    static bool isSupportedRegion(const QString &region);

    // IANA zones in which the number may be located, and the one zone when that is unambiguous
    // (empty otherwise).
    static QStringList timeZonesFor(const QString &e164);
    static QString singleTimeZoneFor(const QString &e164);
};

} // namespace rapport::app
