#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace rapport::app {

// Reading the values people keep in spreadsheets and tills: dates in the order their country
// writes them, money with either decimal separator, and yes/no answers in several languages.
namespace ImportValues {

// A date that may lack its year (birthdays are often kept as "12/03").
struct PartialDate
{
    int day = 0;
    int month = 0;
    std::optional<int> year;

    [[nodiscard]] QDate toDate() const { return year ? QDate(*year, month, day) : QDate(); }
};

// ISO 8601 (2024-03-12, --03-12, 20240312), day-first or month-first numeric dates with / . -
// separators (the order of `region`: month-first only where that is the custom, such as US),
// and "12 March 2024" / "March 12, 2024" in English. 29 February without a year is accepted;
// with a year it must be a leap year. Two-digit years are read as 19xx or 20xx, whichever is
// not in the future. Empty or unreadable text gives nullopt.
std::optional<PartialDate> parseDate(const QString &text, const QString &region);

// "12.50", "12,50", "£1,234.56", "1.234,56 €", "-3" → cents. nullopt when it is not an amount.
std::optional<qint64> parseAmountCents(const QString &text);

// Consent answers: yes/y/true/1/x/ja/oui/sí/opted in/subscribed → true; no/n/false/0/nein/non/
// opted out/unsubscribed → false. Empty or anything else → nullopt (no consent is recorded).
std::optional<bool> parseYesNo(const QString &text);

} // namespace ImportValues
} // namespace rapport::app
