#pragma once

#include "app/customers/CustomField.h"
#include "app/customers/Customer.h"
#include "app/customers/CustomerError.h"

#include <QList>
#include <QSet>

#include <optional>

namespace rapport::app {

// The rules a customer record must satisfy before it is stored, kept apart from SQL so they
// can be tested and reused by the import (which reports them per row).
class CustomerValidator final
{
public:
    // Checks `customer` and normalises it: trims text, turns the number into E.164 against the
    // business's region, lower-cases and de-duplicates tags. Returns every problem found.
    // `validated` holds E.164 numbers already parsed as valid mobiles in this region (an
    // import parses every number ahead of the rows); they are not parsed again.
    static QList<CustomerError::FieldProblem> normalise(Customer &customer,
        const QString &businessRegion, const QList<CustomField> &fields,
        const QSet<QString> *validated = nullptr);

    // Whether a birthday is a real day: 29 February is fine without a year (it comes round
    // every leap year) and with a leap year, not with any other year.
    static bool isValidBirthday(int day, int month, std::optional<int> year);

    static bool isPlausibleEmail(const QString &email);

    // The problem with a value for a custom field, if any; an empty value always passes (it
    // clears the field).
    static std::optional<CustomerError::Problem> checkValue(
        const CustomField &field, const QString &value);
};

} // namespace rapport::app
