#include "app/customers/CustomerValidator.h"

#include "app/phone/PhoneNumbers.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace rapport::app {

namespace {

using Field = CustomerError::Field;
using Problem = CustomerError::Problem;
using FieldProblem = CustomerError::FieldProblem;

const CustomField *findField(const QList<CustomField> &fields, qint64 id)
{
    for (const CustomField &field : fields) {
        if (field.id == id)
            return &field;
    }
    return nullptr;
}

} // namespace

QList<CustomerError::FieldProblem> CustomerValidator::normalise(Customer &customer,
    const QString &businessRegion, const QList<CustomField> &fields, const QSet<QString> *validated)
{
    QList<FieldProblem> problems;
    customer.firstName = customer.firstName.simplified();
    customer.lastName = customer.lastName.simplified();
    customer.email = customer.email.trimmed();
    customer.language = customer.language.trimmed();
    customer.timeZone = customer.timeZone.trimmed();

    if (customer.firstName.isEmpty() && customer.lastName.isEmpty()
        && customer.phoneE164.trimmed().isEmpty())
        problems.append({Field::Name, Problem::NameOrNumberRequired});

    if (validated && validated->contains(customer.phoneE164)) {
        // Already parsed by the caller: E.164 of a valid mobile.
    } else if (!customer.phoneE164.trimmed().isEmpty()) {
        const PhoneNumbers::Parsed parsed = PhoneNumbers::parse(
            customer.phoneE164, businessRegion, PhoneNumbers::Detail::E164Only);
        if (parsed.isValid())
            customer.phoneE164 = parsed.e164;
        else
            problems.append({Field::Phone, Problem::PhoneInvalid, parsed.validity});
    } else {
        customer.phoneE164.clear();
    }

    if (!customer.email.isEmpty() && !isPlausibleEmail(customer.email))
        problems.append({Field::Email, Problem::EmailMalformed});

    if (customer.hasBirthday()
        && !isValidBirthday(customer.birthdayDay, customer.birthdayMonth, customer.birthdayYear))
        problems.append({Field::Birthday, Problem::BirthdayNotADate});
    if (!customer.hasBirthday() && customer.birthdayYear)
        problems.append({Field::Birthday, Problem::BirthdayNotADate});

    if (!customer.timeZone.isEmpty()
        && !QTimeZone::isTimeZoneIdAvailable(customer.timeZone.toUtf8()))
        problems.append({Field::TimeZone, Problem::TimeZoneUnknown});

    QStringList tags;
    for (const QString &tag : std::as_const(customer.tags)) {
        const QString clean = tag.simplified().toLower();
        if (!clean.isEmpty() && !tags.contains(clean))
            tags.append(clean);
    }
    customer.tags = tags;

    for (auto it = customer.fieldValues.begin(); it != customer.fieldValues.end(); ++it) {
        it.value() = it.value().trimmed();
        const CustomField *field = findField(fields, it.key());
        if (!field) {
            problems.append({Field::CustomField, Problem::FieldUnknown, {}, it.key()});
            continue;
        }
        if (const auto problem = checkValue(*field, it.value()))
            problems.append({Field::CustomField, *problem, {}, it.key()});
    }
    return problems;
}

bool CustomerValidator::isValidBirthday(int day, int month, std::optional<int> year)
{
    // Without a year, check against a leap year so that 29 February passes.
    return QDate(year.value_or(2000), month, day).isValid();
}

bool CustomerValidator::isPlausibleEmail(const QString &email)
{
    // Shape only (something@domain.tld, no spaces): the real test of an address is mail
    // arriving, and RFC 5322 accepts far more than people type into a till.
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return shape.match(email).hasMatch();
}

std::optional<CustomerError::Problem> CustomerValidator::checkValue(
    const CustomField &field, const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    switch (field.type) {
    case CustomField::Type::Text:
        break;
    case CustomField::Type::Number: {
        // Stored in the C locale so the value reads the same on every machine.
        bool ok = false;
        QLocale::c().toDouble(value, &ok);
        if (!ok)
            return Problem::FieldNotANumber;
        break;
    }
    case CustomField::Type::Date:
        if (!QDate::fromString(value, Qt::ISODate).isValid())
            return Problem::FieldNotADate;
        break;
    case CustomField::Type::Choice:
        if (!field.choices.contains(value))
            return Problem::FieldNotAChoice;
        break;
    }
    return std::nullopt;
}

} // namespace rapport::app
