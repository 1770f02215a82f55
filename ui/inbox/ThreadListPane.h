#pragma once

#include "app/threads/ThreadRecords.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTimer;

namespace rapport::ui {

class ThreadListModel;

// The left pane of the inbox: search, which conversations to show, and the list — or, when it
// is empty, a sentence saying what will appear there. Up and Down in the search field move
// through the list, as in mail clients.
class ThreadListPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadListPane)
public:
    explicit ThreadListPane(ThreadListModel *model, QWidget *parent = nullptr);
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
    [[nodiscard]] QString emptyText() const;

    // Moves the selection one thread up (-1) or down (+1).
    void step(int by);
    // Selects the row of `threadId` if it is listed.
    bool select(qint64 threadId);

Q_SIGNALS:
    void threadActivated(qint64 threadId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEmpty();

    ThreadListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_box;
    QStackedWidget *m_stack;
    QListView *m_list;
    QLabel *m_empty;
    QTimer *m_searchDelay;
    qint64 m_staffId = 0;
};

} // namespace rapport::ui
