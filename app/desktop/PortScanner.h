#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace rapport {
class Clock;
} // namespace rapport

namespace rapport::app {

// One serial port found on this computer, with what probing it showed, in plain words.
struct PortCandidate
{
    QString path; // "/dev/ttyUSB2"
    QString description; // "Huawei Technologies HUAWEI Mobile (interface 2)"
    bool answered = false; // a modem answered AT on it
    bool recommended = false; // the best port to use for this device
    QString modemName; // manufacturer and model when it answered
    QString problem; // why it cannot be used ("Another program is using this port.")
    QString fix; // what to do ("Close … or stop ModemManager: …")
};

// Lists the serial ports and probes each one (AT, identity) without disturbing a port that is
// in use; results arrive in finished(). Used by the first-run wizard and the Add modem dialog.
class PortScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortScanner)
public:
    explicit PortScanner(Clock &clock, QObject *parent = nullptr);
    ~PortScanner() override;

    // Every listed serial port that may answer AT (diagnostic and GPS ports are not touched).
    void scan();
    // One typed path (a pseudo-terminal, a port the catalogue does not list).
    void probePath(const QString &path);
    [[nodiscard]] bool isScanning() const;

Q_SIGNALS:
    void finished(const QList<rapport::app::PortCandidate> &ports);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rapport::app
