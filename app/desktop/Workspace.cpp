#include "app/desktop/Workspace.h"

#include "app/AppIdentity.h"
#include "app/appointments/AppointmentBook.h"
#include "app/audit/AuditLog.h"
#include "app/consent/ConsentLedger.h"
#include "app/consent/SuppressionList.h"
#include "app/customers/CustomerRepository.h"
#include "app/desktop/ModemHub.h"
#include "app/messaging/MessagingService.h"
#include "app/segments/SegmentRepository.h"
#include "app/settings/SettingsStore.h"
#include "app/staff/StaffDirectory.h"
#include "app/storage/Database.h"
#include "app/templates/TemplateRepository.h"
#include "app/threads/ThreadRepository.h"
#include "modem/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace rapport::app {

Workspace::Workspace(std::unique_ptr<Database> database, Clock &clock)
    : m_clock(clock)
    , m_database(std::move(database))
{
    const auto now = [&clock] { return clock.now(); };
    Database &db = *m_database;
    m_settings = std::make_unique<SettingsStore>(db);
    m_audit = std::make_unique<AuditLog>(db, now);
    m_staff = std::make_unique<StaffDirectory>(db, *m_audit, now);
    m_customers = std::make_unique<CustomerRepository>(db, region(), now);
    m_consent = std::make_unique<ConsentLedger>(db, *m_audit, now);
    m_suppression = std::make_unique<SuppressionList>(db, now);
    m_segments = std::make_unique<SegmentRepository>(db, now);
    m_templates = std::make_unique<TemplateRepository>(db, now);
    m_messaging = std::make_unique<MessagingService>(db, clock);
    m_threads = std::make_unique<ThreadRepository>(db, clock, m_messaging->events());
    m_appointments = std::make_unique<AppointmentBook>(db, *m_audit, now);
    m_modems = std::make_unique<ModemHub>(*m_messaging, *m_settings, *m_audit, clock);
}

Workspace::~Workspace()
{
    // Modems first: they are channels of the messaging service.
    m_modems.reset();
    if (m_messaging)
        m_messaging->stop();
}

Result<std::unique_ptr<Workspace>, QString> Workspace::open(const QString &path, Clock &clock)
{
    const QFileInfo file(path);
    if (!QDir().mkpath(file.absolutePath()))
        return fail(tr("Rapport cannot create the folder %1. Check that you may write there, or "
                       "choose another place for the database.")
                        .arg(QDir::toNativeSeparators(file.absolutePath())));
    auto database = Database::open(file.absoluteFilePath());
    if (!database)
        return fail(tr("Rapport cannot open its database %1: %2")
                        .arg(QDir::toNativeSeparators(file.absoluteFilePath()),
                            database.error().describe()));
    return std::unique_ptr<Workspace>(new Workspace(std::move(*database), clock));
}

Result<std::unique_ptr<Workspace>, QString> Workspace::openInMemory(Clock &clock)
{
    static int counter = 0;
    auto database = Database::openInMemory(QStringLiteral("rapport-workspace-%1").arg(++counter));
    if (!database)
        return fail(database.error().describe());
    return std::unique_ptr<Workspace>(new Workspace(std::move(*database), clock));
}

QString Workspace::defaultDatabasePath()
{
    return QDir(AppIdentity::dataDirectory()).filePath(QStringLiteral("rapport.db"));
}

bool Workspace::needsFirstRun() const
{
    // The wizard stores the region explicitly; BusinessProfile::load() would fall back to the
    // system's, so look at the stored value itself.
    const auto region = m_settings->value(BusinessProfile::RegionKey);
    if (!region || !region->has_value() || (*region)->isEmpty())
        return true;
    const auto members = m_staff->list();
    return !members || members->isEmpty();
}

Result<void, QString> Workspace::startMessaging()
{
    m_modems->restoreConfigured();
    const auto started = m_messaging->start();
    if (!started)
        return fail(tr("Sending and receiving could not start: %1").arg(started.error()));
    return {};
}

void Workspace::setActor(const Actor &actor)
{
    m_actor = actor;
    Q_EMIT actorChanged(m_actor);
}

QString Workspace::region() const
{
    return BusinessProfile::load(*m_settings).region;
}

QString Workspace::businessName() const
{
    return BusinessProfile::load(*m_settings).name;
}

QDate Workspace::businessToday() const
{
    return m_clock.now().toTimeZone(BusinessProfile::load(*m_settings).zone).date();
}

QDateTime Workspace::now() const
{
    return m_clock.now();
}

void Workspace::reloadSettings()
{
    // Services are updated in place: the pages hold references to them.
    m_customers->setBusinessRegion(region());
    m_threads->setBusinessRegion(region());
    m_messaging->reloadConfiguration();
    Q_EMIT settingsChanged();
}

} // namespace rapport::app
