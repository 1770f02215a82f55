#include "app/templates/MergeFields.h"

namespace rapport::app {

QStringList MergeFields::customerFieldNames()
{
    return {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("full_name"),
        QStringLiteral("birthday"), QStringLiteral("customer_since")};
}

QStringList MergeFields::businessFieldNames()
{
    return {QStringLiteral("business")};
}

QStringList MergeFields::contextFieldNames()
{
    return {QStringLiteral("appointment_date"), QStringLiteral("appointment_time"),
        QStringLiteral("link"), QStringLiteral("staff_name")};
}

QString MergeFields::slug(const QString &customFieldName)
{
    QString out;
    bool pendingSeparator = false;
    for (const QChar c : customFieldName.toLower()) {
        if (c.isLetterOrNumber()) {
            if (pendingSeparator && !out.isEmpty())
                out += QLatin1Char('_');
            out += c;
            pendingSeparator = false;
        } else {
            pendingSeparator = true;
        }
    }
    return out;
}

QStringList MergeFields::names(const QList<CustomField> &customFields)
{
    QStringList all = customerFieldNames() + businessFieldNames() + contextFieldNames();
    for (const CustomField &field : customFields) {
        const QString name = slug(field.name);
        if (!name.isEmpty() && !all.contains(name))
            all.append(name);
    }
    return all;
}

QHash<QString, QString> MergeFields::values(const Customer &customer,
    const QList<CustomField> &customFields, const QString &businessName, const QLocale &locale)
{
    QHash<QString, QString> values;
    const auto put = [&values](const QString &name, const QString &value) {
        if (!value.trimmed().isEmpty())
            values.insert(name, value.trimmed());
    };
    put(QStringLiteral("first_name"), customer.firstName);
    put(QStringLiteral("last_name"), customer.lastName);
    put(QStringLiteral("full_name"), customer.displayName());
    put(QStringLiteral("business"), businessName);
    if (customer.birthdayMonth > 0 && customer.birthdayDay > 0) {
        // A leap year, so that 29 February has a date to be written from.
        const QDate day(2000, customer.birthdayMonth, customer.birthdayDay);
        put(QStringLiteral("birthday"), locale.toString(day, QStringLiteral("d MMMM")));
    }
    if (customer.anniversary.isValid())
        put(QStringLiteral("customer_since"),
            locale.toString(customer.anniversary, QLocale::LongFormat));
    for (const CustomField &field : customFields) {
        const auto value = customer.fieldValues.constFind(field.id);
        if (value != customer.fieldValues.constEnd())
            put(slug(field.name), *value);
    }
    return values;
}

} // namespace rapport::app
