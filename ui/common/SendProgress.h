#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace rapport::ui {

// The status bar's progress of a batch of texts leaving: appears when texts queue up, counts
// them out ("Sending texts: 4 of 18"), and disappears when the queue is empty. Texts added
// meanwhile join the batch.
class SendProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendProgress)
public:
    explicit SendProgress(QWidget *parent = nullptr);

    // The number of texts waiting now.
    void setWaiting(int waiting);
    [[nodiscard]] int batchTotal() const { return m_total; }
    [[nodiscard]] int batchDone() const { return m_total - m_waiting; }
    [[nodiscard]] QString text() const;

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    int m_total = 0;
    int m_waiting = 0;
};

} // namespace rapport::ui
