#pragma once

#include <QCoreApplication>
#include <QString>

namespace rapport::app {

// Why a segment rule cannot be used as written. `where` points at the offending condition or
// group as 1-based positions ("2.1" is the first entry of the group that is the second entry of
// the rule; empty means the rule as a whole), so an editor can highlight it; `detail` holds the
// word or value that was refused.
struct SegmentRuleError
{
    enum class Code {
        NotJson, // not a JSON object at all
        UnsupportedVersion, // written by another Rapport version (or "version" missing)
        UnknownMatch, // a group's "match" is neither "all" nor "any"
        NotACondition, // an entry that is neither a condition nor a group
        EmptyGroup,
        TooDeep, // groups nested deeper than SegmentRule::MaxDepth
        UnknownSubject,
        UnknownOperator,
        OperatorNotValidForSubject,
        MissingValue,
        UnexpectedValue, // a value for an operator that takes none ("is empty")
        WrongValueCount, // "between" takes exactly two values, every other operator one
        WrongValueType, // text where a number belongs, a fraction where a count belongs, …
        EmptyText,
        NotAPositiveInteger, // a number of days
        ValueOutOfRange, // month 13, a negative count, a percentage over 100
        RangeReversed, // "between" with the larger value first
        NotAPhonePrefix, // phone numbers are matched on their E.164 form: "+44 7700"
        NotADate, // dates are ISO 8601, YYYY-MM-DD
        UnknownConsentPurpose,
        UnknownConsentState,
        MissingCustomField, // a custom-field condition without a field id
        UnknownFieldType,
        CustomFieldUnknown, // the field has been deleted
        CustomFieldTypeChanged, // the condition was written for another type of field
        NotAChoice, // not one of the choice field's choices
        ParameterNotValidForSubject, // e.g. "within_days" on a name condition
    };

    Code code = Code::NotJson;
    QString where;
    QString detail;

    // A sentence for the person editing the segment: what is wrong and what to do about it.
    [[nodiscard]] QString describe() const;

    Q_DECLARE_TR_FUNCTIONS(SegmentRuleError) // last: it leaves the access at private
};

} // namespace rapport::app
