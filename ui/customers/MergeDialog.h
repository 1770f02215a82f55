#pragma once

#include "app/customers/Customer.h"
#include "app/staff/Actor.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace rapport::app {
class AuditLog;
class CustomerRepository;
} // namespace rapport::app

namespace rapport::ui {

// Folds a duplicate record into this customer (or this one into the duplicate): find the other
// record by name or number, choose which to keep, merge. The core checks the Merge permission
// and audits it.
class MergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeDialog)
public:
    MergeDialog(app::CustomerRepository &customers, app::AuditLog &audit,
        std::function<app::Actor()> actor, const app::Customer &current, QWidget *parent = nullptr);

    void search(const QString &text);
    // Chooses the other record among the search results; false when it is not listed.
    bool chooseOther(qint64 customerId);
    void setKeepCurrent(bool keepCurrent);
    bool merge();

Q_SIGNALS:
    void merged(qint64 keptId);

private:
    [[nodiscard]] qint64 otherId() const;
    void updateState();

    app::CustomerRepository &m_customers;
    app::AuditLog &m_audit;
    std::function<app::Actor()> m_actor;
    app::Customer m_current;
    QLineEdit *m_search;
    QListWidget *m_results;
    QRadioButton *m_keepCurrent;
    QRadioButton *m_keepOther;
    QLabel *m_refusal;
    QPushButton *m_merge = nullptr;
};

} // namespace rapport::ui
