#include "modem/Reassembler.h"

#include "modem/ModemLogging.h"

#include <algorithm>

namespace rapport::modem {

using std::chrono::milliseconds;

namespace {

// Whole messages share one key per originator in the released memory; their fingerprints (which
// include the SMSC time stamp) tell them apart.
ReassemblyKey wholeMessageKey(const SmsDeliver &deliver)
{
    return {deliver.originator, ReferenceWidth::EightBit, 0, 1};
}

} // namespace

Reassembler::Reassembler(
    ReassemblyStore &store, Clock &clock, ReassemblerOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_options(options)
    , m_timer(clock.createTimer())
    , m_released(options.releasedMemory, options.releasedMemoryAge)
{
    m_timer->setSingleShot(true);
    connect(m_timer.get(), &Timer::timeout, this, &Reassembler::releaseDue);
}

Reassembler::~Reassembler() = default;

qsizetype Reassembler::pendingPartCount() const
{
    qsizetype count = 0;
    for (const ReassemblyGroup &group : m_pending)
        count += group.partCount();
    return count;
}

Result<int, QString> Reassembler::restore()
{
    auto loaded = m_store.loadPendingParts();
    if (!loaded) {
        qCWarning(lcModem) << "reassembly: could not load pending parts:" << loaded.error();
        return fail(loaded.error());
    }
    for (const ReceivedPart &part : *loaded)
        ingest(part, Source::Restored);
    qCDebug(lcModem) << "reassembly: restored" << loaded->size() << "parts," << m_pending.size()
                     << "messages still waiting";
    rearm();
    flush();
    return static_cast<int>(loaded->size());
}

PartOutcome Reassembler::accept(const ReceivedPart &part)
{
    PartOutcome outcome = ingest(part, Source::Live);
    rearm();
    flush();
    return outcome;
}

PartOutcome Reassembler::ingest(ReceivedPart part, Source source)
{
    if (!part.receivedAt.isValid())
        part.receivedAt = m_clock.now();
    const std::optional<ReassemblyKey> key = ReassemblyKey::of(part.deliver);
    if (!key)
        return ingestWhole(std::move(part), source);

    const quint8 sequence = part.deliver.userData.header->concatenation()->sequence;
    const QByteArray fingerprint = ReassemblyGroup::fingerprint(part.deliver, sequence);
    const milliseconds now = m_clock.monotonic();

    bool conflict = false;
    const auto pending = m_pending.find(*key);
    if (pending != m_pending.end()) {
        if (const ReassemblyGroup::Held *held = pending->find(sequence)) {
            if (held->fingerprint == fingerprint) {
                if (source == Source::Restored) {
                    // The store holds this part twice; keep the row so the release removes it.
                    pending->addStoredCopy(sequence, std::move(part));
                    return {PartDisposition::Pending, held->part.partKey, {}};
                }
                return {PartDisposition::Duplicate, held->part.partKey, {}};
            }
            conflict = true;
        }
    }
    if (const auto released = m_released.find(*key, fingerprint, now))
        return {PartDisposition::Duplicate, *released, {}};

    if (source == Source::Live) {
        const auto saved = m_store.savePart(part);
        if (!saved) {
            qCWarning(lcModem) << "reassembly: the store refused a part:" << saved.error();
            return {PartDisposition::NotStored, {}, saved.error()};
        }
    }
    if (conflict) {
        // Same key, same sequence number, different content: the sender reused the reference
        // for a new message before the previous one was complete. Let the old one go as it is.
        qCDebug(lcModem) << "reassembly: reference reused before completion";
        release(*key, ReleaseReason::ReferenceReused);
    }

    auto group = m_pending.find(*key);
    const bool created = group == m_pending.end();
    if (created)
        group = m_pending.insert(*key, ReassemblyGroup(*key));
    const milliseconds due = source == Source::Live ? now + m_options.incompleteTimeout
                                                    : dueAfterRestore(part.receivedAt);
    group->setDueAt(created ? due : std::max(group->dueAt(), due));
    group->add(sequence, std::move(part), fingerprint);

    if (group->isComplete()) {
        release(*key, ReleaseReason::Complete);
        return {PartDisposition::Released, {}, {}};
    }
    if (created)
        enforceCapacity();
    return {PartDisposition::Pending, {}, {}};
}

PartOutcome Reassembler::ingestWhole(ReceivedPart part, Source source)
{
    const ReassemblyKey key = wholeMessageKey(part.deliver);
    const QByteArray fingerprint = ReassemblyGroup::fingerprint(part.deliver, 1);
    const milliseconds now = m_clock.monotonic();
    if (const auto released = m_released.find(key, fingerprint, now))
        return {PartDisposition::Duplicate, *released, {}};
    if (source == Source::Live) {
        const auto saved = m_store.savePart(part);
        if (!saved) {
            qCWarning(lcModem) << "reassembly: the store refused a message:" << saved.error();
            return {PartDisposition::NotStored, {}, saved.error()};
        }
    }

    ReassembledMessage message;
    message.parts.append({1, part.partKey, part.origin, part.receivedAt});
    message.deliver = std::move(part.deliver);
    message.total = 1;
    message.reason = ReleaseReason::Complete;
    if (const auto released = m_store.releaseGroup(message); !released)
        qCWarning(lcModem) << "reassembly: could not release a message:" << released.error();
    m_released.remember(key, {{fingerprint, message.parts.constFirst().partKey}}, now);
    m_outbox.push_back(std::move(message));
    return {PartDisposition::Released, {}, {}};
}

void Reassembler::release(const ReassemblyKey &key, ReleaseReason reason)
{
    const auto found = m_pending.find(key);
    if (found == m_pending.end())
        return;
    const ReassemblyGroup group = std::move(*found);
    m_pending.erase(found);

    ReassembledMessage message = group.message(reason);
    if (const auto released = m_store.releaseGroup(message); !released) {
        // The parts stay in the store and come back after a restart: at least once, never lost.
        qCWarning(lcModem) << "reassembly: could not release a message:" << released.error();
    }
    m_released.remember(key, group.fingerprints(), m_clock.monotonic());
    qCDebug(lcModem) << "reassembly: released" << message.parts.size() << "of" << message.total
                     << "parts, reason" << static_cast<int>(reason);
    m_outbox.push_back(std::move(message));
}

void Reassembler::flush()
{
    // A slot may accept() again, which flushes too; each message is emitted once, in order.
    while (!m_outbox.empty()) {
        const ReassembledMessage message = std::move(m_outbox.front());
        m_outbox.pop_front();
        Q_EMIT messageReleased(message);
    }
}

void Reassembler::enforceCapacity()
{
    while (m_pending.size() > std::max(1, m_options.maxPendingMessages)) {
        const auto oldest = std::min_element(m_pending.cbegin(), m_pending.cend(),
            [](const ReassemblyGroup &a, const ReassemblyGroup &b) {
                return a.dueAt() < b.dueAt();
            });
        qCWarning(lcModem) << "reassembly: too many messages waiting for parts; releasing one";
        release(oldest.key(), ReleaseReason::CapacityExceeded);
    }
}

void Reassembler::releaseDue()
{
    const milliseconds now = m_clock.monotonic();
    QList<std::pair<milliseconds, ReassemblyKey>> due;
    for (auto group = m_pending.cbegin(); group != m_pending.cend(); ++group) {
        if (group->dueAt() <= now)
            due.append({group->dueAt(), group.key()});
    }
    std::sort(
        due.begin(), due.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[dueAt, key] : due)
        release(key, ReleaseReason::TimedOut);
    rearm();
    flush();
}

void Reassembler::rearm()
{
    if (m_pending.isEmpty()) {
        m_timer->stop();
        return;
    }
    milliseconds earliest = m_pending.cbegin()->dueAt();
    for (const ReassemblyGroup &group : m_pending)
        earliest = std::min(earliest, group.dueAt());
    m_timer->start(std::max(milliseconds(0), earliest - m_clock.monotonic()));
}

milliseconds Reassembler::dueAfterRestore(const QDateTime &lastReceivedAt) const
{
    // Stored times are wall-clock; the timer runs on the monotonic clock. Converting once, and
    // keeping the wait within one timeout, means a wall clock set back or forward while we were
    // not running can neither hold a message forever nor release one in the past twice.
    const qint64 remaining
        = m_clock.now().msecsTo(lastReceivedAt.addMSecs(m_options.incompleteTimeout.count()));
    return m_clock.monotonic()
        + std::clamp(milliseconds(remaining), milliseconds(0), m_options.incompleteTimeout);
}

} // namespace rapport::modem
