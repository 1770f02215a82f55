#pragma once

#include "modem/PduEncoder.h"
#include "modem/PduError.h"
#include "modem/Result.h"
#include "modem/SmsAddress.h"
#include "modem/UserDataHeader.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace rapport::modem {

// What the session needs to send one text: everything else about the PDU is fixed (TP-MR 0 so the
// modem assigns it, PID 0, no reply path).
struct SubmitRequest
{
    QString destination; // as typed: "+447700900123" is international, other digits unknown type
    QString text;
    QString serviceCentre; // as typed; empty writes "00": the SMSC stored on the SIM
    bool requestStatusReport = false;
    // Relative TP-VP, rounded up to the next value the field can hold; none: the SMSC's default.
    std::optional<std::chrono::seconds> validity;
    bool flash = false; // message class 0
    // Used only when the text needs more than one part; take it from ConcatReferenceAllocator
    // (with the width segmentText was asked for) so that two long messages to one recipient
    // never share it.
    ConcatReference reference;
};

// A received text as the simulated network would deliver it.
struct DeliverRequest
{
    SmsAddress originator; // parseTypedNumber() or alphanumericAddress()
    QString text;
    QDateTime serviceCentreTime; // with the offset to write in the time stamp
    SmsAddress serviceCentre; // empty writes "00"
    bool flash = false;
    quint8 protocolIdentifier = 0; // e.g. 0x40 (type 0) or 0x41–0x47 (replace)
    bool statusReportIndication = false;
    ConcatReference reference;
};

// Segments the text (segmentText with the reference's width) and encodes one SMS-SUBMIT per part,
// with a concatenation header when there is more than one. Fails with TooManyParts beyond 255 parts
// and InvalidAddress for a destination or SMSC that is not a number.
[[nodiscard]] Result<QList<EncodedPdu>, PduError> composeSubmit(const SubmitRequest &request);

// The same for SMS-DELIVER parts.
[[nodiscard]] Result<QList<EncodedPdu>, PduError> composeDeliver(const DeliverRequest &request);

} // namespace rapport::modem
