#include "app/cli/GeneralCommands.h"

#include "app/AppIdentity.h"
#include "app/cli/CliDatabase.h"
#include "app/cli/CommandRegistry.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::app {
namespace {

ExitCode usageError(CliContext &context, const QString &command, const QString &problem)
{
    context.err << "rapportctl " << command << ": " << problem << " Run 'rapportctl help "
                << command << "' for its usage.\n";
    return ExitCode::Usage;
}

ExitCode runPaths(CliContext &context, const QStringList &arguments)
{
    bool json = false;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--json"))
            json = true;
        else
            return usageError(context, QStringLiteral("paths"),
                QStringLiteral("unexpected argument '%1'.").arg(argument));
    }
    const QString data = AppIdentity::dataDirectory();
    const QString settings = AppIdentity::settingsFile();
    const QString database = CliDatabase::defaultPath();
    if (json) {
        const QJsonObject object {{QStringLiteral("data"), data},
            {QStringLiteral("database"), database}, {QStringLiteral("settings"), settings}};
        context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        context.out << "Data folder:    " << data << '\n'
                    << "Database:       " << database << '\n'
                    << "Settings file:  " << settings << '\n';
    }
    return ExitCode::Success;
}

ExitCode runVersion(CliContext &context, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError(
            context, QStringLiteral("version"), QStringLiteral("takes no arguments."));
    context.out << "rapportctl " << AppIdentity::version() << '\n' << "Qt " << qVersion() << '\n';
    return ExitCode::Success;
}

} // namespace

void registerGeneralCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("version"), QStringLiteral("version"),
        QStringLiteral("Print the version of rapportctl and of Qt"), QString(), runVersion});
    registry.add({QStringLiteral("paths"), QStringLiteral("paths [--json]"),
        QStringLiteral("Show where Rapport keeps its data and settings"),
        QStringLiteral("The desktop application and rapportctl share these folders.\n"
                       "--json  print them as a JSON object"),
        runPaths});
    // `help` is answered by the registry itself; listed here so the overview shows it.
    registry.add({QStringLiteral("help"), QStringLiteral("help [COMMAND]"),
        QStringLiteral("Show all commands, or the usage of one"), QString(),
        [&registry](CliContext &context, const QStringList &) {
            context.out << registry.overview();
            return ExitCode::Success;
        }});
}

} // namespace rapport::app
