#include "app/demo/DemoWriter.h"

#include <QSqlError>

namespace rapport::app {

DemoWriter::DemoWriter(const QSqlDatabase &database)
    : m_customer(database)
    , m_tag(database)
    , m_fieldValue(database)
    , m_visit(database)
    , m_consent(database)
    , m_thread(database)
    , m_inbound(database)
    , m_outbound(database)
    , m_appointment(database)
{ }

bool DemoWriter::prepare()
{
    const struct
    {
        QSqlQuery *query;
        QString sql;
    } statements[] {
        {&m_customer,
            QStringLiteral("INSERT INTO customers (first_name, last_name, phone_e164, email,"
                           " birthday_day, birthday_month, birthday_year, anniversary, language,"
                           " time_zone, notes, created_at, updated_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_tag, QStringLiteral("INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?)")},
        {&m_fieldValue,
            QStringLiteral("INSERT INTO customer_field_values (customer_id, field_id, value)"
                           " VALUES (?, ?, ?)")},
        {&m_visit,
            QStringLiteral("INSERT INTO visits (customer_id, visited_on, amount_cents, note)"
                           " VALUES (?, ?, ?, ?)")},
        {&m_consent,
            QStringLiteral("INSERT INTO consent_events (customer_id, phone_e164, purpose, action,"
                           " source, wording, wording_version, staff_id, inbound_text,"
                           " confirmation_text, recorded_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_thread,
            QStringLiteral("INSERT INTO threads (customer_id, phone_e164, assigned_staff_id,"
                           " is_open, unread_count, last_message_at) VALUES (?, ?, ?, ?, ?, ?)")},
        {&m_inbound,
            QStringLiteral("INSERT INTO messages (thread_id, direction, body, state, created_at)"
                           " VALUES (?, 'in', ?, 'received', ?)")},
        {&m_outbound,
            QStringLiteral("INSERT INTO messages (thread_id, direction, body, purpose, origin,"
                           " staff_id, state, state_reason, created_at, sent_at, delivered_at)"
                           " VALUES (?, 'out', ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_appointment,
            QStringLiteral("INSERT INTO appointments (customer_id, starts_at, duration_minutes,"
                           " what, booked_by, booked_at, cancelled_at, cancelled_by)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")},
    };
    for (const auto &statement : statements) {
        if (!statement.query->prepare(statement.sql)) {
            m_error = statement.query->lastError().text();
            return false;
        }
    }
    return true;
}

bool DemoWriter::run(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int position = 0;
    for (const QVariant &value : values)
        query.bindValue(position++, value);
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

qint64 DemoWriter::insert(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    if (!run(query, values))
        return 0;
    return query.lastInsertId().toLongLong();
}

} // namespace rapport::app
