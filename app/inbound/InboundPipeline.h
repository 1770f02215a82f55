#pragma once

#include "app/storage/StorageError.h"
#include "modem/Reassembler.h"
#include "modem/Result.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <vector>

namespace rapport {
class Clock;
} // namespace rapport

namespace rapport::modem {
struct InboundPdu;
} // namespace rapport::modem

namespace rapport::app {

class Database;
class DatabaseReassemblyStore;
class MessagingEvents;
class SmsChannel;
struct StoredInbound;

// What became of one PDU handed to the pipeline.
enum class InboundDisposition : quint8 {
    Ignored, // a status report or a stored outgoing copy: not ours; its slot is left alone
    Stored, // persisted (waiting for other parts, or released into its thread)
    Duplicate, // already stored or already turned into a message: nothing stored
    Undecodable, // kept as an 'undecodable' message with its hex
    NotStored, // the database refused it: the SIM copy stays for a later sweep
};

struct InboundPipelineOptions
{
    QString region; // ISO 3166 for national sender numbers; empty: the business profile's
    modem::ReassemblerOptions reassembly;
    // How long fingerprints of finished parts are kept to recognise a slot read again.
    std::chrono::hours seenRetention = std::chrono::hours(24 * 7);
    std::chrono::minutes pruneInterval = std::chrono::minutes(60);
};

// The incoming side of ARCHITECTURE.md's data flow, per channel (one modem, one SIM): every
// SMS-DELIVER PDU the channel reports is recognised as a duplicate (its fingerprint is in
// inbound_seen or inbound_parts: a +CMT and its +CMTI copy, a slot read again after a crash), kept
// as an 'undecodable' message when it does not decode, or handed to a modem::Reassembler over a
// DatabaseReassemblyStore. The channel deletes the SIM copy (confirmStored) only once the part is
// committed or known. Released messages are announced with messageStored for the InboundRouter.
class InboundPipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboundPipeline)

public:
    InboundPipeline(Database &database, Clock &clock, MessagingEvents &events,
        InboundPipelineOptions options = {}, QObject *parent = nullptr);
    ~InboundPipeline() override;

    // Takes the channel's received PDUs from now on. Its parts are keyed by channel->id() as it
    // is now. After restore() has run, the channel's stored parts are restored at once.
    void attach(SmsChannel &channel);
    // Loads the parts every attached channel left in the database (messages they complete are
    // released at once: connect messageStored first) and prunes old fingerprints. Call once at
    // start-up. Returns the number of parts loaded.
    Result<int, QString> restore();

    // What the channel's `received` signal delivers; public for callers without a channel.
    InboundDisposition accept(SmsChannel &channel, const modem::InboundPdu &pdu);

    // Status reports go to delivery tracking, not here.
    [[nodiscard]] static bool isStatusReport(const modem::InboundPdu &pdu);

    // Forgets fingerprints older than the retention; returns how many.
    Result<int, StorageError> pruneSeen();

    [[nodiscard]] qsizetype pendingPartCount() const;

Q_SIGNALS:
    // A received message is in its thread, not yet routed (routed_at NULL).
    void messageStored(qint64 threadId, qint64 messageId);

private:
    struct Lane;

    Lane *laneFor(SmsChannel &channel);
    Result<int, QString> restoreLane(Lane &lane);
    void onReleased(Lane &lane, const modem::ReassembledMessage &message);
    InboundDisposition keepUndecodable(Lane &lane, const modem::InboundPdu &pdu);
    Result<bool, QString> alreadyKnown(const QString &fingerprint) const;
    void confirm(Lane &lane, const modem::InboundPdu &pdu);
    void announce(const StoredInbound &stored);
    void pruneNowAndThen();

    Database &m_database;
    Clock &m_clock;
    MessagingEvents &m_events;
    InboundPipelineOptions m_options;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    std::chrono::milliseconds m_lastPrune {-1};
    bool m_restored = false;
};

} // namespace rapport::app
