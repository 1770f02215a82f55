#pragma once

#include "app/customers/CustomField.h"
#include "app/customers/Customer.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace rapport::app {

// The merge fields a template may use and their values for one customer. Custom fields are
// used by a name made from theirs ("Shoe size" → {shoe_size}). Context fields — an
// appointment's time, a survey link — are provided by whoever sends (an automation); a template
// may name them, and a send without them fails with MissingValue unless they have fallbacks.
class MergeFields final
{
public:
    static QStringList customerFieldNames(); // first_name, last_name, full_name, birthday, …
    static QStringList businessFieldNames(); // business
    static QStringList contextFieldNames(); // appointment_date, appointment_time, …
    static QString slug(const QString &customFieldName);
    // Every name a template may use with these custom fields.
    static QStringList names(const QList<CustomField> &customFields);

    // Values for a customer. Dates are written the way `locale` writes them, without a year
    // for birthdays ("14 March"). Fields the customer has no value for are left out.
    static QHash<QString, QString> values(const Customer &customer,
        const QList<CustomField> &customFields, const QString &businessName, const QLocale &locale);
};

} // namespace rapport::app
