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
    parser.addOption(help);
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
