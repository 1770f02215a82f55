#pragma once

#include <QStringList>

#include <optional>

class QTextStream;

namespace rapport::app {

// The desktop application's options, parsed before any window-system connection is made so that
// --help and --version work without a display.
struct DesktopOptions
{
    bool resetWindowLayout = false;
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
