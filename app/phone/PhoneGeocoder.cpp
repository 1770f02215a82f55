#include "app/phone/PhoneGeocoder.h"

#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace rapport::app {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberOfflineGeocoder;
using i18n::phonenumbers::PhoneNumberUtil;

// One geocoder for the program: it loads each country's prefix table on first use and keeps
// it, and guards that cache with its own mutex.
const PhoneNumberOfflineGeocoder &geocoder()
{
    static const PhoneNumberOfflineGeocoder instance;
    return instance;
}

} // namespace

QString PhoneGeocoder::areaDescription(const QString &e164)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util.IsValidNumber(number))
        return {};
    std::string region;
    util.GetRegionCodeForNumber(number, &region);
    // With the number's own region as the "user's region", the geocoder leaves the country out
    // of the description whenever it knows something finer ("Miami, FL", not "Miami, FL, United
    // States").
    static const icu::Locale english("en");
    return QString::fromStdString(geocoder().GetDescriptionForValidNumber(number, english, region));
}

} // namespace rapport::app
