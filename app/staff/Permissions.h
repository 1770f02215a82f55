#pragma once

#include "app/staff/Actor.h"
#include "app/staff/StaffRole.h"
#include "modem/Result.h"

#include <QString>

namespace rapport::app {

class AuditLog;

// The things a member of staff may or may not do. Checked in the core, not only by greying out
// buttons, so rapportctl, automations and every screen follow the same rules.
enum class Permission {
    RecordConsent,
    SendMessages,
    Import,
    Export,
    Erase,
    Merge,
    Settings,
    ManageStaff
};

// Why an action was refused: the actor's role lacked `permission`.
struct PermissionError
{
    Permission permission = Permission::ManageStaff;
    StaffRole role = StaffRole::Staff; // the role that was refused

    // A sentence naming who may do it and what to do, e.g. "Only a manager or the owner can
    // export customer data. Ask one of them to sign in."
    [[nodiscard]] QString describe() const;
};

class Permissions final
{
public:
    Permissions() = delete;

    [[nodiscard]] static bool allows(StaffRole role, Permission permission);
    // The least role that allows `permission`; the UI uses it to say who to ask.
    [[nodiscard]] static StaffRole minimumRole(Permission permission);
    // What the permission lets someone do, as the end of "Only … can …" ("export customer data").
    [[nodiscard]] static QString describe(Permission permission);
    // A stable word for logs and the audit trail ("export", "manage_staff").
    [[nodiscard]] static QString key(Permission permission);

    // Refuses when the actor's role does not allow `permission`, and then writes a
    // PermissionDenied line to `log` when one is given, so owners can see who tried what.
    static Result<void, PermissionError> check(
        const Actor &actor, Permission permission, AuditLog *log = nullptr);
};

} // namespace rapport::app
