#include "app/customers/CustomerGaps.h"

namespace rapport::app {
namespace {

template<typename T>
void fillIfEmpty(T &kept, const T &other)
{
    if (kept == T() && other != T())
        kept = other;
}

} // namespace

Customer withGapsFilled(Customer kept, const Customer &other)
{
    fillIfEmpty(kept.firstName, other.firstName);
    fillIfEmpty(kept.lastName, other.lastName);
    fillIfEmpty(kept.phoneE164, other.phoneE164);
    fillIfEmpty(kept.email, other.email);
    if (!kept.hasBirthday() && other.hasBirthday()) {
        kept.birthdayDay = other.birthdayDay;
        kept.birthdayMonth = other.birthdayMonth;
        kept.birthdayYear = other.birthdayYear;
    }
    if (kept.hasBirthday() && !kept.birthdayYear && other.birthdayYear
        && other.birthdayDay == kept.birthdayDay && other.birthdayMonth == kept.birthdayMonth)
        kept.birthdayYear = other.birthdayYear;
    fillIfEmpty(kept.anniversary, other.anniversary);
    fillIfEmpty(kept.language, other.language);
    fillIfEmpty(kept.timeZone, other.timeZone);
    if (!other.notes.isEmpty() && !kept.notes.contains(other.notes))
        kept.notes = kept.notes.isEmpty() ? other.notes
                                          : QString(kept.notes + QLatin1Char('\n') + other.notes);
    return kept;
}

} // namespace rapport::app
