#include "ui/inbox/ConversationView.h"

#include "app/phone/PhoneNumbers.h"
#include "app/threads/ThreadRecords.h"
#include "ui/inbox/BubbleDelegate.h"
#include "ui/inbox/ConversationListView.h"
#include "ui/inbox/ConversationModel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace rapport::ui {

using Role = ConversationModel::Role;

ConversationView::ConversationView(ConversationModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_list(new ConversationListView(this))
    , m_detail(new QFrame(this))
    , m_detailText(new QLabel(m_detail))
    , m_retry(new QPushButton(tr("&Retry"), m_detail))
    , m_cancel(new QPushButton(tr("Cancel this text"), m_detail))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleName(tr("Conversation with"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setAccessibleName(tr("Their number"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(12, 8, 12, 8);
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(m_title);
    names->addWidget(m_subtitle);
    header->addLayout(names, 1);
    header->addLayout(m_actions);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_list->setConversationModel(model);
    m_list->setAccessibleName(tr("Messages"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);

    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setAutoFillBackground(true);
    m_detail->setBackgroundRole(QPalette::AlternateBase);
    m_detailText->setWordWrap(true);
    m_detailText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailText->setAccessibleName(tr("About the chosen message"));
    m_detailText->setAccessibleName(tr("About the selected text"));
    m_retry->setAccessibleName(tr("Retry sending the selected text"));
    m_cancel->setAccessibleName(tr("Cancel the selected text"));
    auto *detailLayout = new QHBoxLayout(m_detail);
    detailLayout->setContentsMargins(10, 6, 10, 6);
    detailLayout->addWidget(m_detailText, 1);
    detailLayout->addWidget(m_retry);
    detailLayout->addWidget(m_cancel);
    m_detail->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(rule);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_detail);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_detailMessage)
            Q_EMIT retryRequested(m_detailMessage);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_detailMessage)
            Q_EMIT cancelRequested(m_detailMessage);
    });
    connect(m_list->bubbles(), &BubbleDelegate::retryRequested, this,
        &ConversationView::retryRequested);
    connect(
        m_list->bubbles(), &BubbleDelegate::stateClicked, this, [this](const QModelIndex &index) {
            m_list->setCurrentIndex(index);
            updateDetail();
        });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ConversationView::updateDetail);
    connect(model, &QAbstractItemModel::dataChanged, this, &ConversationView::updateDetail);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateDetail();
        updateEmpty();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ConversationView::updateEmpty);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ConversationView::updateEmpty);
    setThread(nullptr);
}

ConversationView::~ConversationView() = default;

void ConversationView::setThread(const app::ThreadSummary *thread)
{
    m_hasThread = thread != nullptr;
    if (!thread) {
        m_title->setText(tr("No conversation open"));
        m_subtitle->clear();
    } else {
        m_title->setText(thread->displayName);
        QStringList about;
        const QString number = app::PhoneNumbers::formatNational(thread->phoneE164);
        if (number != thread->displayName)
            about << number;
        if (thread->customerId == 0)
            about << tr("not a customer yet");
        about << (thread->assigneeName.isEmpty() ? tr("unassigned")
                                                 : tr("assigned to %1").arg(thread->assigneeName));
        if (!thread->isOpen)
            about << tr("closed");
        m_subtitle->setText(about.join(QStringLiteral(" · ")));
    }
    m_title->setAccessibleName(m_title->text());
    updateEmpty();
}

QString ConversationView::emptyText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

QString ConversationView::detailText() const
{
    return m_detail->isVisible() ? m_detailText->text() : QString();
}

void ConversationView::updateEmpty()
{
    if (!m_hasThread) {
        m_empty->setText(tr("Pick a conversation on the left to read it and reply."));
        m_stack->setCurrentWidget(m_empty);
    } else if (m_model->rowCount() == 0) {
        m_empty->setText(m_model->loadError().isEmpty()
                ? tr("No messages in this conversation yet — write the first text below.")
                : m_model->loadError());
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_list);
    }
}

void ConversationView::updateDetail()
{
    const QModelIndex current = m_list->currentIndex();
    const int state = current.data(Role::StateRole).toInt();
    const bool explain = current.isValid() && !current.data(Role::IncomingRole).toBool()
        && (state == int(app::MessageState::Held) || state == int(app::MessageState::Failed)
            || state == int(app::MessageState::Queued));
    if (!explain) {
        m_detailMessage = 0;
        m_detail->hide();
        return;
    }
    m_detailMessage = current.data(Role::MessageIdRole).toLongLong();
    const QString detail = current.data(Role::StateDetailRole).toString();
    m_detailText->setText(state == int(app::MessageState::Held)
            ? detail // the policy's sentence names the state and the time itself
            : tr("%1 — %2").arg(current.data(Role::StateTextRole).toString(), detail));
    m_retry->setVisible(current.data(Role::CanRetryRole).toBool());
    m_cancel->setVisible(current.data(Role::CanCancelRole).toBool());
    m_detail->show();
}

} // namespace rapport::ui
