#include "app/cli/DemoCommand.h"

#include "app/audit/AuditLog.h"
#include "app/cli/CliDatabase.h"
#include "app/demo/DemoDataGenerator.h"
#include "app/phone/PhoneNumbers.h"
#include "app/settings/SettingsStore.h"
#include "app/storage/Database.h"

#include <QDir>
#include <QElapsedTimer>

namespace rapport::app {
namespace {

// Reads `--name VALUE` into `value` (a whole number ≥ minimum); false after printing why.
bool takeNumber(CliContext &context, QStringList &arguments, const QString &name, qint64 minimum,
    qint64 maximum, qint64 *value)
{
    const qsizetype at = arguments.indexOf(name);
    if (at < 0)
        return true;
    bool ok = false;
    const qint64 number = at + 1 < arguments.size() ? arguments.at(at + 1).toLongLong(&ok) : 0;
    if (!ok || number < minimum || number > maximum) {
        cliUsageError(context, QStringLiteral("db generate-demo"),
            QStringLiteral("%1 needs a whole number from %2 to %3.")
                .arg(name)
                .arg(minimum)
                .arg(maximum));
        return false;
    }
    *value = number;
    arguments.remove(at, 2);
    return true;
}

} // namespace

ExitCode runGenerateDemo(CliContext &context, QStringList arguments)
{
    const QString command = QStringLiteral("db generate-demo");
    const auto path = CliDatabase::takePath(context, command, arguments);
    if (!path)
        return ExitCode::Usage;
    DemoOptions options;
    qint64 customers = options.customers;
    qint64 messages = options.messages;
    qint64 seed = options.seed;
    if (!takeNumber(context, arguments, QStringLiteral("--customers"), 1, 5'000'000, &customers)
        || !takeNumber(context, arguments, QStringLiteral("--messages"), 0, 50'000'000, &messages)
        || !takeNumber(context, arguments, QStringLiteral("--seed"), 0, 0xffffffffLL, &seed))
        return ExitCode::Usage;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--region")); at >= 0) {
        if (at + 1 >= arguments.size()
            || !PhoneNumbers::isSupportedRegion(arguments.at(at + 1).toUpper()))
            return cliUsageError(context, command,
                QStringLiteral("--region needs a two-letter country code such as GB, US or DE."));
        options.region = arguments.at(at + 1).toUpper();
        arguments.remove(at, 2);
    }
    if (!arguments.isEmpty())
        return cliUsageError(
            context, command, QStringLiteral("unexpected argument '%1'.").arg(arguments.first()));
    options.customers = int(customers);
    options.messages = int(messages);
    options.seed = quint32(seed);

    ExitCode code = ExitCode::Success;
    auto database = CliDatabase::open(context, command, *path, true, &code);
    if (!database)
        return code;
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoDataGenerator::generate(*database, options);
    if (!summary) {
        // The generator's own sentence says what to do (e.g. use an empty database).
        const StorageError &error = summary.error();
        context.err << "rapportctl db generate-demo: "
                    << (error.detail.isEmpty() ? error.describe() : error.detail) << '\n';
        return ExitCode::Failure;
    }
    // The demo shop's numbers are national numbers of its region: without the setting, numbers
    // typed later (rapportctl person, imports) would be read in the system locale's country.
    QString regionNote;
    SettingsStore settings(*database);
    if (const auto stored = settings.value(BusinessProfile::RegionKey); stored && !*stored) {
        AuditLog audit(*database);
        if (settings.setValue(options.actor, audit, BusinessProfile::RegionKey, options.region))
            regionNote
                = QStringLiteral("The business's country is now set to %1.\n").arg(options.region);
    }
    context.out << "Generated a demo shop in " << QDir::toNativeSeparators(*path) << " ("
                << options.region << ", seed " << options.seed << ") in "
                << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s:\n"
                << "  customers       " << summary->customers << '\n'
                << "  visits          " << summary->visits << '\n'
                << "  consent events  " << summary->consentEvents << '\n'
                << "  appointments    " << summary->appointments << '\n'
                << "  staff           " << summary->staff << '\n'
                << "  threads         " << summary->threads << '\n'
                << "  messages        " << summary->messages << " (largest thread "
                << summary->largestThreadId << ": " << summary->largestThreadMessages
                << " messages)\n"
                << regionNote;
    return ExitCode::Success;
}

} // namespace rapport::app
