#include "modem/SimulatedModem.h"

#include "modem/SimulatedModemSink.h"

#include <QPointer>

#include <memory>
#include <utility>

namespace rapport::modem {
namespace {

using std::chrono::milliseconds;

constexpr char kCr = '\r';
constexpr char kLf = '\n';
constexpr char kBackspace = '\x08';
constexpr char kCtrlZ = '\x1a';
constexpr char kEsc = '\x1b';

// V.250 asks for at least 40 characters per command line; modems take a few hundred. A longer
// line is answered with ERROR rather than grown without bound.
constexpr qsizetype kMaxLineLength = 560;
// Hex of the longest PDU (12-octet SMSC field + 164-octet TPDU) with room for stray blanks.
constexpr qsizetype kMaxTextLength = 2 * (12 + 164) + 32;

bool isHexOrBlank(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ' '
        || c == kCr || c == kLf;
}

} // namespace

SimulatedModem::SimulatedModem(Clock &clock, const SimulatedModemPreset &preset, QObject *parent)
    : QObject(parent)
    , m_scheduler(clock)
    , m_network(clock, m_scheduler, m_state, m_store,
          [this](const QList<QByteArray> &lines) { emitUrc(lines); })
    , m_basic(m_state, m_sim)
    , m_sms(m_state, m_sim, m_store, m_network)
{
    qRegisterMetaType<SimulatedSubmission>();
    m_state.preset = preset;
    m_store.setIndexBase(preset.quirks.zeroBasedIndices ? 0 : 1);
    m_state.resetSession();
    m_network.onSubmitted([this](const SimulatedSubmission &s) { Q_EMIT submitted(s); });
    m_network.onReportIssued(
        [this](quint8 reference, quint8 status) { Q_EMIT statusReportIssued(reference, status); });
    boot();
}

SimulatedModem::~SimulatedModem() = default;

void SimulatedModem::setQuirks(const Quirks &quirks)
{
    m_state.preset.quirks = quirks;
    m_store.setIndexBase(quirks.zeroBasedIndices ? 0 : 1);
    if (!quirks.smsBlockedUntilReady)
        m_state.smsReady = true;
    stopNoise();
    startNoise();
}

void SimulatedModem::setNetworkDelay(milliseconds delay)
{
    m_state.preset.quirks.networkDelay = delay;
}

void SimulatedModem::setAnswerDelay(milliseconds delay)
{
    m_state.preset.quirks.answerDelay = delay;
}

void SimulatedModem::setStorageCapacity(const QByteArray &storage, int slots)
{
    m_store.setCapacity(storage, slots);
    m_network.storageFreed();
}

Result<int, PduError> SimulatedModem::injectText(
    const QString &from, const QString &text, const InjectOptions &options)
{
    return m_network.injectText(from, text, options);
}

Result<void, PduError> SimulatedModem::injectPdu(QByteArrayView hex, const InjectOptions &options)
{
    return m_network.injectPdu(hex, options);
}

SimulatedScheduler::EventId SimulatedModem::later(milliseconds delay, std::function<void()> action)
{
    // The id is only known after scheduling; the shared slot lets the action forget it.
    auto id = std::make_shared<SimulatedScheduler::EventId>(0);
    *id = m_scheduler.schedule(delay, [this, id, action = std::move(action)] {
        m_ownEvents.remove(*id);
        action();
    });
    m_ownEvents.insert(*id);
    return *id;
}

void SimulatedModem::cancelOwnEvents()
{
    const QSet<SimulatedScheduler::EventId> events = std::exchange(m_ownEvents, {});
    for (const SimulatedScheduler::EventId id : events)
        m_scheduler.cancel(id);
    m_noiseEvent = 0;
}

void SimulatedModem::boot()
{
    const Quirks &q = quirks();
    m_state.smsReady = !q.smsBlockedUntilReady;
    // Zero delay: the boot lines go to whoever listens once the event loop runs, never into
    // the middle of the caller's own work.
    if (!q.bootUrcs.isEmpty())
        later(milliseconds(0), [this] { emitUrc(quirks().bootUrcs); });
    if (!q.readyUrcs.isEmpty() || q.smsBlockedUntilReady) {
        later(q.smsReadyDelay, [this] {
            m_state.smsReady = true;
            if (!quirks().readyUrcs.isEmpty())
                emitUrc(quirks().readyUrcs);
        });
    }
    startNoise();
}

void SimulatedModem::startNoise()
{
    const Quirks &q = quirks();
    if (m_noiseEvent || m_state.noiseStopped || q.noiseUrcs.isEmpty()
        || q.noiseInterval <= milliseconds(0))
        return;
    m_noiseEvent = later(q.noiseInterval, [this] {
        m_noiseEvent = 0;
        const QList<QByteArray> &lines = quirks().noiseUrcs;
        if (!lines.isEmpty()) {
            m_noiseIndex %= int(lines.size());
            emitUrc({lines.at(m_noiseIndex++)});
        }
        startNoise();
    });
}

void SimulatedModem::stopNoise()
{
    if (!m_noiseEvent)
        return;
    m_scheduler.cancel(m_noiseEvent);
    m_ownEvents.remove(m_noiseEvent);
    m_noiseEvent = 0;
}

void SimulatedModem::reset()
{
    cancelOwnEvents();
    m_line.clear();
    m_text.clear();
    m_echo.clear();
    m_deferred.clear();
    m_textEntry = false;
    m_busy = false;
    m_lineOverflow = false;
    m_state.resetSession();
    m_sim.powerCycle();
    boot();
}

bool SimulatedModem::disappear()
{
    if (m_gone || !m_sink || !m_sink->disappear())
        return false;
    m_gone = true;
    cancelOwnEvents();
    return true;
}

bool SimulatedModem::reappear()
{
    if (!m_gone || !m_sink || !m_sink->reappear())
        return false;
    m_gone = false;
    // Unplugged and plugged in again: the modem boots afresh.
    reset();
    return true;
}

void SimulatedModem::receiveFromHost(QByteArrayView bytes)
{
    if (m_silent || m_gone)
        return;
    QPointer<SimulatedModem> self(this);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        // One command at a time, like the modem's own command processor: what comes while an
        // answer is pending waits for it.
        if (m_busy) {
            m_deferred.append(bytes.sliced(i).toByteArray());
            break;
        }
        processByte(bytes.at(i));
        if (!self)
            return;
    }
    if (!m_echo.isEmpty())
        send(QByteArray());
}

void SimulatedModem::processByte(char c)
{
    if (m_textEntry) {
        if (c == kCtrlZ || c == kEsc) {
            finishTextEntry(c == kCtrlZ);
            return;
        }
        if (m_state.echo)
            m_echo.append(c);
        if (m_text.size() < kMaxTextLength)
            m_text.append(isHexOrBlank(c) ? c : 'x'); // 'x' makes the PDU fail as it should
        return;
    }
    if (m_state.echo && c != kEsc)
        m_echo.append(c);
    switch (c) {
    case kCr: {
        const QByteArray line = std::exchange(m_line, {});
        const bool overflow = std::exchange(m_lineOverflow, false);
        if (overflow)
            respond(SimulatedAnswer::error());
        else
            processLine(line);
        return;
    }
    case kLf:
        return;
    case kEsc:
        // Outside text entry ESC only abandons what was typed so far.
        m_line.clear();
        return;
    case kBackspace:
        m_line.chop(1);
        return;
    default:
        if (m_line.size() >= kMaxLineLength)
            m_lineOverflow = true;
        else
            m_line.append(c);
    }
}

void SimulatedModem::processLine(const QByteArray &line)
{
    const auto request = SimulatedRequest::parse(line);
    if (!request)
        return; // V.250: a line without the "AT" prefix is ignored
    Q_EMIT commandReceived(line.trimmed());
    std::optional<SimulatedAnswer> answer = m_basic.handle(*request);
    if (!answer)
        answer = m_sms.handle(*request);
    if (m_state.noiseStopped)
        stopNoise();
    respond(answer ? std::move(*answer) : SimulatedAnswer::unknown());
}

void SimulatedModem::finishTextEntry(bool sendIt)
{
    m_textEntry = false;
    const QByteArray text = std::exchange(m_text, {});
    if (!sendIt) {
        // 27.005 §3.5.1: ESC abandons the message; the modem returns to command mode.
        respond(SimulatedAnswer::ok());
        return;
    }
    respond(m_sms.submit(text));
}

void SimulatedModem::respond(SimulatedAnswer answer)
{
    if (answer.prompt) {
        m_textEntry = true;
        m_text.clear();
        send(QByteArrayLiteral("\r\n> "));
        return;
    }
    const milliseconds finalDelay = quirks().answerDelay;
    if (answer.delay <= milliseconds(0) && finalDelay <= milliseconds(0)) {
        if (answer.onSent)
            answer.onSent();
        send(answer.renderLines()
            + answer.renderFinal(m_state.errorMode, quirks().commandNotSupport));
        return;
    }
    m_busy = true;
    later(answer.delay, [this, answer = std::move(answer), finalDelay] {
        if (answer.onSent)
            answer.onSent();
        send(answer.renderLines());
        const QByteArray finalLine
            = answer.renderFinal(m_state.errorMode, quirks().commandNotSupport);
        if (finalDelay <= milliseconds(0)) {
            send(finalLine);
            finishAnswer();
            return;
        }
        later(finalDelay, [this, finalLine] {
            send(finalLine);
            finishAnswer();
        });
    });
}

void SimulatedModem::finishAnswer()
{
    m_busy = false;
    if (!m_deferred.isEmpty())
        receiveFromHost(std::exchange(m_deferred, {}));
}

void SimulatedModem::emitUrc(const QList<QByteArray> &lines)
{
    if (lines.isEmpty())
        return;
    send("\r\n" + lines.join("\r\n") + "\r\n");
}

void SimulatedModem::send(const QByteArray &bytes)
{
    // Echo first: the host must see its own command before the answer to it.
    QByteArray out = std::exchange(m_echo, {});
    out += bytes;
    if (out.isEmpty() || m_silent || m_gone || !m_sink)
        return;
    m_sink->sendToHost(out);
}

} // namespace rapport::modem
