#pragma once

// Small helpers shared by the StaffDirectory translation units.

#include "app/staff/StaffError.h"
#include "app/storage/SqlStatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rapport::app::staffsql {

inline StaffError error(StaffError::Code code, const QString &name = {})
{
    StaffError e;
    e.code = code;
    e.name = name;
    return e;
}

inline StaffError storageError(const QString &detail)
{
    StaffError e = error(StaffError::StorageFailed);
    e.detail = detail;
    return e;
}

inline StaffError storageError(const QSqlQuery &query)
{
    return storageError(query.lastError().text());
}

using sql::run;

} // namespace rapport::app::staffsql
