#include "app/customers/CustomerError.h"

#include <QCoreApplication>

namespace rapport::app {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CustomerError", text);
}

} // namespace

QString CustomerError::describe(const FieldProblem &problem)
{
    switch (problem.problem) {
    case Problem::NameOrNumberRequired:
        return tr("Give a name or a mobile number, so the customer can be found again.");
    case Problem::PhoneInvalid:
        return PhoneNumbers::describe(problem.phone);
    case Problem::EmailMalformed:
        return tr("The email address is not complete. Check it has a name, an @ and a domain "
                  "such as example.com, or leave it empty.");
    case Problem::BirthdayNotADate:
        return tr("That birthday is not a date. Give a day and a month (and the year if known).");
    case Problem::TimeZoneUnknown:
        return tr("The time zone is not known. Choose one from the list, such as Europe/London.");
    case Problem::FieldUnknown:
        return tr("A value was given for a custom field that does not exist any more.");
    case Problem::FieldNotANumber:
        return tr("A custom field that holds a number was given something else. Type digits "
                  "only, with a decimal point if needed.");
    case Problem::FieldNotADate:
        return tr("A custom field that holds a date was given something else. Type it as "
                  "YYYY-MM-DD.");
    case Problem::FieldNotAChoice:
        return tr("A custom field with a list of choices was given a value that is not one of "
                  "them. Pick one of the choices.");
    case Problem::FieldDefinitionInvalid:
        return tr("A custom field needs a name, and a list of choices needs at least one "
                  "choice.");
    }
    return {};
}

QString CustomerError::describe() const
{
    switch (code) {
    case Code::Invalid: {
        QStringList sentences;
        for (const FieldProblem &problem : problems)
            sentences.append(describe(problem));
        return sentences.join(u' ');
    }
    case Code::Duplicate:
        return tr("Another customer already has this mobile number. Open that customer, or merge "
                  "the two records.");
    case Code::NotAllowed:
        return detail;
    case Code::NotFound:
        return tr("This customer no longer exists; someone may have merged or erased them.");
    case Code::StorageFailed:
        break;
    }
    return tr("The customer could not be saved because the database failed (%1). Nothing was "
              "changed; try again.")
        .arg(detail);
}

} // namespace rapport::app
