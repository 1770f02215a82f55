#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>

namespace rapport::modem {

// Splits the byte stream of a modem into lines and "> " prompts.
//
// Pure on purpose: no QObject, no event loop, no I/O, so the same code runs under the channel,
// under unit tests that cut a recorded exchange at every byte, and under a libFuzzer target.
//
// Framing rules, all chosen because real modems do each of these:
// - CR, LF, Ctrl-Z and ESC end a line, in any mix ("\r\n", "\n", lone "\r", Huawei's "\r\r\n").
//   Ctrl-Z and ESC only reach us as echoes of what we sent after a prompt; treating them as line
//   ends keeps an echoed PDU from gluing onto the result line that follows it.
// - Lines are trimmed; blank lines are dropped.
// - NUL bytes are dropped: modems emit them when they wake up, and they carry no meaning in AT text.
// - While a prompt is expected, a '>' alone on its line is reported at once, with or without the
//   trailing space and without waiting for a newline (the modem sends none: it waits for us).
//   The reader disarms itself after one prompt. When no prompt is expected, a leading '>' is
//   stripped from a line: a prompt that arrives after we gave up on it must not glue onto the next
//   line and hide, say, a +CMTI from the URC dispatcher.
// - A line longer than maxLineLength() is dropped up to its end, counted, and reported once as an
//   Overflow, so a modem spewing garbage without newlines cannot grow memory without bound.
class AtLineReader final
{
public:
    enum class EventKind { Line, Prompt, Overflow };

    struct Event
    {
        EventKind kind = EventKind::Line;
        QByteArray line; // the trimmed line for EventKind::Line, empty otherwise
    };

    using Sink = std::function<void(const Event &)>;

    // Long enough for any SMS PDU line (at most ~360 hex digits) and for the longest information
    // lines seen in the wild (Huawei's one-line +CLAC answer is about 1.5 kB).
    static constexpr qsizetype DefaultMaxLineLength = 4096;

    explicit AtLineReader(qsizetype maxLineLength = DefaultMaxLineLength);

    // Delivers events to the sink as soon as each is complete. The sink may change the reader's
    // prompt expectation or reset it; the change applies to the very next byte.
    void feed(QByteArrayView bytes, const Sink &sink);
    // Convenience for tests and fuzzing: the events of one chunk, in order.
    [[nodiscard]] QList<Event> feed(QByteArrayView bytes);

    void setPromptExpected(bool expected) { m_promptExpected = expected; }
    [[nodiscard]] bool isPromptExpected() const { return m_promptExpected; }

    // Forgets a partial line (and any overlong line being skipped). Counters are kept.
    void reset();

    void setMaxLineLength(qsizetype maxLineLength);
    [[nodiscard]] qsizetype maxLineLength() const { return m_maxLineLength; }
    [[nodiscard]] qsizetype pendingSize() const { return m_line.size(); }
    [[nodiscard]] quint64 overflowCount() const { return m_overflows; }

private:
    void endLine(const Sink &sink);

    QByteArray m_line;
    qsizetype m_maxLineLength;
    quint64 m_overflows = 0;
    bool m_discarding = false;
    bool m_promptExpected = false;
};

} // namespace rapport::modem
