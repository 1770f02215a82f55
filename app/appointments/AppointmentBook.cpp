#include "app/appointments/AppointmentBook.h"

#include "app/audit/AuditLog.h"
#include "app/staff/Actor.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "app/storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::app {
namespace {

AppointmentError refused(AppointmentError::Code code, const QString &detail = {})
{
    return AppointmentError {code, detail};
}

AppointmentError storageFailed(const QString &detail)
{
    return refused(AppointmentError::Code::Storage, detail);
}

AppointmentError storageFailed(const QSqlQuery &query)
{
    return storageFailed(query.lastError().text());
}

// UTC with milliseconds and a 'Z', like every time in the schema: text order is time order.
QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimestamp(const QVariant &text)
{
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs).toUTC();
}

QVariant staffOrNull(qint64 staffId)
{
    return staffId > 0 ? QVariant(staffId) : QVariant(QMetaType::fromType<qint64>());
}

// The columns fromRow() reads, in order.
const QString appointmentColumns
    = QStringLiteral("id, customer_id, starts_at, duration_minutes, what, booked_by, booked_at,"
                     " cancelled_at, cancelled_by");

Appointment fromRow(const QSqlQuery &row)
{
    Appointment appointment;
    appointment.id = row.value(0).toLongLong();
    appointment.customerId = row.value(1).toLongLong();
    appointment.startsAt = fromTimestamp(row.value(2));
    appointment.durationMinutes = row.value(3).toInt();
    appointment.what = row.value(4).toString();
    appointment.bookedBy = row.value(5).toLongLong();
    appointment.bookedAt = fromTimestamp(row.value(6));
    if (!row.value(7).isNull())
        appointment.cancelledAt = fromTimestamp(row.value(7));
    appointment.cancelledBy = row.value(8).toLongLong();
    return appointment;
}

} // namespace

QString AppointmentError::describe() const
{
    switch (code) {
    case Code::NoSuchCustomer:
        return QCoreApplication::translate("AppointmentError",
            "This customer no longer exists, perhaps merged or erased. Open the customer again "
            "and book the appointment there.");
    case Code::InThePast:
        return QCoreApplication::translate(
            "AppointmentError", "Choose a time from now on: this one has already passed.");
    case Code::BadDuration:
        return QCoreApplication::translate(
            "AppointmentError", "Choose a length between %1 minutes and %2 hours.")
            .arg(AppointmentBook::minDurationMinutes)
            .arg(AppointmentBook::maxDurationMinutes / 60);
    case Code::TooLong:
        return QCoreApplication::translate(
            "AppointmentError", "Shorten what the appointment is for to at most %1 characters.")
            .arg(AppointmentBook::maxWhatLength);
    case Code::NoSuchAppointment:
        return QCoreApplication::translate("AppointmentError",
            "This appointment no longer exists, perhaps its customer was erased. Open the "
            "customer again to see their appointments.");
    case Code::AlreadyCancelled:
        return QCoreApplication::translate("AppointmentError",
            "This appointment was already cancelled. There is nothing more to do.");
    case Code::Storage:
        break;
    }
    return QCoreApplication::translate("AppointmentError",
        "The appointments could not be read or saved (%1). Check that the disk is not full, "
        "then try again.")
        .arg(detail);
}

AppointmentBook::AppointmentBook(
    Database &database, AuditLog &audit, std::function<QDateTime()> now)
    : m_database(database)
    , m_audit(audit)
    , m_now(now ? std::move(now)
                : std::function<QDateTime()>([] { return QDateTime::currentDateTimeUtc(); }))
{ }

QDateTime AppointmentBook::now() const
{
    return m_now().toUTC();
}

Result<qint64, AppointmentError> AppointmentBook::book(
    const NewAppointment &request, const Actor &actor)
{
    using Code = AppointmentError::Code;
    if (request.durationMinutes < minDurationMinutes
        || request.durationMinutes > maxDurationMinutes)
        return fail(refused(Code::BadDuration, QString::number(request.durationMinutes)));
    QString what = request.what.trimmed();
    // A null QString binds as SQL NULL, which the NOT NULL column refuses: no text is ''.
    if (what.isNull())
        what = QStringLiteral("");
    if (what.toUcs4().size() > maxWhatLength)
        return fail(refused(Code::TooLong));
    const QDateTime bookedAt = now();
    if (!request.startsAt.isValid())
        return fail(refused(Code::InThePast, QStringLiteral("no valid start time")));
    if (request.startsAt < bookedAt)
        return fail(refused(Code::InThePast, timestamp(request.startsAt)));

    Transaction transaction(m_database);
    if (!transaction.isOpen())
        return fail(storageFailed(transaction.errorText()));
    QSqlQuery query(m_database.connection());
    if (!sql::run(
            query, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {request.customerId}))
        return fail(storageFailed(query));
    if (!query.next())
        return fail(refused(Code::NoSuchCustomer));
    query.finish();
    const QString startsAt = timestamp(request.startsAt);
    if (!sql::run(query,
            QStringLiteral("INSERT INTO appointments (customer_id, starts_at, duration_minutes,"
                           " what, booked_by, booked_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {request.customerId, startsAt, request.durationMinutes, what,
                staffOrNull(actor.staffId), timestamp(bookedAt)}))
        return fail(storageFailed(query));
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto logged
        = m_audit.record(actor, BookedAction, QStringLiteral("customer:%1").arg(request.customerId),
            QStringLiteral("appointment %1 at %2 for %3 minutes")
                .arg(id)
                .arg(startsAt)
                .arg(request.durationMinutes));
        !logged)
        return fail(storageFailed(logged.error().detail));
    if (!transaction.commit())
        return fail(storageFailed(transaction.errorText()));
    return id;
}

Result<bool, AppointmentError> AppointmentBook::cancel(qint64 appointmentId, const Actor &actor)
{
    Transaction transaction(m_database);
    if (!transaction.isOpen())
        return fail(storageFailed(transaction.errorText()));
    auto found = find(appointmentId);
    if (!found)
        return fail(found.error());
    if (found->isCancelled())
        return fail(refused(AppointmentError::Code::AlreadyCancelled));
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("UPDATE appointments SET cancelled_at = ?, cancelled_by = ?"
                           " WHERE id = ? AND cancelled_at IS NULL"),
            {timestamp(now()), staffOrNull(actor.staffId), appointmentId}))
        return fail(storageFailed(query));
    if (auto logged = m_audit.record(actor, CancelledAction,
            QStringLiteral("customer:%1").arg(found->customerId),
            QStringLiteral("appointment %1 at %2 cancelled")
                .arg(appointmentId)
                .arg(timestamp(found->startsAt)));
        !logged)
        return fail(storageFailed(logged.error().detail));
    if (!transaction.commit())
        return fail(storageFailed(transaction.errorText()));
    return true;
}

Result<std::optional<Appointment>, AppointmentError> AppointmentBook::next(qint64 customerId) const
{
    const QDateTime at = now();
    // No appointment lasts longer than the maximum, so one that has not ended started after
    // now minus the maximum: a range of the (customer_id, starts_at) index. The end itself is
    // compared here rather than in SQL, where adding minutes to a text time is not portable.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::run(query,
            QString(QStringLiteral("SELECT ") + appointmentColumns
                + QStringLiteral(" FROM appointments WHERE customer_id = ?"
                                 " AND cancelled_at IS NULL AND starts_at > ?"
                                 " ORDER BY starts_at, id")),
            {customerId, timestamp(at.addSecs(-qint64(maxDurationMinutes) * 60))}))
        return fail(storageFailed(query));
    while (query.next()) {
        Appointment appointment = fromRow(query);
        if (appointment.endsAt() > at)
            return std::optional<Appointment>(std::move(appointment));
    }
    return std::optional<Appointment>();
}

Result<QList<Appointment>, AppointmentError> AppointmentBook::forCustomer(qint64 customerId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::run(query,
            QString(QStringLiteral("SELECT ") + appointmentColumns
                + QStringLiteral(" FROM appointments WHERE customer_id = ?"
                                 " ORDER BY starts_at DESC, id DESC")),
            {customerId}))
        return fail(storageFailed(query));
    QList<Appointment> appointments;
    while (query.next())
        appointments.append(fromRow(query));
    return appointments;
}

Result<Appointment, AppointmentError> AppointmentBook::find(qint64 appointmentId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::run(query,
            QString(QStringLiteral("SELECT ") + appointmentColumns
                + QStringLiteral(" FROM appointments WHERE id = ?")),
            {appointmentId}))
        return fail(storageFailed(query));
    if (!query.next())
        return fail(refused(AppointmentError::Code::NoSuchAppointment));
    return fromRow(query);
}

} // namespace rapport::app
