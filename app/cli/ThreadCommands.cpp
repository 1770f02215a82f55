#include "app/cli/ThreadCommands.h"

#include "app/cli/CliDatabase.h"
#include "app/cli/CliRegion.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/ModemCliSession.h"
#include "app/messaging/MessagingEvents.h"
#include "app/phone/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "app/threads/ThreadRepository.h"
#include "modem/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace rapport::app {
namespace {

const char *const kThreadsHelp
    = "Subcommands:\n"
      "  list [--unread|--open|--closed|--unassigned] [--search TEXT] [--limit N] [--json]\n"
      "                          Conversations, newest activity first\n"
      "  show NUMBER [--limit N] [--json]\n"
      "                          The last N messages (default 20) of one conversation, oldest\n"
      "                          first, with state and internal notes\n"
      "  search TEXT [--limit N] Messages containing every word typed\n"
      "NUMBER is read in the business's country unless it has a country code (--region CC).\n"
      "Every subcommand takes --database PATH.";

QString when(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                        : QStringLiteral("-");
}

QString stripMarks(QString snippet)
{
    return snippet.replace(SearchHit::markStart, u'[').replace(SearchHit::markEnd, u']');
}

ExitCode storageFailure(CliContext &context, const QString &command, const StorageError &error)
{
    context.err << "rapportctl " << command << ": " << error.describe() << '\n';
    return ExitCode::Failure;
}

ExitCode listThreads(CliContext &context, const QString &command, ThreadRepository &threads,
    QStringList &arguments, bool json, int limit)
{
    ThreadFilter filter;
    filter.limit = limit;
    const std::pair<const char *, ThreadFilter::Box> boxes[] {
        {"--unread", ThreadFilter::Box::Unread}, {"--open", ThreadFilter::Box::Open},
        {"--closed", ThreadFilter::Box::Closed}, {"--unassigned", ThreadFilter::Box::Unassigned}};
    for (const auto &[option, box] : boxes) {
        if (arguments.removeAll(QLatin1String(option)) > 0)
            filter.box = box;
    }
    filter.search
        = ModemCliSession::takeOption(arguments, QStringLiteral("--search")).value_or(QString());
    if (!arguments.isEmpty())
        return cliUsageError(
            context, command, QStringLiteral("unexpected argument '%1'.").arg(arguments.first()));
    const auto list = threads.list(filter);
    if (!list)
        return storageFailure(context, command, list.error());
    if (json) {
        QJsonArray rows;
        for (const ThreadSummary &t : *list)
            rows.append(QJsonObject {{QStringLiteral("id"), t.threadId},
                {QStringLiteral("name"), t.displayName}, {QStringLiteral("number"), t.phoneE164},
                {QStringLiteral("customer_id"), t.customerId},
                {QStringLiteral("unread"), t.unreadCount}, {QStringLiteral("open"), t.isOpen},
                {QStringLiteral("assignee"), t.assigneeName},
                {QStringLiteral("last_message_at"), t.lastMessageAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("preview"), t.preview}});
        context.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    if (list->isEmpty()) {
        context.out << "No conversations match.\n";
        return ExitCode::Success;
    }
    for (const ThreadSummary &t : *list) {
        context.out << QStringLiteral("%1  %2  %3  %4%5")
                           .arg(when(t.lastMessageAt), t.displayName.left(24).leftJustified(24),
                               (t.unreadCount > 0 ? QStringLiteral("%1 new").arg(t.unreadCount)
                                                  : QString())
                                   .leftJustified(7),
                               t.isOpen ? QString() : QStringLiteral("[closed] "),
                               t.preview.left(50))
                    << '\n';
    }
    return ExitCode::Success;
}

ExitCode showThread(CliContext &context, const QString &command, Database &database,
    ThreadRepository &threads, QStringList &arguments, bool json, int limit)
{
    const auto region = cliRegion(context, command, arguments, database, arguments.value(0));
    if (!region)
        return ExitCode::Usage;
    if (arguments.size() != 1)
        return cliUsageError(context, command, QStringLiteral("give one NUMBER."));
    const auto number = PhoneNumbers::parse(arguments.first(), *region);
    // Alphanumeric senders ("InfoSMS") have threads keyed by their name.
    const QString key = number.isValid() ? number.e164 : arguments.first();
    QSqlQuery query(database.connection());
    if (!sql::run(query, QStringLiteral("SELECT id FROM threads WHERE phone_e164 = ?"), {key}))
        return storageFailure(context, command, {StorageError::Code::QueryFailed, {}});
    if (!query.next()) {
        context.err << "rapportctl " << command << ": there is no conversation with "
                    << arguments.first() << ".\n";
        return ExitCode::Failure;
    }
    const qint64 threadId = query.value(0).toLongLong();
    const auto summary = threads.find(threadId);
    auto messages = threads.messages(threadId, 0, limit);
    const auto notes = threads.notes(threadId);
    if (!summary || !messages || !notes)
        return storageFailure(context, command,
            !summary        ? summary.error()
                : !messages ? messages.error()
                            : notes.error());
    std::reverse(messages->begin(), messages->end());
    if (json) {
        QJsonArray rows;
        for (const ThreadMessage &m : *messages)
            rows.append(QJsonObject {{QStringLiteral("id"), m.id},
                {QStringLiteral("direction"),
                    m.incoming ? QStringLiteral("in") : QStringLiteral("out")},
                {QStringLiteral("state"), messageStateKey(m.state)},
                {QStringLiteral("reason"), m.stateReason}, {QStringLiteral("kind"), m.kind},
                {QStringLiteral("created_at"), m.createdAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("body"), m.body}});
        QJsonArray noteRows;
        for (const ThreadNote &n : *notes)
            noteRows.append(QJsonObject {{QStringLiteral("by"), n.staffName},
                {QStringLiteral("at"), n.createdAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("text"), n.body}});
        context.out << QJsonDocument(
            QJsonObject {{QStringLiteral("thread"), threadId},
                {QStringLiteral("name"), (*summary)->displayName}, {QStringLiteral("number"), key},
                {QStringLiteral("messages"), rows}, {QStringLiteral("notes"), noteRows}})
                           .toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    if (*summary)
        context.out << (*summary)->displayName << " (" << key << ")"
                    << ((*summary)->isOpen ? "" : ", closed") << '\n';
    for (const ThreadMessage &m : *messages) {
        context.out << when(m.createdAt) << (m.incoming ? "  <  " : "  >  ") << m.body;
        if (!m.incoming) {
            context.out << "   [" << messageStateKey(m.state);
            if (!m.stateReason.isEmpty() && m.state != MessageState::Delivered
                && m.state != MessageState::Sent)
                context.out << ": " << m.stateReason;
            context.out << ']';
        } else if (m.kind != QLatin1String("text")) {
            context.out << "   [" << m.kind << ']';
        }
        context.out << '\n';
    }
    for (const ThreadNote &n : *notes)
        context.out << "note " << when(n.createdAt) << " " << n.staffName << ": " << n.body << '\n';
    return ExitCode::Success;
}

ExitCode runThreads(CliContext &context, QStringList arguments)
{
    if (arguments.isEmpty())
        return cliUsageError(
            context, QStringLiteral("threads"), QStringLiteral("no subcommand given."));
    const QString sub = arguments.takeFirst();
    const QString command = QStringLiteral("threads ") + sub;
    if (sub != QLatin1String("list") && sub != QLatin1String("show")
        && sub != QLatin1String("search"))
        return cliUsageError(context, command, QStringLiteral("unknown subcommand."));
    const auto path = CliDatabase::takePath(context, command, arguments);
    if (!path)
        return ExitCode::Usage;
    const bool json = arguments.removeAll(QStringLiteral("--json")) > 0;
    const auto limitText = ModemCliSession::takeOption(arguments, QStringLiteral("--limit"));
    int limit = sub == QLatin1String("show") ? 20 : 50;
    if (limitText) {
        bool ok = false;
        limit = limitText->toInt(&ok);
        if (!ok || limit < 1)
            return cliUsageError(
                context, command, QStringLiteral("--limit takes a positive number."));
    }
    ExitCode code = ExitCode::Success;
    auto database = CliDatabase::open(context, command, *path, false, &code);
    if (!database)
        return code;
    MessagingEvents events;
    ThreadRepository threads(*database, Clock::system(), events);
    if (sub == QLatin1String("list"))
        return listThreads(context, command, threads, arguments, json, limit);
    if (sub == QLatin1String("show"))
        return showThread(context, command, *database, threads, arguments, json, limit);
    if (arguments.isEmpty())
        return cliUsageError(context, command, QStringLiteral("give the words to look for."));
    const auto hits = threads.search(arguments.join(u' '), limit);
    if (!hits)
        return storageFailure(context, command, hits.error());
    if (hits->isEmpty())
        context.out << "No message contains that.\n";
    for (const SearchHit &hit : *hits)
        context.out << when(hit.createdAt) << "  thread " << hit.threadId << "  "
                    << stripMarks(hit.snippet) << '\n';
    return ExitCode::Success;
}

} // namespace

void registerThreadCommands(CommandRegistry &registry)
{
    CliCommand threads {QStringLiteral("threads"), QStringLiteral("threads <subcommand> …"),
        QStringLiteral("List, show and search conversations"), QString::fromLatin1(kThreadsHelp),
        [](CliContext &context, const QStringList &arguments) {
            return runThreads(context, arguments);
        }};
    threads.usesDatabase = true;
    registry.add(threads);
}

} // namespace rapport::app
