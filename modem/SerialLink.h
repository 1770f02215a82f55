#pragma once

#include "modem/PortError.h"
#include "modem/Result.h"

#include <QObject>

class QIODevice;
class QSerialPort;

namespace rapport::modem {

// One open serial port. Closes itself on the first error: on Linux a vanished USB device or pty
// makes QSerialPort report ReadError in a tight loop while staying open, burning a core.
class SerialLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SerialLink)
public:
    explicit SerialLink(QObject *parent = nullptr);
    ~SerialLink() override;

    // `path` as typed: /dev/ttyUSB2, a udev symlink, or a pty such as /dev/pts/7.
    Result<void, PortError> open(const QString &path, qint32 baudRate = 115200);
    void close();

    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString path() const { return m_path; }
    // The byte stream for the AT channel; valid while open, owned by the link.
    [[nodiscard]] QIODevice *device() const;

Q_SIGNALS:
    // The port failed while open and has been closed; the reconnect policy decides what next.
    void lost(const rapport::modem::PortError &error);

private:
    void onError(int error);

    QSerialPort *m_port;
    QString m_path;
};

} // namespace rapport::modem
