#include "ui/inbox/InboxPage.h"

#include "app/appointments/AppointmentBook.h"
#include "app/messaging/ClockNow.h"
#include "app/messaging/MessagingEvents.h"
#include "app/messaging/MessagingService.h"
#include "app/messaging/SendCheck.h"
#include "app/outbox/Outbox.h"
#include "app/policy/PolicyEngine.h"
#include "app/staff/Actor.h"
#include "app/staff/StaffDirectory.h"
#include "app/templates/TemplatePreview.h"
#include "app/threads/ThreadRepository.h"
#include "ui/UiLogging.h"
#include "ui/common/ProblemNote.h"
#include "ui/inbox/BookAppointmentDialog.h"
#include "ui/inbox/ComposeBox.h"
#include "ui/inbox/ConversationListView.h"
#include "ui/inbox/ConversationModel.h"
#include "ui/inbox/ConversationView.h"
#include "ui/inbox/CustomerPanel.h"
#include "ui/inbox/MessageHitModel.h"
#include "ui/inbox/ThreadListModel.h"
#include "ui/inbox/ThreadListPane.h"
#include "ui/inbox/ThreadNotes.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {

InboxPage::InboxPage(const InboxServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_previewer(std::make_unique<app::TemplatePreviewer>(
          services.database, services.region, services.businessName))
    , m_threadModel(new ThreadListModel(
          services.threads, services.messaging.events(), services.region,
          [clock = &services.clock] { return app::clockNow(*clock); }, this))
    , m_conversationModel(new ConversationModel(
          services.database, services.messaging.events(),
          [clock = &services.clock] { return app::clockNow(*clock); }, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_listPane(new ThreadListPane(m_threadModel,
          new MessageHitModel(
              services.threads, [clock = &services.clock] { return app::clockNow(*clock); }, this),
          m_splitter))
    , m_conversation(new ConversationView(m_conversationModel, this))
    , m_compose(new ComposeBox(services.messaging.outbox(),
          app::SendChecker(services.messaging.policy(), services.clock), services.templates,
          *m_previewer, services.actor, this))
    , m_customer(
          new CustomerPanel(services.customers, services.consent, services.appointments, this))
    , m_notes(new ThreadNotes(services.threads, services.actor, this))
    , m_assign(new QToolButton(this))
    , m_openClose(new QPushButton(this))
    , m_problem(new QLabel(this))
    , m_unreadDelay(new QTimer(this))
{
    setAccessibleName(tr("Inbox"));
    m_assign->setText(tr("&Assign"));
    m_assign->setPopupMode(QToolButton::InstantPopup);
    m_assign->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_assign->setAccessibleName(tr("Assign this conversation"));
    auto *assignMenu = new QMenu(m_assign);
    m_assign->setMenu(assignMenu);
    connect(assignMenu, &QMenu::aboutToShow, this, &InboxPage::fillAssignMenu);
    m_openClose->setAccessibleName(tr("Close or reopen this conversation"));
    connect(m_openClose, &QPushButton::clicked, this, [this] {
        const ThreadListModel &model = *m_threadModel;
        const app::ThreadSummary *thread = model.summaryAt(model.rowOf(m_threadId));
        const auto found = thread ? std::optional<app::ThreadSummary>(*thread)
                                  : m_services.threads.find(m_threadId).valueOr({});
        setCurrentOpen(found ? !found->isOpen : true);
    });
    m_conversation->headerActions()->addWidget(m_assign);
    m_conversation->headerActions()->addWidget(m_openClose);

    makeProblemNote(m_problem);

    auto *middle = new QWidget(m_splitter);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->setSpacing(0);
    middleLayout->addWidget(m_problem);
    middleLayout->addWidget(m_conversation, 1);
    middleLayout->addWidget(m_compose);

    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_customer->setRegion(services.region);
    sideLayout->addWidget(m_customer);
    sideLayout->addWidget(m_notes);
    sideLayout->addStretch(1);
    auto *sideScroll = new QScrollArea(m_splitter);
    sideScroll->setAccessibleName(tr("Customer details"));
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_splitter->addWidget(m_listPane);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(sideScroll);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({330, 630, 300});
    m_splitter->setChildrenCollapsible(false);
    m_listPane->setMinimumWidth(240);
    sideScroll->setMinimumWidth(240);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_listPane, &ThreadListPane::threadActivated, this, &InboxPage::showThread);
    connect(m_listPane, &ThreadListPane::messageActivated, this, &InboxPage::showMessage);
    connect(m_conversation, &ConversationView::retryRequested, this, [this](qint64 messageId) {
        const auto retried = m_services.messaging.outbox().retry(messageId, m_services.actor());
        if (!retried)
            showProblem(tr("The text could not be tried again: %1").arg(retried.error()));
    });
    connect(m_conversation, &ConversationView::cancelRequested, this, [this](qint64 messageId) {
        const auto cancelled = m_services.messaging.outbox().cancel(messageId, m_services.actor());
        if (!cancelled)
            showProblem(tr("The text could not be cancelled: %1").arg(cancelled.error()));
    });
    connect(m_compose, &ComposeBox::sent, this, [this] { m_problem->hide(); });
    connect(
        m_customer, &CustomerPanel::openCustomerRequested, this, &InboxPage::openCustomerRequested);
    connect(
        m_customer, &CustomerPanel::bookAppointmentRequested, this, &InboxPage::bookAppointment);
    connect(m_customer, &CustomerPanel::cancelAppointmentRequested, this,
        &InboxPage::cancelAppointment);
    connect(m_customer, &CustomerPanel::recordConsentRequested, this,
        &InboxPage::recordConsentRequested);
    connect(
        m_customer, &CustomerPanel::addCustomerRequested, this, &InboxPage::addCustomerRequested);

    app::MessagingEvents &events = services.messaging.events();
    connect(&events, &app::MessagingEvents::threadChanged, this, &InboxPage::onThreadEvent);
    connect(&events, &app::MessagingEvents::messageAdded, this,
        [this](qint64 threadId, qint64) { onThreadEvent(threadId); });
    connect(&events, &app::MessagingEvents::messageChanged, this,
        [this](qint64 threadId, qint64) { onThreadEvent(threadId); });
    m_unreadDelay->setSingleShot(true);
    m_unreadDelay->setInterval(100); // a burst of messages updates the count once
    connect(m_unreadDelay, &QTimer::timeout, this, &InboxPage::updateUnread);

    auto *search
        = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(search, &QShortcut::activated, this, [this] {
        m_listPane->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_listPane->searchField()->selectAll();
    });
    auto *previous = new QShortcut(
        QKeySequence(Qt::ALT | Qt::Key_Up), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, [this] { m_listPane->step(-1); });
    auto *next = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), this, nullptr, nullptr,
        Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, [this] { m_listPane->step(1); });

    setTabOrder(m_listPane->searchField(), m_listPane->boxChooser());
    setTabOrder(m_listPane->boxChooser(), m_listPane->list());
    setTabOrder(m_listPane->list(), m_conversation->list());
    setTabOrder(m_conversation->list(), m_compose->editor());

    actorChanged(); // loads the first page
    showThread(0);
    updateUnread();
}

InboxPage::~InboxPage() = default;

void InboxPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Start in the search field, not the list: a list taking focus opens (and marks read) its
    // first conversation, which nobody has looked at yet.
    if (!isAncestorOf(QApplication::focusWidget()))
        m_listPane->searchField()->setFocus(Qt::OtherFocusReason);
}

void InboxPage::actorChanged()
{
    const app::Actor actor = m_services.actor ? m_services.actor() : app::Actor::system();
    m_listPane->setStaffId(actor.staffId);
    if (m_threadId != 0)
        m_listPane->select(m_threadId);
}

bool InboxPage::openThread(qint64 threadId)
{
    if (m_listPane->select(threadId))
        return true;
    const auto found = m_services.threads.find(threadId);
    if (!found || !found->has_value())
        return false;
    showThread(threadId); // not in the list as filtered: open it all the same
    return true;
}

void InboxPage::showThread(qint64 threadId)
{
    if (threadId == m_threadId && threadId != 0)
        return;
    m_threadId = threadId;
    m_problem->hide();
    m_conversationModel->setThread(threadId);
    m_notes->setThread(threadId);
    refreshHeader();
    if (threadId != 0) {
        if (const auto read = m_services.threads.markRead(threadId); !read)
            qCWarning(lcUi) << "Cannot mark thread" << threadId << "read:" << read.error().detail;
    }
}

void InboxPage::setBusiness(const QString &region, const QString &businessName)
{
    m_services.region = region;
    m_services.businessName = businessName;
    m_previewer->setBusiness(region, businessName);
    m_threadModel->setRegion(region);
    m_customer->setRegion(region);
}

void InboxPage::bookAppointment(qint64 customerId)
{
    auto *dialog = new BookAppointmentDialog(
        customerId, m_customer->customerName(), app::clockNow(m_services.clock).toLocalTime(),
        [this](const app::NewAppointment &request) {
            return m_services.appointments.book(request, m_services.actor());
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_customer, &CustomerPanel::refresh);
    dialog->open();
}

void InboxPage::cancelAppointment(qint64 appointmentId)
{
    const QString when = m_customer->nextAppointmentText();
    const auto answer = QMessageBox::question(this, tr("Cancel the appointment?"),
        tr("Cancel %1's appointment on %2? Nothing is texted to them.")
            .arg(m_customer->customerName(), when),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (const auto cancelled = m_services.appointments.cancel(appointmentId, m_services.actor());
        !cancelled)
        showProblem(cancelled.error().describe());
    m_customer->refresh();
}

void InboxPage::showMessage(qint64 threadId, qint64 messageId)
{
    // Selecting the conversation in the list shows it; one the search hides is shown directly.
    if (!m_listPane->select(threadId))
        showThread(threadId);
    m_conversation->list()->showMessage(messageId);
}

void InboxPage::refreshHeader()
{
    std::optional<app::ThreadSummary> thread;
    if (m_threadId != 0) {
        const auto found = m_services.threads.find(m_threadId);
        if (found)
            thread = *found;
    }
    m_conversation->setThread(thread ? &*thread : nullptr);
    m_customer->setThread(thread ? &*thread : nullptr);
    ComposeBox::Target target;
    if (thread) {
        target.threadId = thread->threadId;
        target.customerId = thread->customerId;
        target.phoneE164 = thread->phoneE164;
        target.preferredModemId = m_conversationModel->lastIncomingModemId();
    }
    m_compose->setTarget(target);
    // Without a conversation there is nothing to write, assign or note: hide rather than grey.
    m_compose->setVisible(thread.has_value());
    m_notes->setVisible(thread.has_value());
    m_assign->setVisible(thread.has_value());
    m_openClose->setVisible(thread.has_value());
    m_openClose->setText(thread && !thread->isOpen ? tr("&Reopen") : tr("&Close"));
    m_openClose->setToolTip(thread && !thread->isOpen
            ? tr("Reopen this conversation")
            : tr("Close this conversation: it leaves the open list until the customer writes "
                 "again or someone reopens it"));
}

void InboxPage::onThreadEvent(qint64 threadId)
{
    m_unreadDelay->start();
    if (threadId != m_threadId || threadId == 0)
        return;
    // Reading it here counts as reading it: the customer's new text is on screen.
    if (isVisible())
        (void)m_services.threads.markRead(threadId);
    refreshHeader();
    m_notes->refresh();
}

void InboxPage::updateUnread()
{
    const auto total = m_services.threads.unreadTotal();
    if (!total || *total == m_unread)
        return;
    m_unread = *total;
    Q_EMIT unreadTotalChanged(m_unread);
}

void InboxPage::fillAssignMenu()
{
    QMenu *menu = m_assign->menu();
    menu->clear();
    const app::Actor actor = m_services.actor();
    if (actor.staffId != 0)
        menu->addAction(
            tr("Assign to me"), this, [this, id = actor.staffId] { assignCurrent(id); });
    menu->addAction(tr("Unassigned"), this, [this] { assignCurrent(std::nullopt); });
    menu->addSeparator();
    const auto staff = m_services.staff.list();
    if (!staff) {
        menu->addAction(staff.error().describe())->setEnabled(false);
        return;
    }
    for (const app::StaffMember &member : *staff)
        menu->addAction(member.name, this, [this, id = member.id] { assignCurrent(id); });
}

void InboxPage::assignCurrent(std::optional<qint64> staffId)
{
    if (m_threadId == 0)
        return;
    const auto assigned = m_services.threads.assign(m_threadId, staffId, m_services.actor());
    if (!assigned)
        showProblem(tr("The conversation was not assigned: %1").arg(assigned.error().describe()));
}

void InboxPage::setCurrentOpen(bool open)
{
    if (m_threadId == 0)
        return;
    const auto changed = m_services.threads.setOpen(m_threadId, open, m_services.actor());
    if (!changed)
        showProblem(open
                ? tr("The conversation was not reopened: %1").arg(changed.error().describe())
                : tr("The conversation was not closed: %1").arg(changed.error().describe()));
}

void InboxPage::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

QString InboxPage::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

} // namespace rapport::ui
