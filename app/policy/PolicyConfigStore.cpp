#include "app/policy/PolicyConfigStore.h"

#include "app/CoreLogging.h"
#include "app/settings/SettingsStore.h"

namespace rapport::app {

PolicyConfigStore::PolicyConfigStore(SettingsStore &settings)
    : m_settings(settings)
{ }

Result<PolicyConfig, PolicyConfigError> PolicyConfigStore::load() const
{
    const auto stored = m_settings.value(PolicyConfig::SettingsKey);
    if (!stored)
        return fail(
            PolicyConfigError {PolicyConfigError::Code::StorageFailed, stored.error().detail, {}});
    if (!*stored)
        return PolicyConfig::defaults();
    return PolicyConfig::fromJson((*stored)->toUtf8());
}

PolicyConfig PolicyConfigStore::loadOrDefaults() const
{
    auto loaded = load();
    if (loaded)
        return std::move(*loaded);
    qCWarning(lcPolicy) << "Using the built-in sending rules:" << loaded.error().describe();
    return PolicyConfig::defaults();
}

Result<void, PolicyConfigError> PolicyConfigStore::save(
    const Actor &actor, AuditLog &audit, const PolicyConfig &config)
{
    if (const QStringList problems = config.problems(); !problems.isEmpty())
        return fail(PolicyConfigError {PolicyConfigError::Code::Invalid, {}, problems});
    const auto written = m_settings.setValue(
        actor, audit, PolicyConfig::SettingsKey, QString::fromUtf8(config.toJson()));
    if (!written)
        return fail(
            PolicyConfigError {PolicyConfigError::Code::StorageFailed, written.error().detail, {}});
    return {};
}

} // namespace rapport::app
