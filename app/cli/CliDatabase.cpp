#include "app/cli/CliDatabase.h"

#include "app/AppIdentity.h"
#include "app/storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace rapport::app {

ExitCode cliUsageError(CliContext &context, const QString &command, const QString &problem)
{
    const QString head = command.section(u' ', 0, 0);
    context.err << "rapportctl " << command << ": " << problem << " Run 'rapportctl help " << head
                << "' for its usage.\n";
    return ExitCode::Usage;
}

QString CliDatabase::defaultPath()
{
    return QDir(AppIdentity::dataDirectory()).filePath(QStringLiteral("rapport.db"));
}

std::optional<QString> CliDatabase::takePath(
    CliContext &context, const QString &command, QStringList &arguments)
{
    QString path;
    for (qsizetype i = 0; i < arguments.size();) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--database")) {
            // An empty path (--database "" from an unset script variable) must not quietly
            // fall back to the business's own database.
            if (i + 1 >= arguments.size() || arguments.at(i + 1).isEmpty()) {
                cliUsageError(context, command, QStringLiteral("--database needs a file path."));
                return std::nullopt;
            }
            path = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (argument.startsWith(QLatin1String("--database="))) {
            path = argument.mid(int(qstrlen("--database=")));
            if (path.isEmpty()) {
                cliUsageError(context, command, QStringLiteral("--database needs a file path."));
                return std::nullopt;
            }
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    if (path.isEmpty())
        return defaultPath();
    return QFileInfo(path).absoluteFilePath();
}

std::unique_ptr<Database> CliDatabase::open(
    CliContext &context, const QString &command, const QString &path, bool create, ExitCode *code)
{
    if (!create && !QFileInfo::exists(path)) {
        context.err << "rapportctl " << command << ": there is no database at "
                    << QDir::toNativeSeparators(path)
                    << ". Start Rapport once to create it, or give the right file with "
                       "--database PATH.\n";
        *code = ExitCode::Unavailable;
        return nullptr;
    }
    auto database = Database::open(path);
    if (!database) {
        context.err << "rapportctl " << command << ": " << QDir::toNativeSeparators(path) << ": "
                    << database.error().describe() << '\n';
        *code = database.error().code == StorageError::Code::CannotOpen ? ExitCode::Unavailable
                                                                        : ExitCode::Failure;
        return nullptr;
    }
    *code = ExitCode::Success;
    return std::move(*database);
}

} // namespace rapport::app
