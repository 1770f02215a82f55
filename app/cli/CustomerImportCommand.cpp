#include "app/cli/CustomerImportCommand.h"

#include "app/audit/AuditLog.h"
#include "app/cli/CliDatabase.h"
#include "app/cli/CliRegion.h"
#include "app/customers/CustomerRepository.h"
#include "app/importing/CsvReader.h"
#include "app/importing/CustomerImporter.h"
#include "app/importing/VCardReader.h"
#include "app/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace rapport::app {
namespace {

const QString kCommand = QStringLiteral("customers import");
constexpr int kRowsShown = 50;

// Removes `--name VALUE` and returns VALUE; nullopt when absent; sets `bad` when VALUE is missing.
std::optional<QString> takeValue(QStringList &arguments, const QString &name, bool *bad)
{
    const qsizetype at = arguments.indexOf(name);
    if (at < 0)
        return std::nullopt;
    if (at + 1 >= arguments.size()) {
        *bad = true;
        return std::nullopt;
    }
    const QString value = arguments.at(at + 1);
    arguments.remove(at, 2);
    return value;
}

bool isVCard(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        && file.read(512).trimmed().toUpper().contains("BEGIN:VCARD");
}

// Applies one --map COLUMN=FIELD; returns a problem in words, empty when it applied.
QString applyMap(const QString &spec, const ImportTable &table, const QList<CustomField> &fields,
    ImportMapping &mapping)
{
    const qsizetype equals = spec.lastIndexOf(u'=');
    if (equals <= 0)
        return QStringLiteral("--map needs COLUMN=FIELD, e.g. --map \"Handy=phone\".");
    const QString column = spec.left(equals).trimmed();
    const QString field = spec.mid(equals + 1).trimmed();
    bool isNumber = false;
    int index = column.toInt(&isNumber) - 1;
    if (!isNumber || index < 0 || index >= table.columns.size())
        index = int(table.columnIndex(column));
    if (index < 0)
        return QStringLiteral("the file has no column '%1'. Its columns are: %2.")
            .arg(column, table.columns.join(QStringLiteral(", ")));
    if (field.startsWith(QLatin1String("custom:"))) {
        for (const CustomField &custom : fields) {
            if (custom.name.compare(field.mid(7).trimmed(), Qt::CaseInsensitive) == 0) {
                mapping.set(index, {ImportTarget::Kind::CustomField, custom.id});
                return {};
            }
        }
        return QStringLiteral("there is no custom field '%1'. Add it in Rapport first.")
            .arg(field.mid(7).trimmed());
    }
    const auto kind = ImportTarget::kindFromKey(field);
    if (!kind || *kind == ImportTarget::Kind::CustomField)
        return QStringLiteral("'%1' is not a field. Run 'rapportctl help customers' for the list.")
            .arg(field);
    mapping.set(index, {*kind, 0});
    return {};
}

void printMapping(CliContext &context, const ImportTable &table, const ImportMapping &mapping,
    const QList<CustomField> &fields)
{
    context.out << "Columns:\n";
    for (int i = 0; i < table.columns.size(); ++i) {
        const ImportTarget target = mapping.target(i);
        QString meaning = ImportTarget::displayName(target.kind);
        if (target.kind == ImportTarget::Kind::CustomField) {
            for (const CustomField &field : fields) {
                if (field.id == target.customFieldId)
                    meaning = QStringLiteral("custom field “%1”").arg(field.name);
            }
        }
        context.out << "  " << (i + 1) << ". " << table.columns.at(i) << " → " << meaning << '\n';
    }
}

} // namespace

ExitCode runCustomerImport(CliContext &context, QStringList arguments)
{
    const auto path = CliDatabase::takePath(context, kCommand, arguments);
    if (!path)
        return ExitCode::Usage;
    bool bad = false;
    QStringList maps;
    while (const auto map = takeValue(arguments, QStringLiteral("--map"), &bad))
        maps.append(*map);
    const auto errorsPath = takeValue(arguments, QStringLiteral("--errors"), &bad);
    const auto wording = takeValue(arguments, QStringLiteral("--consent-wording"), &bad);
    const auto delimiter = takeValue(arguments, QStringLiteral("--delimiter"), &bad);
    const bool dryRun = arguments.removeAll(QStringLiteral("--dry-run")) > 0;
    if (bad)
        return cliUsageError(context, kCommand, QStringLiteral("an option is missing its value."));
    CsvReadOptions csvOptions;
    if (delimiter) {
        static const QHash<QString, QChar> delimiters {{QStringLiteral(","), u','},
            {QStringLiteral(";"), u';'}, {QStringLiteral("tab"), u'\t'},
            {QStringLiteral("\t"), u'\t'}};
        if (!delimiters.contains(*delimiter))
            return cliUsageError(
                context, kCommand, QStringLiteral("--delimiter is one of , ; or tab."));
        csvOptions.delimiter = delimiters.value(*delimiter);
    }
    ExitCode code = ExitCode::Success;
    auto database = CliDatabase::open(context, kCommand, *path, false, &code);
    if (!database)
        return code;
    const auto region = cliRegion(context, kCommand, arguments, *database);
    if (!region)
        return ExitCode::Usage;
    if (arguments.size() != 1)
        return cliUsageError(context, kCommand, QStringLiteral("give the one FILE to import."));
    const QString file = QDir::current().absoluteFilePath(arguments.first());
    if (!QFileInfo(file).isFile()) {
        context.err << "rapportctl customers import: there is no file "
                    << QDir::toNativeSeparators(file) << ". Check the path.\n";
        return ExitCode::Failure;
    }

    auto table
        = isVCard(file) ? VCardReader::readFile(file) : CsvReader::readFile(file, csvOptions);
    if (!table) {
        context.err << "rapportctl customers import: " << QDir::toNativeSeparators(file) << ": "
                    << table.error().describe() << '\n';
        return ExitCode::Failure;
    }
    CustomerRepository customers(*database, *region);
    auto fields = customers.customFields();
    if (!fields) {
        context.err << "rapportctl customers import: " << fields.error().describe() << '\n';
        return ExitCode::Failure;
    }
    QHash<QString, qint64> fieldIds;
    for (const CustomField &field : std::as_const(*fields))
        fieldIds.insert(field.name, field.id);
    ImportMapping mapping = ImportMapping::guess(table->columns, fieldIds);
    for (const QString &map : std::as_const(maps)) {
        if (const QString problem = applyMap(map, *table, *fields, mapping); !problem.isEmpty())
            return cliUsageError(context, kCommand, problem);
    }
    context.out << QDir::toNativeSeparators(file) << ": " << table->rows.size() << " rows, "
                << table->encoding;
    if (!table->delimiter.isNull())
        context.out << ", separated by "
                    << (table->delimiter == u'\t' ? QStringLiteral("tabs")
                                                  : QString(u'\'' + table->delimiter + u'\''));
    context.out << ".\n";
    printMapping(context, *table, mapping, *fields);

    AuditLog audit(*database);
    CustomerImporter importer(*database, audit);
    ImportOptions options;
    options.region = *region;
    options.sourceName = QFileInfo(file).fileName();
    options.consentWording = wording.value_or(QString());
    options.dryRun = dryRun;
    auto report = importer.run(Actor::commandLine(), *table, mapping, options);
    if (!report) {
        context.err << "rapportctl customers import: " << report.error().describe();
        // The sentence is worded for the import wizard; here the wording is an option.
        if (report.error().code == ImportError::Code::ConsentWordingMissing)
            context.err << " Give it with --consent-wording \"TEXT\".";
        context.err << '\n';
        return report.error().code == ImportError::Code::MappingInvalid
                || report.error().code == ImportError::Code::ConsentWordingMissing
            ? ExitCode::Usage
            : ExitCode::Failure;
    }

    int shown = 0;
    for (const ImportRowResult &row : std::as_const(report->rows)) {
        if (row.outcome != ImportRowResult::Outcome::Skipped && row.warnings.isEmpty())
            continue;
        if (++shown > kRowsShown)
            break;
        context.out << "  line " << row.line << ": " << row.describe() << '\n';
    }
    if (shown > kRowsShown)
        context.out << "  … and more; every skipped row is in the errors file.\n";
    context.out << (dryRun ? "Dry run, nothing was written: " : "Done: ") << report->imported
                << " imported, " << report->merged << " merged into existing customers, "
                << report->skipped << " skipped, " << report->visits << " visits, "
                << report->consentEvents << " consent records.\n";
    if (report->skipped > 0) {
        const QString errors = errorsPath ? QDir::current().absoluteFilePath(*errorsPath)
                                          : QString(file + QStringLiteral(".errors.csv"));
        QSaveFile out(errors);
        const QByteArray bytes = CustomerImporter::errorsFile(*table, *report);
        if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit())
            context.out << "Skipped rows, with the reason for each, are in "
                        << QDir::toNativeSeparators(errors)
                        << ": correct them there and import that file.\n";
        else
            context.err << "rapportctl customers import: the errors file "
                        << QDir::toNativeSeparators(errors)
                        << " could not be written: " << out.errorString() << '\n';
    }
    return ExitCode::Success;
}

} // namespace rapport::app
