#include "app/cli/ModemCommands.h"

#include "app/cli/CliWait.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/ModemCliSession.h"
#include "app/modem/PortProblemText.h"
#include "modem/Clock.h"
#include "modem/ModemSession.h"
#include "modem/PortCatalog.h"
#include "modem/PortProber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::app {
namespace {

using namespace std::chrono_literals;

const char *const kModemHelp
    = "Subcommands:\n"
      "  list [--json]                         Serial ports, USB details, and which answer AT\n"
      "  info PORT [--json]                    Identity, SIM, registration, signal, operator, "
      "storage\n"
      "  send PORT NUMBER TEXT [--wait]        Send one text; --wait waits for the delivery "
      "report\n"
      "  send PORT --batch FILE                Send one text per line (NUMBER<TAB>TEXT), back to "
      "back\n"
      "  listen PORT [--delete] [--json]       Print messages as they arrive (until Ctrl+C)\n"
      "  decode HEX|- [--json] [--no-smsc]     Decode a PDU as the modem gives it (- reads one\n"
      "                                        per line from standard input)\n"
      "  encode NUMBER TEXT [--json]           The PDUs Rapport would send, with parts and "
      "encoding\n"
      "  simulate --link PATH [--vendor V] [--delay-ms N] [--demo-replies]\n"
      "                                        Serve the simulated modem on a pseudo-terminal;\n"
      "                                        --demo-replies: simulated customers answer;\n"
      "                                        --log-submissions: a line per part sent;\n"
      "                                        --storage-slots N: SIM and phone memory size\n"
      "\n"
      "Commands that open a PORT also take --pin NNNN (sent once if the SIM asks) and\n"
      "--vendor generic|huawei|zte|simcom|quectel|sierra (instead of the detected profile).\n"
      "PORT is a path as typed: /dev/ttyUSB2, a /dev/serial/by-id/ link, or a pty such as\n"
      "/dev/pts/7 (pseudo-terminals are not listed by 'list'). A TEXT that starts with --\n"
      "goes after a lone --:  rapportctl modem send PORT NUMBER -- --flash";

QString usbId(const modem::PortDescription &port)
{
    if (!port.vendorId)
        return QStringLiteral("-");
    return QStringLiteral("%1:%2")
        .arg(*port.vendorId, 4, 16, QLatin1Char('0'))
        .arg(port.productId.value_or(0), 4, 16, QLatin1Char('0'));
}

QString roleName(modem::PortRole role)
{
    switch (role) {
    case modem::PortRole::AtControl:
        return QStringLiteral("AT control");
    case modem::PortRole::Modem:
        return QStringLiteral("modem/data");
    case modem::PortRole::Unknown:
        return QStringLiteral("unknown");
    case modem::PortRole::NotForAt:
        return QStringLiteral("not for AT (skipped)");
    }
    return QString();
}

} // namespace

ExitCode modemUsageError(CliContext &context, const QString &subcommand, const QString &problem)
{
    context.err << "rapportctl modem" << (subcommand.isEmpty() ? QString() : u' ' + subcommand)
                << ": " << problem << " Run 'rapportctl help modem' for its usage.\n";
    return ExitCode::Usage;
}

ExitCode runModemList(CliContext &context, QStringList arguments)
{
    const bool json = arguments.removeAll(QStringLiteral("--json")) > 0;
    if (!arguments.isEmpty())
        return modemUsageError(context, QStringLiteral("list"),
            QStringLiteral("unexpected argument '%1'.").arg(arguments.first()));
    const QList<modem::PortDescription> ports = modem::PortCatalog::list();
    QStringList candidates;
    for (const auto &port : ports) {
        if (port.role != modem::PortRole::NotForAt)
            candidates << port.path;
    }
    modem::PortProber prober(Clock::system());
    QList<modem::ProbeResult> results;
    bool done = false;
    QObject::connect(
        &prober, &modem::PortProber::finished, &prober, [&](const QList<modem::ProbeResult> &r) {
            results = r;
            done = true;
        });
    prober.probe(candidates);
    waitUntil([&done] { return done; }, 30s);
    const auto resultFor = [&results](const QString &path) -> const modem::ProbeResult * {
        for (const auto &r : results) {
            if (r.path == path)
                return &r;
        }
        return nullptr;
    };

    if (json) {
        QJsonArray array;
        for (const auto &port : ports) {
            QJsonObject o {{QStringLiteral("path"), port.path},
                {QStringLiteral("usb"), usbId(port)},
                {QStringLiteral("description"), port.description},
                {QStringLiteral("interface"), port.interfaceName},
                {QStringLiteral("role"), roleName(port.role)}};
            if (const auto *r = resultFor(port.path)) {
                o.insert(QStringLiteral("answers_at"), r->answersAt);
                o.insert(QStringLiteral("manufacturer"), r->manufacturer);
                o.insert(QStringLiteral("model"), r->model);
                o.insert(QStringLiteral("imei"), r->imei);
                if (r->error)
                    o.insert(
                        QStringLiteral("error"), PortProblemText::describe(*r->error).sentence());
            }
            array.append(o);
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }

    if (ports.isEmpty()) {
        context.out << "No serial ports found. Plug the modem in and run this again.\n"
                       "Pseudo-terminals (such as the simulated modem) are not listed: pass their "
                       "path to 'rapportctl modem info PATH'.\n";
        return ExitCode::Success;
    }
    context.out << QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(QStringLiteral("PORT"), -22)
                       .arg(QStringLiteral("USB"), -10)
                       .arg(QStringLiteral("INTERFACE"), -34)
                       .arg(QStringLiteral("ANSWERS"), -8)
                       .arg(QStringLiteral("MODEM"));
    for (const auto &port : ports) {
        const auto *r = resultFor(port.path);
        QString answers = QStringLiteral("-");
        QString modemText;
        if (r) {
            answers = r->answersAt ? QStringLiteral("yes")
                                   : (r->error ? QStringLiteral("error") : QStringLiteral("no"));
            if (r->answersAt)
                modemText = QString(r->manufacturer + u' ' + r->model).trimmed()
                    + (r->imei.isEmpty() ? QString() : QStringLiteral(", IMEI ") + r->imei);
        }
        const QString interface = port.interfaceName.isEmpty()
            ? roleName(port.role)
            : port.interfaceName + QStringLiteral(" (") + roleName(port.role) + u')';
        context.out << QStringLiteral("%1 %2 %3 %4 %5\n")
                           .arg(port.path, -22)
                           .arg(usbId(port), -10)
                           .arg(interface.left(34), -34)
                           .arg(answers, -8)
                           .arg(modemText);
    }
    for (const auto &r : std::as_const(results)) {
        if (r.error) {
            const ProblemText text = PortProblemText::describe(*r.error);
            context.out << "\n" << text.what << ' ' << text.fix << '\n';
        }
    }
    const QList<modem::ModemDevice> devices = modem::PortProber::groupByDevice(results, candidates);
    for (const auto &device : devices) {
        const auto &best = device.ports.constFirst();
        context.out << "\nModem " << QString(best.manufacturer + u' ' + best.model).trimmed();
        if (!device.imei.isEmpty())
            context.out << " (IMEI " << device.imei << ")";
        context.out << ": use " << best.path << '\n';
    }
    if (devices.isEmpty())
        context.out << "\nNo port answered AT commands.\n";
    return ExitCode::Success;
}

void registerModemCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("modem"), QStringLiteral("modem <subcommand> …"),
        QStringLiteral("Find, inspect, test and simulate GSM modems"),
        QString::fromUtf8(kModemHelp), [](CliContext &context, const QStringList &arguments) {
            if (arguments.isEmpty())
                return modemUsageError(context, QString(), QStringLiteral("no subcommand given."));
            QStringList rest = arguments.mid(1);
            const QString sub = arguments.first();
            if (sub == QLatin1String("list"))
                return runModemList(context, rest);
            if (sub == QLatin1String("info"))
                return runModemInfo(context, rest);
            if (sub == QLatin1String("send"))
                return runModemSend(context, rest);
            if (sub == QLatin1String("listen"))
                return runModemListen(context, rest);
            if (sub == QLatin1String("decode"))
                return runModemDecode(context, rest);
            if (sub == QLatin1String("encode"))
                return runModemEncode(context, rest);
            if (sub == QLatin1String("simulate"))
                return runModemSimulate(context, rest);
            return modemUsageError(context, sub, QStringLiteral("unknown subcommand."));
        }});
}

} // namespace rapport::app
