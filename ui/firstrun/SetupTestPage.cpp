#include "ui/firstrun/SetupTestPage.h"

#include "app/desktop/ModemHub.h"
#include "app/desktop/Workspace.h"
#include "app/messaging/MessagingEvents.h"
#include "app/messaging/MessagingService.h"
#include "app/outbox/Outbox.h"
#include "app/phone/PhoneNumbers.h"
#include "ui/firstrun/FirstRunWizard.h"
#include "ui/settings/SettingsForm.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

SetupTestPage::SetupTestPage(FirstRunWizard &wizard, QWidget *parent)
    : QWizardPage(parent)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_send(new QPushButton(tr("&Send the test text"), this))
    , m_retry(new QPushButton(tr("&Try again"), this))
    , m_decision(new QLabel(this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("testMessagePage"));
    setTitle(tr("A test text to your phone"));
    setSubTitle(tr("Check that texts reach a phone before your customers get any. Sending the "
                   "test saves your setup first; you can also click Finish without a test."));
    setFinalPage(true);
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_send->setObjectName(QStringLiteral("sendTest"));
    m_send->setAccessibleName(tr("Send the test text"));
    m_retry->setObjectName(QStringLiteral("retryTest"));
    m_retry->setAccessibleName(tr("Try sending the test text again"));
    m_retry->hide();
    m_decision->setObjectName(QStringLiteral("decision"));
    m_decision->setWordWrap(true);
    m_decision->setAccessibleName(tr("What the sending rules decided"));
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setWordWrap(true);
    m_state->setAccessibleName(tr("Where the test text is"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_decision);
    layout->addWidget(m_state);
    layout->addStretch(1);

    connect(m_send, &QPushButton::clicked, this, &SetupTestPage::sendTest);
    connect(m_retry, &QPushButton::clicked, this, &SetupTestPage::retry);
    app::MessagingEvents &events = wizard.workspace().messaging().events();
    const auto changed = [this](qint64, qint64 messageId) {
        if (messageId == m_messageId && m_messageId != 0)
            follow(messageId);
    };
    connect(&events, &app::MessagingEvents::messageChanged, this, changed);
    connect(&events, &app::MessagingEvents::messageAdded, this, changed);
}

SetupTestPage::~SetupTestPage() = default;

void SetupTestPage::initializePage()
{
    const QString mobile = m_wizard.ownerMobileE164();
    const QString modemId = m_wizard.modemId();
    QString intro;
    if (mobile.isEmpty()) {
        intro = tr("You did not give your mobile number. Go Back to add it, or click Finish to "
                   "start without a test.");
    } else if (modemId.isEmpty()) {
        intro = tr("No modem is connected, so the test text would wait in the outbox. Go Back to "
                   "connect one, or click Finish and add the modem later on the Modem page.");
    } else {
        const auto modem = m_wizard.workspace().modems().modem(modemId);
        const QString number = app::PhoneNumbers::formatInternational(mobile);
        intro = modem && modem->isDemo
            ? tr("Rapport sends a short text to your mobile, %1, through the demo modem. It will "
                 "not reach your phone: with the demo modem, messages do not leave this "
                 "computer.")
                  .arg(number)
            : tr("Rapport sends a short text to your mobile, %1, through %2.")
                  .arg(number, modem ? modem->label : modemId);
    }
    m_intro->setText(intro);
    m_send->setEnabled(!mobile.isEmpty() && !modemId.isEmpty() && m_messageId == 0);
}

bool SetupTestPage::isComplete() const
{
    return true; // Finish is always possible: the test is a check, not a step of the setup
}

void SetupTestPage::showProblem(const QString &text)
{
    m_state->setText(text);
}

QString SetupTestPage::decisionText() const
{
    return m_decision->text();
}

QString SetupTestPage::stateText() const
{
    return m_state->text();
}

void SetupTestPage::sendTest()
{
    QString error;
    if (!m_wizard.commit(&error)) {
        m_state->setText(error);
        return;
    }
    app::OutgoingRequest request;
    request.phoneE164 = m_wizard.ownerMobileE164();
    request.body = tr("This is a test text from Rapport for %1. If you can read it, texting "
                      "works.")
                       .arg(m_wizard.businessName());
    request.purpose = app::MessagePurpose::Reply;
    request.origin = app::MessageOrigin::Manual;
    request.actor = m_wizard.owner();
    request.templateKey = QStringLiteral("first_run_test");
    request.preferredModemId = m_wizard.modemId();
    const auto queued = m_wizard.workspace().messaging().outbox().enqueue(request);
    if (!queued) {
        m_state->setText(tr("The test text could not be sent: %1").arg(queued.error()));
        return;
    }
    m_send->setEnabled(false);
    m_decision->setText(tr("Your setup is saved. Sending rules: %1").arg(queued->decision.reason));
    m_messageId = queued->messageId;
    follow(m_messageId);
}

bool SetupTestPage::isDemo() const
{
    const auto modem = m_wizard.workspace().modems().modem(m_wizard.modemId());
    return modem && modem->isDemo;
}

void SetupTestPage::retry()
{
    if (m_messageId == 0)
        return;
    const auto again
        = m_wizard.workspace().messaging().outbox().retry(m_messageId, m_wizard.owner());
    if (!again)
        m_state->setText(again.error());
    follow(m_messageId);
}

void SetupTestPage::follow(qint64 messageId)
{
    // The test text is among the newest: the outbox lists newest first.
    const auto listed = m_wizard.workspace().messaging().outbox().list({std::nullopt, 20, 0});
    if (!listed)
        return;
    const auto found = std::find_if(listed->cbegin(), listed->cend(),
        [messageId](const app::OutboxEntry &entry) { return entry.id == messageId; });
    if (found == listed->cend())
        return;
    QString text;
    switch (found->state) {
    case app::MessageState::Queued:
        text = tr("Waiting for the modem to send it\u2026");
        break;
    case app::MessageState::Held:
        text = tr("Held: %1").arg(found->stateReason);
        break;
    case app::MessageState::Sending:
        text = tr("Sending\u2026");
        break;
    case app::MessageState::Sent:
        text = tr("Sent. Waiting for your phone to confirm it arrived\u2026");
        break;
    case app::MessageState::Delivered:
        text = isDemo() ? tr("Delivered by the demo modem (it did not leave this computer). "
                             "Rapport is ready: click Finish.")
                        : tr("Delivered to your phone. Rapport is ready: click Finish.");
        break;
    case app::MessageState::Failed:
        text = tr("Not sent: %1").arg(found->stateReason);
        break;
    case app::MessageState::Cancelled:
    case app::MessageState::Received:
        text = app::messageStateName(found->state);
        break;
    }
    m_state->setText(text);
    m_retry->setVisible(found->state == app::MessageState::Failed);
    Q_EMIT stateChanged(found->state);
}

} // namespace rapport::ui
