#pragma once

#include "app/staff/StaffMember.h"
#include "modem/Result.h"

#include <QString>

#include <optional>

namespace rapport::app {

class Database;
class StaffDirectory;
struct Actor;

// What the Settings page changes about one member of staff in one go.
struct StaffChanges
{
    std::optional<QString> name;
    std::optional<StaffRole> role;
    std::optional<QString> pin; // a new PIN; an empty string removes the PIN
    std::optional<bool> active;

    [[nodiscard]] bool isEmpty() const { return !name && !role && !pin && !active; }
};

// Applies StaffChanges through StaffDirectory — which checks the permission (members may change
// their own PIN), protects the last owner and audits each change — inside one transaction, so a
// refused role change does not leave the new name saved.
class StaffEditing final
{
public:
    StaffEditing() = delete;

    // The error is StaffError::describe()'s sentence.
    static Result<void, QString> apply(Database &database, StaffDirectory &staff,
        const Actor &actor, qint64 id, const StaffChanges &changes);
};

} // namespace rapport::app
