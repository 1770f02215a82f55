#include "ui/inbox/BookAppointmentDialog.h"

#include "app/appointments/AppointmentBook.h"
#include "ui/common/ProblemNote.h"
#include "ui/common/TimeFormat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rapport::ui {

BookAppointmentDialog::BookAppointmentDialog(qint64 customerId, const QString &customerName,
    const QDateTime &now, Book book, QWidget *parent)
    : QDialog(parent)
    , m_customerId(customerId)
    , m_book(std::move(book))
    , m_date(new QDateEdit(this))
    , m_time(new QTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_what(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Book an appointment"));
    auto *intro
        = new QLabel(tr("Appointment for <b>%1</b>").arg(customerName.toHtmlEscaped()), this);

    m_date->setCalendarPopup(true);
    m_date->setDate(now.date().addDays(1));
    m_date->setMinimumDate(now.date());
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_date->setAccessibleName(tr("Day"));
    m_time->setTime(QTime(10, 0));
    m_time->setDisplayFormat(hoursAndMinutesFormat());
    m_time->setAccessibleName(tr("Time"));
    m_duration->setRange(
        app::AppointmentBook::minDurationMinutes, app::AppointmentBook::maxDurationMinutes);
    m_duration->setSingleStep(5);
    m_duration->setValue(30);
    m_duration->setSuffix(tr(" min"));
    m_duration->setAccessibleName(tr("How long, in minutes"));
    m_what->setMaxLength(app::AppointmentBook::maxWhatLength);
    m_what->setPlaceholderText(tr("Eye test, cut and colour, fitting…"));
    m_what->setAccessibleName(tr("What the appointment is for"));
    // Wide enough for the examples, in any language, so the hint is read whole.
    m_what->setMinimumWidth(
        m_what->fontMetrics().horizontalAdvance(m_what->placeholderText()) + 4 * 6);
    m_problem->setObjectName(QStringLiteral("bookingProblem"));
    makeProblemNote(m_problem); // as the inbox says a problem

    auto *form = new QFormLayout;
    form->addRow(tr("&Day:"), m_date);
    form->addRow(tr("&Time:"), m_time);
    form->addRow(tr("&Length:"), m_duration);
    form->addRow(tr("&For:"), m_what);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Book"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BookAppointmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BookAppointmentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_date->setFocus();
}

app::NewAppointment BookAppointmentDialog::request() const
{
    app::NewAppointment request;
    request.customerId = m_customerId;
    request.startsAt = QDateTime(m_date->date(), m_time->time());
    request.durationMinutes = m_duration->value();
    request.what = m_what->text();
    return request;
}

QString BookAppointmentDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void BookAppointmentDialog::accept()
{
    const auto booked = m_book(request());
    if (!booked) {
        // Stay open with what was typed, and say what to change.
        m_problem->setText(booked.error().describe());
        m_problem->show();
        return;
    }
    m_bookedId = *booked;
    QDialog::accept();
}

} // namespace rapport::ui
