#pragma once

#include "app/cli/CliContext.h"
#include "app/cli/ExitCode.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace rapport::app {

// One rapportctl subcommand. `arguments` excludes the program and command names.
struct CliCommand
{
    QString name; // e.g. "paths"
    QString synopsis; // e.g. "paths [--json]"
    QString summary; // one line for the overview
    QString details; // shown by `rapportctl help <name>`, may be empty
    std::function<ExitCode(CliContext &, const QStringList &arguments)> run;
    bool usesDatabase = false; // takes --database PATH (also when given before the command)
};

} // namespace rapport::app
