#pragma once

#include "modem/PduError.h"
#include "modem/Result.h"
#include "modem/SmsAddress.h"
#include "modem/SmsTpdu.h"

#include <QByteArray>

namespace rapport::modem {

// One PDU ready for the modem: the service-centre field followed by the TPDU.
struct EncodedPdu
{
    QByteArray bytes;
    // Octets after the service-centre field: the <length> of AT+CMGS=<length>.
    int tpduLength = 0;

    // Upper-case hex of `bytes`, what is written after the "> " prompt (before Ctrl-Z).
    [[nodiscard]] QByteArray hex() const { return bytes.toHex().toUpper(); }
};

// TPDU encoders (3GPP TS 23.040 §9.2.2). They write exactly the fields of the value — first-octet
// flags, addresses, PID, DCS, time stamps, validity, header and units — so decoding the result
// gives the value back. TP-UDHI is set when `userData.header` is. An empty `serviceCentre` writes
// "00" (use the SMSC stored on the SIM). The octet in `dataCodingScheme.raw` is what is written and
// what the user data is encoded for.
//
// SMS-SUBMIT is what we send; SMS-DELIVER and SMS-STATUS-REPORT are for the simulated modem and
// for tests. A status report writes TP-PI (and what it announces) only when one of its optional
// fields is set.
[[nodiscard]] Result<EncodedPdu, PduError> encodePdu(
    const SmsSubmit &submit, const SmsAddress &serviceCentre = {});
[[nodiscard]] Result<EncodedPdu, PduError> encodePdu(
    const SmsDeliver &deliver, const SmsAddress &serviceCentre = {});
[[nodiscard]] Result<EncodedPdu, PduError> encodePdu(
    const SmsStatusReport &report, const SmsAddress &serviceCentre = {});

} // namespace rapport::modem
