#pragma once

#include "app/consent/ConsentTypes.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace rapport::app {
class AppointmentBook;
class ConsentLedger;
class CustomerRepository;
struct ThreadSummary;
} // namespace rapport::app

namespace rapport::ui {

// The right-hand panel of the inbox: who this is — consent per purpose, the next appointment,
// tags, visits — and the quick actions (recording consent, booking or cancelling an appointment,
// opening the customer), which it only asks for by signal. For a number that is no customer it
// offers to add one.
class CustomerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerPanel)
public:
    CustomerPanel(app::CustomerRepository &customers, app::ConsentLedger &consent,
        app::AppointmentBook &appointments, QWidget *parent = nullptr);
    ~CustomerPanel() override;

    // Shows the thread's customer (nothing: an empty panel).
    void setThread(const app::ThreadSummary *thread);
    // Reads the customer and their consent again (after a message, a STOP, an edit elsewhere).
    void refresh();
    // The business's region: money is shown in its currency.
    void setRegion(const QString &region);

    [[nodiscard]] qint64 customerId() const { return m_customerId; }
    [[nodiscard]] QString customerName() const;
    // The next appointment in words ("Thu 14 Nov, 10:00 for 30 min — Eye test"), for tests.
    [[nodiscard]] QString nextAppointmentText() const;
    // What a consent row says ("Opted out 5 Jan 2026 (by text)"), for tests.
    [[nodiscard]] QString consentText(app::ConsentPurpose purpose) const;

    // One consent decision in words.
    [[nodiscard]] static QString describe(const app::ConsentDecision &decision);

Q_SIGNALS:
    void openCustomerRequested(qint64 customerId);
    void recordConsentRequested(qint64 customerId);
    void addCustomerRequested(const QString &phoneE164);
    void bookAppointmentRequested(qint64 customerId);
    void cancelAppointmentRequested(qint64 appointmentId);

private:
    void setName(const QString &name);
    void showNextAppointment();
    QLabel *addRow(QVBoxLayout *layout, const QString &heading);

    app::CustomerRepository &m_customers;
    app::ConsentLedger &m_consent;
    app::AppointmentBook &m_appointments;
    qint64 m_customerId = 0;
    QString m_region;
    QString m_phoneE164;
    QLabel *m_name;
    QLabel *m_number;
    QWidget *m_details;
    QHash<int, QLabel *> m_consentRows; // by int(ConsentPurpose)
    QLabel *m_nextAppointment;
    qint64 m_nextAppointmentId = 0;
    QLabel *m_tags;
    QLabel *m_visits;
    QLabel *m_problem;
    QPushButton *m_recordConsent;
    QPushButton *m_openCustomer;
    QPushButton *m_bookAppointment;
    QPushButton *m_cancelAppointment;
    QPushButton *m_addCustomer;
};

} // namespace rapport::ui
