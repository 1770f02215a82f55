#pragma once

#include "app/appointments/AppointmentBook.h" // Result, through app/

#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace rapport::ui {

// Books an appointment for one customer from the inbox: day, time, how long, what for. The
// booking itself is `book` (the appointment book, in the signed-in member's name); a refusal
// ("that time has passed") is shown in the dialog, which stays open with what was typed.
class BookAppointmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookAppointmentDialog)
public:
    using Book = std::function<Result<qint64, app::AppointmentError>(const app::NewAppointment &)>;

    // `now` (local time) picks the first suggestion: tomorrow at 10:00.
    BookAppointmentDialog(qint64 customerId, const QString &customerName, const QDateTime &now,
        Book book, QWidget *parent = nullptr);

    // What the form holds now, as it would be booked (start in local time).
    [[nodiscard]] app::NewAppointment request() const;
    [[nodiscard]] qint64 bookedId() const { return m_bookedId; }
    [[nodiscard]] QString problemText() const;

    void accept() override;

private:
    qint64 m_customerId;
    Book m_book;
    qint64 m_bookedId = 0;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QSpinBox *m_duration;
    QLineEdit *m_what;
    QLabel *m_problem;
};

} // namespace rapport::ui
