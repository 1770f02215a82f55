#include "ScriptedModemDevice.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace rapport::test {

ScriptedModemDevice::ScriptedModemDevice(QObject *parent)
    : QIODevice(parent)
{
    // Unbuffered: every say() is visible to the reader at once, as on a serial port.
    open(QIODevice::ReadWrite | QIODevice::Unbuffered);
}

ScriptedModemDevice::~ScriptedModemDevice() = default;

void ScriptedModemDevice::say(QByteArrayView bytes, qsizetype chunkSize)
{
    if (chunkSize <= 0)
        chunkSize = std::max<qsizetype>(bytes.size(), 1);
    for (qsizetype offset = 0; offset < bytes.size(); offset += chunkSize) {
        if (!isOpen())
            return;
        m_incoming.append(bytes.sliced(offset, std::min(chunkSize, bytes.size() - offset)));
        Q_EMIT readyRead();
    }
}

void ScriptedModemDevice::expect(QByteArray command, QByteArray reply)
{
    m_steps.push_back(Step {std::move(command), std::move(reply)});
}

QByteArray ScriptedModemDevice::takeWritten()
{
    return std::exchange(m_written, QByteArray());
}

qint64 ScriptedModemDevice::bytesAvailable() const
{
    return m_incoming.size() + QIODevice::bytesAvailable();
}

qint64 ScriptedModemDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_incoming.size());
    if (n > 0) {
        std::memcpy(data, m_incoming.constData(), size_t(n));
        m_incoming.remove(0, n);
    }
    return n;
}

qint64 ScriptedModemDevice::writeData(const char *data, qint64 size)
{
    if (m_writesFail)
        return -1;
    m_written.append(data, size);
    m_scriptInput.append(data, size);
    runScript();
    return size;
}

void ScriptedModemDevice::runScript()
{
    if (m_steps.empty()) {
        m_scriptInput.clear();
        return;
    }
    while (!m_steps.empty() && !m_scriptInput.isEmpty()) {
        const Step &step = m_steps.front();
        if (m_scriptInput.startsWith(step.command)) {
            m_scriptInput.remove(0, step.command.size());
            const QByteArray reply = step.reply;
            m_steps.pop_front();
            say(reply, m_replyChunkSize);
            continue;
        }
        // Still typing the expected command: wait for the rest.
        if (step.command.startsWith(m_scriptInput))
            return;
        m_unexpected.append(std::exchange(m_scriptInput, QByteArray()));
        return;
    }
}

} // namespace rapport::test
