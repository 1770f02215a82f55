#pragma once

#include "app/cli/CliContext.h"
#include "app/cli/ExitCode.h"

#include <QStringList>

namespace rapport::app {

// rapportctl db generate-demo --customers N --messages M [--region CC] [--seed S]
ExitCode runGenerateDemo(CliContext &context, QStringList arguments);

} // namespace rapport::app
