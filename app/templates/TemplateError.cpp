#include "app/templates/TemplateError.h"

#include <QCoreApplication>

namespace rapport::app {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rapport", text);
}

} // namespace

QString TemplateError::describe() const
{
    const QString where = QString::number(position + 1);
    switch (code) {
    case Code::UnclosedField:
        return tr("The merge field that starts at character %1 is not closed: add a “}”.")
            .arg(where);
    case Code::StrayClosingBrace:
        return tr("The “}” at character %1 closes no merge field. To show a brace in the text, "
                  "write “}}”.")
            .arg(where);
    case Code::EmptyField:
        return tr("The merge field at character %1 has no name. Write one, such as "
                  "{first_name|there}.")
            .arg(where);
    case Code::NestedField:
        return tr("A merge field cannot contain another one (character %1). To show a brace in "
                  "the text, write “{{”.")
            .arg(where);
    case Code::UnknownField:
        if (!suggestion.isEmpty())
            return tr("There is no merge field {%1} (character %2). Did you mean {%3}?")
                .arg(field, where, suggestion);
        return tr("There is no merge field {%1} (character %2). Pick one from the list of "
                  "merge fields.")
            .arg(field, where);
    case Code::MissingValue:
        return tr("{%1} has no value for this customer and no fallback. Add one, such as "
                  "{%1|there}, or fill it in on the customer's record.")
            .arg(field);
    case Code::EmptyBody:
        return tr("The template is empty. Write the message first.");
    case Code::EmptyName:
        return tr("Give the template a name, so it can be found in the list.");
    case Code::NameTaken:
        return tr("Another template is already called “%1”. Choose a different name.").arg(field);
    case Code::NotFound:
        return tr("This template no longer exists; it may have been deleted on another "
                  "computer.");
    case Code::StorageFailed:
        return tr("The template could not be saved: %1").arg(detail);
    }
    return {};
}

} // namespace rapport::app
