#include "app/cli/DatabaseCommands.h"

#include "app/audit/AuditLog.h"
#include "app/cli/CliDatabase.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/DemoCommand.h"
#include "app/storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace rapport::app {
namespace {

const char *const kDbHelp
    = "Subcommands:\n"
      "  backup FILE            Write a consistent copy of the database to FILE (a new file),\n"
      "                         also while Rapport is running\n"
      "  restore FILE           Replace the database with the backup in FILE, after checking\n"
      "                         it; the current database is first saved next to it as\n"
      "                         rapport-before-restore-<time>.db\n"
      "  generate-demo --customers N --messages M [--region CC] [--seed S]\n"
      "                         Fill an empty database with realistic generated customers,\n"
      "                         visits, consent and conversations, for demos and benchmarks\n"
      "\n"
      "Every subcommand takes --database PATH to work on another database file.";

// rapport-before-restore-<time>.db next to the database; a second restore within the same
// second (a script correcting a wrong choice) gets -2, -3 … rather than failing on the name.
QString safetyCopyPath(const QString &database)
{
    const QDir folder = QFileInfo(database).dir();
    const QString stem = QStringLiteral("rapport-before-restore-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = folder.filePath(stem + QStringLiteral(".db"));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = folder.filePath(stem + QStringLiteral("-%1.db").arg(n));
    return candidate;
}

ExitCode runBackup(CliContext &context, QStringList arguments)
{
    const QString command = QStringLiteral("db backup");
    const auto path = CliDatabase::takePath(context, command, arguments);
    if (!path)
        return ExitCode::Usage;
    if (arguments.size() != 1)
        return cliUsageError(context, command, QStringLiteral("give the backup file to write."));
    ExitCode code = ExitCode::Success;
    auto database = CliDatabase::open(context, command, *path, false, &code);
    if (!database)
        return code;
    const QString target = QFileInfo(arguments.first()).absoluteFilePath();
    if (QFileInfo::exists(target)) {
        context.err << "rapportctl db backup: " << QDir::toNativeSeparators(target)
                    << " already exists. Choose a new file name; a backup never overwrites a "
                       "file.\n";
        return ExitCode::Failure;
    }
    if (auto done = database->backupTo(target); !done) {
        context.err << "rapportctl db backup: " << done.error().describe() << '\n';
        return ExitCode::Failure;
    }
    context.out << "Backed up " << QDir::toNativeSeparators(*path) << " to "
                << QDir::toNativeSeparators(target) << " (" << QFileInfo(target).size() / 1024
                << " KiB, schema version " << Database::schemaVersionOf(target) << ").\n";
    return ExitCode::Success;
}

ExitCode runRestore(CliContext &context, QStringList arguments)
{
    const QString command = QStringLiteral("db restore");
    const auto path = CliDatabase::takePath(context, command, arguments);
    if (!path)
        return ExitCode::Usage;
    if (arguments.size() != 1)
        return cliUsageError(context, command, QStringLiteral("give the backup file to restore."));
    const QString backup = QFileInfo(arguments.first()).absoluteFilePath();
    if (!QFileInfo::exists(backup)) {
        context.err << "rapportctl db restore: there is no file "
                    << QDir::toNativeSeparators(backup) << ". Check the path of the backup.\n";
        return ExitCode::Failure;
    }
    ExitCode code = ExitCode::Success;
    auto database = CliDatabase::open(context, command, *path, true, &code);
    if (!database)
        return code;
    // What is replaced is kept: a restore of the wrong file must not lose today's work.
    const QString safety = safetyCopyPath(*path);
    if (auto saved = database->backupTo(safety); !saved) {
        context.err << "rapportctl db restore: the current database could not be saved first, so "
                       "nothing was restored. "
                    << saved.error().describe() << '\n';
        return ExitCode::Failure;
    }
    if (auto restored = database->restoreFrom(backup); !restored) {
        QFile::remove(safety);
        context.err << "rapportctl db restore: " << restored.error().describe() << '\n';
        return ExitCode::Failure;
    }
    AuditLog audit(*database);
    if (auto logged = audit.record(Actor::commandLine(), AuditAction::DatabaseRestored,
            QStringLiteral("file:%1").arg(QFileInfo(backup).fileName()));
        !logged)
        context.err << "rapportctl db restore: the restore was not written to the audit log ("
                    << logged.error().detail << ").\n";
    context.out << "Restored " << QDir::toNativeSeparators(backup) << " (schema version "
                << database->schemaVersion() << ").\n"
                << "The database as it was before is kept in " << QDir::toNativeSeparators(safety)
                << ".\n";
    return ExitCode::Success;
}

} // namespace

void registerDatabaseCommands(CommandRegistry &registry)
{
    CliCommand db {QStringLiteral("db"), QStringLiteral("db <subcommand> …"),
        QStringLiteral("Back up, restore, or fill a database with demo data"),
        QString::fromLatin1(kDbHelp), [](CliContext &context, const QStringList &arguments) {
            if (arguments.isEmpty())
                return cliUsageError(
                    context, QStringLiteral("db"), QStringLiteral("no subcommand given."));
            const QString sub = arguments.first();
            const QStringList rest = arguments.mid(1);
            if (sub == QLatin1String("backup"))
                return runBackup(context, rest);
            if (sub == QLatin1String("restore"))
                return runRestore(context, rest);
            if (sub == QLatin1String("generate-demo"))
                return runGenerateDemo(context, rest);
            return cliUsageError(
                context, QStringLiteral("db ") + sub, QStringLiteral("unknown subcommand."));
        }};
    db.usesDatabase = true;
    registry.add(db);
}

} // namespace rapport::app
