#pragma once

#include "ui/inbox/InboxServices.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QSplitter;
class QTimer;
class QToolButton;

namespace rapport::app {
class TemplatePreviewer;
struct ThreadSummary;
} // namespace rapport::app

namespace rapport::ui {

class ComposeBox;
class ConversationModel;
class ConversationView;
class CustomerPanel;
class ThreadListModel;
class ThreadListPane;
class ThreadNotes;

// The conversation inbox: the thread list (search, filters) on the left, the open conversation
// with its compose box in the middle, and the customer with the thread's internal notes on the
// right. Assigning, closing and reopening act on the open thread.
//
// Keyboard: Ctrl+F searches, Up/Down in the list or the search field (and Alt+Up/Alt+Down
// anywhere on the page) move between threads, Ctrl+Enter in the compose box sends.
//
// Wiring (MainWindow): construct with the Workspace's services (see InboxServices); connect
// unreadTotalChanged to the navigation's count; the request signals to the pages that own those
// actions; call actorChanged() when someone else signs in (for "Assigned to me").
class InboxPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxPage)
public:
    explicit InboxPage(const InboxServices &services, QWidget *parent = nullptr);
    ~InboxPage() override;

    // Opens a conversation (from another page: "Text this customer"); false when it is not
    // there.
    bool openThread(qint64 threadId);
    [[nodiscard]] qint64 currentThreadId() const { return m_threadId; }
    // Re-reads who is signed in ("Assigned to me" follows them).
    void actorChanged();
    // The business profile was saved (Settings): the region reads numbers and picks the
    // currency, the name fills {business} in previews.
    void setBusiness(const QString &region, const QString &businessName);
    // What the page says about the last action that failed (empty when none).
    [[nodiscard]] QString problemText() const;

    // The parts, for tests and screenshots.
    [[nodiscard]] ThreadListModel *threadModel() const { return m_threadModel; }
    [[nodiscard]] ConversationModel *conversationModel() const { return m_conversationModel; }
    [[nodiscard]] ThreadListPane *threadList() const { return m_listPane; }
    [[nodiscard]] ConversationView *conversation() const { return m_conversation; }
    [[nodiscard]] ComposeBox *compose() const { return m_compose; }
    [[nodiscard]] CustomerPanel *customerPanel() const { return m_customer; }
    [[nodiscard]] ThreadNotes *notes() const { return m_notes; }
    [[nodiscard]] QPushButton *openCloseButton() const { return m_openClose; }
    [[nodiscard]] QToolButton *assignButton() const { return m_assign; }
    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }

    // Assigns the open thread (nothing: unassigned) / closes or reopens it.
    void assignCurrent(std::optional<qint64> staffId);
    void setCurrentOpen(bool open);

Q_SIGNALS:
    void unreadTotalChanged(qint64 unread);
    void openCustomerRequested(qint64 customerId);
    void recordConsentRequested(qint64 customerId);
    void addCustomerRequested(const QString &phoneE164);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showThread(qint64 threadId);
    void showMessage(qint64 threadId, qint64 messageId);
    void bookAppointment(qint64 customerId);
    void cancelAppointment(qint64 appointmentId);
    void onThreadEvent(qint64 threadId);
    void refreshHeader();
    void fillAssignMenu();
    void showProblem(const QString &text);
    void updateUnread();

    InboxServices m_services;
    std::unique_ptr<app::TemplatePreviewer> m_previewer;
    ThreadListModel *m_threadModel;
    ConversationModel *m_conversationModel;
    QSplitter *m_splitter;
    ThreadListPane *m_listPane;
    ConversationView *m_conversation;
    ComposeBox *m_compose;
    CustomerPanel *m_customer;
    ThreadNotes *m_notes;
    QToolButton *m_assign;
    QPushButton *m_openClose;
    QLabel *m_problem;
    QTimer *m_unreadDelay;
    qint64 m_threadId = 0;
    qint64 m_unread = -1;
};

} // namespace rapport::ui
