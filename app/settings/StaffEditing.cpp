#include "app/settings/StaffEditing.h"

#include "app/staff/StaffDirectory.h"
#include "app/storage/Transaction.h"

namespace rapport::app {
namespace {

QString storageFailed()
{
    StaffError error;
    error.code = StaffError::StorageFailed;
    return error.describe();
}

} // namespace

Result<void, QString> StaffEditing::apply(Database &database, StaffDirectory &staff,
    const Actor &actor, qint64 id, const StaffChanges &changes)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return fail(storageFailed());
    const auto check = [](const Result<void, StaffError> &done) -> std::optional<QString> {
        if (done)
            return std::nullopt;
        return done.error().describe();
    };
    std::optional<QString> problem;
    // Reactivate before other changes (a former member must be active to be changed) and
    // deactivate last (so the last-owner check sees the new role).
    if (changes.active && *changes.active)
        problem = check(staff.reactivate(actor, id));
    if (!problem && changes.name)
        problem = check(staff.rename(actor, id, *changes.name));
    if (!problem && changes.role)
        problem = check(staff.setRole(actor, id, *changes.role));
    if (!problem && changes.pin)
        problem = check(changes.pin->isEmpty() ? staff.clearPin(actor, id)
                                               : staff.setPin(actor, id, *changes.pin));
    if (!problem && changes.active && !*changes.active)
        problem = check(staff.deactivate(actor, id));
    if (problem)
        return fail(*problem);
    if (!transaction.commit())
        return fail(storageFailed());
    return {};
}

} // namespace rapport::app
