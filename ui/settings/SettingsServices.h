#pragma once

#include <QDateTime>

#include <functional>

namespace rapport::app {
class AuditLog;
class Database;
class SettingsStore;
class StaffDirectory;
class TemplateRepository;
} // namespace rapport::app

namespace rapport::ui {

// What the Settings page works with, handed over by reference (from app::Workspace in the
// application, from an in-memory database in tests). The page constructs no services.
struct SettingsServices
{
    app::Database &database;
    app::SettingsStore &settings;
    app::AuditLog &audit;
    app::StaffDirectory &staff;
    app::TemplateRepository &templates;
    // The wall clock (the Workspace's Clock in the application): names the copy a restore keeps.
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace rapport::ui
