#pragma once

#include "app/exporting/CustomerExporter.h"
#include "modem/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace rapport::app {

class Database;

// One page of an export: up to `limit` customers after `afterId` in id order, each as the cells
// of the chosen columns. Tags, custom values, visit totals and consent are read for the page's
// id range in one query each, rather than one query per customer.
class ExportPage final
{
public:
    struct Rows
    {
        QList<QStringList> cells;
        qint64 lastId = 0;
    };

    ExportPage(Database &database, QString filter, QVariantList filterValues);

    Result<Rows, QString> load(qint64 afterId, int limit, const QList<ExportColumn> &columns) const;

private:
    Database &m_database;
    QString m_filter;
    QVariantList m_filterValues;
};

} // namespace rapport::app
