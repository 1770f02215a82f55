#include "app/phone/PhoneNumbers.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace rapport::app {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

PhoneNumbers::Type typeOf(PhoneNumberUtil::PhoneNumberType type)
{
    using T = PhoneNumbers::Type;
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE:
        return T::FixedLine;
    case PhoneNumberUtil::MOBILE:
        return T::Mobile;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return T::FixedLineOrMobile;
    case PhoneNumberUtil::TOLL_FREE:
        return T::TollFree;
    case PhoneNumberUtil::PREMIUM_RATE:
        return T::PremiumRate;
    case PhoneNumberUtil::SHARED_COST:
        return T::SharedCost;
    case PhoneNumberUtil::VOIP:
        return T::Voip;
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return T::PersonalNumber;
    case PhoneNumberUtil::PAGER:
        return T::Pager;
    case PhoneNumberUtil::UAN:
        return T::Uan;
    case PhoneNumberUtil::VOICEMAIL:
        return T::Voicemail;
    case PhoneNumberUtil::UNKNOWN:
        break;
    }
    return T::Unknown;
}

// Which types a text message can reach. FIXED_LINE_OR_MOBILE counts: in North America the
// number does not say, and refusing every US customer would be absurd. VoIP numbers often take
// texts; the rest are landlines and service numbers.
bool canReceiveTexts(PhoneNumbers::Type type)
{
    using T = PhoneNumbers::Type;
    return type == T::Mobile || type == T::FixedLineOrMobile || type == T::Voip;
}

QString format(const PhoneNumber &number, PhoneNumberUtil::PhoneNumberFormat style)
{
    std::string out;
    util().Format(number, style, &out);
    return QString::fromStdString(out);
}

bool hasLetters(const QString &typed)
{
    for (const QChar c : typed) {
        if (c.isLetter())
            return true;
    }
    return false;
}

// The usable parse of `typed`, or false. Letters are refused before libphonenumber sees them:
// it would read "07700 900ABC" as a vanity number (ABC = 222), which for a customer's mobile is
// far more likely a slip of the keyboard than a number the customer meant.
bool parseNumber(const QString &typed, const QString &region, PhoneNumber *number,
    PhoneNumberUtil::ErrorType *error = nullptr)
{
    if (hasLetters(typed)) {
        if (error)
            *error = PhoneNumberUtil::NOT_A_NUMBER;
        return false;
    }
    const PhoneNumberUtil::ErrorType result
        = util().Parse(typed.toStdString(), region.toUpper().toStdString(), number);
    if (error)
        *error = result;
    return result == PhoneNumberUtil::NO_PARSING_ERROR;
}

PhoneNumbers::Validity validityOfParseError(PhoneNumberUtil::ErrorType error)
{
    using V = PhoneNumbers::Validity;
    switch (error) {
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return V::TooShort;
    case PhoneNumberUtil::TOO_LONG_NSN:
        return V::TooLong;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return V::InvalidForRegion;
    case PhoneNumberUtil::NOT_A_NUMBER:
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    }
    return V::NotANumber;
}

PhoneNumbers::Validity validityOfLength(PhoneNumberUtil::ValidationResult result)
{
    using V = PhoneNumbers::Validity;
    switch (result) {
    case PhoneNumberUtil::TOO_SHORT:
    // A local-only number lacks its area code: to the person typing it, too short.
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return V::TooShort;
    case PhoneNumberUtil::TOO_LONG:
        return V::TooLong;
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
    case PhoneNumberUtil::INVALID_LENGTH:
        break;
    }
    return V::InvalidForRegion;
}

// True when the zones keep the same UTC offset at every sample over the coming two years, so
// that for quiet hours they are one zone (Germany lists Europe/Berlin and Europe/Busingen).
bool sameLocalTime(const QStringList &zones)
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const QTimeZone first(zones.constFirst().toUtf8());
    for (int day = 0; day < 2 * 366; day += 7) {
        const QDateTime at = start.addDays(day);
        for (const QString &id : zones) {
            if (QTimeZone(id.toUtf8()).offsetFromUtc(at) != first.offsetFromUtc(at))
                return false;
        }
    }
    return true;
}

} // namespace

PhoneNumbers::Parsed PhoneNumbers::parse(const QString &typed, const QString &defaultRegion)
{
    return parse(typed, defaultRegion, Detail::Full);
}

PhoneNumbers::Parsed PhoneNumbers::parse(
    const QString &typed, const QString &defaultRegion, Detail detail)
{
    // The same number is often parsed twice in a row (an import checks it, then the customer
    // book validates it); the last answer is kept per thread.
    struct Last
    {
        QString typed;
        QString region;
        Detail detail = Detail::Full;
        Parsed parsed;
    };
    thread_local Last last;
    if (last.detail == detail && last.typed == typed && last.region == defaultRegion
        && !typed.isEmpty())
        return last.parsed;
    last = Last {typed, defaultRegion, detail, parseUncached(typed, defaultRegion, detail)};
    return last.parsed;
}

PhoneNumbers::Parsed PhoneNumbers::parseUncached(
    const QString &typed, const QString &defaultRegion, Detail detail)
{
    Parsed parsed;
    if (typed.trimmed().isEmpty())
        return parsed; // Validity::Empty
    PhoneNumber number;
    PhoneNumberUtil::ErrorType error = PhoneNumberUtil::NO_PARSING_ERROR;
    if (!parseNumber(typed, defaultRegion, &number, &error)) {
        parsed.validity = validityOfParseError(error);
        return parsed;
    }
    const PhoneNumberUtil::ValidationResult length = util().IsPossibleNumberWithReason(number);
    if (length != PhoneNumberUtil::IS_POSSIBLE) {
        parsed.validity = validityOfLength(length);
        return parsed;
    }
    // GetNumberType is UNKNOWN exactly when IsValidNumber is false (both match the national
    // number against the region's patterns); asking once halves the cost of a parse.
    const PhoneNumberUtil::PhoneNumberType numberType = util().GetNumberType(number);
    if (numberType == PhoneNumberUtil::UNKNOWN) {
        // A length that fits some number of the country (a GB local number has 7 digits) but
        // not a mobile is, to someone typing a mobile, a digit too few or too many.
        const PhoneNumberUtil::ValidationResult asMobile
            = util().IsPossibleNumberForTypeWithReason(number, PhoneNumberUtil::MOBILE);
        parsed.validity = asMobile == PhoneNumberUtil::TOO_SHORT ? Validity::TooShort
            : asMobile == PhoneNumberUtil::TOO_LONG              ? Validity::TooLong
                                                                 : Validity::InvalidForRegion;
        return parsed;
    }
    parsed.type = typeOf(numberType);
    parsed.e164 = format(number, PhoneNumberUtil::E164);
    parsed.validity = canReceiveTexts(parsed.type) ? Validity::Valid : Validity::NotMobile;
    if (detail == Detail::E164Only)
        return parsed;
    parsed.national = format(number, PhoneNumberUtil::NATIONAL);
    parsed.international = format(number, PhoneNumberUtil::INTERNATIONAL);
    std::string region;
    util().GetRegionCodeForNumber(number, &region);
    parsed.region = QString::fromStdString(region);
    parsed.validity = canReceiveTexts(parsed.type) ? Validity::Valid : Validity::NotMobile;
    return parsed;
}

QString PhoneNumbers::describe(Validity validity)
{
    switch (validity) {
    case Validity::Valid:
        return tr("This mobile number looks right.");
    case Validity::Empty:
        return tr("No number entered. Type the customer's mobile number.");
    case Validity::NotANumber:
        return tr("This is not a phone number: it contains letters or no digits. "
                  "Type the number using digits only.");
    case Validity::TooShort:
        return tr("This number is too short. Check that no digit is missing, including the area "
                  "or mobile code.");
    case Validity::TooLong:
        return tr("This number is too long. Check for an extra digit or two numbers typed "
                  "together.");
    case Validity::InvalidForRegion:
        return tr("No such number exists in this country. Check the digits, or if it is a "
                  "foreign number type it with + and the country code.");
    case Validity::NotMobile:
        return tr("This is a landline number: texts cannot reach it. Ask for a mobile number.");
    }
    return {};
}

bool PhoneNumbers::sameNumber(const QString &a, const QString &b, const QString &defaultRegion)
{
    PhoneNumber first;
    PhoneNumber second;
    if (!parseNumber(a, defaultRegion, &first) || !parseNumber(b, defaultRegion, &second))
        return false;
    return format(first, PhoneNumberUtil::E164) == format(second, PhoneNumberUtil::E164);
}

QString PhoneNumbers::e164Prefix(const QString &typed, const QString &defaultRegion)
{
    if (typed.trimmed().isEmpty() || hasLetters(typed))
        return {};
    PhoneNumber number;
    const std::string region = defaultRegion.toUpper().toStdString();
    if (util().ParseAndKeepRawInput(typed.toStdString(), region, &number)
        != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    // libphonenumber strips the trunk prefix only once the rest looks like a whole number, so
    // a partial "07400 1" keeps its 0 as a "leading zero". Where the region's trunk prefix is 0
    // and the number was typed nationally, that zero is the trunk prefix; Italy, whose numbers
    // really start with 0, has no trunk prefix and keeps it.
    if (number.italian_leading_zero()
        && number.country_code_source() == PhoneNumber::FROM_DEFAULT_COUNTRY) {
        std::string trunk;
        util().GetNddPrefixForRegion(region, true, &trunk);
        if (trunk == "0" && number.number_of_leading_zeros() == 1) {
            number.clear_italian_leading_zero();
            number.clear_number_of_leading_zeros();
        }
    }
    // Format(E164) of a partial number is still country code + national digits so far, which
    // is exactly the prefix the stored numbers share.
    return format(number, PhoneNumberUtil::E164);
}

QString PhoneNumbers::formatNational(const QString &e164)
{
    PhoneNumber number;
    if (!parseNumber(e164, QStringLiteral("ZZ"), &number))
        return e164;
    return format(number, PhoneNumberUtil::NATIONAL);
}

QString PhoneNumbers::formatInternational(const QString &e164)
{
    PhoneNumber number;
    if (!parseNumber(e164, QStringLiteral("ZZ"), &number))
        return e164;
    return format(number, PhoneNumberUtil::INTERNATIONAL);
}

bool PhoneNumbers::isSupportedRegion(const QString &region)
{
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    return regions.count(region.toUpper().toStdString()) > 0;
}

// Debian 12's libphonenumber 8.12.57 ships neither PhoneNumberTimeZonesMapper nor its prefix
// data (only the offline geocoder), so zones come from the number's region through Qt's zone
// database. That is exact for single-zone countries (GB, DE, FR…) and ambiguous for the US,
// Canada, Australia, Russia…, where the caller falls back to the business's zone.
QStringList PhoneNumbers::timeZonesFor(const QString &e164)
{
    PhoneNumber number;
    if (!parseNumber(e164, QStringLiteral("ZZ"), &number) || !util().IsValidNumber(number))
        return {};
    std::string region;
    util().GetRegionCodeForNumber(number, &region);
    const QLocale::Territory territory = QLocale::codeToTerritory(QString::fromStdString(region));
    if (territory == QLocale::AnyTerritory)
        return {}; // non-geographic numbers (+800, +882…)
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds(territory))
        zones.append(QString::fromUtf8(id));
    zones.sort();
    zones.removeDuplicates();
    return zones;
}

QString PhoneNumbers::singleTimeZoneFor(const QString &e164)
{
    const QStringList zones = timeZonesFor(e164);
    if (zones.isEmpty() || !sameLocalTime(zones))
        return {};
    return zones.constFirst();
}

} // namespace rapport::app
