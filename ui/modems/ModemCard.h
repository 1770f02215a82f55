#pragma once

#include "app/desktop/ModemView.h"

#include <QFrame>

class QCheckBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace rapport::ui {

class SignalBars;

// One modem on the modem page: health, today's count against the SIM's cap, the queue, storage,
// the last problem in plain words with its fix, and the actions that apply to it.
class ModemCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModemCard)
public:
    explicit ModemCard(const app::ModemView &modem, QWidget *parent = nullptr);

    void show(const app::ModemView &modem);
    [[nodiscard]] QString modemId() const { return m_id; }
    void setWireLogChecked(bool checked);

Q_SIGNALS:
    void retryRequested(const QString &id);
    void removeRequested(const QString &id);
    void pinRequested(const QString &id);
    void wireLogToggled(const QString &id, bool on);

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &name);

    QString m_id;
    QLabel *m_title;
    QLabel *m_demoNote;
    QLabel *m_phase;
    SignalBars *m_bars;
    QLabel *m_signal;
    QLabel *m_operator;
    QLabel *m_network;
    QLabel *m_sim;
    QProgressBar *m_today;
    QLabel *m_queue;
    QLabel *m_storage;
    QLabel *m_device;
    QFrame *m_problemBox;
    QLabel *m_problem;
    QPushButton *m_retry;
    QPushButton *m_pin;
    QPushButton *m_remove;
    QCheckBox *m_wireLog;
};

} // namespace rapport::ui
