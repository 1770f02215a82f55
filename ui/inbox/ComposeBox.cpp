#include "ui/inbox/ComposeBox.h"

#include "app/outbox/Outbox.h"
#include "app/staff/Actor.h"
#include "app/templates/TemplatePreview.h"
#include "app/templates/TemplateRepository.h"
#include "ui/inbox/BubblePainting.h"
#include "ui/inbox/ComposeCounter.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {

using app::MessagePurpose;

ComposeBox::ComposeBox(app::Outbox &outbox, app::SendChecker checker,
    app::TemplateRepository &templates, app::TemplatePreviewer &previewer,
    std::function<app::Actor()> actor, QWidget *parent)
    : QWidget(parent)
    , m_outbox(outbox)
    , m_checker(checker)
    , m_templates(templates)
    , m_previewer(previewer)
    , m_actor(std::move(actor))
    , m_editor(new QPlainTextEdit(this))
    , m_templateButton(new QToolButton(this))
    , m_templateMenu(new QMenu(m_templateButton))
    , m_purpose(new QComboBox(this))
    , m_counter(new QLabel(this))
    , m_encoding(new QLabel(this))
    , m_replace(new QPushButton(tr("Re&place"), this))
    , m_warning(new QFrame(this))
    , m_warningText(new QLabel(m_warning))
    , m_sendAnyway(new QPushButton(tr("Queue it anyway"), m_warning))
    , m_override(new QPushButton(tr("Reply anyway (opt-out override)"), m_warning))
    , m_keepEditing(new QPushButton(tr("Keep editing"), m_warning))
    , m_send(new QPushButton(tr("&Send"), this))
{
    m_templateButton->setText(tr("&Templates"));
    m_templateButton->setPopupMode(QToolButton::InstantPopup);
    m_templateButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_templateButton->setMenu(m_templateMenu);
    m_templateButton->setAccessibleName(tr("Templates and saved replies"));
    m_templateMenu->setToolTipsVisible(true);
    connect(m_templateMenu, &QMenu::aboutToShow, this, &ComposeBox::fillTemplateMenu);

    m_purpose->addItem(tr("Reply"), int(MessagePurpose::Reply));
    m_purpose->addItem(tr("Appointment or service"), int(MessagePurpose::Service));
    m_purpose->addItem(tr("Offer (marketing)"), int(MessagePurpose::Marketing));
    m_purpose->setAccessibleName(tr("Kind of text"));
    m_purpose->setToolTip(tr("Offers need the customer's consent to marketing and wait for the "
                             "sending hours; replies go at once."));

    m_counter->setAccessibleName(tr("Characters and texts"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_encoding->setWordWrap(true);
    m_encoding->setAccessibleName(tr("Why this text needs more parts"));
    m_replace->setAccessibleName(tr("Replace the characters that need UCS-2"));
    m_replace->setToolTip(tr("Swap typographic quotes, dashes and similar characters for plain "
                             "ones, so the text fits in fewer parts."));

    m_editor->setPlaceholderText(tr("Write a text…"));
    m_editor->setAccessibleName(tr("Text to send"));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    const QFontMetrics fm(m_editor->font());
    // Room for a text of three parts; the conversation keeps the rest of the height.
    m_editor->setMinimumHeight(fm.lineSpacing() * 2 + 12);
    m_editor->setMaximumHeight(fm.lineSpacing() * 4 + 12);

    m_send->setDefault(false);
    m_send->setAccessibleName(tr("Send the text"));
    m_send->setToolTip(
        tr("Send the text (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));

    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setAutoFillBackground(true);
    m_warning->setBackgroundRole(QPalette::ToolTipBase);
    m_warning->setForegroundRole(QPalette::ToolTipText);
    m_warningText->setWordWrap(true);
    m_warningText->setAccessibleName(tr("Before sending"));
    m_warningText->setForegroundRole(QPalette::ToolTipText);
    m_sendAnyway->setAccessibleName(tr("Queue the text to go when it is allowed"));
    m_override->setAccessibleName(tr("Send this reply although the customer opted out"));
    m_keepEditing->setAccessibleName(tr("Do not send yet"));
    auto *warningButtons = new QHBoxLayout;
    warningButtons->addStretch(1);
    warningButtons->addWidget(m_override);
    warningButtons->addWidget(m_sendAnyway);
    warningButtons->addWidget(m_keepEditing);
    auto *warningLayout = new QVBoxLayout(m_warning);
    warningLayout->setContentsMargins(10, 6, 10, 6);
    warningLayout->addWidget(m_warningText);
    warningLayout->addLayout(warningButtons);
    m_warning->hide();

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_templateButton);
    tools->addWidget(m_purpose);
    tools->addStretch(1);
    tools->addWidget(m_counter);
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encoding, 1);
    encodingRow->addWidget(m_replace);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_editor, 1);
    sendRow->addWidget(m_send, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(m_warning);
    layout->addLayout(tools);
    layout->addLayout(encodingRow);
    layout->addLayout(sendRow);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        hideWarning();
        updateCounter();
    });
    connect(m_purpose, &QComboBox::currentIndexChanged, this, &ComposeBox::hideWarning);
    connect(m_replace, &QPushButton::clicked, this, &ComposeBox::replaceCulprits);
    connect(m_send, &QPushButton::clicked, this, &ComposeBox::send);
    connect(m_sendAnyway, &QPushButton::clicked, this, [this] { enqueue(false); });
    connect(m_override, &QPushButton::clicked, this, [this] { enqueue(true); });
    connect(m_keepEditing, &QPushButton::clicked, this, [this] {
        hideWarning();
        m_editor->setFocus();
    });
    setTarget({});
}

ComposeBox::~ComposeBox() = default;

void ComposeBox::setTarget(const Target &target)
{
    const bool sameThread = target.threadId == m_target.threadId;
    m_target = target;
    setEnabled(target.threadId != 0);
    if (!sameThread) {
        m_editor->clear();
        setPurpose(MessagePurpose::Reply);
    }
    hideWarning();
    updateCounter();
}

MessagePurpose ComposeBox::purpose() const
{
    return MessagePurpose(m_purpose->currentData().toInt());
}

void ComposeBox::setPurpose(MessagePurpose purpose)
{
    m_purpose->setCurrentIndex(m_purpose->findData(int(purpose)));
}

QString ComposeBox::counterText() const
{
    return m_counter->text();
}

QString ComposeBox::encodingText() const
{
    return m_encoding->isHidden() ? QString() : m_encoding->text();
}

QString ComposeBox::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warningText->text();
}

QList<qsizetype> ComposeBox::highlightedPositions() const
{
    return m_highlighted;
}

void ComposeBox::updateCounter()
{
    const QString text = m_editor->toPlainText();
    const app::TextCount count = app::countText(text);
    const ComposeCounter words = ComposeCounter::describe(count);
    m_counter->setText(words.counter);
    m_counter->setToolTip(words.counterDetail);
    m_encoding->setText(words.encoding);
    m_encoding->setHidden(words.encoding.isEmpty());
    m_replace->setHidden(!words.canReplace);

    // Mark each character that forces UCS-2, in colours from the palette.
    QList<QTextEdit::ExtraSelection> marks;
    m_highlighted.clear();
    const QPalette &palette = m_editor->palette();
    QTextCharFormat format;
    format.setBackground(
        bubble::mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.45));
    format.setForeground(palette.color(QPalette::Text));
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(palette.color(QPalette::Highlight));
    for (const app::TextCount::Culprit &culprit : count.culprits) {
        for (const qsizetype position : culprit.positions) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_editor->document());
            mark.cursor.setPosition(int(position));
            mark.cursor.setPosition(
                int(position + culprit.character.size()), QTextCursor::KeepAnchor);
            mark.format = format;
            marks.append(mark);
            m_highlighted.append(position);
        }
    }
    m_editor->setExtraSelections(marks);
    m_send->setEnabled(!text.trimmed().isEmpty());
}

void ComposeBox::replaceCulprits()
{
    const QString text = m_editor->toPlainText();
    const QString replaced = app::withGsmReplacements(text);
    if (replaced == text)
        return;
    // One edit, so Ctrl+Z brings the original back.
    QTextCursor cursor(m_editor->document());
    const int position = m_editor->textCursor().position();
    cursor.select(QTextCursor::Document);
    cursor.insertText(replaced);
    QTextCursor restored = m_editor->textCursor();
    restored.setPosition(std::min(position, int(replaced.size())));
    m_editor->setTextCursor(restored);
}

void ComposeBox::send()
{
    const QString body = m_editor->toPlainText().trimmed();
    if (m_target.threadId == 0 || body.isEmpty())
        return;
    const app::SendCheck check = m_checker.check(
        m_target.threadId, m_target.customerId, m_target.phoneE164, body, purpose());
    if (check.sendsNow()) {
        enqueue(false);
        return;
    }
    using Verdict = app::PolicyDecision::Verdict;
    if (check.decision.verdict == Verdict::Hold) {
        showWarning(tr("This text would not go now: %1").arg(check.decision.reason), true, false);
    } else if (check.overrideOffered) {
        showWarning(tr("%1 They have written to you since, so you may answer this message by "
                       "hand; the override is recorded in your name.")
                        .arg(check.decision.reason),
            false, true);
    } else {
        showWarning(tr("This text cannot be sent: %1").arg(check.decision.reason), false, false);
    }
}

void ComposeBox::enqueue(bool overrideOptOut)
{
    app::OutgoingRequest request;
    request.phoneE164 = m_target.phoneE164;
    request.body = m_editor->toPlainText().trimmed();
    request.purpose = overrideOptOut ? MessagePurpose::Reply : purpose();
    request.origin = app::MessageOrigin::Manual;
    request.actor = m_actor ? m_actor() : app::Actor::system();
    request.overrideOptOut = overrideOptOut;
    request.preferredModemId = m_target.preferredModemId;
    const auto queued = m_outbox.enqueue(request);
    if (!queued) {
        showWarning(tr("The text was not saved: %1").arg(queued.error()), false, false);
        return;
    }
    hideWarning();
    m_editor->clear();
    m_editor->setFocus();
    Q_EMIT sent(queued->threadId, queued->messageId);
}

void ComposeBox::showWarning(const QString &text, bool offerSendAnyway, bool offerOverride)
{
    m_warningText->setText(text);
    m_sendAnyway->setVisible(offerSendAnyway);
    m_override->setVisible(offerOverride);
    m_warning->show();
    if (offerOverride)
        m_override->setFocus();
    else if (offerSendAnyway)
        m_sendAnyway->setFocus();
    else
        m_keepEditing->setFocus();
}

void ComposeBox::hideWarning()
{
    m_warning->hide();
}

void ComposeBox::fillTemplateMenu()
{
    m_templateMenu->clear();
    const auto stored = m_templates.list(false);
    if (!stored) {
        m_templateMenu->addAction(stored.error().describe())->setEnabled(false);
        return;
    }
    if (stored->isEmpty()) {
        m_templateMenu->addAction(tr("No templates yet — add them under Settings"))
            ->setEnabled(false);
        return;
    }
    for (const bool savedReplies : {true, false}) {
        m_templateMenu->addSection(savedReplies ? tr("Saved replies") : tr("Templates"));
        for (const app::StoredTemplate &each : *stored) {
            if (each.isSavedReply != savedReplies)
                continue;
            QAction *action = m_templateMenu->addAction(each.name);
            const auto preview = m_previewer.preview(each.body, m_target.customerId);
            action->setToolTip(preview ? preview->text : each.body);
            const qint64 id = each.id;
            connect(action, &QAction::triggered, this, [this, id] { insertTemplate(id); });
        }
    }
}

void ComposeBox::insertTemplate(qint64 templateId)
{
    const auto stored = m_templates.find(templateId);
    if (!stored) {
        showWarning(stored.error().describe(), false, false);
        return;
    }
    const auto preview = m_previewer.preview(stored->body, m_target.customerId);
    if (!preview) {
        showWarning(preview.error().describe(), false, false);
        return;
    }
    m_editor->textCursor().insertText(preview->text);
    if (stored->purpose != MessagePurpose::Reply)
        setPurpose(stored->purpose);
    m_editor->setFocus();
    if (preview->problem)
        showWarning(tr("Check the text before sending: %1").arg(preview->problem->describe()),
            false, false);
}

bool ComposeBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rapport::ui
