#include "ui/customers/ConsentDialog.h"

#include "app/consent/ConsentLedger.h"
#include "app/consent/CounterConsentWording.h"
#include "app/phone/PhoneNumbers.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

QString purposeLabel(app::ConsentPurpose purpose)
{
    switch (purpose) {
    case app::ConsentPurpose::Marketing:
        return ConsentDialog::tr("News and offers");
    case app::ConsentPurpose::Service:
        return ConsentDialog::tr("Appointment reminders");
    case app::ConsentPurpose::Feedback:
        return ConsentDialog::tr("Feedback requests");
    }
    return {};
}

QLabel *quote(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(8);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    return label;
}

} // namespace

ConsentDialog::ConsentDialog(app::ConsentLedger &ledger, std::function<app::Actor()> actor,
    QString businessName, const app::Customer &customer, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_actor(std::move(actor))
    , m_businessName(std::move(businessName))
    , m_customer(customer)
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Record consent"));
    setAccessibleName(windowTitle());

    const QString number = customer.phoneE164.isEmpty()
        ? tr("no mobile number")
        : app::PhoneNumbers::formatNational(customer.phoneE164);
    auto *who = new QLabel(
        tr("<b>%1</b> · %2").arg(customer.displayName().toHtmlEscaped(), number.toHtmlEscaped()),
        this);

    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_purpose->setAccessibleName(tr("Texts about"));
    for (const app::ConsentPurpose p : {app::ConsentPurpose::Marketing,
             app::ConsentPurpose::Service, app::ConsentPurpose::Feedback})
        m_purpose->addItem(purposeLabel(p), int(p));
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("current"));
    m_current->setWordWrap(true);

    m_question = quote(this);
    m_question->setObjectName(QStringLiteral("question"));
    m_question->setAccessibleName(tr("Words to read to the customer"));

    m_yes = new QRadioButton(tr("&Yes, they agreed"), this);
    m_yes->setObjectName(QStringLiteral("agreed"));
    m_yes->setAccessibleName(tr("Yes, they agreed"));
    m_yes->setChecked(true);
    m_no = new QRadioButton(tr("N&o, they do not want these texts"), this);
    m_no->setObjectName(QStringLiteral("declined"));
    m_no->setAccessibleName(tr("No, they do not want these texts"));
    auto *answers = new QButtonGroup(this);
    answers->addButton(m_yes);
    answers->addButton(m_no);
    auto *answerBox = new QWidget(this);
    auto *answerLayout = new QVBoxLayout(answerBox);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    answerLayout->addWidget(m_yes);
    answerLayout->addWidget(m_no);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setAccessibleName(tr("How they answered"));
    for (const app::ConsentSource s : {app::ConsentSource::InPerson, app::ConsentSource::PaperForm})
        m_source->addItem(app::consentSourceName(s), int(s));

    m_send = new QCheckBox(tr("&Send them this confirmation text:"), this);
    m_send->setObjectName(QStringLiteral("sendConfirmation"));
    m_send->setAccessibleName(tr("Send the confirmation text"));
    m_send->setChecked(!customer.phoneE164.isEmpty());
    m_send->setEnabled(!customer.phoneE164.isEmpty());
    m_confirmation = quote(this);
    m_confirmation->setObjectName(QStringLiteral("confirmation"));
    m_confirmation->setAccessibleName(tr("Confirmation text"));

    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setWordWrap(true);
    m_refusal->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *purposeLabelWidget = new QLabel(tr("&Texts about:"), this);
    purposeLabelWidget->setBuddy(m_purpose);
    form->addRow(purposeLabelWidget, m_purpose);
    form->addRow(QString(), m_current);
    form->addRow(tr("Ask them:"), m_question);
    form->addRow(tr("Their answer:"), answerBox);
    auto *sourceLabel = new QLabel(tr("&Given:"), this);
    sourceLabel->setBuddy(m_source);
    form->addRow(sourceLabel, m_source);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_record = buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("record"));
    m_record->setAccessibleName(tr("Record consent"));
    m_record->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_record, &QPushButton::clicked, this, [this] {
        if (record())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addLayout(form);
    layout->addWidget(m_send);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_refusal);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_question->setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    connect(m_purpose, &QComboBox::currentIndexChanged, this, &ConsentDialog::updateTexts);
    connect(m_yes, &QRadioButton::toggled, this, &ConsentDialog::updateTexts);
    connect(m_send, &QCheckBox::toggled, m_confirmation, &QWidget::setEnabled);
    updateTexts();
}

app::ConsentPurpose ConsentDialog::purpose() const
{
    return app::ConsentPurpose(m_purpose->currentData().toInt());
}

app::ConsentAction ConsentDialog::action() const
{
    return m_yes->isChecked() ? app::ConsentAction::OptIn : app::ConsentAction::OptOut;
}

void ConsentDialog::setPurpose(app::ConsentPurpose purpose)
{
    m_purpose->setCurrentIndex(m_purpose->findData(int(purpose)));
}

void ConsentDialog::setAction(app::ConsentAction action)
{
    (action == app::ConsentAction::OptIn ? m_yes : m_no)->setChecked(true);
}

void ConsentDialog::setSource(app::ConsentSource source)
{
    m_source->setCurrentIndex(m_source->findData(int(source)));
}

void ConsentDialog::setSendConfirmation(bool send)
{
    m_send->setChecked(send && m_send->isEnabled());
}

QString ConsentDialog::wording() const
{
    return app::CounterConsentWording::question(purpose(), m_businessName);
}

QString ConsentDialog::confirmationText() const
{
    return app::CounterConsentWording::confirmation(purpose(), action(), m_businessName);
}

void ConsentDialog::updateTexts()
{
    m_question->setText(wording());
    m_confirmation->setText(confirmationText());
    m_confirmation->setEnabled(m_send->isChecked());
    m_refusal->hide();
    QString current = tr("Not asked yet.");
    if (auto state = m_ledger.current(m_customer.id)) {
        const app::ConsentDecision &decision = state->of(purpose());
        const QString when
            = QLocale().toString(decision.at.toLocalTime().date(), QLocale::ShortFormat);
        if (decision.status == app::ConsentStatus::OptedIn)
            current = tr("Now: opted in on %1 (%2).")
                          .arg(when, app::consentSourceName(decision.source));
        else if (decision.status == app::ConsentStatus::OptedOut)
            current = tr("Now: opted out on %1 (%2).")
                          .arg(when, app::consentSourceName(decision.source));
    }
    m_current->setText(current);
    // Another purpose has longer words: grow the dialog to them rather than cut them off.
    if (QLayout *box = layout()) {
        box->activate();
        const int needed = box->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
}

bool ConsentDialog::record()
{
    app::ConsentEvent event;
    event.customerId = m_customer.id;
    event.purpose = purpose();
    event.action = action();
    event.source = app::ConsentSource(m_source->currentData().toInt());
    event.wording = wording();
    event.wordingVersion = app::CounterConsentWording::wordingVersion();
    const bool send = m_send->isChecked() && !m_customer.phoneE164.isEmpty();
    if (send)
        event.confirmationText = confirmationText();
    auto written = m_ledger.record(m_actor(), event);
    if (!written) {
        m_refusal->setText(written.error().describe());
        m_refusal->show();
        return false;
    }
    Q_EMIT recorded(m_customer.id, *written);
    if (send)
        Q_EMIT confirmationTextRequested(
            m_customer.id, m_customer.phoneE164, event.confirmationText);
    return true;
}

} // namespace rapport::ui
