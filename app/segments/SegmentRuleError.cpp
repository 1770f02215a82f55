#include "app/segments/SegmentRuleError.h"

namespace rapport::app {

QString SegmentRuleError::describe() const
{
    switch (code) {
    case Code::NotJson:
        return tr("The segment's rule cannot be read. Delete the segment and create it again.");
    case Code::UnsupportedVersion:
        return tr("This segment was saved by a different version of Rapport. Update Rapport, or "
                  "create the segment again.");
    case Code::UnknownMatch:
        return where.isEmpty()
            ? tr("The segment must match either all or any of its conditions. Choose one.")
            : tr("Group %1 must match either all or any of its conditions. Choose one.").arg(where);
    case Code::NotACondition:
        return where.isEmpty()
            ? tr("The segment's conditions cannot be read. Delete the segment and create it "
                 "again.")
            : tr("Entry %1 is not a condition. Remove it and add the condition again.").arg(where);
    case Code::EmptyGroup:
        return where.isEmpty()
            ? tr("The segment has no conditions. Add at least one condition.")
            : tr("Group %1 has no conditions. Add a condition to it or remove the group.")
                  .arg(where);
    case Code::TooDeep:
        return tr("Group %1 is nested too deeply. Move its conditions into the group around it.")
            .arg(where);
    case Code::UnknownSubject:
        return tr("Condition %1 is about \"%2\", which Rapport does not know. Choose what the "
                  "condition is about from the list.")
            .arg(where, detail);
    case Code::UnknownOperator:
        return tr("Condition %1 uses the comparison \"%2\", which Rapport does not know. Choose "
                  "a comparison from the list.")
            .arg(where, detail);
    case Code::OperatorNotValidForSubject:
        return tr("Condition %1 uses a comparison that does not fit what it is about. Choose "
                  "another comparison.")
            .arg(where);
    case Code::MissingValue:
        return tr("Condition %1 has no value to compare with. Fill in the value.").arg(where);
    case Code::UnexpectedValue:
        return tr("Condition %1 has a value, but its comparison takes none. Remove the value.")
            .arg(where);
    case Code::WrongValueCount:
        return tr("Condition %1 needs exactly one value, or two for \"between\". Fill in the "
                  "values again.")
            .arg(where);
    case Code::WrongValueType:
        return tr("The value \"%2\" in condition %1 is the wrong kind of value (for example "
                  "text where a whole number belongs). Enter it again.")
            .arg(where, detail);
    case Code::EmptyText:
        return tr("Condition %1 compares with empty text. Type the text to look for, or use "
                  "\"is empty\".")
            .arg(where);
    case Code::NotAPositiveInteger:
        return tr("Condition %1 needs a whole number of days of 1 or more, not \"%2\". Enter "
                  "the number of days.")
            .arg(where, detail);
    case Code::ValueOutOfRange:
        return tr("The value %2 in condition %1 is out of range (months are 1 to 12, "
                  "percentages 1 to 100, counts 0 or more). Enter a value in range.")
            .arg(where, detail);
    case Code::RangeReversed:
        return tr("Condition %1 has the larger value first. Swap the two values.").arg(where);
    case Code::NotAPhonePrefix:
        return tr("\"%2\" in condition %1 is not the start of an international number. Type a "
                  "\"+\" and the country code, for example +44 or +4477.")
            .arg(where, detail);
    case Code::NotADate:
        return tr("\"%2\" in condition %1 is not a date. Pick the date from the calendar.")
            .arg(where, detail);
    case Code::UnknownConsentPurpose:
        return tr("Condition %1 does not say which consent it checks. Choose service, marketing "
                  "or feedback.")
            .arg(where);
    case Code::UnknownConsentState:
        return tr("Condition %1 checks for the consent state \"%2\". Choose opted in, opted out "
                  "or unknown.")
            .arg(where, detail);
    case Code::MissingCustomField:
        return tr("Condition %1 does not say which custom field it checks. Choose the field.")
            .arg(where);
    case Code::UnknownFieldType:
        return tr("Condition %1 is for a custom field of an unknown type. Choose the field "
                  "again.")
            .arg(where);
    case Code::CustomFieldUnknown:
        return tr("Condition %1 checks a custom field that has been deleted. Remove the "
                  "condition or choose another field.")
            .arg(where);
    case Code::CustomFieldTypeChanged:
        return tr("Condition %1 was written for another kind of field than \"%2\" is now. Set "
                  "the condition up again.")
            .arg(where, detail);
    case Code::NotAChoice:
        return tr("\"%2\" in condition %1 is not one of the field's choices. Pick a choice from "
                  "the list.")
            .arg(where, detail);
    case Code::ParameterNotValidForSubject:
        return tr("Condition %1 has a setting (\"%2\") that does not apply to what it is about. "
                  "Remove it.")
            .arg(where, detail);
    }
    return tr("The segment's rule cannot be used. Check its conditions.");
}

} // namespace rapport::app
