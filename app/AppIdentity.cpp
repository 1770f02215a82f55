#include "app/AppIdentity.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace rapport::app {

QString AppIdentity::version()
{
    return QStringLiteral(RAPPORT_VERSION);
}

QString AppIdentity::displayName()
{
    return QStringLiteral("Rapport");
}

void AppIdentity::apply()
{
    // Both executables share one organisation and application folder, so rapportctl sees the
    // same database and settings as the desktop application.
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("rapport.example"));
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationVersion(version());
}

QString AppIdentity::dataDirectory()
{
    // GenericDataLocation + our name, rather than AppDataLocation, which would repeat "Rapport"
    // for the organisation and the application (~/.local/share/Rapport/Rapport).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Rapport");
}

QString AppIdentity::settingsFile()
{
    return QSettings().fileName();
}

} // namespace rapport::app
