#include "app/cli/CliWait.h"
#include "app/cli/ModemCliSession.h"
#include "app/cli/ModemCommands.h"
#include "app/demo/DemoResponder.h"
#include "modem/Clock.h"
#include "modem/SimulatedModem.h"
#include "modem/SimulatedModemPty.h"
#include "modem/SimulatedSubmission.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace rapport::app {
namespace {

const char *const kConsoleHelp
    = "Type a command and Enter: inject NUMBER TEXT | reset | silent on|off | disappear | reappear "
      "| echo TEXT";

// Commands typed on standard input while the simulator runs, so a person (or a test) can make
// the simulated network and modem do things.
void handleConsoleLine(CliContext &context, modem::SimulatedModem &simulator, const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return;
    const QString verb = trimmed.section(u' ', 0, 0);
    if (verb == QLatin1String("inject")) {
        const QString number = trimmed.section(u' ', 1, 1);
        const QString text = trimmed.section(u' ', 2);
        if (number.isEmpty() || text.isEmpty()) {
            context.err << "inject needs a NUMBER and a TEXT\n";
        } else if (const auto parts = simulator.injectText(number, text); !parts) {
            context.err << "Cannot inject: " << parts.error().detail << '\n';
        } else {
            context.out << "Injected " << parts.value() << " part(s) from " << number << '\n';
        }
    } else if (verb == QLatin1String("reset")) {
        simulator.reset();
        context.out << "Modem reset\n";
    } else if (verb == QLatin1String("silent")) {
        simulator.setSilent(trimmed.section(u' ', 1, 1) != QLatin1String("off"));
        context.out << "Silent: " << trimmed.section(u' ', 1, 1) << '\n';
    } else if (verb == QLatin1String("disappear")) {
        context.out << (simulator.disappear() ? "Gone\n" : "Cannot disappear\n");
    } else if (verb == QLatin1String("reappear")) {
        context.out << (simulator.reappear() ? "Back\n" : "Cannot reappear\n");
    } else if (verb == QLatin1String("echo")) {
        // Output is written in order, so a script that sees its echo has also seen every line
        // the simulator wrote before it (a submission logged just before a crash, say).
        context.out << trimmed.section(u' ', 1) << '\n';
    } else {
        context.err << "Unknown command. " << kConsoleHelp << '\n';
    }
    context.out.flush();
    context.err.flush();
}

} // namespace

ExitCode runModemSimulate(CliContext &context, QStringList arguments)
{
    const auto link = ModemCliSession::takeOption(arguments, QStringLiteral("--link"));
    const QString vendorName = ModemCliSession::takeOption(arguments, QStringLiteral("--vendor"))
                                   .value_or(QStringLiteral("generic"));
    const auto delay = ModemCliSession::takeOption(arguments, QStringLiteral("--delay-ms"));
    const auto reportDelay
        = ModemCliSession::takeOption(arguments, QStringLiteral("--report-delay-ms"));
    const auto pin = ModemCliSession::takeOption(arguments, QStringLiteral("--pin"));
    const auto imei = ModemCliSession::takeOption(arguments, QStringLiteral("--imei"));
    const auto slots = ModemCliSession::takeOption(arguments, QStringLiteral("--storage-slots"));
    const bool demoReplies = arguments.removeAll(QStringLiteral("--demo-replies")) > 0;
    const bool logSubmissions = arguments.removeAll(QStringLiteral("--log-submissions")) > 0;
    if (!arguments.isEmpty())
        return modemUsageError(context, QStringLiteral("simulate"),
            QStringLiteral("unexpected argument '%1'.").arg(arguments.first()));
    if (!link || link->isEmpty())
        return modemUsageError(context, QStringLiteral("simulate"),
            QStringLiteral("give --link PATH, where the modem should appear."));
    const auto vendor = modem::VendorProfile::vendorFromName(vendorName);
    if (!vendor)
        return modemUsageError(context, QStringLiteral("simulate"),
            QStringLiteral("unknown vendor '%1'; use generic, huawei, zte, "
                           "simcom, quectel or sierra.")
                .arg(vendorName));
    bool ok = true;
    const int delayMs = delay ? delay->toInt(&ok) : 0;
    if (!ok || delayMs < 0)
        return modemUsageError(context, QStringLiteral("simulate"),
            QStringLiteral("--delay-ms takes a number of milliseconds."));
    const int reportDelayMs = reportDelay ? reportDelay->toInt(&ok) : 1000;
    if (!ok || reportDelayMs < 0)
        return modemUsageError(context, QStringLiteral("simulate"),
            QStringLiteral("--report-delay-ms takes a number of milliseconds."));

    modem::SimulatedModem simulator(
        Clock::system(), modem::SimulatedModemPreset::forVendor(*vendor));
    simulator.setNetworkDelay(std::chrono::milliseconds(delayMs));
    simulator.setReportDelay(std::chrono::milliseconds(reportDelayMs));
    if (pin)
        simulator.sim().setPin(pin->toLatin1());
    if (imei)
        simulator.setImei(imei->toLatin1());
    if (slots) {
        // More room than a SIM's 20–50 slots, so a flood of texts is never held back by the
        // network waiting for memory: for measuring the host's pace rather than the SMSC's.
        const int count = slots->toInt(&ok);
        if (!ok || count < 1 || count > 100000)
            return modemUsageError(context, QStringLiteral("simulate"),
                QStringLiteral("--storage-slots takes a number from 1 to 100000."));
        simulator.setStorageCapacity("SM", count);
        simulator.setStorageCapacity("ME", count);
    }
    if (demoReplies)
        DemoResponder::attach(simulator, Clock::system(), &simulator);
    // One line per part the network accepts, for scripts and crash tests that count what really
    // went out: tab-separated destination, reference, part/parts, text.
    if (logSubmissions)
        QObject::connect(&simulator, &modem::SimulatedModem::submitted, &simulator,
            [&context](const modem::SimulatedSubmission &submission) {
                const auto &concatenation = submission.concatenation;
                context.out << "submitted\t" << submission.destination << '\t'
                            << submission.messageReference << '\t'
                            << (concatenation ? concatenation->sequence : 1) << '/'
                            << (concatenation ? concatenation->total : 1) << '\t'
                            << QString(submission.text).replace(u'\n', u' ') << '\n';
                context.out.flush();
            });
    modem::SimulatedModemPty pty(simulator);
    if (!pty.open(*link)) {
        context.err << "Cannot create the simulated modem at " << *link << ": " << pty.errorString()
                    << ". Choose a path in a folder you can write to, e.g. /tmp/rapport-modem.\n";
        return ExitCode::Unavailable;
    }
    context.out << "Simulated " << modem::VendorProfile::nameOf(*vendor) << " modem at " << *link
                << " (" << pty.slavePath() << "), network delay " << delayMs << " ms"
                << (demoReplies ? ", simulated customers answer" : "") << ". Ctrl+C to stop.\n"
                << kConsoleHelp << '\n';
    context.out.flush();

#ifdef Q_OS_UNIX
    QByteArray pending;
    QSocketNotifier console(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&console, &QSocketNotifier::activated, &console, [&] {
        char buffer[1024];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            console.setEnabled(false); // end of input: keep serving until interrupted
            return;
        }
        pending.append(buffer, n);
        qsizetype newline = 0;
        while ((newline = pending.indexOf('\n')) >= 0) {
            handleConsoleLine(context, simulator, QString::fromUtf8(pending.left(newline)));
            pending.remove(0, newline + 1);
        }
    });
#endif
    const int code = runUntilInterrupted();
    pty.close();
    context.out << "Simulated modem stopped.\n";
    return ExitCode(code);
}

} // namespace rapport::app
