#pragma once

#include "app/staff/Actor.h"
#include "app/storage/StorageError.h"
#include "modem/Result.h"

#include <QString>
#include <QTimeZone>

#include <optional>

namespace rapport::app {

class AuditLog;
class Database;

// The business's settings, kept in the database (not in QSettings) so that every workstation
// and rapportctl see the same values and a backup carries them. Changes are audited.
class SettingsStore final
{
public:
    explicit SettingsStore(Database &database);

    Result<std::optional<QString>, StorageError> value(const QString &key) const;
    QString valueOr(const QString &key, const QString &fallback) const;
    // Writes `value` and an audit line (old and new value are not logged: settings may hold
    // wording or keys that do not belong in a log).
    Result<void, StorageError> setValue(
        const Actor &actor, AuditLog &audit, const QString &key, const QString &value);

private:
    Database &m_database;
};

// The business as numbers and times are judged: its name, home region (ISO 3166, the default
// for numbers typed without a country code) and time zone.
struct BusinessProfile
{
    QString name;
    QString region;
    QTimeZone zone;

    static inline const QString NameKey = QStringLiteral("business.name");
    static inline const QString RegionKey = QStringLiteral("business.region");
    static inline const QString ZoneKey = QStringLiteral("business.time_zone");

    // Stored values; the region falls back to the system locale's territory and the zone to
    // the system's, so a fresh database still parses local numbers sensibly.
    static BusinessProfile load(const SettingsStore &settings);
    [[nodiscard]] bool isConfigured() const { return !region.isEmpty(); }
};

} // namespace rapport::app
