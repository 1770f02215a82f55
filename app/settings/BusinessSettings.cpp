#include "app/settings/BusinessSettings.h"

#include "app/audit/AuditLog.h"
#include "app/phone/PhoneNumbers.h"
#include "app/policy/PolicyConfigStore.h"
#include "app/staff/Permissions.h"
#include "app/storage/Transaction.h"

namespace rapport::app {

using namespace Qt::StringLiterals;

QStringList BusinessSettings::problems(const BusinessProfile &profile)
{
    QStringList found;
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        found.append(tr("Business name: type the name customers know you by; it starts your "
                        "marketing texts."));
    else if (name.size() > MaxNameLength)
        found.append(tr("Business name: keep it under %1 characters; it goes into texts, where "
                        "every character counts.")
                         .arg(MaxNameLength));
    if (profile.region.isEmpty())
        found.append(tr("Country: choose the country your shop is in."));
    else if (!PhoneNumbers::isSupportedRegion(profile.region))
        found.append(tr("Country: Rapport does not know the phone numbers of \u201c%1\u201d. "
                        "Choose another country from the list.")
                         .arg(profile.region));
    if (!profile.zone.isValid())
        found.append(tr("Time zone: choose the time zone of your shop from the list."));
    return found;
}

QString BusinessSettings::mobileProblem(const QString &typed, const QString &region, bool required)
{
    if (typed.trimmed().isEmpty())
        return required ? PhoneNumbers::describe(PhoneNumbers::Validity::Empty) : QString();
    const PhoneNumbers::Parsed parsed = PhoneNumbers::parse(typed, region);
    return parsed.isValid() ? QString() : PhoneNumbers::describe(parsed.validity);
}

Result<void, QString> BusinessSettings::checkAllowed(const Actor &actor, AuditLog &audit)
{
    if (auto allowed = Permissions::check(actor, Permission::Settings, &audit); !allowed)
        return fail(allowed.error().describe());
    return {};
}

Result<void, QString> BusinessSettings::saveProfile(Database &database, SettingsStore &settings,
    AuditLog &audit, const Actor &actor, const BusinessProfile &profile,
    const QString &ownerMobileE164)
{
    if (auto allowed = checkAllowed(actor, audit); !allowed)
        return allowed;
    if (const QStringList found = problems(profile); !found.isEmpty())
        return fail(found.join(u' '));
    Transaction transaction(database);
    if (!transaction.isOpen())
        return fail(
            StorageError {StorageError::Code::QueryFailed, transaction.errorText()}.describe());
    const QList<std::pair<QString, QString>> values {
        {BusinessProfile::NameKey, profile.name.trimmed()},
        {BusinessProfile::RegionKey, profile.region},
        {BusinessProfile::ZoneKey, QString::fromUtf8(profile.zone.id())},
        {OwnerMobileKey, ownerMobileE164},
    };
    for (const auto &[key, value] : values) {
        // Unchanged keys are left alone, so the audit log shows what was really changed; an
        // empty value is stored as empty text (the column is NOT NULL).
        const auto stored = settings.value(key);
        const bool has = stored && stored->has_value();
        if ((has && **stored == value) || (!has && value.isEmpty()))
            continue;
        if (auto written = settings.setValue(actor, audit, key, value.isNull() ? u""_s : value);
            !written)
            return fail(written.error().describe());
    }
    if (!transaction.commit())
        return fail(
            StorageError {StorageError::Code::QueryFailed, transaction.errorText()}.describe());
    return {};
}

Result<void, QString> BusinessSettings::savePolicy(
    SettingsStore &settings, AuditLog &audit, const Actor &actor, const PolicyConfig &config)
{
    if (auto allowed = checkAllowed(actor, audit); !allowed)
        return allowed;
    PolicyConfigStore store(settings);
    if (auto saved = store.save(actor, audit, config); !saved)
        return fail(saved.error().describe());
    return {};
}

QString BusinessSettings::ownerMobile(const SettingsStore &settings)
{
    return settings.valueOr(OwnerMobileKey, QString());
}

} // namespace rapport::app
