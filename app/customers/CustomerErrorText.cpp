#include "app/customers/CustomerError.h"

#include <QCoreApplication>

namespace rapport::app {
namespace {

// The translation context, declared so that lupdate files these sentences under the context
// they are looked up in at run time.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CustomerError)
};

} // namespace

QString CustomerError::describe(const FieldProblem &problem)
{
    switch (problem.problem) {
    case Problem::NameOrNumberRequired:
        return Text::tr("Give a name or a mobile number, so the customer can be found again.");
    case Problem::PhoneInvalid:
        return PhoneNumbers::describe(problem.phone);
    case Problem::EmailMalformed:
        return Text::tr("The email address is not complete. Check it has a name, an @ and a domain "
                        "such as example.com, or leave it empty.");
    case Problem::BirthdayNotADate:
        return Text::tr(
            "That birthday is not a date. Give a day and a month (and the year if known).");
    case Problem::TimeZoneUnknown:
        return Text::tr(
            "The time zone is not known. Choose one from the list, such as Europe/London.");
    case Problem::FieldUnknown:
        return Text::tr("A value was given for a custom field that does not exist any more.");
    case Problem::FieldNotANumber:
        return Text::tr("A custom field that holds a number was given something else. Type digits "
                        "only, with a decimal point if needed.");
    case Problem::FieldNotADate:
        return Text::tr("A custom field that holds a date was given something else. Type it as "
                        "YYYY-MM-DD.");
    case Problem::FieldNotAChoice:
        return Text::tr(
            "A custom field with a list of choices was given a value that is not one of "
            "them. Pick one of the choices.");
    case Problem::FieldDefinitionInvalid:
        return Text::tr("A custom field needs a name, and a list of choices needs at least one "
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
        return Text::tr(
            "Another customer already has this mobile number. Open that customer, or merge "
            "the two records.");
    case Code::NotAllowed:
        return detail;
    case Code::NotFound:
        return Text::tr("This customer no longer exists; someone may have merged or erased them.");
    case Code::StorageFailed:
        break;
    }
    return Text::tr("The customer could not be saved because the database failed (%1). Nothing was "
                    "changed; try again.")
        .arg(detail);
}

} // namespace rapport::app
