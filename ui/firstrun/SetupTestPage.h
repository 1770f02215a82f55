#pragma once

#include "app/messaging/MessageTypes.h"

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace rapport::ui {

class FirstRunWizard;

// First-run page 6: a test text to the owner's own mobile. Sending it stores the setup first
// (the owner sends it); the page then shows what the sending rules decided and follows the
// text until it is sent and delivered.
class SetupTestPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupTestPage)
public:
    explicit SetupTestPage(FirstRunWizard &wizard, QWidget *parent = nullptr);
    ~SetupTestPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    void sendTest();
    // A sentence in the status line (the setup could not be saved …).
    void showProblem(const QString &text);
    [[nodiscard]] qint64 messageId() const { return m_messageId; }
    [[nodiscard]] QString decisionText() const;
    [[nodiscard]] QString stateText() const;

Q_SIGNALS:
    void stateChanged(rapport::app::MessageState state);

private:
    void follow(qint64 messageId);
    [[nodiscard]] bool isDemo() const;
    void retry();

    FirstRunWizard &m_wizard;
    QLabel *m_intro;
    QPushButton *m_send;
    QPushButton *m_retry;
    QLabel *m_decision;
    QLabel *m_state;
    qint64 m_messageId = 0;
};

} // namespace rapport::ui
