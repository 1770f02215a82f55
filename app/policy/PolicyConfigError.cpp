#include "app/policy/PolicyConfigError.h"

#include <QCoreApplication>

namespace rapport::app {

QString PolicyConfigError::describe() const
{
    switch (code) {
    case Code::NotJson:
        return QCoreApplication::translate("rapport",
            "The sending rules in the settings are damaged (%1). The built-in rules apply until "
            "they are saved again.")
            .arg(detail);
    case Code::Invalid:
        return QCoreApplication::translate("rapport", "Some sending rules are not valid: %1")
            .arg(problems.join(QLatin1Char(' ')));
    case Code::StorageFailed:
        return QCoreApplication::translate("rapport",
            "The sending rules could not be read or saved (%1). Check that the database is "
            "reachable and try again.")
            .arg(detail);
    }
    return detail;
}

} // namespace rapport::app
