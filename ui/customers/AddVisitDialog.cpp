#include "ui/customers/AddVisitDialog.h"

#include "app/customers/CustomerRepository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace rapport::ui {

AddVisitDialog::AddVisitDialog(
    app::CustomerRepository &customers, qint64 customerId, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_customers(customers)
    , m_customerId(customerId)
    , m_date(new QDateEdit(today, this))
    , m_amount(new QDoubleSpinBox(this))
    , m_note(new QLineEdit(this))
    , m_refusal(new QLabel(this))
{
    setObjectName(QStringLiteral("addVisitDialog"));
    setWindowTitle(tr("Add a visit"));
    setAccessibleName(windowTitle());
    m_date->setObjectName(QStringLiteral("visitDate"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    m_date->setAccessibleName(tr("Date of the visit"));
    m_amount->setObjectName(QStringLiteral("visitAmount"));
    m_amount->setRange(-1000000, 1000000);
    m_amount->setDecimals(2);
    m_amount->setAccessibleName(tr("Amount spent"));
    m_note->setObjectName(QStringLiteral("visitNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("What was done or bought (optional)"));
    m_refusal->setWordWrap(true);
    m_refusal->hide();

    auto *form = new QFormLayout;
    const auto row = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Date:"), m_date);
    row(tr("&Amount:"), m_amount);
    row(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the visit"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);
}

app::Visit AddVisitDialog::visit() const
{
    app::Visit v;
    v.customerId = m_customerId;
    v.visitedOn = m_date->date();
    v.amountCents = qint64(std::llround(m_amount->value() * 100.0));
    v.note = m_note->text().trimmed();
    return v;
}

bool AddVisitDialog::save()
{
    auto added = m_customers.addVisit(visit());
    if (!added) {
        m_refusal->setText(added.error().describe());
        m_refusal->show();
        return false;
    }
    Q_EMIT saved(m_customerId);
    return true;
}

} // namespace rapport::ui
