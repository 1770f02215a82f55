#pragma once

#include "app/threads/ThreadRecords.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace rapport::ui {

class MessageHitModel;
class ThreadListModel;

// The left pane of the inbox: search, which conversations to show, and the list — or, when it
// is empty, a sentence saying what will appear there. Up and Down in the search field move
// through the list, as in mail clients. While a search is typed, the messages whose words match
// are listed below the conversations (`hits`, optional).
class ThreadListPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadListPane)
public:
    explicit ThreadListPane(
        ThreadListModel *model, MessageHitModel *hits = nullptr, QWidget *parent = nullptr);
    ~ThreadListPane() override;

    // The member of staff "Mine" means; applying it reloads the list.
    void setStaffId(qint64 staffId);
    void setBox(app::ThreadFilter::Box box);
    [[nodiscard]] app::ThreadFilter::Box box() const;
    // Applies the typed search now instead of after the typing pause.
    void applyFilter();

    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QComboBox *boxChooser() const { return m_box; }
    [[nodiscard]] QListView *list() const { return m_list; }
    [[nodiscard]] QListView *hitList() const { return m_hitList; }
    // The heading over the message hits ("3 messages mention “frames”"), empty when hidden.
    [[nodiscard]] QString hitHeading() const;
    [[nodiscard]] QString emptyText() const;

    // Moves the selection one thread up (-1) or down (+1).
    void step(int by);
    // Selects the row of `threadId` if it is listed.
    bool select(qint64 threadId);

Q_SIGNALS:
    void threadActivated(qint64 threadId);
    // A message found by the search was chosen: show it in its conversation.
    void messageActivated(qint64 threadId, qint64 messageId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEmpty();
    void updateHits();

    ThreadListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_box;
    QStackedWidget *m_stack;
    QListView *m_list;
    QLabel *m_empty;
    MessageHitModel *m_hits;
    QSplitter *m_split;
    QWidget *m_hitPane;
    QLabel *m_hitHeading;
    QListView *m_hitList;
    QTimer *m_searchDelay;
    qint64 m_staffId = 0;
};

} // namespace rapport::ui
