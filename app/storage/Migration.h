#pragma once

#include <QStringList>

namespace rapport::app {

// One step of the schema: applied once, in a transaction, in version order. Statements are kept
// to SQL that PostgreSQL also accepts wherever that costs nothing (TEXT, INTEGER, REAL; ISO-8601
// times as TEXT; no AUTOINCREMENT keyword — INTEGER PRIMARY KEY is enough in SQLite).
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

} // namespace rapport::app
