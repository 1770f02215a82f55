#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace rapport::app {

// The INSERT statements of a demo database, each prepared once and run for every row: preparing
// per row would cost more than the rows themselves. Values are bound by position in the column
// order of the statement; a null QVariant (see null()) stores NULL.
class DemoWriter final
{
public:
    explicit DemoWriter(const QSqlDatabase &database);

    // False (see errorText()) when a statement cannot be prepared.
    bool prepare();
    [[nodiscard]] QString errorText() const { return m_error; }

    // first_name, last_name, phone_e164, email, birthday_day, birthday_month, birthday_year,
    // anniversary, language, time_zone, notes, created_at, updated_at
    qint64 customer(std::initializer_list<QVariant> values) { return insert(m_customer, values); }
    bool tag(qint64 customerId, const QString &tag) { return run(m_tag, {customerId, tag}); }
    bool fieldValue(qint64 customerId, qint64 fieldId, const QString &value)
    {
        return run(m_fieldValue, {customerId, fieldId, value});
    }
    // customer_id, visited_on, amount_cents, note
    bool visit(std::initializer_list<QVariant> values) { return run(m_visit, values); }
    // customer_id, phone_e164, purpose, action, source, wording, wording_version, staff_id,
    // inbound_text, confirmation_text, recorded_at
    bool consent(std::initializer_list<QVariant> values) { return run(m_consent, values); }
    // customer_id, phone_e164, assigned_staff_id, is_open, unread_count, last_message_at
    qint64 thread(std::initializer_list<QVariant> values) { return insert(m_thread, values); }
    // A text the shop received; direction and state are fixed in the statement, which saves
    // binding them a million times.
    bool inbound(qint64 threadId, const QString &body, const QString &createdAt)
    {
        return run(m_inbound, {threadId, body, createdAt});
    }
    // thread_id, body, purpose, origin, staff_id, state, state_reason, created_at, sent_at,
    // delivered_at
    bool outbound(std::initializer_list<QVariant> values) { return run(m_outbound, values); }
    // customer_id, starts_at, duration_minutes, what, booked_by, booked_at, cancelled_at,
    // cancelled_by
    bool appointment(std::initializer_list<QVariant> values) { return run(m_appointment, values); }

    static QVariant null() { return QVariant(QMetaType::fromType<QString>()); }
    static QVariant orNull(const QString &text) { return text.isEmpty() ? null() : QVariant(text); }
    static QVariant orNull(qint64 number) { return number == 0 ? null() : QVariant(number); }

private:
    bool run(QSqlQuery &query, std::initializer_list<QVariant> values);
    qint64 insert(QSqlQuery &query, std::initializer_list<QVariant> values);

    QSqlQuery m_customer;
    QSqlQuery m_tag;
    QSqlQuery m_fieldValue;
    QSqlQuery m_visit;
    QSqlQuery m_consent;
    QSqlQuery m_thread;
    QSqlQuery m_inbound;
    QSqlQuery m_outbound;
    QSqlQuery m_appointment;
    QString m_error;
};

} // namespace rapport::app
