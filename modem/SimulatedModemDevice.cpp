#include "modem/SimulatedModemDevice.h"

#include "modem/Clock.h"
#include "modem/SimulatedModem.h"

#include <algorithm>
#include <cstring>

namespace rapport::modem {

SimulatedModemDevice::SimulatedModemDevice(SimulatedModem &modem, Clock &clock, QObject *parent)
    : QIODevice(parent)
    , m_modem(&modem)
    , m_readyTimer(clock.createTimer())
{
    m_readyTimer->setSingleShot(true);
    connect(m_readyTimer.get(), &Timer::timeout, this, [this] {
        if (isOpen() && !m_fromModem.isEmpty())
            Q_EMIT readyRead();
    });
    QIODevice::open(QIODevice::ReadWrite | QIODevice::Unbuffered);
    modem.attach(this);
}

SimulatedModemDevice::~SimulatedModemDevice()
{
    // Another transport may have taken over the modem since.
    if (m_modem && m_modem->sink() == this)
        m_modem->attach(nullptr);
}

qint64 SimulatedModemDevice::bytesAvailable() const
{
    return m_fromModem.size() + QIODevice::bytesAvailable();
}

void SimulatedModemDevice::sendToHost(const QByteArray &bytes)
{
    if (!isOpen() || bytes.isEmpty())
        return;
    m_fromModem.append(bytes);
    if (!m_readyTimer->isActive())
        m_readyTimer->start(std::chrono::milliseconds(0));
}

bool SimulatedModemDevice::disappear()
{
    if (!isOpen())
        return false;
    m_readyTimer->stop();
    m_fromModem.clear();
    close();
    return true;
}

bool SimulatedModemDevice::reappear()
{
    if (isOpen())
        return false;
    return QIODevice::open(QIODevice::ReadWrite | QIODevice::Unbuffered);
}

qint64 SimulatedModemDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_fromModem.size());
    std::memcpy(data, m_fromModem.constData(), size_t(n));
    m_fromModem.remove(0, n);
    return n;
}

qint64 SimulatedModemDevice::writeData(const char *data, qint64 size)
{
    if (m_modem)
        m_modem->receiveFromHost(QByteArrayView(data, size));
    return size;
}

} // namespace rapport::modem
