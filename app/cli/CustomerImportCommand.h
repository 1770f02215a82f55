#pragma once

#include "app/cli/CliContext.h"
#include "app/cli/ExitCode.h"

#include <QStringList>

namespace rapport::app {

// rapportctl customers import FILE [--map COLUMN=FIELD …] [--dry-run] …
ExitCode runCustomerImport(CliContext &context, QStringList arguments);

} // namespace rapport::app
