#include "app/staff/Permissions.h"

#include "app/CoreLogging.h"
#include "app/audit/AuditLog.h"

#include <QCoreApplication>

namespace rapport::app {

StaffRole Permissions::minimumRole(Permission permission)
{
    switch (permission) {
    case Permission::RecordConsent:
    case Permission::SendMessages:
        return StaffRole::Staff;
    case Permission::Import:
    case Permission::Export:
    case Permission::Erase:
    case Permission::Merge:
    case Permission::Settings:
        return StaffRole::Manager;
    case Permission::ManageStaff:
        return StaffRole::Owner;
    }
    return StaffRole::Owner; // an unknown permission is refused to all but the owner
}

bool Permissions::allows(StaffRole role, Permission permission)
{
    // Roles only ever add rights, so a rank comparison is the whole rule.
    const auto rank = [](StaffRole r) {
        switch (r) {
        case StaffRole::Staff:
            return 0;
        case StaffRole::Manager:
            return 1;
        case StaffRole::Owner:
            return 2;
        }
        return 0;
    };
    return rank(role) >= rank(minimumRole(permission));
}

QString Permissions::describe(Permission permission)
{
    switch (permission) {
    case Permission::RecordConsent:
        return QCoreApplication::translate("Permissions", "record consent");
    case Permission::SendMessages:
        return QCoreApplication::translate("Permissions", "send messages");
    case Permission::Import:
        return QCoreApplication::translate("Permissions", "import customers");
    case Permission::Export:
        return QCoreApplication::translate("Permissions", "export customer data");
    case Permission::Erase:
        return QCoreApplication::translate("Permissions", "erase a customer's data");
    case Permission::Merge:
        return QCoreApplication::translate("Permissions", "merge customers");
    case Permission::Settings:
        return QCoreApplication::translate("Permissions", "change settings");
    case Permission::ManageStaff:
        return QCoreApplication::translate("Permissions", "manage staff");
    }
    return {};
}

QString Permissions::key(Permission permission)
{
    switch (permission) {
    case Permission::RecordConsent:
        return QStringLiteral("record_consent");
    case Permission::SendMessages:
        return QStringLiteral("send_messages");
    case Permission::Import:
        return QStringLiteral("import");
    case Permission::Export:
        return QStringLiteral("export");
    case Permission::Erase:
        return QStringLiteral("erase");
    case Permission::Merge:
        return QStringLiteral("merge");
    case Permission::Settings:
        return QStringLiteral("settings");
    case Permission::ManageStaff:
        return QStringLiteral("manage_staff");
    }
    return QStringLiteral("unknown");
}

Result<void, PermissionError> Permissions::check(
    const Actor &actor, Permission permission, AuditLog *log)
{
    if (allows(actor.role, permission))
        return {};
    if (log) {
        auto recorded = log->record(actor, AuditAction::PermissionDenied,
            QString(QStringLiteral("permission:") + key(permission)),
            QString(QStringLiteral("role: ") + staffRoleKey(actor.role)));
        // The refusal stands either way; a lost audit line must not turn it into a permission.
        if (!recorded)
            qCWarning(lcApp) << "Could not record a refused permission:" << recorded.error().detail;
    }
    return fail(PermissionError {permission, actor.role});
}

QString PermissionError::describe() const
{
    const QString what = Permissions::describe(permission);
    switch (Permissions::minimumRole(permission)) {
    case StaffRole::Owner:
        return QCoreApplication::translate(
            "Permissions", "Only the owner can %1. Ask them to sign in.")
            .arg(what);
    case StaffRole::Manager:
        return QCoreApplication::translate(
            "Permissions", "Only a manager or the owner can %1. Ask one of them to sign in.")
            .arg(what);
    case StaffRole::Staff:
        break;
    }
    return QCoreApplication::translate(
        "Permissions", "You cannot %1 while signed in like this. Sign in again and retry.")
        .arg(what);
}

} // namespace rapport::app
