#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace rapport::app::sql {

// Prepares `sql`, binds `values` in order and runs it: every statement with bound values only.
inline bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace rapport::app::sql
