#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QIODevice>

#include <deque>

namespace rapport::test {

// A modem on the other end of a QIODevice, played by the test. say() delivers what the modem
// sends, in chunks of any size, emitting readyRead synchronously after each chunk; written() shows
// what the host sent. An optional script answers host writes on its own: once the host has written
// exactly the expected bytes, the canned reply is said from inside write(), which is also how the
// channel's re-entrancy is exercised.
class ScriptedModemDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedModemDevice)

public:
    explicit ScriptedModemDevice(QObject *parent = nullptr);
    ~ScriptedModemDevice() override;

    // chunkSize 0 delivers all bytes in one readyRead.
    void say(QByteArrayView bytes, qsizetype chunkSize = 0);

    // When the host has written `command` (e.g. "AT+CSQ\r"), reply with `reply`. Steps are
    // consumed in order; an empty reply stays silent (a timeout scenario).
    void expect(QByteArray command, QByteArray reply);
    void setReplyChunkSize(qsizetype chunkSize) { m_replyChunkSize = chunkSize; }
    [[nodiscard]] qsizetype pendingSteps() const { return qsizetype(m_steps.size()); }
    // Host output that did not match the next script step.
    [[nodiscard]] QByteArrayList unexpectedWrites() const { return m_unexpected; }

    [[nodiscard]] QByteArray written() const { return m_written; }
    QByteArray takeWritten();
    // Makes write() fail, as a serial port that was unplugged does.
    void setWritesFail(bool fail) { m_writesFail = fail; }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    struct Step
    {
        QByteArray command;
        QByteArray reply;
    };

    void runScript();

    QByteArray m_incoming;
    QByteArray m_written;
    QByteArray m_scriptInput;
    std::deque<Step> m_steps;
    QByteArrayList m_unexpected;
    qsizetype m_replyChunkSize = 0;
    bool m_writesFail = false;
};

} // namespace rapport::test
