#include "app/settings/SettingsStore.h"

#include "app/audit/AuditLog.h"
#include "app/storage/Database.h"
#include "app/storage/Transaction.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::app {
namespace {

StorageError queryFailed(const QString &text)
{
    return StorageError {StorageError::Code::QueryFailed, text};
}

QString systemRegion()
{
    const QString name = QLocale::system().name(); // "en_GB"
    const qsizetype underscore = name.indexOf(u'_');
    return underscore > 0 ? name.mid(underscore + 1, 2).toUpper() : QString();
}

} // namespace

SettingsStore::SettingsStore(Database &database)
    : m_database(database)
{ }

Result<std::optional<QString>, StorageError> SettingsStore::value(const QString &key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return fail(queryFailed(query.lastError().text()));
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

QString SettingsStore::valueOr(const QString &key, const QString &fallback) const
{
    const auto stored = value(key);
    return stored && *stored ? **stored : fallback;
}

Result<void, StorageError> SettingsStore::setValue(
    const Actor &actor, AuditLog &audit, const QString &key, const QString &value)
{
    Transaction transaction(m_database);
    if (!transaction.isOpen())
        return fail(queryFailed(transaction.errorText()));
    QSqlQuery query(m_database.connection());
    // Portable upsert: SQLite 3.24+ and PostgreSQL share this syntax.
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return fail(queryFailed(query.lastError().text()));
    if (auto logged = audit.record(actor, AuditAction::SettingChanged, key); !logged)
        return fail(logged.error());
    if (!transaction.commit())
        return fail(queryFailed(transaction.errorText()));
    return {};
}

BusinessProfile BusinessProfile::load(const SettingsStore &settings)
{
    BusinessProfile profile;
    profile.name = settings.valueOr(NameKey, QString());
    profile.region = settings.valueOr(RegionKey, systemRegion());
    const QByteArray zone = settings.valueOr(ZoneKey, QString()).toUtf8();
    profile.zone = !zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone)
        ? QTimeZone(zone)
        : QTimeZone::systemTimeZone();
    return profile;
}

} // namespace rapport::app
