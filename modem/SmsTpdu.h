#pragma once

#include "modem/DataCodingScheme.h"
#include "modem/DeliveryStatus.h"
#include "modem/ProtocolIdentifier.h"
#include "modem/SmsAddress.h"
#include "modem/UserData.h"
#include "modem/ValidityPeriod.h"

#include <QDateTime>

#include <optional>
#include <variant>

namespace rapport::modem {

// The three TPDUs a modem hands over (3GPP TS 23.040 §9.2.2), as plain values the decoder fills
// and the encoders read. TP-UDHI is not a field: it is whether `userData.header` is set.

// A received message (+CMT, or +CMGR/+CMGL of a "REC READ/UNREAD" slot).
struct SmsDeliver
{
    bool moreMessagesWaiting = false; // TP-MMS = 0: the SC holds more messages for us
    bool loopPrevention = false; // TP-LP
    bool statusReportIndication = false; // TP-SRI: the sender asked for a report
    bool replyPath = false; // TP-RP
    SmsAddress originator;
    ProtocolIdentifier protocolIdentifier;
    DataCodingScheme dataCodingScheme;
    QDateTime serviceCentreTime;
    UserData userData;

    friend bool operator==(const SmsDeliver &, const SmsDeliver &) = default;
};

// A message we send, or one stored in the modem's "STO SENT/UNSENT" memory.
struct SmsSubmit
{
    bool rejectDuplicates = false; // TP-RD
    bool statusReportRequest = false; // TP-SRR
    bool replyPath = false; // TP-RP
    quint8 messageReference = 0; // TP-MR; 0 when sending: the modem assigns it
    SmsAddress destination;
    ProtocolIdentifier protocolIdentifier;
    DataCodingScheme dataCodingScheme;
    ValidityPeriod validityPeriod;
    UserData userData;

    friend bool operator==(const SmsSubmit &, const SmsSubmit &) = default;
};

// A delivery report (+CDS, or a stored "SR" slot). TP-PI, TP-PID, TP-DCS and TP-UD are optional.
struct SmsStatusReport
{
    bool moreMessagesWaiting = false; // TP-MMS = 0
    bool loopPrevention = false; // TP-LP
    bool reportsCommand = false; // TP-SRQ: the report is for an SMS-COMMAND, not a SUBMIT
    quint8 messageReference = 0; // TP-MR of the SUBMIT this reports on
    SmsAddress recipient;
    QDateTime serviceCentreTime; // when the SC received the SUBMIT
    QDateTime dischargeTime; // when it delivered, or last tried, or gave up
    quint8 status = 0; // TP-ST
    std::optional<ProtocolIdentifier> protocolIdentifier;
    std::optional<DataCodingScheme> dataCodingScheme;
    std::optional<UserData> userData;

    [[nodiscard]] DeliveryStatusClass statusClass() const { return classifyDeliveryStatus(status); }

    friend bool operator==(const SmsStatusReport &, const SmsStatusReport &) = default;
};

enum class SmsMessageType : quint8 { Deliver, Submit, StatusReport };

// A decoded PDU: the optional service-centre field and one TPDU.
struct DecodedPdu
{
    // Set when the input had the SMSC field; empty (not absent) when that field was "00".
    std::optional<SmsAddress> serviceCentre;
    std::variant<SmsDeliver, SmsSubmit, SmsStatusReport> tpdu;

    [[nodiscard]] SmsMessageType type() const { return static_cast<SmsMessageType>(tpdu.index()); }
    [[nodiscard]] const SmsDeliver *deliver() const { return std::get_if<SmsDeliver>(&tpdu); }
    [[nodiscard]] const SmsSubmit *submit() const { return std::get_if<SmsSubmit>(&tpdu); }
    [[nodiscard]] const SmsStatusReport *statusReport() const
    {
        return std::get_if<SmsStatusReport>(&tpdu);
    }
};

} // namespace rapport::modem
