#include "app/rights/PersonRecords.h"

#include "app/importing/CsvWriter.h"
#include "app/storage/Database.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rapport::app::PersonRecords {
namespace {

// Runs `sql` with `customerId` bound once per placeholder and returns one object per row, keyed
// by the column names the SELECT gives (they are the export's field names).
Result<QJsonArray, QString> rows(Database &database, const QString &sql, qint64 customerId)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(query.lastError().text());
    for (qsizetype i = 0; i < sql.count(u'?'); ++i)
        query.addBindValue(customerId);
    if (!query.exec())
        return fail(query.lastError().text());
    QJsonArray found;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QJsonObject row;
        for (int column = 0; column < record.count(); ++column) {
            const QVariant value = record.value(column);
            row.insert(record.fieldName(column),
                value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
        }
        found.append(row);
    }
    return found;
}

QByteArray table(const QJsonArray &array, const QStringList &columns)
{
    QList<QStringList> lines {columns};
    for (const QJsonValue &value : array) {
        const QJsonObject row = value.toObject();
        QStringList cells;
        for (const QString &column : columns)
            cells.append(row.value(column).toVariant().toString());
        lines.append(cells);
    }
    return CsvWriter::encode(lines);
}

} // namespace

Result<QJsonObject, QString> collect(Database &database, qint64 customerId)
{
    auto profile = rows(database,
        QStringLiteral("SELECT id, first_name, last_name, phone_e164, email, birthday_day,"
                       " birthday_month, birthday_year, anniversary, language, time_zone, notes,"
                       " created_at, updated_at FROM customers WHERE id = ?"),
        customerId);
    if (!profile)
        return fail(profile.error());
    if (profile->isEmpty())
        return fail(QStringLiteral("customer %1 not found").arg(customerId));
    QJsonObject person = profile->first().toObject();

    auto tags = rows(database,
        QStringLiteral("SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag"),
        customerId);
    auto fields = rows(database,
        QStringLiteral("SELECT f.name, v.value FROM customer_field_values v"
                       " JOIN custom_fields f ON f.id = v.field_id WHERE v.customer_id = ?"
                       " ORDER BY f.name"),
        customerId);
    auto visits = rows(database,
        QStringLiteral("SELECT visited_on, amount_cents, note FROM visits WHERE customer_id = ?"
                       " ORDER BY visited_on, id"),
        customerId);
    // Cancelled appointments too: they are data held about the person.
    auto appointments = rows(database,
        QStringLiteral("SELECT a.starts_at, a.duration_minutes, a.what, a.booked_at,"
                       " (SELECT name FROM staff s WHERE s.id = a.booked_by) AS booked_by,"
                       " a.cancelled_at,"
                       " (SELECT name FROM staff s WHERE s.id = a.cancelled_by) AS cancelled_by"
                       " FROM appointments a WHERE a.customer_id = ? ORDER BY a.starts_at, a.id"),
        customerId);
    auto consent = rows(database,
        QStringLiteral("SELECT recorded_at, purpose, action, source, wording, wording_version,"
                       " phone_e164, (SELECT name FROM staff s WHERE s.id = e.staff_id) AS staff,"
                       " inbound_text, confirmation_text FROM consent_events e"
                       " WHERE customer_id = ? ORDER BY id"),
        customerId);
    // A thread under the customer's number that was never linked to the record is theirs too
    // (erase() removes it), so the access export must show it.
    auto messages = rows(database,
        QStringLiteral("SELECT m.created_at, t.phone_e164 AS number, m.direction, m.body,"
                       " m.state, m.state_reason, m.purpose, m.sent_at, m.delivered_at"
                       " FROM messages m JOIN threads t ON t.id = m.thread_id"
                       " WHERE t.customer_id = ? OR t.phone_e164 ="
                       " (SELECT phone_e164 FROM customers WHERE id = ?)"
                       " ORDER BY m.created_at, m.id"),
        customerId);
    for (const auto *part : {&tags, &fields, &visits, &appointments, &consent, &messages}) {
        if (!*part)
            return fail(part->error());
    }
    QJsonArray tagNames;
    for (const QJsonValue &tag : std::as_const(*tags))
        tagNames.append(tag.toObject().value(QStringLiteral("tag")));
    person.insert(QStringLiteral("tags"), tagNames);
    QJsonObject custom;
    for (const QJsonValue &field : std::as_const(*fields))
        custom.insert(field.toObject().value(QStringLiteral("name")).toString(),
            field.toObject().value(QStringLiteral("value")));
    person.insert(QStringLiteral("custom_fields"), custom);

    return QJsonObject {{QStringLiteral("format"), QStringLiteral("rapport-person")},
        {QStringLiteral("version"), 1}, {QStringLiteral("profile"), person},
        {QStringLiteral("visits"), *visits}, {QStringLiteral("appointments"), *appointments},
        {QStringLiteral("consent"), *consent}, {QStringLiteral("messages"), *messages}};
}

QMap<QString, QByteArray> toCsvFiles(const QJsonObject &document)
{
    QMap<QString, QByteArray> files;
    const QJsonObject profile = document.value(QStringLiteral("profile")).toObject();
    QList<QStringList> fieldRows {{QStringLiteral("field"), QStringLiteral("value")}};
    for (auto it = profile.constBegin(); it != profile.constEnd(); ++it) {
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue &item : it.value().toArray())
                items.append(item.toString());
            fieldRows.append({it.key(), items.join(QStringLiteral(", "))});
        } else if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            for (auto field = inner.constBegin(); field != inner.constEnd(); ++field)
                fieldRows.append({it.key() + u'.' + field.key(), field.value().toString()});
        } else {
            fieldRows.append({it.key(), it.value().toVariant().toString()});
        }
    }
    files.insert(QStringLiteral("profile.csv"), CsvWriter::encode(fieldRows));
    files.insert(QStringLiteral("visits.csv"),
        table(document.value(QStringLiteral("visits")).toArray(),
            {QStringLiteral("visited_on"), QStringLiteral("amount_cents"),
                QStringLiteral("note")}));
    files.insert(QStringLiteral("appointments.csv"),
        table(document.value(QStringLiteral("appointments")).toArray(),
            {QStringLiteral("starts_at"), QStringLiteral("duration_minutes"),
                QStringLiteral("what"), QStringLiteral("booked_at"), QStringLiteral("booked_by"),
                QStringLiteral("cancelled_at"), QStringLiteral("cancelled_by")}));
    files.insert(QStringLiteral("consent.csv"),
        table(document.value(QStringLiteral("consent")).toArray(),
            {QStringLiteral("recorded_at"), QStringLiteral("purpose"), QStringLiteral("action"),
                QStringLiteral("source"), QStringLiteral("wording"),
                QStringLiteral("wording_version"), QStringLiteral("phone_e164"),
                QStringLiteral("staff"), QStringLiteral("inbound_text"),
                QStringLiteral("confirmation_text")}));
    files.insert(QStringLiteral("messages.csv"),
        table(document.value(QStringLiteral("messages")).toArray(),
            {QStringLiteral("created_at"), QStringLiteral("number"), QStringLiteral("direction"),
                QStringLiteral("body"), QStringLiteral("state"), QStringLiteral("state_reason"),
                QStringLiteral("purpose"), QStringLiteral("sent_at"),
                QStringLiteral("delivered_at")}));
    return files;
}

} // namespace rapport::app::PersonRecords
