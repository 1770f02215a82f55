#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace rapport::app {

// An appointment booked for a customer. Times are UTC (stored as UTC ISO-8601 text); the UI
// shows them in the shop's zone.
struct Appointment
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDateTime startsAt;
    int durationMinutes = 30;
    QString what; // "Cut and colour"; may be empty
    qint64 bookedBy = 0; // staff id; 0 when booked by the command line or an automation
    QDateTime bookedAt;
    std::optional<QDateTime> cancelledAt; // set once cancelled; cancelled ones are kept
    qint64 cancelledBy = 0; // staff id; 0 when not cancelled or not cancelled by staff

    [[nodiscard]] QDateTime endsAt() const
    {
        return startsAt.addSecs(qint64(durationMinutes) * 60);
    }
    [[nodiscard]] bool isCancelled() const { return cancelledAt.has_value(); }
};

// What staff ask for when they book. `startsAt` may be in any zone; it is stored as UTC.
struct NewAppointment
{
    qint64 customerId = 0;
    QDateTime startsAt;
    int durationMinutes = 30;
    QString what;
};

// Why the appointment book refused or could not answer. describe() says what to do.
struct AppointmentError
{
    enum class Code {
        NoSuchCustomer, // the customer is gone (merged or erased) or never existed
        InThePast, // the start has passed (or is not a valid time)
        BadDuration, // not between minDurationMinutes and maxDurationMinutes
        TooLong, // `what` is longer than maxWhatLength characters after trimming
        NoSuchAppointment,
        AlreadyCancelled,
        Storage, // see detail: the database's message
    };
    Code code = Code::Storage;
    QString detail; // for logs and "Details…"

    // A plain sentence that says what to do, translatable (context "AppointmentError").
    [[nodiscard]] QString describe() const;
};

} // namespace rapport::app
