#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

namespace rapport::app {

// The desktop application's options, parsed before any window-system connection is made so that
// --help and --version work without a display.
struct DesktopOptions
{
    bool resetWindowLayout = false;
    QString databasePath; // empty: the default one in the user's data folder
    // Prints how long the window took to become usable, and the memory in use, then quits
    // (the start-up benchmark).
    bool startupReport = false;
};

// Returns the options, or an exit code when the process should end now (help, version, error).
struct DesktopCommandLine
{
    std::optional<DesktopOptions> options;
    int exitCode = 0;

    static DesktopCommandLine parse(
        const QStringList &arguments, QTextStream &out, QTextStream &err);
};

// Empty when a display is available; otherwise the plain-words explanation with the fix.
QString missingDisplayMessage();

} // namespace rapport::app
