// Composition root of rapportctl, the command-line tool and headless gateway.
#include "app/AppIdentity.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/GeneralCommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace rapport::app;

int main(int argc, char *argv[])
{
    AppIdentity::apply();
    QCoreApplication application(argc, argv);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context {out, err};

    CommandRegistry registry(QStringLiteral("rapportctl"));
    registerGeneralCommands(registry);

    const ExitCode code = registry.dispatch(QCoreApplication::arguments().mid(1), context);
    out.flush();
    err.flush();
    return int(code);
}
