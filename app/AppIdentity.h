#pragma once

#include <QString>

namespace rapport::app {

// Names under which Rapport stores settings and data, shared by both executables.
struct AppIdentity
{
    static QString version();
    static QString displayName(); // "Rapport"
    // Sets organisation, application name, version and desktop file name on QCoreApplication.
    // Call before the application object exists so settings paths are right from the start.
    static void apply();
    // Folder for the business's database and backups (created on demand by storage).
    static QString dataDirectory();
    static QString settingsFile();
};

} // namespace rapport::app
