#pragma once

#include "app/customers/CustomField.h"
#include "app/customers/Customer.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace rapport::app {
class CustomerRepository;
}

namespace rapport::ui {

class FieldMessage;
class PhoneNumberField;

// Adds or edits one customer. Every field is checked as it is typed (the number is formatted as
// typed and said to be valid or why not); Save stays disabled while anything is wrong. Fields
// the form does not show (language, time zone) keep their stored values.
class CustomerEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerEditor)
public:
    // `customer.id == 0` adds a new customer; `region` reads numbers without a country code.
    CustomerEditor(app::CustomerRepository &customers, const QString &region,
        const app::Customer &customer, QWidget *parent = nullptr);

    // The record as the form holds it now (not normalised).
    [[nodiscard]] app::Customer customer() const;
    // Whether the form has nothing that stops a save.
    [[nodiscard]] bool isAcceptable() const;
    // Stores the record; false (and the reason shown in the form) when it was refused.
    bool save();
    [[nodiscard]] qint64 savedId() const { return m_savedId; }

Q_SIGNALS:
    // After a successful save; `recordConsent` when "Save and record consent" was chosen.
    void saved(qint64 customerId, bool recordConsent);

private:
    void buildForm();
    void validate();
    void saveAndClose(bool recordConsent);
    void showRefusal(const QString &text);
    void growToFit();

    app::CustomerRepository &m_customers;
    QString m_region;
    app::Customer m_original;
    QList<app::CustomField> m_fields;
    qint64 m_savedId = 0;

    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    FieldMessage *m_nameMessage = nullptr;
    PhoneNumberField *m_mobile = nullptr;
    FieldMessage *m_mobileMessage = nullptr;
    QLineEdit *m_email = nullptr;
    FieldMessage *m_emailMessage = nullptr;
    QSpinBox *m_birthdayDay = nullptr;
    QComboBox *m_birthdayMonth = nullptr;
    QSpinBox *m_birthdayYear = nullptr;
    FieldMessage *m_birthdayMessage = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QHash<qint64, QLineEdit *> m_fieldEdits;
    QHash<qint64, FieldMessage *> m_fieldMessages;
    QLabel *m_refusal = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveAndConsent = nullptr;
};

} // namespace rapport::ui
