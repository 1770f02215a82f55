#pragma once

#include <QByteArrayView>
#include <QString>

namespace rapport::modem {
struct SmsDeliver;
} // namespace rapport::modem

namespace rapport::app {

// What identifies one received part wherever it was read from (+CMT, +CMTI, a sweep, the same
// slot read again after a crash): the originator and its type of address, the SMSC time stamp
// with its zone, the concatenation reference, width, total and sequence, PID, DCS and a hash of
// the user data (header and units). The storage, slot and the modem are left out on purpose: the
// same part delivered directly and stored is one part. Hex SHA-256, 64 characters, stored in
// inbound_parts.fingerprint and inbound_seen.fingerprint.
[[nodiscard]] QString inboundFingerprint(const modem::SmsDeliver &deliver);

// The fingerprint of a PDU the decoder rejected: its octets are all we know. Prefixed so it can
// never equal a decoded part's fingerprint.
[[nodiscard]] QString undecodableFingerprint(QByteArrayView hex);

} // namespace rapport::app
