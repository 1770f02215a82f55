#include "app/cli/CliRegion.h"

#include "app/cli/CliDatabase.h"
#include "app/phone/PhoneNumbers.h"
#include "app/settings/SettingsStore.h"

namespace rapport::app {

std::optional<QString> cliRegion(CliContext &context, const QString &command,
    QStringList &arguments, Database &database, const QString &typedNumber)
{
    QString region;
    const qsizetype at = arguments.indexOf(QStringLiteral("--region"));
    if (at >= 0) {
        if (at + 1 >= arguments.size()) {
            cliUsageError(context, command,
                QStringLiteral("--region needs a two-letter country code such as GB or US."));
            return std::nullopt;
        }
        region = arguments.at(at + 1).toUpper();
        arguments.remove(at, 2);
    } else {
        region = BusinessProfile::load(SettingsStore(database)).region;
    }
    if (region.isEmpty() && typedNumber.trimmed().startsWith(u'+'))
        return QString();
    if (region.isEmpty()) {
        context.err << "rapportctl " << command
                    << ": the business's country is not set, so numbers without a country code "
                       "cannot be read. Set it in Rapport's settings, or pass --region CC "
                       "(e.g. --region GB).\n";
        return std::nullopt;
    }
    if (!PhoneNumbers::isSupportedRegion(region)) {
        cliUsageError(context, command,
            QStringLiteral("'%1' is not a country code phone numbers are known for; use a "
                           "two-letter code such as GB, US or DE.")
                .arg(region));
        return std::nullopt;
    }
    return region;
}

} // namespace rapport::app
