#pragma once

#include "app/appointments/Appointment.h"
#include "modem/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rapport::app {

class AuditLog;
class Database;
struct Actor;

// The customers' appointments: booked and cancelled by staff, read by the inbox's customer
// panel ("next appointment") and the customer's history. Every booking and cancellation is
// written with its audit line in one transaction (a savepoint inside the caller's). Audit lines
// name the customer by id and carry neither the number nor `what`, so they can outlive an
// erasure. Times go through the injected clock (`now`), so tests never wait.
class AppointmentBook final
{
public:
    static constexpr int minDurationMinutes = 5;
    static constexpr int maxDurationMinutes = 12 * 60;
    static constexpr int maxWhatLength = 120; // characters (code points), after trimming

    static inline const QString BookedAction = QStringLiteral("appointment.booked");
    static inline const QString CancelledAction = QStringLiteral("appointment.cancelled");

    // `now` empty: the system clock.
    AppointmentBook(Database &database, AuditLog &audit, std::function<QDateTime()> now);

    // Books and returns the new id. Checked in this order, nothing written on a refusal:
    // BadDuration, TooLong, InThePast (a start equal to now is allowed; an invalid start is
    // InThePast too), NoSuchCustomer. `what` is stored trimmed; bookedBy is the actor's staff id.
    Result<qint64, AppointmentError> book(const NewAppointment &request, const Actor &actor);

    // Marks the appointment cancelled (kept, with who and when). Past appointments may be
    // cancelled too (a no-show). NoSuchAppointment, AlreadyCancelled. Returns true.
    Result<bool, AppointmentError> cancel(qint64 appointmentId, const Actor &actor);

    // The soonest not-cancelled appointment that has not ended yet (starts_at + duration > now):
    // one in progress counts until it ends. Nothing when there is none, also for an id with no
    // customer (the panel of a thread whose customer was just merged away shows no appointment
    // rather than an error).
    Result<std::optional<Appointment>, AppointmentError> next(qint64 customerId) const;

    // Newest first (by start, then by id), cancelled included; empty for an unknown customer.
    Result<QList<Appointment>, AppointmentError> forCustomer(qint64 customerId) const;

    // One appointment by id; NoSuchAppointment when there is none.
    Result<Appointment, AppointmentError> find(qint64 appointmentId) const;

private:
    QDateTime now() const;

    Database &m_database;
    AuditLog &m_audit;
    std::function<QDateTime()> m_now;
};

} // namespace rapport::app
