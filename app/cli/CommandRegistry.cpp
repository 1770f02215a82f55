#include "app/cli/CommandRegistry.h"

#include "app/AppIdentity.h"
#include "app/common/EditDistance.h"

#include <algorithm>

namespace rapport::app {
namespace {

bool isHelpOption(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h");
}

bool isVersionOption(const QString &argument)
{
    return argument == QLatin1String("--version") || argument == QLatin1String("-v");
}

} // namespace

CommandRegistry::CommandRegistry(QString programName)
    : m_program(std::move(programName))
{ }

void CommandRegistry::add(CliCommand command)
{
    m_commands.push_back(std::move(command));
}

const CliCommand *CommandRegistry::find(QStringView name) const
{
    const auto it = std::find_if(m_commands.cbegin(), m_commands.cend(),
        [name](const CliCommand &c) { return c.name == name; });
    return it == m_commands.cend() ? nullptr : &*it;
}

QString CommandRegistry::overview() const
{
    QString text;
    QTextStream s(&text);
    s << "Usage: " << m_program
      << " [--help] [--version] [--database PATH] <command> [arguments]\n\n"
      << "The command-line tool of " << AppIdentity::displayName()
      << ": modem diagnostics, imports and exports, backups, sending,\n"
      << "and the headless gateway.\n\n"
      << "Commands:\n";
    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, command.synopsis.size());
    for (const auto &command : m_commands)
        s << "  " << command.synopsis.leftJustified(width + 2) << command.summary << '\n';
    s << "\nOptions:\n"
      << "  -h, --help       Show this help, or a command's help: " << m_program
      << " help <command>\n"
      << "  -v, --version    Print the version\n"
      << "  --database PATH  Use this database file instead of the one in the data folder\n"
      << "                   (also accepted after the command; see '" << m_program << " paths')\n"
      << "\nExit status:\n"
      << "  0  success\n"
      << "  1  the operation failed (the message says why and what to do)\n"
      << "  2  the command line was wrong\n"
      << "  3  something needed is missing or busy (modem, port, database)\n"
      << "\nLogging: set QT_LOGGING_RULES, e.g. QT_LOGGING_RULES=\"rapport.modem.at.debug=true\"\n"
      << "to trace the modem dialogue.\n";
    return text;
}

QString CommandRegistry::commandHelp(const CliCommand &command) const
{
    QString text = QStringLiteral("Usage: ") + m_program + u' ' + command.synopsis + u"\n\n"
        + command.summary + u'\n';
    if (!command.details.isEmpty())
        text += u'\n' + command.details + u'\n';
    return text;
}

ExitCode CommandRegistry::dispatch(const QStringList &given, CliContext &context) const
{
    // `--database PATH` before the command belongs to the command: commands that use the
    // database read it from their own arguments, so both spellings work.
    QStringList arguments = given;
    QStringList global;
    while (!arguments.isEmpty()
        && (arguments.first() == QLatin1String("--database")
            || arguments.first().startsWith(QLatin1String("--database=")))) {
        const bool joined = arguments.first().contains(u'=');
        if (!joined && arguments.size() < 2) {
            context.err << m_program << ": --database needs a file path.\n";
            return ExitCode::Usage;
        }
        global << arguments.takeFirst();
        if (!joined)
            global << arguments.takeFirst();
    }
    if (arguments.isEmpty()) {
        context.err << m_program << ": no command given.\n\n" << overview();
        return ExitCode::Usage;
    }
    const QString &first = arguments.first();
    if (isHelpOption(first) || first == QLatin1String("help")) {
        if (arguments.size() > 1) {
            if (const CliCommand *command = find(arguments.at(1))) {
                context.out << commandHelp(*command);
                return ExitCode::Success;
            }
            return unknownCommand(arguments.at(1), context);
        }
        context.out << overview();
        return ExitCode::Success;
    }
    if (isVersionOption(first)) {
        context.out << m_program << ' ' << AppIdentity::version() << '\n';
        return ExitCode::Success;
    }
    if (first.startsWith(u'-')) {
        context.err << m_program << ": unknown option '" << first << "'. Run '" << m_program
                    << " --help' to see the options and commands.\n";
        return ExitCode::Usage;
    }
    const CliCommand *command = find(first);
    if (!command)
        return unknownCommand(first, context);

    // Commands without a database have nothing to apply --database to; it is not an error to
    // give it (a script may pass it to every call). For the others it goes after the command's
    // own words, because commands with subcommands (customers export …) read the subcommand
    // first, but before a "--" that ends the options, after which it would be an argument.
    QStringList rest = arguments.mid(1);
    if (command->usesDatabase) {
        const qsizetype end = rest.indexOf(QStringLiteral("--"));
        rest = end < 0 ? rest + global : rest.mid(0, end) + global + rest.mid(end);
    }
    if (std::any_of(rest.cbegin(), rest.cend(), isHelpOption)) {
        context.out << commandHelp(*command);
        return ExitCode::Success;
    }
    return command->run(context, rest);
}

ExitCode CommandRegistry::unknownCommand(const QString &name, CliContext &context) const
{
    context.err << m_program << ": unknown command '" << name << "'.";
    const QString suggestion = closestCommand(name);
    if (!suggestion.isEmpty())
        context.err << " Did you mean '" << suggestion << "'?";
    context.err << " Run '" << m_program << " --help' to see the commands.\n";
    return ExitCode::Usage;
}

QString CommandRegistry::closestCommand(const QString &name) const
{
    QString best;
    int bestDistance = 3; // suggest only near misses
    for (const auto &command : m_commands) {
        const int distance = editDistance(name, command.name);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = command.name;
        }
    }
    return best;
}

} // namespace rapport::app
