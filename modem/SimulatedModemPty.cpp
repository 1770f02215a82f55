#include "modem/SimulatedModemPty.h"

#include "modem/SimulatedModem.h"

namespace rapport::modem {

SimulatedModemPty::SimulatedModemPty(SimulatedModem &modem, QObject *parent)
    : QObject(parent)
    , m_modem(&modem)
{
    connect(&m_pty, &QIODevice::readyRead, this, &SimulatedModemPty::onReadyRead);
    modem.attach(this);
}

SimulatedModemPty::~SimulatedModemPty()
{
    // Another transport may have taken over the modem since.
    if (m_modem && m_modem->sink() == this)
        m_modem->attach(nullptr);
}

bool SimulatedModemPty::open(const QString &linkPath)
{
    m_linkPath = linkPath;
    if (!m_pty.create(linkPath))
        return false;
    Q_EMIT slavePathChanged(m_pty.slavePath());
    return true;
}

void SimulatedModemPty::close()
{
    m_pty.close();
}

void SimulatedModemPty::sendToHost(const QByteArray &bytes)
{
    // A pty is asynchronous by nature: the host reads these later from its own notifier.
    if (m_pty.isOpen())
        m_pty.write(bytes);
}

bool SimulatedModemPty::disappear()
{
    if (!m_pty.isOpen())
        return false;
    // Closing the master hangs the slave up; PseudoTerminal also removes the symlink, as udev
    // does when a stick is pulled.
    m_pty.close();
    return true;
}

bool SimulatedModemPty::reappear()
{
    if (m_pty.isOpen())
        return false;
    return open(m_linkPath);
}

void SimulatedModemPty::onReadyRead()
{
    const QByteArray bytes = m_pty.readAll();
    if (m_modem && !bytes.isEmpty())
        m_modem->receiveFromHost(bytes);
}

} // namespace rapport::modem
