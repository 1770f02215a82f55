// Composition root of rapportctl, the command-line tool and headless gateway.
#include "app/AppIdentity.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/CustomerCommands.h"
#include "app/cli/DatabaseCommands.h"
#include "app/cli/GeneralCommands.h"
#include "app/cli/MessagingCommands.h"
#include "app/cli/ModemCommands.h"
#include "app/cli/PersonCommands.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace rapport::app;

int main(int argc, char *argv[])
{
    AppIdentity::apply();
    // Progress notes of the engine are for the log, not for a terminal or a script's output;
    // QT_LOGGING_RULES still switches them (and the wire trace) on.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("rapport.*.info=false"));
    QCoreApplication application(argc, argv);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context {out, err};

    CommandRegistry registry(QStringLiteral("rapportctl"));
    registerGeneralCommands(registry);
    registerModemCommands(registry);
    registerCustomerCommands(registry);
    registerPersonCommands(registry);
    registerDatabaseCommands(registry);
    registerMessagingCommands(registry);

    const ExitCode code = registry.dispatch(QCoreApplication::arguments().mid(1), context);
    out.flush();
    err.flush();
    return int(code);
}
