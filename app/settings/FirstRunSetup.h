#pragma once

#include "app/policy/PolicyConfig.h"
#include "app/settings/SettingsStore.h"
#include "app/staff/Actor.h"
#include "modem/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rapport::app {

class AuditLog;
class Database;
class StaffDirectory;

// What the first-run wizard gathered, page by page, before anything is stored.
struct FirstRunChoices
{
    BusinessProfile profile;
    PolicyConfig policy = PolicyConfig::defaults();
    QString ownerName;
    QString ownerPin; // empty: the owner signs in without one
    QString ownerMobileE164; // empty: not given
};

// Stores the first-run choices in one transaction, so a failure (or a cancelled wizard, which
// calls nothing) leaves the database as it was: the owner first — the first member needs no
// permission and must be the owner — then, in the owner's name, the business profile, the
// owner's mobile and the sending rules.
class FirstRunSetup final
{
    Q_DECLARE_TR_FUNCTIONS(FirstRunSetup)

public:
    FirstRunSetup() = delete;

    // Each problem as a sentence naming the field; empty when apply() can store them.
    [[nodiscard]] static QStringList problems(const FirstRunChoices &choices);

    // The owner, as the actor to work as from now on; on failure the sentence to show, and
    // nothing was stored.
    static Result<Actor, QString> apply(Database &database, SettingsStore &settings,
        AuditLog &audit, StaffDirectory &staff, const FirstRunChoices &choices);
};

} // namespace rapport::app
