#pragma once

#include "app/customers/Customer.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace rapport::app {
class ConsentLedger;
class CustomerRepository;
} // namespace rapport::app

namespace rapport::ui {

class VisitListModel;

// The right-hand pane of the customers page: the chosen customer's details, consent per purpose,
// visit history, and the actions on them. It only asks; the page does the work.
class CustomerDetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDetailsPanel)
public:
    CustomerDetailsPanel(
        app::CustomerRepository &customers, app::ConsentLedger &consent, QWidget *parent = nullptr);

    // 0 shows the "choose a customer" hint. Re-reads the record, consent and visits.
    void showCustomer(qint64 customerId);
    void reload() { showCustomer(m_customer.id); }
    [[nodiscard]] const app::Customer &customer() const { return m_customer; }
    [[nodiscard]] VisitListModel *visits() const { return m_visits; }

Q_SIGNALS:
    void editRequested();
    void consentRequested();
    void addVisitRequested();
    void mergeRequested();
    void exportRequested();
    void eraseRequested();

private:
    QPushButton *button(const QString &text, const QString &name, const QString &objectName);
    void fillConsent();

    app::CustomerRepository &m_customers;
    app::ConsentLedger &m_consent;
    app::Customer m_customer;
    VisitListModel *m_visits;
    QStackedWidget *m_stack;
    QLabel *m_name = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_consentText = nullptr;
    QLabel *m_visitSummary = nullptr;
    QTableView *m_visitTable = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_erase = nullptr;
};

} // namespace rapport::ui
