#pragma once

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace rapport {
class Clock;
}

namespace rapport::app {
class PortScanner;
struct PortCandidate;
} // namespace rapport::app

namespace rapport::ui {

// What the user chose in AddModemDialog.
struct ModemChoice
{
    bool demo = false;
    QString port; // when not the demo modem
    QString pin; // optional; used once if the SIM asks
};

// Finds the serial ports, probes them and lets the user pick the modem (the recommended port
// first), type a path, or take the demo modem. Problems (port busy, permission denied) are
// shown under the port in plain words with the fix.
class AddModemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddModemDialog)
public:
    explicit AddModemDialog(Clock &clock, QWidget *parent = nullptr);
    ~AddModemDialog() override;

    [[nodiscard]] ModemChoice choice() const;
    // Starts probing the ports (done on show; tests call it directly).
    void scan();
    [[nodiscard]] bool isScanning() const;

    void accept() override;

private:
    void showPorts(const QList<app::PortCandidate> &ports);
    void updateButtons();

    std::unique_ptr<app::PortScanner> m_scanner;
    QRadioButton *m_useDetected;
    QListWidget *m_ports;
    QLabel *m_scanStatus;
    QPushButton *m_rescan;
    QRadioButton *m_useTyped;
    QLineEdit *m_path;
    QRadioButton *m_useDemo;
    QLineEdit *m_pin;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_scannedOnce = false;

protected:
    void showEvent(QShowEvent *event) override;
};

} // namespace rapport::ui
