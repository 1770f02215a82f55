#include "modem/SerialLink.h"

#include "modem/ModemLogging.h"
#include "modem/PortDiagnosis.h"

#include <QFileInfo>
#include <QSerialPort>

namespace rapport::modem {

SerialLink::SerialLink(QObject *parent)
    : QObject(parent)
    , m_port(new QSerialPort(this))
{
    connect(m_port, &QSerialPort::errorOccurred, this,
        [this](QSerialPort::SerialPortError error) { onError(int(error)); });
}

SerialLink::~SerialLink() = default;

Result<void, PortError> SerialLink::open(const QString &path, qint32 baudRate)
{
    close();
    m_path = path;
    m_port->setPortName(path);
    m_port->setBaudRate(baudRate);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port->open(QIODevice::ReadWrite)) {
        const auto qtError = m_port->error();
        const QString message = m_port->errorString();
        m_port->clearError();
        PortError error = PortDiagnosis::diagnose(PortDiagnosis::gather(path), qtError, message);
        qCInfo(lcModem) << "Cannot open" << path << int(error.kind) << message;
        return fail(error);
    }
    // Modems expect DTR before they answer on some USB serial bridges.
    m_port->setDataTerminalReady(true);
    qCInfo(lcModem) << "Opened" << path;
    return {};
}

void SerialLink::close()
{
    if (m_port->isOpen()) {
        m_port->close();
        qCInfo(lcModem) << "Closed" << m_path;
    }
    m_port->clearError();
}

bool SerialLink::isOpen() const
{
    return m_port->isOpen();
}

QIODevice *SerialLink::device() const
{
    return m_port;
}

void SerialLink::onError(int code)
{
    const auto error = QSerialPort::SerialPortError(code);
    // Only I/O failures mean the device is gone or broken. NoError comes from clearError(), and
    // UnsupportedOperationError from setting DTR on a pty or a bridge without modem lines.
    const bool fatal = error == QSerialPort::ResourceError || error == QSerialPort::ReadError
        || error == QSerialPort::WriteError || error == QSerialPort::UnknownError;
    if (!fatal || !m_port->isOpen())
        return;
    PortError lostError;
    lostError.path = m_path;
    lostError.detail = m_port->errorString();
    // A read error on a serial line means the other end hung up: a USB stick pulled out, a modem
    // resetting its USB interface, or the far side of a pty closing.
    const bool gone = error == QSerialPort::ResourceError || error == QSerialPort::ReadError
        || !QFileInfo::exists(m_path);
    lostError.kind = gone ? PortErrorKind::Vanished : PortErrorKind::Io;
    qCWarning(lcModem) << "Serial port" << m_path << "failed:" << lostError.detail
                       << "- closing it";
    close();
    Q_EMIT lost(lostError);
}

} // namespace rapport::modem
