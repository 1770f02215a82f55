#pragma once

#include <QWidget>

class QFrame;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace rapport::app {
struct ThreadSummary;
} // namespace rapport::app

namespace rapport::ui {

class ConversationListView;
class ConversationModel;

// The middle pane's upper part: who the conversation is with, its messages, and under them the
// detail of the selected message when it needs one ("Held until Mon 09:00 — quiet hours…",
// "Not sent: … [Retry]"). Clicking a state or moving to a message with the keyboard shows it.
class ConversationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)
public:
    explicit ConversationView(ConversationModel *model, QWidget *parent = nullptr);
    ~ConversationView() override;

    // The header for this thread (nothing: the "pick a conversation" state).
    void setThread(const app::ThreadSummary *thread);
    [[nodiscard]] ConversationListView *list() const { return m_list; }
    // Where the page puts the thread's actions (assign, close).
    [[nodiscard]] QHBoxLayout *headerActions() const { return m_actions; }
    [[nodiscard]] QString detailText() const;
    [[nodiscard]] QString emptyText() const;

Q_SIGNALS:
    void retryRequested(qint64 messageId);
    void cancelRequested(qint64 messageId);

private:
    void updateDetail();
    void updateEmpty();

    ConversationModel *m_model;
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_actions;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    ConversationListView *m_list;
    QFrame *m_detail;
    QLabel *m_detailText;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    qint64 m_detailMessage = 0;
    bool m_hasThread = false;
};

} // namespace rapport::ui
