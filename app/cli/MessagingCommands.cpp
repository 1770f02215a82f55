#include "app/cli/MessagingCommands.h"

#include "app/cli/CliDatabase.h"
#include "app/cli/CliRegion.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/ModemCliSession.h"
#include "app/cli/ServeCommand.h"
#include "app/cli/ThreadCommands.h"
#include "app/messaging/MessagingService.h"
#include "app/outbox/Outbox.h"
#include "app/phone/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "modem/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::app {
namespace {

const char *const kSendHelp
    = "Stores the text in the outbox and asks the policy engine (consent, opt-out, quiet\n"
      "hours, frequency cap) whether it may go; prints the decision and the reason. The text\n"
      "leaves through the modems of a running `rapportctl serve` (or the desktop app).\n"
      "\n"
      "  --purpose reply|service|marketing   Why it is sent (default reply): marketing needs an\n"
      "                                      opt-in and gets the sender's name and opt-out line\n"
      "  --region CC                         Read NUMBER in another country\n"
      "  --database PATH                     The database to use\n"
      "\n"
      "Exit status: 0 queued or held, 1 refused, 2 usage.";

const char *const kOutboxHelp
    = "Subcommands:\n"
      "  list [--state S] [--limit N] [--json]   Outgoing messages, newest first; S is one of\n"
      "                                          queued, held, sending, sent, delivered,\n"
      "                                          failed, cancelled\n"
      "  cancel ID                               Cancel a queued or held message\n"
      "  retry ID                                Ask again for a failed message\n"
      "Every subcommand takes --database PATH.";

QString describeDecision(const EnqueueResult &result)
{
    switch (result.state) {
    case MessageState::Queued:
        return QStringLiteral("Queued as message %1: it goes out through the next free modem.")
            .arg(result.messageId);
    case MessageState::Held:
        return QStringLiteral("Held as message %1: %2")
            .arg(result.messageId)
            .arg(result.decision.reason);
    default:
        // The policy's sentence already says it was not sent, and why.
        return QStringLiteral("Message %1: %2").arg(result.messageId).arg(result.decision.reason);
    }
}

ExitCode runSend(CliContext &context, QStringList arguments)
{
    const QString command = QStringLiteral("send");
    const auto path = CliDatabase::takePath(context, command, arguments);
    if (!path)
        return ExitCode::Usage;
    const QStringList literals = ModemCliSession::takeLiterals(arguments);
    const QString purposeKey = ModemCliSession::takeOption(arguments, QStringLiteral("--purpose"))
                                   .value_or(QStringLiteral("reply"));
    const auto purpose = messagePurposeFromKey(purposeKey);
    if (!purpose)
        return cliUsageError(context, command,
            QStringLiteral("--purpose is reply, service or marketing, not '%1'.").arg(purposeKey));
    ExitCode code = ExitCode::Success;
    auto database = CliDatabase::open(context, command, *path, false, &code);
    if (!database)
        return code;
    const auto region = cliRegion(context, command, arguments, *database, arguments.value(0));
    if (!region)
        return ExitCode::Usage;
    if (const auto option = ModemCliSession::leftoverOption(arguments))
        return cliUsageError(context, command, QStringLiteral("unknown option '%1'.").arg(*option));
    arguments += literals;
    if (arguments.size() != 2)
        return cliUsageError(context, command, QStringLiteral("give a NUMBER and a TEXT."));
    const auto number = PhoneNumbers::parse(arguments.at(0), *region);
    if (!number.isValid()) {
        context.err << "rapportctl send: " << arguments.at(0) << ": "
                    << PhoneNumbers::describe(number.validity) << '\n';
        return ExitCode::Usage;
    }

    MessagingService messaging(*database, Clock::system());
    OutgoingRequest request;
    request.phoneE164 = number.e164;
    request.body = arguments.at(1);
    request.purpose = *purpose;
    request.origin = MessageOrigin::Manual;
    request.actor = Actor::commandLine();
    const auto result = messaging.outbox().enqueue(request);
    if (!result) {
        context.err << "rapportctl send: " << result.error() << '\n';
        return ExitCode::Failure;
    }
    context.out << describeDecision(*result) << '\n';
    return result->state == MessageState::Failed ? ExitCode::Failure : ExitCode::Success;
}

QString formatTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                        : QStringLiteral("-");
}

ExitCode runOutbox(CliContext &context, QStringList arguments)
{
    if (arguments.isEmpty())
        return cliUsageError(
            context, QStringLiteral("outbox"), QStringLiteral("no subcommand given."));
    const QString sub = arguments.takeFirst();
    const QString command = QStringLiteral("outbox ") + sub;
    const auto path = CliDatabase::takePath(context, command, arguments);
    if (!path)
        return ExitCode::Usage;
    const bool json = arguments.removeAll(QStringLiteral("--json")) > 0;
    const auto stateKey = ModemCliSession::takeOption(arguments, QStringLiteral("--state"));
    const auto limitText = ModemCliSession::takeOption(arguments, QStringLiteral("--limit"));
    if (const auto option = ModemCliSession::leftoverOption(arguments))
        return cliUsageError(context, command, QStringLiteral("unknown option '%1'.").arg(*option));
    ExitCode code = ExitCode::Success;
    auto database = CliDatabase::open(context, command, *path, false, &code);
    if (!database)
        return code;
    MessagingService messaging(*database, Clock::system());

    if (sub == QLatin1String("cancel") || sub == QLatin1String("retry")) {
        bool ok = false;
        const qint64 id = arguments.value(0).toLongLong(&ok);
        if (arguments.size() != 1 || !ok)
            return cliUsageError(context, command, QStringLiteral("give one message ID."));
        const auto result = sub == QLatin1String("cancel")
            ? messaging.outbox().cancel(id, Actor::commandLine())
            : messaging.outbox().retry(id, Actor::commandLine());
        if (!result) {
            context.err << "rapportctl " << command << ": " << result.error() << '\n';
            return ExitCode::Failure;
        }
        context.out << "Message " << id << " is now " << messageStateKey(*result) << ".\n";
        return ExitCode::Success;
    }
    if (sub != QLatin1String("list"))
        return cliUsageError(context, command, QStringLiteral("unknown subcommand."));
    if (!arguments.isEmpty())
        return cliUsageError(
            context, command, QStringLiteral("unexpected argument '%1'.").arg(arguments.first()));
    OutboxQuery query;
    if (stateKey) {
        query.state = messageStateFromKey(*stateKey);
        if (!query.state || *query.state == MessageState::Received)
            return cliUsageError(context, command,
                QStringLiteral("--state is queued, held, sending, sent, delivered, failed or "
                               "cancelled, not '%1'.")
                    .arg(*stateKey));
    }
    if (limitText) {
        bool ok = false;
        query.limit = limitText->toInt(&ok);
        if (!ok || query.limit < 1)
            return cliUsageError(
                context, command, QStringLiteral("--limit takes a positive number."));
    }
    const auto entries = messaging.outbox().list(query);
    if (!entries) {
        context.err << "rapportctl " << command << ": " << entries.error().describe() << '\n';
        return ExitCode::Failure;
    }
    if (json) {
        QJsonArray rows;
        for (const OutboxEntry &e : *entries)
            rows.append(
                QJsonObject {{QStringLiteral("id"), e.id}, {QStringLiteral("to"), e.phoneE164},
                    {QStringLiteral("state"), messageStateKey(e.state)},
                    {QStringLiteral("reason"), e.stateReason},
                    {QStringLiteral("purpose"), messagePurposeKey(e.purpose)},
                    {QStringLiteral("origin"), messageOriginKey(e.origin)},
                    {QStringLiteral("parts"), e.partCount},
                    {QStringLiteral("attempts"), e.attempts}, {QStringLiteral("modem"), e.modemId},
                    {QStringLiteral("created_at"), e.createdAt.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("sent_at"), e.sentAt.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("delivered_at"), e.deliveredAt.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("held_until"), e.heldUntil.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("body"), e.body}});
        context.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    if (entries->isEmpty()) {
        context.out << (query.state ? "No messages in that state.\n" : "The outbox is empty.\n");
        return ExitCode::Success;
    }
    for (const OutboxEntry &e : *entries) {
        context.out << QStringLiteral("%1  %2  %3  %4  %5")
                           .arg(e.id, 6)
                           .arg(formatTime(e.createdAt),
                               PhoneNumbers::formatInternational(e.phoneE164).leftJustified(17),
                               messageStateKey(e.state).leftJustified(9),
                               messagePurposeKey(e.purpose).leftJustified(9))
                    << '\n';
        if (!e.stateReason.isEmpty())
            context.out << "        " << e.stateReason << '\n';
    }
    return ExitCode::Success;
}

} // namespace

void registerMessagingCommands(CommandRegistry &registry)
{
    registerServeCommand(registry);
    CliCommand send {QStringLiteral("send"), QStringLiteral("send NUMBER TEXT [--purpose P]"),
        QStringLiteral("Put a text in the outbox through the policy engine; prints the decision"),
        QString::fromLatin1(kSendHelp), [](CliContext &context, const QStringList &arguments) {
            return runSend(context, arguments);
        }};
    send.usesDatabase = true;
    registry.add(send);
    CliCommand outbox {QStringLiteral("outbox"), QStringLiteral("outbox <subcommand> …"),
        QStringLiteral("List, cancel or retry outgoing messages"), QString::fromLatin1(kOutboxHelp),
        [](CliContext &context, const QStringList &arguments) {
            return runOutbox(context, arguments);
        }};
    outbox.usesDatabase = true;
    registry.add(outbox);
    registerThreadCommands(registry);
}

} // namespace rapport::app
