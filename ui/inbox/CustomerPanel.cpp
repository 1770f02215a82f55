#include "ui/inbox/CustomerPanel.h"

#include "app/appointments/AppointmentBook.h"
#include "ui/common/Money.h"
#include "ui/common/TimeFormat.h"

#include "app/consent/ConsentLedger.h"
#include "app/customers/CustomerRepository.h"
#include "app/phone/PhoneNumbers.h"
#include "app/threads/ThreadRecords.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

namespace {
constexpr int recentVisits = 3;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString localDate(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}
} // namespace

CustomerPanel::CustomerPanel(app::CustomerRepository &customers, app::ConsentLedger &consent,
    app::AppointmentBook &appointments, QWidget *parent)
    : QWidget(parent)
    , m_customers(customers)
    , m_consent(consent)
    , m_appointments(appointments)
    , m_name(new QLabel(this))
    , m_number(new QLabel(this))
    , m_details(new QWidget(this))
    , m_nextAppointment(nullptr)
    , m_tags(nullptr)
    , m_visits(nullptr)
    , m_problem(new QLabel(this))
    , m_recordConsent(new QPushButton(tr("Record consent…"), m_details))
    , m_openCustomer(new QPushButton(tr("Open customer"), m_details))
    , m_bookAppointment(new QPushButton(tr("Book appointment…"), m_details))
    , m_cancelAppointment(new QPushButton(tr("Cancel appointment…"), m_details))
    , m_addCustomer(new QPushButton(tr("Add as customer…"), this))
{
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_name->setFont(nameFont);
    m_name->setWordWrap(true);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_number->setAccessibleName(tr("Mobile number"));
    m_number->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setWordWrap(true);

    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(heading(tr("Consent"), m_details));
    // The purpose above its answer: a narrow panel and long translations both fit.
    for (const app::ConsentPurpose purpose : app::allConsentPurposes) {
        auto *name = new QLabel(app::consentPurposeName(purpose), m_details);
        name->setContentsMargins(8, 0, 0, 0);
        auto *value = new QLabel(m_details);
        value->setContentsMargins(16, 0, 0, 2);
        value->setObjectName(QStringLiteral("consent-") + app::consentPurposeKey(purpose));
        value->setAccessibleName(tr("Consent to %1").arg(app::consentPurposeName(purpose)));
        name->setBuddy(value);
        details->addWidget(name);
        details->addWidget(value);
        m_consentRows.insert(int(purpose), value);
    }
    details->addSpacing(6);
    m_nextAppointment = addRow(details, tr("Next appointment"));
    m_tags = addRow(details, tr("Tags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_visits = addRow(details, tr("Visits"));
    m_visits->setAccessibleName(tr("Visits"));
    details->addSpacing(6);
    m_recordConsent->setAccessibleName(tr("Record consent for this customer"));
    m_openCustomer->setAccessibleName(tr("Open this customer's record"));
    m_bookAppointment->setAccessibleName(tr("Book an appointment for this customer"));
    m_bookAppointment->setObjectName(QStringLiteral("bookAppointment"));
    m_cancelAppointment->setAccessibleName(tr("Cancel the next appointment"));
    details->addWidget(m_recordConsent);
    details->addWidget(m_bookAppointment);
    details->addWidget(m_cancelAppointment);
    details->addWidget(m_openCustomer);

    m_addCustomer->setAccessibleName(tr("Add this number as a customer"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_name);
    layout->addWidget(m_number);
    layout->addSpacing(8);
    layout->addWidget(m_problem);
    layout->addWidget(m_details);
    layout->addWidget(m_addCustomer);
    layout->addStretch(1);

    connect(m_recordConsent, &QPushButton::clicked, this,
        [this] { Q_EMIT recordConsentRequested(m_customerId); });
    connect(m_openCustomer, &QPushButton::clicked, this,
        [this] { Q_EMIT openCustomerRequested(m_customerId); });
    connect(m_bookAppointment, &QPushButton::clicked, this,
        [this] { Q_EMIT bookAppointmentRequested(m_customerId); });
    connect(m_cancelAppointment, &QPushButton::clicked, this,
        [this] { Q_EMIT cancelAppointmentRequested(m_nextAppointmentId); });
    connect(m_addCustomer, &QPushButton::clicked, this,
        [this] { Q_EMIT addCustomerRequested(m_phoneE164); });
    setThread(nullptr);
}

CustomerPanel::~CustomerPanel() = default;

QLabel *CustomerPanel::addRow(QVBoxLayout *layout, const QString &title)
{
    layout->addWidget(heading(title, m_details));
    auto *value = new QLabel(m_details);
    value->setContentsMargins(8, 0, 0, 0);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wrapped, not widened: a long visit note or tag list must not push the panel off screen.
    value->setWordWrap(true);
    value->setAccessibleName(title);
    layout->addWidget(value);
    return value;
}

QString CustomerPanel::describe(const app::ConsentDecision &decision)
{
    const QString how = decision.eventId != 0 && decision.source == app::ConsentSource::Keyword
        ? tr(" (by text)")
        : QString();
    switch (decision.status) {
    case app::ConsentStatus::OptedIn:
        return tr("✓ Yes, since %1").arg(localDate(decision.at)) + how;
    case app::ConsentStatus::OptedOut:
        return tr("✗ Opted out %1").arg(localDate(decision.at)) + how;
    case app::ConsentStatus::Unknown:
        break;
    }
    return tr("Not asked yet");
}

void CustomerPanel::setName(const QString &name)
{
    m_name->setText(name);
    m_name->setAccessibleName(name);
}

QString CustomerPanel::consentText(app::ConsentPurpose purpose) const
{
    const QLabel *row = m_consentRows.value(int(purpose));
    return row ? row->text() : QString();
}

void CustomerPanel::setThread(const app::ThreadSummary *thread)
{
    m_customerId = thread ? thread->customerId : 0;
    m_phoneE164 = thread ? thread->phoneE164 : QString();
    if (!thread) {
        setName({});
        m_number->clear();
        m_problem->setText(tr("The customer's consent, appointments, tags and visits appear "
                              "here when you open a conversation."));
        m_problem->show();
        m_details->hide();
        m_addCustomer->hide();
        return;
    }
    setName(thread->displayName);
    const QString number = app::PhoneNumbers::formatNational(thread->phoneE164);
    m_number->setText(number == thread->displayName ? QString() : number);
    m_number->setHidden(m_number->text().isEmpty());
    refresh();
}

void CustomerPanel::refresh()
{
    if (m_phoneE164.isEmpty())
        return;
    if (m_customerId == 0) {
        m_problem->setText(tr("This number is not in your customer list. Add it to keep "
                              "their consent, visits and notes together."));
        m_problem->show();
        m_details->hide();
        m_addCustomer->show();
        return;
    }
    m_addCustomer->hide();
    const auto customer = m_customers.findById(m_customerId);
    const auto consent = m_consent.current(m_customerId);
    if (!customer || !consent) {
        m_problem->setText(tr("This customer's record cannot be read just now. Try again in a "
                              "moment; if it keeps happening, restart Rapport."));
        m_problem->show();
        m_details->hide();
        return;
    }
    m_problem->hide();
    m_details->show();
    setName(customer->displayName());
    for (const app::ConsentPurpose purpose : app::allConsentPurposes)
        m_consentRows.value(int(purpose))->setText(describe(consent->of(purpose)));
    m_tags->setText(
        customer->tags.isEmpty() ? tr("No tags") : customer->tags.join(QStringLiteral(", ")));
    showNextAppointment();

    auto visits = m_customers.visits(m_customerId);
    if (!visits || visits->isEmpty()) {
        m_visits->setText(tr("No visits recorded"));
        return;
    }
    std::sort(visits->begin(), visits->end(),
        [](const app::Visit &a, const app::Visit &b) { return a.visitedOn > b.visitedOn; });
    qint64 spent = 0;
    for (const app::Visit &visit : std::as_const(*visits))
        spent += visit.amountCents;
    const QLocale locale;
    QStringList lines {tr("%n visit(s), %1 in total", nullptr, int(visits->size()))
                           .arg(Money::text(spent, m_region))};
    for (int i = 0; i < std::min<qsizetype>(recentVisits, visits->size()); ++i) {
        const app::Visit &visit = visits->at(i);
        QString line = tr("%1 — %2").arg(locale.toString(visit.visitedOn, QLocale::ShortFormat),
            Money::text(visit.amountCents, m_region));
        if (!visit.note.isEmpty()) {
            // Short: the panel is narrow, and the whole note is one click away (Open customer).
            constexpr int noteLength = 24;
            const QString note = visit.note.size() > noteLength
                ? visit.note.left(noteLength - 1).trimmed() + QChar(0x2026)
                : visit.note;
            line += tr(" — %1").arg(note);
        }
        lines << line;
    }
    m_visits->setText(lines.join(QLatin1Char('\n')));
}

QString CustomerPanel::customerName() const
{
    return m_name->text();
}

QString CustomerPanel::nextAppointmentText() const
{
    return m_nextAppointment->text();
}

void CustomerPanel::showNextAppointment()
{
    m_nextAppointmentId = 0;
    const auto next = m_appointments.next(m_customerId);
    if (!next) {
        m_nextAppointment->setText(next.error().describe());
    } else if (!next->has_value()) {
        m_nextAppointment->setText(tr("None booked"));
    } else {
        const app::Appointment &appointment = **next;
        m_nextAppointmentId = appointment.id;
        // In this computer's time, like the conversation.
        const QLocale locale;
        const QDateTime at = appointment.startsAt.toLocalTime();
        const QString day
            = locale.toString(at.date(), tr("ddd d MMM yyyy", "date format: an appointment's day"));
        QString text = tr("%1, %2 for %n min", nullptr, appointment.durationMinutes)
                           .arg(day, locale.toString(at.time(), hoursAndMinutesFormat()));
        if (!appointment.what.isEmpty())
            text += tr(" — %1").arg(appointment.what);
        m_nextAppointment->setText(text);
    }
    m_cancelAppointment->setVisible(m_nextAppointmentId != 0);
}

void CustomerPanel::setRegion(const QString &region)
{
    m_region = region;
    refresh();
}

} // namespace rapport::ui
