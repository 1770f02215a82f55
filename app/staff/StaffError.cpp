#include "app/staff/StaffError.h"

#include <QCoreApplication>

namespace rapport::app {

QString StaffError::describe() const
{
    switch (code) {
    case NameRequired:
        return QCoreApplication::translate("StaffError", "Type a name for this member of staff.");
    case NameTaken:
        return QCoreApplication::translate("StaffError",
            "Someone on the staff list (former staff included) is already called \u201c%1\u201d. "
            "Choose a different name, for example add the first letter of a surname.")
            .arg(name);
    case PinMalformed:
        return QCoreApplication::translate("StaffError",
            "A PIN is 4 to 8 digits and nothing else. Type a new PIN, or leave it empty to sign "
            "in without one.");
    case WrongPin:
        return QCoreApplication::translate("StaffError",
            "That PIN is not right. Check it and try again; after %n more wrong attempt(s), "
            "signing in pauses for a minute.",
            nullptr, attemptsLeft);
    case LockedOut:
        return QCoreApplication::translate("StaffError",
            "Too many wrong PINs in a row. Wait %n second(s) and try again, or ask the owner to "
            "set a new PIN.",
            nullptr, secondsLeft);
    case NotFound:
        return QCoreApplication::translate("StaffError",
            "That member of staff is not on the staff list. Refresh the list and try again.");
    case Inactive:
        return QCoreApplication::translate(
            "StaffError", "%1 has been deactivated. Ask the owner to reactivate them first.")
            .arg(name);
    case NotAllowed:
        return PermissionError {permission, StaffRole::Staff}.describe();
    case LastOwner:
        return QCoreApplication::translate("StaffError",
            "Rapport needs at least one active owner. Make someone else an owner first, then "
            "try again.");
    case FirstMustBeOwner:
        return QCoreApplication::translate("StaffError",
            "The first person on the staff list must be the owner. Add the owner first, then "
            "the rest of the team.");
    case StorageFailed:
        break;
    }
    return QCoreApplication::translate("StaffError",
        "The staff list could not be saved. Try again; if it keeps happening, check that the disk "
        "has free space and restart Rapport.");
}

} // namespace rapport::app
