#pragma once

#include "modem/Clock.h"
#include "modem/ReassembledMessage.h"
#include "modem/ReassemblyGroup.h"
#include "modem/ReassemblyKey.h"
#include "modem/ReassemblyStore.h"
#include "modem/ReceivedPart.h"
#include "modem/ReleasedGroupMemory.h"
#include "modem/Result.h"

#include <QHash>
#include <QObject>

#include <chrono>
#include <deque>
#include <memory>

namespace rapport::modem {

struct ReassemblerOptions
{
    // A message still missing parts this long after its LAST part arrived is released incomplete.
    // Parts are normally seconds apart; an SMSC that was holding them delivers them in a burst.
    std::chrono::milliseconds incompleteTimeout = std::chrono::minutes(30);
    // Messages waiting for parts at once; beyond it the one waiting longest is released
    // incomplete, so a flood of stray parts cannot grow memory without bound.
    int maxPendingMessages = 512;
    // Released messages remembered for recognising late copies of their parts.
    int releasedMemory = 1024;
    std::chrono::milliseconds releasedMemoryAge = std::chrono::hours(24);
};

enum class PartDisposition : quint8 {
    Released, // the part was a whole message or completed one: messageReleased was emitted
    Pending, // stored; its message waits for other parts
    Duplicate, // a copy of a part held or recently released: nothing stored
    NotStored, // the store refused it: keep the source copy, a later sweep reads it again
};

struct PartOutcome
{
    PartDisposition disposition = PartDisposition::NotStored;
    QByteArray duplicateOf; // Duplicate: the part key of the copy held or released before
    QString error; // NotStored: the store's reason

    // Whether the SIM slot (or other stored copy) the part came from may now be deleted.
    [[nodiscard]] bool sourceMayBeDeleted() const
    {
        return disposition != PartDisposition::NotStored;
    }
};

// Joins the parts of long messages (3GPP TS 23.040 §9.2.3.24.1) as they arrive: in any order,
// duplicated, interleaved with other messages, through any storage, up to 255 parts. Parts are
// keyed by ReassemblyKey (originator and its type of address, reference and its width, part
// count — never the SMSC). A message without a concatenation header, or with one of a single
// part, passes straight through (stored, then released at once).
//
// A copy is a part with the key, sequence number, SMSC time stamp, coding and units of one held
// or released within `releasedMemoryAge` (the last `releasedMemory` messages): it is reported as
// a Duplicate and not stored, so the caller can still delete its SIM slot. The same key with
// different content after a release is a new message reusing the reference. This holds for
// whole messages too: the same text from the same sender with the same time stamp, to the
// second, is one message read twice (+CMT and +CMTI, or a sweep re-reading a slot).
//
// Every part goes into the store before accept() returns a disposition that allows deleting its
// source; a message's parts leave the store when it is released. A message still missing parts
// `incompleteTimeout` after its last part arrived is released incomplete — never dropped. A new
// instance over the same store, after restore(), carries on where the previous one stopped, its
// timeouts counted from the stored receive times.
//
// Single-threaded and event-driven: timeouts come from Clock timers. Slots connected to
// messageReleased may call accept() again, but must not destroy the reassembler.
class Reassembler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reassembler)

public:
    Reassembler(ReassemblyStore &store, Clock &clock, ReassemblerOptions options = {},
        QObject *parent = nullptr);
    ~Reassembler() override;

    // Loads the parts a previous run left in the store. Messages they complete (and whole
    // messages) are released at once, so connect messageReleased first; call once, before
    // accept(). Returns the number of parts loaded.
    Result<int, QString> restore();

    // Takes one received part. See PartDisposition for what the caller does with its source.
    PartOutcome accept(const ReceivedPart &part);

    [[nodiscard]] qsizetype pendingMessageCount() const { return m_pending.size(); }
    [[nodiscard]] qsizetype pendingPartCount() const;
    [[nodiscard]] const ReassemblerOptions &options() const { return m_options; }

Q_SIGNALS:
    void messageReleased(const rapport::modem::ReassembledMessage &message);

private:
    enum class Source : quint8 { Live, Restored };

    PartOutcome ingest(ReceivedPart part, Source source);
    PartOutcome ingestWhole(ReceivedPart part, Source source);
    void release(const ReassemblyKey &key, ReleaseReason reason);
    void flush();
    void enforceCapacity();
    void releaseDue();
    void rearm();
    [[nodiscard]] std::chrono::milliseconds dueAfterRestore(const QDateTime &lastReceivedAt) const;

    ReassemblyStore &m_store;
    Clock &m_clock;
    ReassemblerOptions m_options;
    std::unique_ptr<Timer> m_timer;
    QHash<ReassemblyKey, ReassemblyGroup> m_pending;
    ReleasedGroupMemory m_released;
    // Released messages not yet emitted: state is settled before any slot runs.
    std::deque<ReassembledMessage> m_outbox;
};

} // namespace rapport::modem
