#include "app/storage/Schema.h"

namespace rapport::app {

const QList<Migration> &Schema::migrations()
{
    static const QList<Migration> all {
        {1, QStringLiteral("Settings and the audit log"),
            {QStringLiteral("CREATE TABLE settings ("
                            " key TEXT PRIMARY KEY,"
                            " value TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE audit_log ("
                               " id INTEGER PRIMARY KEY,"
                               " at TEXT NOT NULL,"
                               " staff_id INTEGER,"
                               " action TEXT NOT NULL,"
                               " subject TEXT,"
                               " detail TEXT)"),
                QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)")}},
    };
    return all;
}

int Schema::currentVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace rapport::app
