#pragma once

#include "app/desktop/PortScanner.h"

#include <QList>
#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace rapport::app {
class ModemHub;
struct ModemView;
} // namespace rapport::app

namespace rapport {
class Clock;
}

namespace rapport::ui {

// First-run page 5: the modem. The ports of this computer are probed (PortScanner) and listed
// with what answered; a port can also be typed, or the demo modem chosen (messages do not leave
// this computer), or the modem left for later. Connect adds it to the ModemHub and follows it
// until it is ready, asking for the SIM's PIN when the SIM wants one and saying in plain words
// what is wrong (port busy, no permission …) and what to do.
class SetupModemPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupModemPage)
public:
    enum class Choice { Detected, Typed, Demo, Later };

    SetupModemPage(app::ModemHub &hub, Clock &clock, QWidget *parent = nullptr);
    ~SetupModemPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] Choice choice() const;
    // The hub's id of the connected modem; empty when none (or set up later).
    [[nodiscard]] QString modemId() const { return m_modemId; }
    // Takes the modem added here off the hub again (the wizard was cancelled).
    void removeConnected();

private:
    void scan();
    void showPorts(const QList<app::PortCandidate> &ports);
    void connectChosen();
    void showModem();
    void choiceChanged();
    void showPortDetails();
    [[nodiscard]] QString pathChosen() const;

    app::ModemHub &m_hub;
    app::PortScanner m_scanner;
    QList<app::PortCandidate> m_ports;
    QButtonGroup *m_choices;
    QRadioButton *m_detected;
    QRadioButton *m_typed;
    QRadioButton *m_demo;
    QRadioButton *m_later;
    QListWidget *m_portList;
    QLabel *m_portDetails;
    QPushButton *m_rescan;
    QProgressBar *m_scanning;
    QLineEdit *m_path;
    QPushButton *m_connect;
    QLabel *m_status;
    QLineEdit *m_pin;
    QPushButton *m_unlock;
    QString m_modemId;
    bool m_scanned = false;
};

} // namespace rapport::ui
