#include "app/cli/ServeCommand.h"

#include "app/cli/CliDatabase.h"
#include "app/cli/CliWait.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/ModemCliSession.h"
#include "app/demo/DemoModem.h"
#include "app/messaging/MessagingEvents.h"
#include "app/messaging/MessagingService.h"
#include "app/outbox/Dispatcher.h"
#include "app/outbox/SessionSmsChannel.h"
#include "app/outbox/SimCounters.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "modem/Clock.h"
#include "modem/ModemConnection.h"
#include "modem/VendorProfile.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTimer>

#include <memory>
#include <vector>

namespace rapport::app {
namespace {

const char *const kServeHelp
    = "Runs the modems, the outbox and inbound routing without a window: the gateway mode for a\n"
      "PC without a screen. Messages queued by `rapportctl send`, the desktop application or\n"
      "automations go out; replies are stored, routed (STOP, HELP, reply codes, auto-replies)\n"
      "and put in their threads. Stops on Ctrl+C or SIGTERM; a kill loses nothing (the next\n"
      "start settles what was in flight).\n"
      "\n"
      "  --modem PORT        A modem to use (repeat for several SIMs); e.g. /dev/ttyUSB2\n"
      "  --demo              Use the built-in demo modem, whose simulated customers answer\n"
      "  --pin NNNN          Sent once if a SIM asks; never retried\n"
      "  --vendor V          Force a vendor profile (generic, huawei, zte, simcom, quectel, "
      "sierra)\n"
      "  --min-gap-ms N      Pause between two texts on one SIM (default 5000)\n"
      "  --daily-cap N       Parts per SIM per day (default 400)\n"
      "  --until-idle        Exit once nothing is left to send (for scripts and benchmarks)\n"
      "  --database PATH     The database to use\n"
      "\n"
      "Prints one line per event: queued, sent, delivered, failed, received.";

// What serve prints for a message, once per state it reaches.
class EventPrinter final
{
public:
    EventPrinter(CliContext &context, Database &database)
        : m_context(context)
        , m_database(database)
    { }

    void print(qint64 messageId)
    {
        QSqlQuery query(m_database.connection());
        if (!sql::run(query,
                QStringLiteral("SELECT m.direction, m.state, coalesce(m.state_reason, ''), "
                               "t.phone_e164, coalesce(m.part_count, 1), coalesce(m.kind, 'text') "
                               "FROM messages m JOIN threads t ON t.id = m.thread_id "
                               "WHERE m.id = ?"),
                {messageId})
            || !query.next())
            return;
        const QString direction = query.value(0).toString();
        const QString state = query.value(1).toString();
        if (m_printed.value(messageId) == state)
            return;
        m_printed.insert(messageId, state);
        const QString number = query.value(3).toString();
        if (direction == QLatin1String("in")) {
            m_context.out << "received #" << messageId << " from " << number;
            if (query.value(5).toString() != QLatin1String("text"))
                m_context.out << " (" << query.value(5).toString() << ')';
        } else {
            m_context.out << state << " #" << messageId << " to " << number;
            if (state == QLatin1String("sent"))
                m_context.out << " (" << query.value(4).toInt() << " part(s))";
            const QString reason = query.value(2).toString();
            if (!reason.isEmpty() && state != QLatin1String("sent")
                && state != QLatin1String("delivered"))
                m_context.out << ": " << reason;
        }
        m_context.out << '\n';
        m_context.out.flush();
    }

private:
    CliContext &m_context;
    Database &m_database;
    QHash<qint64, QString> m_printed;
};

bool nothingLeftToSend(Database &database)
{
    QSqlQuery query(database.connection());
    return sql::run(query,
               QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'out' "
                              "AND state IN ('queued', 'sending')"))
        && query.next() && query.value(0).toInt() == 0;
}

ExitCode runServe(CliContext &context, QStringList arguments)
{
    const QString command = QStringLiteral("serve");
    const auto path = CliDatabase::takePath(context, command, arguments);
    if (!path)
        return ExitCode::Usage;
    QStringList ports;
    while (const auto port = ModemCliSession::takeOption(arguments, QStringLiteral("--modem")))
        ports.append(*port);
    const bool demo = arguments.removeAll(QStringLiteral("--demo")) > 0;
    const bool untilIdle = arguments.removeAll(QStringLiteral("--until-idle")) > 0;
    const auto pin = ModemCliSession::takeOption(arguments, QStringLiteral("--pin"));
    const auto vendorName = ModemCliSession::takeOption(arguments, QStringLiteral("--vendor"));
    const auto gapText = ModemCliSession::takeOption(arguments, QStringLiteral("--min-gap-ms"));
    const auto capText = ModemCliSession::takeOption(arguments, QStringLiteral("--daily-cap"));
    if (const auto option = ModemCliSession::leftoverOption(arguments))
        return cliUsageError(context, command, QStringLiteral("unknown option '%1'.").arg(*option));
    if (!arguments.isEmpty())
        return cliUsageError(
            context, command, QStringLiteral("unexpected argument '%1'.").arg(arguments.first()));
    if (ports.isEmpty() && !demo)
        return cliUsageError(context, command,
            QStringLiteral("give --modem PORT (see 'rapportctl modem list'), or --demo."));
    std::optional<modem::Vendor> vendor;
    if (vendorName) {
        vendor = modem::VendorProfile::vendorFromName(*vendorName);
        if (!vendor)
            return cliUsageError(context, command,
                QStringLiteral("unknown vendor '%1'; use generic, huawei, zte, simcom, quectel "
                               "or sierra.")
                    .arg(*vendorName));
    }
    DispatcherSettings pacing;
    bool ok = true;
    if (gapText) {
        const int gap = gapText->toInt(&ok);
        if (!ok || gap < 0)
            return cliUsageError(
                context, command, QStringLiteral("--min-gap-ms takes a number of milliseconds."));
        pacing.minimumGap = std::chrono::milliseconds(gap);
    }
    if (capText) {
        pacing.dailyPartCap = capText->toInt(&ok);
        if (!ok || pacing.dailyPartCap < 1)
            return cliUsageError(
                context, command, QStringLiteral("--daily-cap takes a positive number."));
    }

    ExitCode code = ExitCode::Success;
    auto database = CliDatabase::open(context, command, *path, false, &code);
    if (!database)
        return code;
    Clock &clock = Clock::system();
    MessagingService messaging(*database, clock);
    messaging.setDispatcherSettings(pacing);
    EventPrinter printer(context, *database);
    QObject::connect(&messaging.events(), &MessagingEvents::messageAdded, &messaging,
        [&printer](qint64, qint64 messageId) { printer.print(messageId); });
    QObject::connect(&messaging.events(), &MessagingEvents::messageChanged, &messaging,
        [&printer](qint64, qint64 messageId) { printer.print(messageId); });

    // A SIM at its daily cap stops sending until midnight: say so once, or a queue that does not
    // move looks like a fault.
    QSet<QString> capped;
    QObject::connect(&messaging.dispatcher(), &Dispatcher::countersChanged, &messaging, [&] {
        for (const SimCounters &sim : messaging.dispatcher().simCounters()) {
            const bool atCap = sim.sentToday >= sim.dailyCap;
            if (atCap && !capped.contains(sim.modemId)) {
                context.out << "SIM " << sim.modemId << " has sent its " << sim.dailyCap
                            << " parts for today; it sends again from "
                            << sim.nextFreeAt.toLocalTime().toString(QStringLiteral("ddd HH:mm"))
                            << " (--daily-cap N to change).\n";
                context.out.flush();
                capped.insert(sim.modemId);
            } else if (!atCap) {
                capped.remove(sim.modemId);
            }
        }
    });

    std::vector<std::unique_ptr<modem::ModemConnection>> connections;
    std::vector<std::unique_ptr<SessionSmsChannel>> channels;
    for (const QString &port : std::as_const(ports)) {
        auto connection = std::make_unique<modem::ModemConnection>(clock);
        modem::ModemConnection::Settings settings;
        settings.session.forcedVendor = vendor;
        connection->setSettings(settings);
        // A pseudo-terminal is never listed among the serial ports: look for it where it was.
        connection->setCandidateProvider([port] { return QStringList {port}; });
        if (pin)
            QObject::connect(connection.get(), &modem::ModemConnection::sessionStarted,
                connection.get(), [pin](modem::ModemSession *session) {
                    QObject::connect(
                        session, &modem::ModemSession::pinRequired, session,
                        [session, pin](int) { session->providePin(*pin); },
                        Qt::SingleShotConnection);
                });
        auto channel = std::make_unique<SessionSmsChannel>(connection.get(), port);
        messaging.addChannel(channel.get());
        connection->open(port);
        connections.push_back(std::move(connection));
        channels.push_back(std::move(channel));
    }
    std::unique_ptr<DemoModem> demoModem;
    if (demo) {
        demoModem = std::make_unique<DemoModem>(clock);
        auto channel = std::make_unique<SessionSmsChannel>(
            &demoModem->session, QStringLiteral("demo modem"));
        messaging.addChannel(channel.get());
        channels.push_back(std::move(channel));
        demoModem->session.start();
    }

    const auto started = messaging.start();
    if (!started) {
        context.err << "rapportctl serve: cannot start: " << started.error() << '\n';
        return ExitCode::Failure;
    }
    context.out << "Serving " << QDir::toNativeSeparators(*path) << " with "
                << (ports.isEmpty() ? QStringLiteral("the demo modem")
                                    : ports.join(QStringLiteral(", ")))
                << (demo && !ports.isEmpty() ? " and the demo modem" : "") << ".\n";
    if (started->interruptedSends > 0 || started->restoredParts > 0 || started->routedAtStart > 0)
        context.out << "Settled after an interruption: " << started->interruptedSends
                    << " send(s) in flight (" << started->requeued << " queued again), "
                    << started->restoredParts << " inbound part(s) restored, "
                    << started->routedAtStart << " message(s) routed.\n";
    context.out.flush();

    QTimer idleCheck;
    // Twice in a row, so a message queued by a reply a moment ago is not missed. Declared here:
    // the check runs for as long as the event loop below.
    int quietChecks = 0;
    if (untilIdle) {
        QObject::connect(&idleCheck, &QTimer::timeout, &idleCheck, [&] {
            quietChecks = nothingLeftToSend(*database) ? quietChecks + 1 : 0;
            if (quietChecks >= 2)
                stopRunning(0);
        });
        idleCheck.start(100);
    }
    const int exitCode = runUntilInterrupted();
    messaging.stop();
    for (auto &channel : channels)
        messaging.removeChannel(channel.get());
    for (auto &connection : connections)
        connection->close();
    context.out << "Stopped.\n";
    return ExitCode(exitCode);
}

} // namespace

void registerServeCommand(CommandRegistry &registry)
{
    CliCommand serve {QStringLiteral("serve"), QStringLiteral("serve --modem PORT … | --demo"),
        QStringLiteral("Run modems, outbox and inbound routing headless (gateway mode)"),
        QString::fromLatin1(kServeHelp), [](CliContext &context, const QStringList &arguments) {
            return runServe(context, arguments);
        }};
    serve.usesDatabase = true;
    registry.add(serve);
}

} // namespace rapport::app
