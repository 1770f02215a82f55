#pragma once

#include <QIODevice>

class QSocketNotifier;

namespace rapport::modem {

// The master side of a pseudo-terminal pair as a QIODevice. The slave side (/dev/pts/N, optionally
// reachable through a symlink) is a real serial port to QSerialPort, so the simulated modem served
// here is driven exactly like a USB modem. Unix only.
class PseudoTerminal final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PseudoTerminal)
public:
    explicit PseudoTerminal(QObject *parent = nullptr);
    ~PseudoTerminal() override;

    // Creates the pair; `linkPath`, when given, becomes a symlink to the slave (replacing a
    // stale symlink, never a regular file). Returns false with errorString() set on failure.
    bool create(const QString &linkPath = QString());
    [[nodiscard]] QString slavePath() const { return m_slavePath; }
    [[nodiscard]] QString linkPath() const { return m_linkPath; }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void onReadable();

    int m_master = -1;
    int m_slaveKeepAlive = -1;
    QString m_slavePath;
    QString m_linkPath;
    QByteArray m_buffer;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace rapport::modem
