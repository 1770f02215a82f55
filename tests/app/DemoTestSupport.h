#pragma once

// Shared by the demo database tests: options for a fixed day and zone, fresh in-memory databases
// and one-line queries.

#include "app/demo/DemoDataGenerator.h"
#include "app/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <memory>

namespace rapport::test::demo {

using rapport::app::Database;
using rapport::app::DemoDataGenerator;
using rapport::app::DemoOptions;
using rapport::app::DemoSummary;

inline const QDate kToday(2025, 6, 15); // a Sunday

inline DemoOptions options(
    int customers, int messages, const QString &region = QStringLiteral("GB"), quint32 seed = 1)
{
    DemoOptions o;
    o.customers = customers;
    o.messages = messages;
    o.region = region;
    o.seed = seed;
    o.today = kToday;
    o.zone = QTimeZone("Europe/London");
    return o;
}

// A fresh in-memory database under a connection name no other test uses.
inline std::unique_ptr<Database> openDatabase()
{
    static int connection = 0;
    auto db = Database::openInMemory(QStringLiteral("demo-%1").arg(++connection));
    if (!db)
        qFatal("cannot open: %s", qPrintable(db.error().detail));
    return std::move(*db);
}

inline DemoSummary mustGenerate(Database &db, const DemoOptions &o)
{
    auto summary = DemoDataGenerator::generate(db, o);
    if (!summary)
        qFatal("generate failed: %s", qPrintable(summary.error().detail));
    return *summary;
}

inline QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0);
}
inline qint64 count(Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}
inline QStringList column(Database &db, const QString &sql)
{
    QStringList values;
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}
// Every row of a table as text, for comparing whole databases.
inline QStringList dump(Database &db, const QString &table)
{
    QStringList rows;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1"));
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields.append(
                query.value(i).isNull() ? QStringLiteral("<null>") : query.value(i).toString());
        rows.append(fields.join(QLatin1Char('|')));
    }
    return rows;
}

} // namespace rapport::test::demo
