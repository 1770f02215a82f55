#include "modem/AtChannel.h"

#include <cctype>

namespace rapport::modem {
namespace {

using Status = AtResponse::Status;

constexpr char CtrlZ = '\x1a';
constexpr char Esc = '\x1b';

// PDU lines are hex; anything else after a +CMT:/+CDS: header means its PDU never came.
bool isHexLine(QByteArrayView line)
{
    if (line.isEmpty())
        return false;
    for (const char c : line) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
    }
    return true;
}

AtResponse endedBy(AtResponse collected, Status status)
{
    collected.status = status;
    collected.code = -1;
    collected.finalLine.clear();
    return collected;
}

} // namespace

AtChannel::AtChannel(QIODevice *device, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_timer(clock.createTimer())
    , m_reader(m_settings.maxLineLength)
{
    m_timer->setSingleShot(true);
    connect(m_timer.get(), &Timer::timeout, this, &AtChannel::onTimeout);
    if (!device) {
        m_state = State::Closed;
        return;
    }
    connect(device, &QIODevice::readyRead, this, &AtChannel::onReadyRead);
    // A serial port that disappears is closed by the session; one that is deleted under us must
    // still fail what is pending instead of leaving callers waiting forever.
    connect(device, &QIODevice::aboutToClose, this, &AtChannel::close);
    connect(device, &QObject::destroyed, this, &AtChannel::close);
}

AtChannel::~AtChannel() = default;

void AtChannel::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_reader.setMaxLineLength(settings.maxLineLength);
}

AtChannel::CommandId AtChannel::enqueue(AtCommand command, Callback callback)
{
    const CommandId id = ++m_lastId;
    if (m_state == State::Closed) {
        if (callback)
            callback(endedBy({}, Status::ChannelClosed));
        return id;
    }
    m_queue.push_back(Pending {id, std::move(command), std::move(callback), false});
    pump();
    return id;
}

bool AtChannel::cancel(CommandId id)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->id != id)
            continue;
        Pending cancelled = std::move(*it);
        m_queue.erase(it);
        if (cancelled.callback)
            cancelled.callback(endedBy({}, Status::Cancelled));
        return true;
    }
    if (!m_current || m_current->probe || m_current->id != id)
        return false;
    // A modem waiting for message text would take our next command as part of the message.
    if (m_state == State::WaitingPrompt)
        write(QByteArrayView(&Esc, 1));
    if (m_current)
        finish(endedBy(std::move(m_response), Status::Cancelled));
    return true;
}

void AtChannel::writeRaw(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        write(bytes);
}

void AtChannel::requestResync()
{
    if (m_state == State::Closed)
        return;
    m_needsResync = true;
    pump();
}

void AtChannel::close()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_timer->stop();
    m_reader.setPromptExpected(false);
    m_reader.reset();
    m_urcAwaitingPdu.reset();
    m_echoRemaining.clear();
    m_commandPduPending = false;
    if (m_device)
        disconnect(m_device.data(), nullptr, this, nullptr);

    std::deque<Pending> failed;
    if (m_current && !m_current->probe)
        failed.push_back(std::move(*m_current));
    m_current.reset();
    m_response = {};
    for (Pending &pending : m_queue)
        failed.push_back(std::move(pending));
    m_queue.clear();
    for (const Pending &pending : failed) {
        if (pending.callback)
            pending.callback(endedBy({}, Status::ChannelClosed));
    }
    Q_EMIT closed();
}

AtUrcRegistry::HandlerId AtChannel::addUrcHandler(
    QByteArray prefix, AtUrcRegistry::Pdu pdu, AtUrcRegistry::Handler handler)
{
    return m_urcs.add(std::move(prefix), pdu, std::move(handler));
}

bool AtChannel::removeUrcHandler(AtUrcRegistry::HandlerId id)
{
    return m_urcs.remove(id);
}

QByteArray AtChannel::printable(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 8);
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\r')
            out.append("<CR>");
        else if (c == '\n')
            out.append("<LF>");
        else if (c == CtrlZ)
            out.append("<CTRL-Z>");
        else if (c == Esc)
            out.append("<ESC>");
        else if (u < 0x20 || u >= 0x7f)
            out.append('<').append(QByteArray::number(u, 16).rightJustified(2, '0')).append('>');
        else
            out.append(c);
    }
    return out;
}

void AtChannel::onReadyRead()
{
    // A device that answers from inside write() re-enters here; the outer call picks the new
    // bytes up after the current chunk, so lines stay in arrival order.
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    do {
        m_readAgain = false;
        while (m_state != State::Closed && m_device && m_device->isReadable()) {
            const QByteArray chunk = m_device->readAll();
            if (chunk.isEmpty())
                break;
            Q_EMIT wireTrace(Direction::FromModem, chunk);
            m_reader.feed(
                chunk, [this](const AtLineReader::Event &event) { onReaderEvent(event); });
        }
    } while (m_readAgain && m_state != State::Closed);
    m_reading = false;
}

void AtChannel::onReaderEvent(const AtLineReader::Event &event)
{
    if (m_state == State::Closed)
        return;
    switch (event.kind) {
    case AtLineReader::EventKind::Line:
        onLine(event.line);
        break;
    case AtLineReader::EventKind::Prompt:
        onPrompt();
        break;
    case AtLineReader::EventKind::Overflow:
        // Keep header/PDU pairs aligned: the dropped line stands for the awaited PDU.
        if (m_current && m_commandPduPending) {
            m_response.lines.append(QByteArray());
            m_commandPduPending = false;
        }
        flushPendingUrc();
        if (m_state != State::Closed)
            Q_EMIT lineOverflow();
        break;
    }
}

void AtChannel::onLine(const QByteArray &line)
{
    if (m_current && consumeEcho(line))
        return;
    if (m_urcAwaitingPdu) {
        if (isHexLine(line)) {
            const PendingUrc urc = std::move(*m_urcAwaitingPdu);
            m_urcAwaitingPdu.reset();
            deliverUrc(urc.prefix, urc.line, line);
            return;
        }
        flushPendingUrc();
        if (m_state == State::Closed)
            return;
    }
    if (m_state == State::Settling) {
        // A final result after the probe's OK: that OK may have been a late reply to the command
        // we gave up on, and this one the probe's own. Probe again.
        if (m_finals.match(line)) {
            Q_EMIT unhandledLine(line);
            startResyncAttempt();
            return;
        }
        onUnsolicitedLine(line);
        return;
    }
    if (m_current)
        onCommandLine(line);
    else
        onUnsolicitedLine(line);
}

void AtChannel::onCommandLine(const QByteArray &line)
{
    const AtCommand &command = m_current->command;
    if (const auto final = m_finals.match(line)) {
        // "AT" cannot fail: an error during a probe is the late answer of the abandoned command.
        if (m_current->probe && final->status != Status::Ok) {
            Q_EMIT unhandledLine(line);
            return;
        }
        finishWithFinal(line, *final);
        return;
    }
    const bool claimed = commandClaims(line);
    if (m_commandPduPending) {
        if (claimed) {
            // The next header came instead of a PDU: record the gap so pairs stay aligned.
            m_response.lines.append(QByteArray());
            m_commandPduPending = false;
        } else {
            if (dispatchIfUrc(line))
                return;
            m_response.lines.append(line);
            m_commandPduPending = false;
            return;
        }
    }
    if (claimed) {
        m_echoRemaining.clear();
        m_response.lines.append(line);
        m_commandPduPending = command.pduAfterPrefixedLine;
        if (command.prefixedLineIsFinal && m_state != State::FinalGrace) {
            m_state = State::FinalGrace;
            m_response.finalLine = line; // stays the final line unless an OK follows
            m_timer->start(m_settings.finalPrefixGrace);
        }
        return;
    }
    if (dispatchIfUrc(line))
        return;
    if (command.bareLines) {
        m_echoRemaining.clear();
        m_response.lines.append(line);
        return;
    }
    Q_EMIT unhandledLine(line);
}

void AtChannel::onUnsolicitedLine(const QByteArray &line)
{
    if (!dispatchIfUrc(line))
        Q_EMIT unhandledLine(line);
}

void AtChannel::onPrompt()
{
    if (!m_current || m_state != State::WaitingPrompt)
        return;
    const AtCommand &command = m_current->command;
    m_state = State::WaitingResponse;
    m_echoRemaining = command.payload;
    m_timer->start(command.timeout);
    const QByteArray bytes = command.payload + CtrlZ;
    write(bytes);
}

void AtChannel::onTimeout()
{
    switch (m_state) {
    case State::WaitingPrompt:
        // The modem may still be collecting message text: ESC makes it drop it.
        write(QByteArrayView(&Esc, 1));
        if (m_current)
            finish(endedBy(std::move(m_response), Status::NoPrompt));
        return;
    case State::WaitingResponse:
        finish(endedBy(std::move(m_response), Status::Timeout));
        return;
    case State::FinalGrace: {
        AtResponse response = std::move(m_response);
        response.status = Status::Ok;
        finish(std::move(response));
        return;
    }
    case State::Settling:
        m_state = State::Idle;
        m_needsResync = false;
        m_resyncAttempt = 0;
        Q_EMIT resynchronised();
        pump();
        return;
    case State::Idle:
    case State::Closed:
        return;
    }
}

bool AtChannel::consumeEcho(const QByteArray &line)
{
    // Fragment by fragment, because a URC can split an echo across lines.
    if (m_echoRemaining.isEmpty() || line.size() > m_echoRemaining.size())
        return false;
    if (QByteArrayView(m_echoRemaining).first(line.size()).compare(line, Qt::CaseInsensitive) != 0)
        return false;
    m_echoRemaining = m_echoRemaining.mid(line.size()).trimmed();
    return true;
}

bool AtChannel::commandClaims(const QByteArray &line) const
{
    for (const QByteArray &prefix : m_current->command.prefixes) {
        if (AtUrcRegistry::lineHasPrefix(line, prefix))
            return true;
    }
    return false;
}

bool AtChannel::dispatchIfUrc(const QByteArray &line)
{
    const auto match = m_urcs.match(line);
    if (!match)
        return false;
    if (match->claimsPdu) {
        flushPendingUrc();
        m_urcAwaitingPdu = PendingUrc {match->prefix, line};
        return true;
    }
    deliverUrc(match->prefix, line, QByteArray());
    return true;
}

void AtChannel::deliverUrc(const QByteArray &prefix, const QByteArray &line, const QByteArray &pdu)
{
    m_urcs.dispatch(prefix, line, pdu);
    if (m_state != State::Closed)
        Q_EMIT urcReceived(line, pdu);
}

void AtChannel::flushPendingUrc()
{
    if (!m_urcAwaitingPdu)
        return;
    const PendingUrc urc = std::move(*m_urcAwaitingPdu);
    m_urcAwaitingPdu.reset();
    deliverUrc(urc.prefix, urc.line, QByteArray());
}

void AtChannel::pump()
{
    if (m_state != State::Idle || m_current)
        return;
    if (m_needsResync) {
        startResyncAttempt();
        return;
    }
    if (m_queue.empty())
        return;
    Pending next = std::move(m_queue.front());
    m_queue.pop_front();
    start(std::move(next));
}

void AtChannel::start(Pending pending)
{
    const AtCommand &command = pending.command;
    const bool prompt = command.needsPrompt();
    m_response = {};
    m_echoRemaining = command.text;
    m_commandPduPending = false;
    m_state = prompt ? State::WaitingPrompt : State::WaitingResponse;
    m_reader.setPromptExpected(prompt);
    m_timer->start(prompt ? command.promptTimeout : command.timeout);
    const QByteArray bytes = command.text + '\r';
    m_current = std::move(pending);
    // Last: a device that answers synchronously may finish this command inside write().
    write(bytes);
}

void AtChannel::finishWithFinal(const QByteArray &line, const AtFinalResultTable::Match &match)
{
    AtResponse response = std::move(m_response);
    response.status = match.status;
    response.code = match.code;
    response.finalLine = line;
    finish(std::move(response));
}

void AtChannel::finish(AtResponse response)
{
    Pending done = std::move(*m_current);
    m_current.reset();
    m_response = {};
    m_timer->stop();
    m_reader.setPromptExpected(false);
    m_commandPduPending = false;
    m_echoRemaining.clear();
    m_state = State::Idle;
    if (done.probe) {
        onProbeFinished(response);
        return;
    }
    const bool gaveUp = response.status == Status::Timeout || response.status == Status::NoPrompt;
    if (response.modemAnswered())
        m_consecutiveTimeouts = 0;
    // Whatever the abandoned command still says must not reach the next one.
    if (gaveUp || response.status == Status::Cancelled)
        m_needsResync = true;
    if (done.callback)
        done.callback(response);
    if (gaveUp)
        countTimeout();
    pump();
}

void AtChannel::countTimeout()
{
    ++m_consecutiveTimeouts;
    if (m_consecutiveTimeouts == m_settings.unresponsiveThreshold && m_state != State::Closed)
        Q_EMIT unresponsive(m_consecutiveTimeouts);
}

void AtChannel::startResyncAttempt()
{
    m_timer->stop();
    m_state = State::Idle;
    if (m_settings.resyncAttempts <= 0) {
        m_needsResync = false;
        pump();
        return;
    }
    if (m_resyncAttempt >= m_settings.resyncAttempts) {
        m_resyncAttempt = 0;
        m_needsResync = false;
        Q_EMIT resyncFailed();
        countTimeout();
        pump();
        return;
    }
    ++m_resyncAttempt;
    Pending probe;
    probe.command = AtCommand::plain(QByteArrayLiteral("AT"));
    probe.command.timeout = m_settings.resyncProbeTimeout;
    probe.probe = true;
    start(std::move(probe));
}

void AtChannel::onProbeFinished(const AtResponse &response)
{
    if (response.status == Status::Ok) {
        m_state = State::Settling;
        m_timer->start(m_settings.resyncSettle);
        return;
    }
    startResyncAttempt();
}

void AtChannel::write(QByteArrayView bytes)
{
    if (m_state == State::Closed)
        return;
    if (!m_device || !m_device->isWritable()) {
        close();
        return;
    }
    Q_EMIT wireTrace(Direction::ToModem, bytes.toByteArray());
    if (m_state == State::Closed || !m_device)
        return;
    if (m_device->write(bytes.data(), bytes.size()) != bytes.size())
        close();
}

} // namespace rapport::modem
