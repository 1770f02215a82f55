#pragma once

#include <QString>

namespace rapport::app {

// Why a template cannot be used, with where in its text (a QString index the editor can put the
// cursor at) and a sentence that says what to change.
struct TemplateError
{
    enum class Code {
        UnclosedField, // "{first_name" with no closing brace
        StrayClosingBrace, // "}" that closes nothing (write "}}" for a brace)
        EmptyField, // "{}" or "{|there}"
        NestedField, // "{first_{name}}"
        UnknownField, // a name that no customer, business or context provides
        MissingValue, // rendering: a field with no value and no fallback
        EmptyBody,
        EmptyName,
        NameTaken, // repository: another template has this name
        NotFound,
        StorageFailed,
    };
    Code code = Code::UnknownField;
    qsizetype position = -1; // index in the template text, -1 when not about one place
    QString field; // the field concerned, if any
    QString suggestion; // UnknownField: the closest known field, if one is close
    QString detail; // StorageFailed: the database's words

    [[nodiscard]] QString describe() const;
};

} // namespace rapport::app
