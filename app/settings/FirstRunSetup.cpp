#include "app/settings/FirstRunSetup.h"

#include "app/audit/AuditLog.h"
#include "app/policy/PolicyConfigStore.h"
#include "app/settings/BusinessSettings.h"
#include "app/staff/StaffDirectory.h"
#include "app/storage/Transaction.h"

namespace rapport::app {

QStringList FirstRunSetup::problems(const FirstRunChoices &choices)
{
    QStringList found = BusinessSettings::problems(choices.profile);
    if (choices.ownerName.trimmed().isEmpty())
        found.append(tr("Your name: type the name your team knows you by."));
    if (!choices.ownerPin.isEmpty() && !StaffDirectory::isWellFormedPin(choices.ownerPin))
        found.append(tr("PIN: a PIN is 4 to 8 digits. Leave it empty to sign in without one."));
    found.append(choices.policy.problems());
    return found;
}

Result<Actor, QString> FirstRunSetup::apply(Database &database, SettingsStore &settings,
    AuditLog &audit, StaffDirectory &staff, const FirstRunChoices &choices)
{
    if (const QStringList found = problems(choices); !found.isEmpty())
        return fail(found.join(u' '));
    Transaction transaction(database);
    if (!transaction.isOpen())
        return fail(
            StorageError {StorageError::Code::QueryFailed, transaction.errorText()}.describe());
    const QString name = choices.ownerName.trimmed();
    const auto ownerId = staff.add(Actor::system(), name, StaffRole::Owner, choices.ownerPin);
    if (!ownerId)
        return fail(ownerId.error().describe());
    const Actor owner = Actor::staffMember(*ownerId, StaffRole::Owner, name);
    if (auto saved = BusinessSettings::saveProfile(
            database, settings, audit, owner, choices.profile, choices.ownerMobileE164);
        !saved)
        return fail(saved.error());
    PolicyConfigStore policy(settings);
    if (auto saved = policy.save(owner, audit, choices.policy); !saved)
        return fail(saved.error().describe());
    if (!transaction.commit())
        return fail(
            StorageError {StorageError::Code::QueryFailed, transaction.errorText()}.describe());
    return owner;
}

} // namespace rapport::app
