#include "app/cli/CustomerCommands.h"

#include "app/audit/AuditLog.h"
#include "app/cli/CliDatabase.h"
#include "app/cli/CliRegion.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/CustomerImportCommand.h"
#include "app/customers/CustomerRepository.h"
#include "app/exporting/CustomerExporter.h"
#include "app/storage/Database.h"

#include <QDir>

namespace rapport::app {
namespace {

const char *const kCustomersHelp
    = "Subcommands:\n"
      "  import FILE [--map COLUMN=FIELD …] [--dry-run] [--errors FILE]\n"
      "              [--consent-wording TEXT] [--delimiter ,|;|tab] [--region CC]\n"
      "      Import customers from a CSV file (a till or spreadsheet export; UTF-8 or\n"
      "      Latin-1, separated by , ; or tab) or a vCard file (.vcf). Columns are matched by\n"
      "      their headings; --map sets or corrects one (COLUMN is the heading or its 1-based\n"
      "      position; FIELD is first_name, last_name, full_name, phone, email, birthday,\n"
      "      anniversary, language, time_zone, notes, tags, visit_date, visit_amount,\n"
      "      visit_note, consent_service, consent_marketing, consent_feedback,\n"
      "      custom:<field name> or ignore). Consent is imported only from columns mapped to\n"
      "      consent, with --consent-wording saying what the customers agreed to.\n"
      "      Everything is imported in one transaction; --dry-run checks and counts without\n"
      "      writing. Skipped rows are written to FILE.errors.csv (or --errors FILE) to be\n"
      "      corrected and imported again.\n"
      "  export FILE [--columns KEY,KEY,…]\n"
      "      Write customers to a CSV file. Columns: first_name, last_name, phone, email,\n"
      "      birthday, anniversary, language, time_zone, notes, tags, consent_service,\n"
      "      consent_marketing, consent_feedback, visits, total_spend, last_visit,\n"
      "      created_at, custom:<field name>. Default: the profile and custom fields.\n"
      "\n"
      "Both take --database PATH.";

ExitCode runExport(CliContext &context, QStringList arguments)
{
    const QString command = QStringLiteral("customers export");
    const auto path = CliDatabase::takePath(context, command, arguments);
    if (!path)
        return ExitCode::Usage;
    QStringList keys;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--columns")); at >= 0) {
        if (at + 1 >= arguments.size())
            return cliUsageError(
                context, command, QStringLiteral("--columns needs a comma-separated list."));
        keys = arguments.at(at + 1).split(u',', Qt::SkipEmptyParts);
        arguments.remove(at, 2);
    }
    if (arguments.size() != 1)
        return cliUsageError(context, command, QStringLiteral("give the FILE to write."));
    ExitCode code = ExitCode::Success;
    auto database = CliDatabase::open(context, command, *path, false, &code);
    if (!database)
        return code;
    CustomerRepository customers(*database, QString());
    auto fields = customers.customFields();
    if (!fields) {
        context.err << "rapportctl customers export: " << fields.error().describe() << '\n';
        return ExitCode::Failure;
    }
    QList<ExportColumn> columns;
    for (const QString &key : std::as_const(keys)) {
        const auto column = ExportColumn::fromKey(key.trimmed(), *fields);
        if (!column)
            return cliUsageError(context, command,
                QStringLiteral("there is no column '%1'. Columns are: %2.")
                    .arg(key.trimmed(), ExportColumn::keys().join(QStringLiteral(", "))));
        columns.append(*column);
    }
    if (columns.isEmpty())
        columns = ExportColumn::defaults(*fields);
    AuditLog audit(*database);
    CustomerExporter exporter(*database, audit);
    const QString target = QDir::current().absoluteFilePath(arguments.first());
    auto written = exporter.exportCsv(Actor::commandLine(), target, columns);
    if (!written) {
        context.err << "rapportctl customers export: " << written.error().describe() << '\n';
        return ExitCode::Failure;
    }
    context.out << "Exported " << *written << " customers (" << columns.size() << " columns) to "
                << QDir::toNativeSeparators(target) << ".\n";
    return ExitCode::Success;
}

} // namespace

void registerCustomerCommands(CommandRegistry &registry)
{
    CliCommand customers {QStringLiteral("customers"), QStringLiteral("customers <subcommand> …"),
        QStringLiteral("Import customers from CSV or vCard, or export them to CSV"),
        QString::fromLatin1(kCustomersHelp), [](CliContext &context, const QStringList &arguments) {
            if (arguments.isEmpty())
                return cliUsageError(
                    context, QStringLiteral("customers"), QStringLiteral("no subcommand given."));
            const QString sub = arguments.first();
            if (sub == QLatin1String("import"))
                return runCustomerImport(context, arguments.mid(1));
            if (sub == QLatin1String("export"))
                return runExport(context, arguments.mid(1));
            return cliUsageError(
                context, QStringLiteral("customers ") + sub, QStringLiteral("unknown subcommand."));
        }};
    customers.usesDatabase = true;
    registry.add(customers);
}

} // namespace rapport::app
