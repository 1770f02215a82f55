// Composition root of the desktop application.
#include "DesktopCommandLine.h"

#include "app/AppIdentity.h"
#include "app/cli/ExitCode.h"
#include "ui/MainWindow.h"
#include "ui/UiSetup.h"

#include <QApplication>
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
    app::AppIdentity::apply();
    QTextStream out(stdout);
    QTextStream err(stderr);

    const auto commandLine = app::DesktopCommandLine::parse(argumentsOf(argc, argv), out, err);
    if (!commandLine.options)
        return commandLine.exitCode;

    if (const QString message = app::missingDisplayMessage(); !message.isEmpty()) {
        err << message;
        return int(app::ExitCode::Unavailable);
    }

    QApplication application(argc, argv);
    ui::installTranslations(application);
    ui::applyApplicationLook();

    ui::MainWindow window;
    if (commandLine.options->resetWindowLayout)
        window.forgetWindowState();
    window.restoreWindowState();
    window.show();
    return QApplication::exec();
}
