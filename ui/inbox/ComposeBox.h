#pragma once

#include "app/messaging/MessageTypes.h"
#include "app/messaging/SendCheck.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QFrame;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace rapport::app {
class Outbox;
class TemplatePreviewer;
class TemplateRepository;
struct Actor;
} // namespace rapport::app

namespace rapport::ui {

// Writing a text in a conversation: the live counter ("72 / 1 text"; "UCS-2: 3 parts because of
// ’ — replace with '") with the characters that force UCS-2 highlighted and a one-click
// replacement where one exists; templates and saved replies filled in for this customer; and a
// check before anything is stored — quiet hours, missing consent, an opt-out — shown inline with
// the policy's reason and, when the rules allow a staff reply to override an opt-out, that
// override as an explicit button. Ctrl+Enter sends.
class ComposeBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposeBox)
public:
    struct Target
    {
        qint64 threadId = 0; // 0: nothing to write to (the box is disabled)
        qint64 customerId = 0;
        QString phoneE164;
        QString preferredModemId; // the SIM the customer last wrote to
    };

    ComposeBox(app::Outbox &outbox, app::SendChecker checker, app::TemplateRepository &templates,
        app::TemplatePreviewer &previewer, std::function<app::Actor()> actor,
        QWidget *parent = nullptr);
    ~ComposeBox() override;

    void setTarget(const Target &target);
    void setPreferredModem(const QString &modemId) { m_target.preferredModemId = modemId; }
    [[nodiscard]] QPlainTextEdit *editor() const { return m_editor; }
    [[nodiscard]] app::MessagePurpose purpose() const;
    void setPurpose(app::MessagePurpose purpose);

    // What the box shows, for tests and accessibility.
    [[nodiscard]] QString counterText() const;
    [[nodiscard]] QString encodingText() const;
    [[nodiscard]] QString warningText() const;
    [[nodiscard]] QList<qsizetype> highlightedPositions() const;
    [[nodiscard]] QPushButton *replaceButton() const { return m_replace; }
    [[nodiscard]] QPushButton *overrideButton() const { return m_override; }
    [[nodiscard]] QPushButton *sendAnywayButton() const { return m_sendAnyway; }

    // Checks and, when the policy lets it go now, sends (Ctrl+Enter, the Send button).
    void send();
    // Replaces every character that has a GSM 7-bit stand-in.
    void replaceCulprits();
    // Puts a template, filled in for this customer, at the cursor.
    void insertTemplate(qint64 templateId);

Q_SIGNALS:
    void sent(qint64 threadId, qint64 messageId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCounter();
    void enqueue(bool overrideOptOut);
    void showWarning(const QString &text, bool offerSendAnyway, bool offerOverride);
    void hideWarning();
    void fillTemplateMenu();

    app::Outbox &m_outbox;
    app::SendChecker m_checker;
    app::TemplateRepository &m_templates;
    app::TemplatePreviewer &m_previewer;
    std::function<app::Actor()> m_actor;
    Target m_target;
    QPlainTextEdit *m_editor;
    QToolButton *m_templateButton;
    QMenu *m_templateMenu;
    QComboBox *m_purpose;
    QLabel *m_counter;
    QLabel *m_encoding;
    QPushButton *m_replace;
    QFrame *m_warning;
    QLabel *m_warningText;
    QPushButton *m_sendAnyway;
    QPushButton *m_override;
    QPushButton *m_keepEditing;
    QPushButton *m_send;
    QList<qsizetype> m_highlighted;
};

} // namespace rapport::ui
