#pragma once

#include "app/cli/CliContext.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace rapport::app {

class Database;

// The region numbers typed on the command line are read in: `--region CC` when given (removed
// from `arguments`), else the business's region from the database's settings, else the system
// locale's. Prints a problem and returns nullopt when none is usable, except that a command
// reading only `typedNumber` needs no region when that number starts with + (the result is then
// an empty string, which reads international numbers only).
std::optional<QString> cliRegion(CliContext &context, const QString &command,
    QStringList &arguments, Database &database, const QString &typedNumber = {});

} // namespace rapport::app
