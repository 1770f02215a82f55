#pragma once

#include "app/cli/CliContext.h"
#include "app/cli/ExitCode.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace rapport::app {

class Database;

// The database a rapportctl command works on: `--database PATH` (anywhere among the command's
// arguments, or before the command), else the business's database in the data folder.
class CliDatabase final
{
public:
    // The default database file, shared with the desktop application.
    static QString defaultPath();

    // Removes `--database PATH` / `--database=PATH` from `arguments`. Returns the chosen path,
    // or nullopt after printing a usage problem (exit code Usage).
    static std::optional<QString> takePath(
        CliContext &context, const QString &command, QStringList &arguments);

    // Opens (creating when `create` is true) and migrates the database, printing the problem in
    // words when it fails; `code` is then the exit code to return.
    static std::unique_ptr<Database> open(CliContext &context, const QString &command,
        const QString &path, bool create, ExitCode *code);
};

// Prints "rapportctl COMMAND: PROBLEM Run 'rapportctl help COMMAND' for its usage." and returns
// ExitCode::Usage.
ExitCode cliUsageError(CliContext &context, const QString &command, const QString &problem);

} // namespace rapport::app
