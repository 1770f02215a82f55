#pragma once

#include "app/customers/Visit.h"

#include <QDialog>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace rapport::app {
class CustomerRepository;
}

namespace rapport::ui {

// Records one visit or purchase for a customer: the day, the amount and a note.
class AddVisitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddVisitDialog)
public:
    AddVisitDialog(app::CustomerRepository &customers, qint64 customerId, QDate today,
        QWidget *parent = nullptr);

    [[nodiscard]] app::Visit visit() const;
    bool save();

Q_SIGNALS:
    void saved(qint64 customerId);

private:
    app::CustomerRepository &m_customers;
    qint64 m_customerId;
    QDateEdit *m_date;
    QDoubleSpinBox *m_amount;
    QLineEdit *m_note;
    QLabel *m_refusal;
};

} // namespace rapport::ui
