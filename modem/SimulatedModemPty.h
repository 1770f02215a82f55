#pragma once

#include "modem/PseudoTerminal.h"
#include "modem/SimulatedModemSink.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace rapport::modem {

class SimulatedModem;

// Serves the simulated modem on the master side of a pseudo-terminal, so QSerialPort opens the
// slave (or the symlink to it) exactly like a USB modem: what `rapportctl modem simulate --link
// PATH` runs. disappear() closes the master, which the host's port sees as the device vanishing;
// reappear() creates a new pair behind the same symlink.
class SimulatedModemPty final : public QObject, public SimulatedModemSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedModemPty)
public:
    explicit SimulatedModemPty(SimulatedModem &modem, QObject *parent = nullptr);
    ~SimulatedModemPty() override;

    // Creates the pair; linkPath, when given, becomes a symlink to the slave. False with
    // errorString() set on failure.
    bool open(const QString &linkPath = QString());
    void close();
    [[nodiscard]] bool isOpen() const { return m_pty.isOpen(); }
    // /dev/pts/N: changes when the device reappears; the link path does not.
    [[nodiscard]] QString slavePath() const { return m_pty.slavePath(); }
    [[nodiscard]] QString linkPath() const { return m_linkPath; }
    [[nodiscard]] QString errorString() const { return m_pty.errorString(); }

    // SimulatedModemSink
    void sendToHost(const QByteArray &bytes) override;
    bool disappear() override;
    bool reappear() override;

Q_SIGNALS:
    // A new slave was created (open or reappear).
    void slavePathChanged(const QString &slavePath);

private:
    void onReadyRead();

    QPointer<SimulatedModem> m_modem;
    PseudoTerminal m_pty;
    QString m_linkPath;
};

} // namespace rapport::modem
