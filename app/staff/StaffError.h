#pragma once

#include "app/staff/Permissions.h"

#include <QString>

namespace rapport::app {

// Why the staff list refused or failed. The UI may word the code itself; describe() gives a
// plain sentence that says what to do.
struct StaffError
{
    enum Code {
        NameRequired,
        NameTaken, // see name (compared ignoring case; former staff count too)
        PinMalformed, // a PIN is 4 to 8 digits
        WrongPin, // see attemptsLeft
        LockedOut, // see secondsLeft
        NotFound,
        Inactive, // the member was deactivated; see name
        NotAllowed, // see permission
        LastOwner, // the change would leave no active owner
        FirstMustBeOwner,
        StorageFailed, // see detail
    };

    Code code = StorageFailed;
    QString name;
    Permission permission = Permission::ManageStaff;
    int attemptsLeft = 0; // before a lock-out
    int secondsLeft = 0; // until a lock-out ends
    QString detail; // the driver's message, for logs and "Details…"

    [[nodiscard]] QString describe() const;
};

} // namespace rapport::app
