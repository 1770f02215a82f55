#pragma once

#include "app/phone/PhoneNumbers.h"

#include <QList>
#include <QString>

namespace rapport::app {

// Why the customer book refused or failed. Invalid carries one problem per field so a form can
// mark each field; the UI words them (PhoneNumbers::describe for the number).
struct CustomerError
{
    enum class Code {
        Invalid, // see problems
        Duplicate, // the number (or field name) is already used: see existingId
        NotFound,
        NotAllowed, // the actor's role may not do this: detail says who may
        StorageFailed, // see detail
    };

    enum class Field { Name, Phone, Email, Birthday, TimeZone, CustomField };

    enum class Problem {
        NameOrNumberRequired, // neither a name nor a number: nothing to find the person by
        PhoneInvalid, // see phone
        EmailMalformed,
        BirthdayNotADate, // no such day and month, or with the year no such date
        TimeZoneUnknown,
        FieldUnknown, // a value for a custom field that does not exist
        FieldNotANumber,
        FieldNotADate, // custom dates are ISO 8601, YYYY-MM-DD
        FieldNotAChoice,
        FieldDefinitionInvalid, // a custom field without a name, or a choice without choices
    };

    struct FieldProblem
    {
        Field field = Field::Name;
        Problem problem = Problem::NameOrNumberRequired;
        PhoneNumbers::Validity phone = PhoneNumbers::Validity::Valid;
        qint64 customFieldId = 0;
    };

    Code code = Code::StorageFailed;
    QList<FieldProblem> problems;
    qint64 existingId = 0;
    QString detail;

    // One sentence per problem (what is wrong with which field and what to do), or for the
    // other codes one sentence about the whole record.
    [[nodiscard]] static QString describe(const FieldProblem &problem);
    [[nodiscard]] QString describe() const;

    [[nodiscard]] bool hasProblem(Field field) const
    {
        for (const FieldProblem &p : problems) {
            if (p.field == field)
                return true;
        }
        return false;
    }
};

} // namespace rapport::app
