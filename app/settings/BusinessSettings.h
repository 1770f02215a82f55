#pragma once

#include "app/policy/PolicyConfig.h"
#include "app/settings/SettingsStore.h"
#include "modem/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rapport::app {

class AuditLog;
class Database;

// Checks and saves behind the Settings page and the first-run wizard for the business profile
// and the policy rules. Every save checks the Settings permission here, in the core, so a
// greyed-out button is never the only guard; the stores write the audit lines, and a save that
// touches several keys does so in one transaction.
class BusinessSettings final
{
    Q_DECLARE_TR_FUNCTIONS(BusinessSettings)

public:
    BusinessSettings() = delete;

    // The owner's own mobile (E.164): where the first-run test text goes. Optional.
    static inline const QString OwnerMobileKey = QStringLiteral("business.owner_mobile");
    static constexpr int MaxNameLength = 60;

    // Each problem of the profile as a sentence naming the field; empty when it can be saved.
    [[nodiscard]] static QStringList problems(const BusinessProfile &profile);
    // Why `typed` is not a mobile number Rapport can text, read in `region`; empty when it is one
    // (or when nothing was typed and `required` is false).
    [[nodiscard]] static QString mobileProblem(
        const QString &typed, const QString &region, bool required = false);

    // Refuses, with the sentence people read, unless `actor` may change the business's settings;
    // a refusal is written to the audit log.
    static Result<void, QString> checkAllowed(const Actor &actor, AuditLog &audit);

    // Name, region and zone (and the owner's mobile, E.164 or empty) in one transaction.
    static Result<void, QString> saveProfile(Database &database, SettingsStore &settings,
        AuditLog &audit, const Actor &actor, const BusinessProfile &profile,
        const QString &ownerMobileE164);
    // The policy rules; refused with every problem when they are not valid.
    static Result<void, QString> savePolicy(
        SettingsStore &settings, AuditLog &audit, const Actor &actor, const PolicyConfig &config);

    // The owner's mobile as stored (E.164), or empty.
    [[nodiscard]] static QString ownerMobile(const SettingsStore &settings);
};

} // namespace rapport::app
