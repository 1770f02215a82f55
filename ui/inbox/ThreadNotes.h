#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace rapport::app {
class ThreadRepository;
struct Actor;
} // namespace rapport::app

namespace rapport::ui {

// Internal notes on a conversation: read by staff only, never texted. Oldest first, each with
// who wrote it and when.
class ThreadNotes final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadNotes)
public:
    ThreadNotes(app::ThreadRepository &threads, std::function<app::Actor()> actor,
        QWidget *parent = nullptr);
    ~ThreadNotes() override;

    void setThread(qint64 threadId);
    void refresh();
    [[nodiscard]] QLineEdit *input() const { return m_input; }
    [[nodiscard]] QStringList notes() const;
    // Adds what is typed as a note.
    void addNote();

private:
    app::ThreadRepository &m_threads;
    std::function<app::Actor()> m_actor;
    qint64 m_threadId = 0;
    QListWidget *m_list;
    QLineEdit *m_input;
    QPushButton *m_add;
    QLabel *m_problem;
};

} // namespace rapport::ui
