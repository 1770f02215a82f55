// Composition root of the desktop application.
#include "DesktopCommandLine.h"
#include "ui/common/StartupReport.h"

#include "app/AppIdentity.h"
#include "app/cli/ExitCode.h"
#include "app/desktop/Workspace.h"
#include "modem/Clock.h"
#include "ui/MainWindow.h"
#include "ui/UiSetup.h"
#include "ui/firstrun/FirstRunWizard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QProcess>
#include <QTextStream>

#include <cstdio>

using namespace rapport;

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    app::AppIdentity::apply();
    QTextStream out(stdout);
    QTextStream err(stderr);

    const auto commandLine = app::DesktopCommandLine::parse(argumentsOf(argc, argv), out, err);
    if (!commandLine.options)
        return commandLine.exitCode;
    const app::DesktopOptions &options = *commandLine.options;

    if (const QString message = app::missingDisplayMessage(); !message.isEmpty()) {
        err << message;
        return int(app::ExitCode::Unavailable);
    }

    QApplication application(argc, argv);
    ui::installTranslations(application);
    ui::applyApplicationLook();

    const QString path = options.databasePath.isEmpty() ? app::Workspace::defaultDatabasePath()
                                                        : options.databasePath;
    auto opened = app::Workspace::open(path, Clock::system());
    if (!opened) {
        err << "rapport: " << opened.error() << '\n';
        QMessageBox::critical(nullptr, QObject::tr("Rapport cannot start"), opened.error());
        return int(app::ExitCode::Unavailable);
    }
    app::Workspace &workspace = **opened;
    ui::StartupReport::Phases phases {{QStringLiteral("database open"), sinceStart.elapsed()}};

    const bool firstRun = workspace.needsFirstRun();
    const auto started = workspace.startMessaging();
    phases.append({QStringLiteral("messaging started"), sinceStart.elapsed()});
    if (firstRun && !options.startupReport) {
        // A new shop: the wizard stores the business, the owner and the modem, and sends the
        // test text, before the main window opens.
        ui::FirstRunWizard wizard(workspace);
        if (wizard.exec() != QDialog::Accepted)
            return 0;
    }

    ui::MainWindow window(workspace);
    phases.append({QStringLiteral("window built"), sinceStart.elapsed()});
    if (options.resetWindowLayout)
        window.forgetWindowState();
    window.restoreWindowState();
    window.show();
    if (!started)
        QMessageBox::warning(&window, QObject::tr("Texts cannot be sent yet"), started.error());

    // After a restore the services run on a replaced file: start again, on the same options.
    bool restart = false;
    QObject::connect(&window, &ui::MainWindow::restartRequested, &application, [&restart] {
        restart = true;
        QApplication::quit();
    });
    if (options.startupReport)
        ui::StartupReport::printWhenIdle(window.windowHandle(), sinceStart, phases, out);
    const int code = QApplication::exec();
    if (restart)
        QProcess::startDetached(
            QApplication::applicationFilePath(), QApplication::arguments().mid(1));
    return code;
}
