#pragma once

#include "app/cli/CliContext.h"
#include "app/cli/ExitCode.h"

#include <QStringList>

namespace rapport::app {

class CommandRegistry;

// `rapportctl modem …`: diagnostics and direct sending through one modem.
void registerModemCommands(CommandRegistry &registry);

// The subcommands, one function each (ModemCommands.cpp, ModemSendCommands.cpp,
// CodecCommands.cpp, SimulateCommand.cpp).
ExitCode runModemList(CliContext &context, QStringList arguments);
ExitCode runModemInfo(CliContext &context, QStringList arguments);
ExitCode runModemSend(CliContext &context, QStringList arguments);
ExitCode runModemListen(CliContext &context, QStringList arguments);
ExitCode runModemDecode(CliContext &context, QStringList arguments);
ExitCode runModemEncode(CliContext &context, QStringList arguments);
ExitCode runModemSimulate(CliContext &context, QStringList arguments);

// "rapportctl modem <sub>: <problem> Run 'rapportctl help modem' for its usage."
ExitCode modemUsageError(CliContext &context, const QString &subcommand, const QString &problem);

} // namespace rapport::app
