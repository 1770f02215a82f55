#pragma once

#include "app/staff/Actor.h"
#include "modem/Result.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

namespace rapport {
class Clock;
} // namespace rapport

namespace rapport::app {

class AuditLog;
class ConsentLedger;
class CustomerRepository;
class Database;
class MessagingService;
class ModemHub;
class SegmentRepository;
class SettingsStore;
class StaffDirectory;
class SuppressionList;
class TemplateRepository;
class ThreadRepository;
class AppointmentBook;

// Everything the desktop application works with, over one database: the long-lived services,
// created once by the composition root and handed to the pages by reference. The pages never
// construct services of their own.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)
public:
    // Opens (or creates) the database at `path`, brings its schema up to date and builds the
    // services. The messaging service is not started: call startMessaging() once the window
    // is up. On failure: one sentence saying what happened and what to do.
    static Result<std::unique_ptr<Workspace>, QString> open(const QString &path, Clock &clock);
    // The same over a fresh in-memory database (tests, screenshots).
    static Result<std::unique_ptr<Workspace>, QString> openInMemory(Clock &clock);
    ~Workspace() override;

    // Where the database lives unless the user chose otherwise: the per-user data folder.
    static QString defaultDatabasePath();

    // True until the first-run wizard has stored a business profile and an owner.
    [[nodiscard]] bool needsFirstRun() const;

    // Settles what a previous run left and starts sending and receiving; restores the modems
    // configured in the settings (the demo modem too).
    Result<void, QString> startMessaging();

    // Who is signed in; every action is taken and audited in this name.
    [[nodiscard]] const Actor &actor() const { return m_actor; }
    void setActor(const Actor &actor);
    // The business's home region (ISO 3166), for numbers typed without a country code.
    [[nodiscard]] QString region() const;
    // The business's name, and today's date where the business is (its time zone).
    [[nodiscard]] QString businessName() const;
    [[nodiscard]] QDate businessToday() const;
    // Now (UTC), from the workspace's clock; the UI has no clock of its own.
    [[nodiscard]] QDateTime now() const;
    // Re-reads settings that services cache (business profile, policy); call after changing them.
    void reloadSettings();

    [[nodiscard]] Clock &clock() { return m_clock; }
    [[nodiscard]] Database &database() { return *m_database; }
    [[nodiscard]] SettingsStore &settings() { return *m_settings; }
    [[nodiscard]] AuditLog &audit() { return *m_audit; }
    [[nodiscard]] StaffDirectory &staff() { return *m_staff; }
    [[nodiscard]] CustomerRepository &customers() { return *m_customers; }
    [[nodiscard]] ConsentLedger &consent() { return *m_consent; }
    [[nodiscard]] SuppressionList &suppression() { return *m_suppression; }
    [[nodiscard]] SegmentRepository &segments() { return *m_segments; }
    [[nodiscard]] TemplateRepository &templates() { return *m_templates; }
    [[nodiscard]] ThreadRepository &threads() { return *m_threads; }
    [[nodiscard]] AppointmentBook &appointments() { return *m_appointments; }
    [[nodiscard]] MessagingService &messaging() { return *m_messaging; }
    [[nodiscard]] ModemHub &modems() { return *m_modems; }

Q_SIGNALS:
    void actorChanged(const rapport::app::Actor &actor);
    // Business profile, hours or policy changed (Settings or the first-run wizard).
    void settingsChanged();

private:
    Workspace(std::unique_ptr<Database> database, Clock &clock);

    Clock &m_clock;
    Actor m_actor = Actor::system();
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<StaffDirectory> m_staff;
    std::unique_ptr<CustomerRepository> m_customers;
    std::unique_ptr<ConsentLedger> m_consent;
    std::unique_ptr<SuppressionList> m_suppression;
    std::unique_ptr<SegmentRepository> m_segments;
    std::unique_ptr<TemplateRepository> m_templates;
    std::unique_ptr<MessagingService> m_messaging;
    std::unique_ptr<ThreadRepository> m_threads;
    std::unique_ptr<AppointmentBook> m_appointments;
    std::unique_ptr<ModemHub> m_modems;
};

} // namespace rapport::app
