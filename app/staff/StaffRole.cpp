#include "app/staff/StaffRole.h"

namespace rapport::app {

QString staffRoleKey(StaffRole role)
{
    switch (role) {
    case StaffRole::Staff:
        return QStringLiteral("staff");
    case StaffRole::Manager:
        return QStringLiteral("manager");
    case StaffRole::Owner:
        return QStringLiteral("owner");
    }
    return QStringLiteral("staff");
}

std::optional<StaffRole> staffRoleFromKey(const QString &key)
{
    for (StaffRole role : {StaffRole::Staff, StaffRole::Manager, StaffRole::Owner}) {
        if (staffRoleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

} // namespace rapport::app
