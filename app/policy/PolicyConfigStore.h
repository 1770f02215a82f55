#pragma once

#include "app/policy/PolicyConfig.h"
#include "app/policy/PolicyConfigError.h"
#include "modem/Result.h"

namespace rapport::app {

class AuditLog;
class SettingsStore;
struct Actor;

// Reads and writes PolicyConfig as JSON in the settings (PolicyConfig::SettingsKey), so every
// workstation and rapportctl apply the same rules and a backup carries them.
class PolicyConfigStore final
{
public:
    explicit PolicyConfigStore(SettingsStore &settings);

    // The stored rules; the defaults when nothing is stored yet. NotJson or Invalid when the
    // stored text cannot be used: the caller keeps what it has (or the defaults) and says so.
    [[nodiscard]] Result<PolicyConfig, PolicyConfigError> load() const;
    // load(), falling back to the defaults (with a warning in the rapport.policy log) when the
    // stored text is unusable: sending on the built-in rules is safer than sending on none.
    [[nodiscard]] PolicyConfig loadOrDefaults() const;
    // Refuses an invalid configuration (Invalid, with every problem); otherwise stores it with
    // an audit line.
    Result<void, PolicyConfigError> save(
        const Actor &actor, AuditLog &audit, const PolicyConfig &config);

private:
    SettingsStore &m_settings;
};

} // namespace rapport::app
