#pragma once

#include "modem/ReassemblyKey.h"
#include "modem/ReceivedPart.h"
#include "modem/SmsTpdu.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rapport::modem {

// Why the reassembler let a message go.
enum class ReleaseReason : quint8 {
    Complete, // every part arrived, or the message had only one
    TimedOut, // no further part arrived within the timeout after the last one
    ReferenceReused, // a different part with a sequence number already held arrived: the sender
    // started a new message with the same reference before this one finished
    CapacityExceeded, // too many messages were waiting; the one waiting longest was let go
};

// One part that went into a message, in the order of the message.
struct ReassembledPart
{
    quint8 sequence = 1;
    QByteArray partKey;
    PartOrigin origin;
    QDateTime receivedAt;

    friend bool operator==(const ReassembledPart &, const ReassembledPart &) = default;
};

// A message as the reassembler releases it: complete, or — after the timeout — with whatever
// parts arrived. Nothing is ever dropped.
struct ReassembledMessage
{
    // The lowest-numbered part held, with the user data of all of them: originator, PID, DCS,
    // service-centre time stamp and user data header are that part's (the header is what the
    // inbound classifier looks at); `userData.units` are the units of every part held, joined in
    // sequence order; `userData.text` is those units decoded once — so an escape or a surrogate
    // pair that a sender split between two parts rejoins — with gapMarker() wherever parts are
    // missing. Empty text for 8-bit and compressed data, which is never rendered.
    SmsDeliver deliver;
    std::optional<ReassemblyKey> key; // none for a message that was not concatenated
    quint8 total = 1;
    QList<quint8> missing; // sequence numbers that never arrived, ascending
    // In sequence order. After a restart, a part the store held twice appears twice, so that
    // releasing the message removes both rows.
    QList<ReassembledPart> parts;
    ReleaseReason reason = ReleaseReason::Complete;

    [[nodiscard]] bool isComplete() const { return missing.isEmpty(); }
    [[nodiscard]] const SmsAddress &originator() const { return deliver.originator; }
    [[nodiscard]] const QString &text() const { return deliver.userData.text; }
    [[nodiscard]] QDateTime serviceCentreTime() const { return deliver.serviceCentreTime; }
    [[nodiscard]] std::optional<MessageClass> messageClass() const
    {
        return deliver.dataCodingScheme.messageClass;
    }
    [[nodiscard]] bool isFlash() const { return messageClass() == MessageClass::Class0; }
    [[nodiscard]] QList<QByteArray> partKeys() const;
    [[nodiscard]] QDateTime firstReceivedAt() const;
    [[nodiscard]] QDateTime lastReceivedAt() const;

    // Stands in the text for each run of missing parts, at the start, between two parts or at
    // the end: "[…]". A constant, not a translation: the UI can replace it using `missing`.
    [[nodiscard]] static QString gapMarker();

    friend bool operator==(const ReassembledMessage &, const ReassembledMessage &) = default;
};

} // namespace rapport::modem
