#pragma once

#include "modem/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace rapport::app {

class Database;

// Everything the database holds about one customer, gathered into one JSON document and split
// into CSV tables. Kept apart from PersonRights so both stay short.
namespace PersonRecords {

// {"format": "rapport-person", "version": 1, "profile": {...}, "visits": [...],
//  "appointments": [...], "consent": [...], "messages": [...]}; the error is the database's
// message.
Result<QJsonObject, QString> collect(Database &database, qint64 customerId);

// profile.csv (field,value), visits.csv, appointments.csv, consent.csv and messages.csv, UTF-8
// with a BOM so a spreadsheet opens them with the right characters; cells that would run as
// formulas are neutralised.
QMap<QString, QByteArray> toCsvFiles(const QJsonObject &document);

} // namespace PersonRecords
} // namespace rapport::app
