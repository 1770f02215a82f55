#include "app/cli/PersonCommands.h"

#include "app/audit/AuditLog.h"
#include "app/cli/CliDatabase.h"
#include "app/cli/CliRegion.h"
#include "app/cli/CommandRegistry.h"
#include "app/rights/PersonRights.h"
#include "app/storage/Database.h"

#include <QDir>

namespace rapport::app {
namespace {

const char *const kPersonHelp
    = "Subcommands:\n"
      "  export NUMBER FOLDER   Write everything held about the customer with this number\n"
      "                         (profile, visits, consent history, messages) to FOLDER as\n"
      "                         person.json and CSV files: a subject access request\n"
      "  erase NUMBER --yes     Delete the customer, their history and their messages; the\n"
      "                         number stays on the do-not-text list as a keyed hash\n"
      "\n"
      "NUMBER is read in the business's country unless it has a country code (--region CC\n"
      "to read it in another). Every subcommand takes --database PATH.";

ExitCode rightsFailure(CliContext &context, const QString &command, const PersonRightsError &error)
{
    context.err << "rapportctl " << command << ": " << error.describe() << '\n';
    return ExitCode::Failure;
}

ExitCode runPerson(CliContext &context, const QString &sub, QStringList arguments)
{
    const QString command = QStringLiteral("person ") + sub;
    const auto path = CliDatabase::takePath(context, command, arguments);
    if (!path)
        return ExitCode::Usage;
    const bool confirmed = arguments.removeAll(QStringLiteral("--yes")) > 0;
    ExitCode code = ExitCode::Success;
    auto database = CliDatabase::open(context, command, *path, false, &code);
    if (!database)
        return code;
    const auto region = cliRegion(context, command, arguments, *database, arguments.value(0));
    if (!region)
        return ExitCode::Usage;
    AuditLog audit(*database);
    PersonRights rights(*database, audit, *region);

    if (sub == QLatin1String("export")) {
        if (arguments.size() != 2)
            return cliUsageError(
                context, command, QStringLiteral("give the customer's NUMBER and a FOLDER."));
        auto written = rights.exportTo(Actor::commandLine(), arguments.at(0), arguments.at(1));
        if (!written)
            return rightsFailure(context, command, written.error());
        context.out << "Wrote " << written->size() << " files to "
                    << QDir::toNativeSeparators(QDir(arguments.at(1)).absolutePath()) << ":\n";
        for (const QString &file : std::as_const(*written))
            context.out << "  " << QDir::toNativeSeparators(file) << '\n';
        return ExitCode::Success;
    }
    if (arguments.size() != 1)
        return cliUsageError(context, command, QStringLiteral("give the customer's NUMBER."));
    if (!confirmed) {
        context.err << "rapportctl person erase: erasing cannot be undone. Run it again with "
                       "--yes to delete this customer and all their messages.\n";
        return ExitCode::Usage;
    }
    auto erased = rights.erase(Actor::commandLine(), arguments.first());
    if (!erased)
        return rightsFailure(context, command, erased.error());
    context.out << "Erased customer " << erased->customerId << ": " << erased->visits << " visits, "
                << erased->appointments << " appointments, " << erased->consentEvents
                << " consent events, " << erased->threads << " threads and " << erased->messages
                << " messages removed. The number is on the do-not-text list.\n";
    return ExitCode::Success;
}

} // namespace

void registerPersonCommands(CommandRegistry &registry)
{
    CliCommand person {QStringLiteral("person"), QStringLiteral("person <subcommand> …"),
        QStringLiteral("Export or erase one person's data (access and erasure requests)"),
        QString::fromLatin1(kPersonHelp), [](CliContext &context, const QStringList &arguments) {
            if (arguments.isEmpty())
                return cliUsageError(
                    context, QStringLiteral("person"), QStringLiteral("no subcommand given."));
            const QString sub = arguments.first();
            if (sub != QLatin1String("export") && sub != QLatin1String("erase"))
                return cliUsageError(context, QStringLiteral("person ") + sub,
                    QStringLiteral("unknown subcommand."));
            return runPerson(context, sub, arguments.mid(1));
        }};
    person.usesDatabase = true;
    registry.add(person);
}

} // namespace rapport::app
