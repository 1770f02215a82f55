#pragma once

#include "app/consent/ConsentTypes.h"
#include "app/customers/Customer.h"
#include "app/staff/Actor.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace rapport::app {
class ConsentLedger;
}

namespace rapport::ui {

// Records a customer's decision taken at the counter (or from a paper form): the exact words
// they were asked (CounterConsentWording, with its version), their answer, how it was given,
// and — when they have a number — the confirmation text with STOP / HELP that goes to their
// phone. The ledger stores all of it with the member of staff; the text itself is sent by whoever
// listens to confirmationTextRequested (the main window routes it to the outbox).
class ConsentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentDialog)
public:
    ConsentDialog(app::ConsentLedger &ledger, std::function<app::Actor()> actor,
        QString businessName, const app::Customer &customer, QWidget *parent = nullptr);

    void setPurpose(app::ConsentPurpose purpose);
    void setAction(app::ConsentAction action);
    void setSource(app::ConsentSource source);
    void setSendConfirmation(bool send);

    [[nodiscard]] QString wording() const;
    [[nodiscard]] QString confirmationText() const;
    // Writes the event; false (and the reason shown) when the ledger refused it.
    bool record();

Q_SIGNALS:
    void recorded(qint64 customerId, qint64 eventId);
    // The confirmation to text to `e164`; emitted after the event was recorded with it.
    void confirmationTextRequested(qint64 customerId, const QString &e164, const QString &text);

private:
    [[nodiscard]] app::ConsentPurpose purpose() const;
    [[nodiscard]] app::ConsentAction action() const;
    void updateTexts();

    app::ConsentLedger &m_ledger;
    std::function<app::Actor()> m_actor;
    QString m_businessName;
    app::Customer m_customer;

    QComboBox *m_purpose = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_question = nullptr;
    QRadioButton *m_yes = nullptr;
    QRadioButton *m_no = nullptr;
    QComboBox *m_source = nullptr;
    QCheckBox *m_send = nullptr;
    QLabel *m_confirmation = nullptr;
    QLabel *m_refusal = nullptr;
    QPushButton *m_record = nullptr;
};

} // namespace rapport::ui
