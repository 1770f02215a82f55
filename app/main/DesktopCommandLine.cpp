#include "DesktopCommandLine.h"

#include "app/AppIdentity.h"
#include "app/cli/ExitCode.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace rapport::app {

DesktopCommandLine DesktopCommandLine::parse(
    const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Rapport keeps your customers, their consent and your conversations, and "
                       "texts them through the USB GSM modem plugged into this computer."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
        QStringLiteral("Print the version and exit."));
    const QCommandLineOption resetLayout(QStringLiteral("reset-window"),
        QStringLiteral("Forget the remembered window size, position and page."));
    const QCommandLineOption database(QStringLiteral("database"),
        QStringLiteral("Use the database at PATH instead of the usual one."),
        QStringLiteral("PATH"));
    const QCommandLineOption startupReport(QStringLiteral("startup-report"),
        QStringLiteral("Print how long the window took to become usable and the memory in use, "
                       "then quit."));
    parser.addOption(help);
    parser.addOption(database);
    parser.addOption(startupReport);
    parser.addOption(version);
    parser.addOption(resetLayout);

    DesktopCommandLine result;
    if (!parser.parse(arguments)) {
        err << "rapport: " << parser.errorText() << " Run 'rapport --help' to see the options.\n";
        result.exitCode = int(ExitCode::Usage);
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "rapport: unexpected argument '" << parser.positionalArguments().constFirst()
            << "'. Run 'rapport --help' to see the options.\n";
        result.exitCode = int(ExitCode::Usage);
        return result;
    }
    if (parser.isSet(help)) {
        out << parser.helpText()
            << "\nFor modem diagnostics, imports, backups and the headless gateway, use "
               "rapportctl (rapportctl --help).\n"
            << "Logging: QT_LOGGING_RULES=\"rapport.*.debug=true\" rapport\n";
        return result;
    }
    if (parser.isSet(version)) {
        out << "rapport " << AppIdentity::version() << '\n';
        return result;
    }
    DesktopOptions options;
    options.resetWindowLayout = parser.isSet(resetLayout);
    options.startupReport = parser.isSet(startupReport);
    if (parser.isSet(database)) {
        options.databasePath = parser.value(database).trimmed();
        if (options.databasePath.isEmpty()) {
            err << "rapport: --database needs a file path. Run 'rapport --help' to see the "
                   "options.\n";
            result.exitCode = int(ExitCode::Usage);
            return result;
        }
    }
    result.options = options;
    return result;
}

QString missingDisplayMessage()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    const bool hasDisplay = !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (!hasDisplay) {
        return QStringLiteral(
            "rapport: there is no display to open the window on (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set).\n"
            "Run it from a desktop session, or on a machine without a screen under a virtual "
            "display:\n"
            "    xvfb-run -a rapport\n"
            "To run the modems and the outbox without a window, use: rapportctl --help\n");
    }
#endif
    return QString();
}

} // namespace rapport::app
