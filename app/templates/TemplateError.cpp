#include "app/templates/TemplateError.h"

#include <QCoreApplication>

namespace rapport::app {
namespace {

// The translation context, declared so that lupdate files these sentences under the context
// they are looked up in at run time.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(TemplateError)
};

} // namespace

QString TemplateError::describe() const
{
    const QString where = QString::number(position + 1);
    switch (code) {
    case Code::UnclosedField:
        return Text::tr("The merge field that starts at character %1 is not closed: add a “}”.")
            .arg(where);
    case Code::StrayClosingBrace:
        return Text::tr(
            "The “}” at character %1 closes no merge field. To show a brace in the text, "
            "write “}}”.")
            .arg(where);
    case Code::EmptyField:
        return Text::tr("The merge field at character %1 has no name. Write one, such as "
                        "{first_name|there}.")
            .arg(where);
    case Code::NestedField:
        return Text::tr(
            "A merge field cannot contain another one (character %1). To show a brace in "
            "the text, write “{{”.")
            .arg(where);
    case Code::UnknownField:
        if (!suggestion.isEmpty())
            return Text::tr("There is no merge field {%1} (character %2). Did you mean {%3}?")
                .arg(field, where, suggestion);
        return Text::tr("There is no merge field {%1} (character %2). Pick one from the list of "
                        "merge fields.")
            .arg(field, where);
    case Code::MissingValue:
        return Text::tr("{%1} has no value for this customer and no fallback. Add one, such as "
                        "{%1|there}, or fill it in on the customer's record.")
            .arg(field);
    case Code::EmptyBody:
        return Text::tr("The template is empty. Write the message first.");
    case Code::EmptyName:
        return Text::tr("Give the template a name, so it can be found in the list.");
    case Code::NameTaken:
        return Text::tr("Another template is already called “%1”. Choose a different name.")
            .arg(field);
    case Code::NotFound:
        return Text::tr("This template no longer exists; it may have been deleted on another "
                        "computer.");
    case Code::StorageFailed:
        return Text::tr("The template could not be saved: %1").arg(detail);
    }
    return {};
}

} // namespace rapport::app
