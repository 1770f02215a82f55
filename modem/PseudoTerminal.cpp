#include "modem/PseudoTerminal.h"

#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace rapport::modem {

PseudoTerminal::PseudoTerminal(QObject *parent)
    : QIODevice(parent)
{ }

PseudoTerminal::~PseudoTerminal()
{
    close();
}

bool PseudoTerminal::create(const QString &linkPath)
{
#ifdef Q_OS_UNIX
    close();
    m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0) {
        setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        close();
        return false;
    }
    m_slavePath = QString::fromLocal8Bit(::ptsname(m_master));
    // Holding the slave open ourselves keeps the master from reporting EIO (and a busy loop of
    // read notifications) while no client is connected, like a modem that stays powered.
    m_slaveKeepAlive = ::open(QFile::encodeName(m_slavePath).constData(), O_RDWR | O_NOCTTY);
    // Raw mode on the line so bytes pass untouched (no echo, no CR/LF translation) until the
    // client configures the slave itself.
    struct termios attributes = {};
    if (::tcgetattr(m_master, &attributes) == 0) {
        ::cfmakeraw(&attributes);
        ::tcsetattr(m_master, TCSANOW, &attributes);
    }
    if (!linkPath.isEmpty()) {
        const QFileInfo existing(linkPath);
        if (existing.isSymLink())
            QFile::remove(linkPath);
        if (!QFile::link(m_slavePath, linkPath)) {
            setErrorString(QStringLiteral("cannot create the link %1").arg(linkPath));
            close();
            return false;
        }
        m_linkPath = linkPath;
    }
    m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PseudoTerminal::onReadable);
    QIODevice::open(QIODevice::ReadWrite | QIODevice::Unbuffered);
    return true;
#else
    Q_UNUSED(linkPath);
    setErrorString(QStringLiteral("pseudo-terminals need a Unix system"));
    return false;
#endif
}

qint64 PseudoTerminal::bytesAvailable() const
{
    return m_buffer.size() + QIODevice::bytesAvailable();
}

void PseudoTerminal::close()
{
    if (isOpen())
        QIODevice::close();
    delete m_notifier;
    m_notifier = nullptr;
#ifdef Q_OS_UNIX
    if (m_master >= 0)
        ::close(m_master);
    if (m_slaveKeepAlive >= 0)
        ::close(m_slaveKeepAlive);
#endif
    m_master = -1;
    m_slaveKeepAlive = -1;
    if (!m_linkPath.isEmpty() && QFileInfo(m_linkPath).isSymLink())
        QFile::remove(m_linkPath);
    m_linkPath.clear();
    m_buffer.clear();
}

qint64 PseudoTerminal::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_buffer.size());
    std::memcpy(data, m_buffer.constData(), size_t(n));
    m_buffer.remove(0, n);
    return n;
}

qint64 PseudoTerminal::writeData(const char *data, qint64 size)
{
#ifdef Q_OS_UNIX
    qint64 written = 0;
    while (written < size) {
        const ssize_t n = ::write(m_master, data + written, size_t(size - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            // EAGAIN: nobody drains the slave; drop rather than block the event loop, as a
            // modem's UART would overrun.
            break;
        }
        written += n;
    }
    return size;
#else
    Q_UNUSED(data);
    return size;
#endif
}

void PseudoTerminal::onReadable()
{
#ifdef Q_OS_UNIX
    char chunk[4096];
    bool got = false;
    for (;;) {
        const ssize_t n = ::read(m_master, chunk, sizeof chunk);
        if (n > 0) {
            m_buffer.append(chunk, n);
            got = true;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        // EAGAIN: drained. Anything else (EIO cannot happen while we hold the slave) would make
        // the notifier fire forever: stop listening instead of spinning.
        if (n == 0 || errno != EAGAIN) {
            m_notifier->setEnabled(false);
            setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        }
        break;
    }
    if (got)
        Q_EMIT readyRead();
#endif
}

} // namespace rapport::modem
