#pragma once

#include "modem/PduError.h"
#include "modem/Result.h"
#include "modem/SmsTpdu.h"

#include <QByteArray>
#include <QByteArrayView>

namespace rapport::modem {

// Whether the PDU starts with the service-centre address field. Modems include it in +CMGR,
// +CMGL, +CMT and +CDS; a TPDU on its own (as the <length> of those responses counts it) has none.
enum class SmscField : quint8 { Present, Absent };

// Strict hex: an even number of hex digits (either case), nothing else — no spaces, no prefix.
[[nodiscard]] Result<QByteArray, PduError> parseHex(QByteArrayView hex);

// Decodes an SMS-DELIVER, SMS-SUBMIT or SMS-STATUS-REPORT (TP-MTI 00, 01, 10; 11 is reserved
// and rejected). Safe on any input: every length is checked before it is used and nothing is
// padded; a PDU that is cut short or inconsistent fails with a code and an English detail.
// Octets after the end of the TPDU are ignored.
[[nodiscard]] Result<DecodedPdu, PduError> decodePdu(QByteArrayView pdu, SmscField smsc);

[[nodiscard]] Result<DecodedPdu, PduError> decodePduHex(QByteArrayView hex, SmscField smsc);

} // namespace rapport::modem
