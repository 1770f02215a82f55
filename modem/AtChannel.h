#pragma once

#include "modem/AtCommand.h"
#include "modem/AtFinalResultTable.h"
#include "modem/AtLineReader.h"
#include "modem/AtResponse.h"
#include "modem/AtUrcRegistry.h"
#include "modem/Clock.h"

#include <QIODevice>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace rapport::modem {

// The AT command channel (ARCHITECTURE.md, "The AT engine contract"): one command in flight,
// every line it does not claim dispatched as an unsolicited result code, a timeout on every
// command and a resynchronisation after each one, so a late reply is never taken for the next
// command's answer. Event-driven on readyRead and Clock timers; it never blocks.
//
// The device is not owned and must be open; the channel stops using it when it closes or is
// destroyed. Every enqueued command completes exactly once through its callback, except when the
// channel itself is destroyed: call close() first to fail what is pending. Callbacks and URC
// handlers may enqueue, cancel and close, but must not destroy the channel (use deleteLater()).
// With a device that answers synchronously from write() (test fakes), a callback can run before
// enqueue() returns.
class AtChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AtChannel)

public:
    using CommandId = quint64;
    using Callback = std::function<void(const AtResponse &)>;

    enum class Direction { ToModem, FromModem };
    Q_ENUM(Direction)

    struct Settings
    {
        // Consecutive timeouts (command timeouts, missing prompts, failed resyncs) after which
        // unresponsive() is emitted once; 0 never emits.
        int unresponsiveThreshold = 3;
        // Resynchronisation: "AT" probes, each with its own short timeout, and a quiet period
        // after the OK in which any further final result means the OK was a late reply. 0 attempts
        // turns resynchronisation off (for simulators that never answer late).
        int resyncAttempts = 3;
        std::chrono::milliseconds resyncProbeTimeout {1000};
        std::chrono::milliseconds resyncSettle {150};
        // How long a command with prefixedLineIsFinal waits for an OK after its prefixed line.
        std::chrono::milliseconds finalPrefixGrace {250};
        qsizetype maxLineLength = AtLineReader::DefaultMaxLineLength;
    };

    AtChannel(QIODevice *device, Clock &clock, QObject *parent = nullptr);
    ~AtChannel() override;

    void setSettings(const Settings &settings);
    [[nodiscard]] const Settings &settings() const { return m_settings; }

    // Queues a command; it is written when every command before it has finished. When the
    // channel is closed the callback runs at once with ChannelClosed.
    CommandId enqueue(AtCommand command, Callback callback = {});
    // A queued command is removed; the in-flight one is abandoned (ESC first when it waits for
    // the prompt) and the channel resynchronises. Its callback runs with Cancelled. False when
    // the id is unknown or already finished.
    bool cancel(CommandId id);

    // Bytes straight to the device, outside the queue: ESC to clear a half-typed AT+CMGS left by
    // a previous session. Usually followed by requestResync().
    void writeRaw(QByteArrayView bytes);
    // Resynchronises (AT until OK) before the next command, e.g. when a session starts.
    void requestResync();
    // Fails every pending command with ChannelClosed and stops using the device (it does not close
    // it: the device belongs to the caller). Final: a closed channel stays closed.
    void close();

    // URCs: see AtUrcRegistry. The registry may change at any time, also from a handler.
    AtUrcRegistry::HandlerId addUrcHandler(
        QByteArray prefix, AtUrcRegistry::Pdu pdu, AtUrcRegistry::Handler handler = {});
    bool removeUrcHandler(AtUrcRegistry::HandlerId id);
    // Final result codes; a vendor profile extends them at run time.
    [[nodiscard]] AtFinalResultTable &finalResults() { return m_finals; }

    [[nodiscard]] bool isOpen() const { return m_state != State::Closed; }
    // A command (or a resync probe) is in flight, or a resync is settling.
    [[nodiscard]] bool isBusy() const
    {
        return m_current.has_value() || m_state == State::Settling;
    }
    [[nodiscard]] qsizetype queuedCount() const { return qsizetype(m_queue.size()); }
    [[nodiscard]] int consecutiveTimeouts() const { return m_consecutiveTimeouts; }
    [[nodiscard]] quint64 overflowCount() const { return m_reader.overflowCount(); }

    // "AT+CMGS=23<CR>" style rendering of raw bytes for the wire-trace log.
    [[nodiscard]] static QByteArray printable(QByteArrayView bytes);

Q_SIGNALS:
    // Every byte written and read, for the lcModemAt trace (off by default: it carries numbers
    // and message bodies).
    void wireTrace(rapport::modem::AtChannel::Direction direction, const QByteArray &bytes);
    // Every line that matched a registered URC prefix, after its handlers ran; pdu is the claimed
    // PDU line, or empty when the URC has none or the PDU never came.
    void urcReceived(const QByteArray &line, const QByteArray &pdu);
    // A line nobody claimed: unknown unsolicited output, or a late reply drained after a timeout.
    void unhandledLine(const QByteArray &line);
    // A line longer than Settings::maxLineLength was dropped.
    void lineOverflow();
    // Emitted once when consecutiveTimeouts() reaches Settings::unresponsiveThreshold.
    void unresponsive(int consecutiveTimeouts);
    void resynchronised();
    // No probe got a clean OK; the queue carries on and counts this as one more timeout.
    void resyncFailed();
    void closed();

private:
    enum class State { Idle, WaitingPrompt, WaitingResponse, FinalGrace, Settling, Closed };

    struct Pending
    {
        CommandId id = 0;
        AtCommand command;
        Callback callback;
        bool probe = false; // an internal resync "AT"
    };

    struct PendingUrc
    {
        QByteArray prefix;
        QByteArray line;
    };

    void onReadyRead();
    void onReaderEvent(const AtLineReader::Event &event);
    void onLine(const QByteArray &line);
    void onCommandLine(const QByteArray &line);
    void onUnsolicitedLine(const QByteArray &line);
    void onPrompt();
    void onTimeout();

    bool consumeEcho(const QByteArray &line);
    bool commandClaims(const QByteArray &line) const;
    bool dispatchIfUrc(const QByteArray &line);
    void deliverUrc(const QByteArray &prefix, const QByteArray &line, const QByteArray &pdu);
    void flushPendingUrc();

    void pump();
    void start(Pending pending);
    void finish(AtResponse response);
    void finishWithFinal(const QByteArray &line, const AtFinalResultTable::Match &match);
    void countTimeout();
    void startResyncAttempt();
    void onProbeFinished(const AtResponse &response);
    void write(QByteArrayView bytes);

    QPointer<QIODevice> m_device;
    std::unique_ptr<Timer> m_timer;
    Settings m_settings;
    AtLineReader m_reader;
    AtFinalResultTable m_finals;
    AtUrcRegistry m_urcs;

    std::deque<Pending> m_queue;
    std::optional<Pending> m_current;
    AtResponse m_response; // what the in-flight command has collected so far
    QByteArray m_echoRemaining; // the part of our own output the modem may still echo
    std::optional<PendingUrc> m_urcAwaitingPdu;
    State m_state = State::Idle;
    CommandId m_lastId = 0;
    int m_consecutiveTimeouts = 0;
    int m_resyncAttempt = 0;
    bool m_commandPduPending = false;
    bool m_needsResync = false;
    bool m_reading = false;
    bool m_readAgain = false;
};

} // namespace rapport::modem
