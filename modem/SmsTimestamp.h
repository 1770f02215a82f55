#pragma once

#include "modem/PduError.h"
#include "modem/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

namespace rapport::modem {

// TP-SCTS, TP-DT and absolute TP-VP (3GPP TS 23.040 §9.2.3.11): seven octets of swapped semi-octets
// — year, month, day, hour, minute, second, and the zone in quarter hours whose bit 3 is the sign.

inline constexpr qsizetype timestampOctets = 7;

// The time with the sender's UTC offset (Qt::OffsetFromUTC). Two-digit years are 2000–2099.
// A semi-octet that is not a decimal digit fails with InvalidDigit; digits that make no date, time
// or zone (month 13, hour 24, more than ±14 hours) fail with InvalidTimestamp.
[[nodiscard]] Result<QDateTime, PduError> decodeTimestamp(QByteArrayView octets);

// The local time at `time`'s offset from UTC. Years outside 2000–2099 and offsets that are not
// whole quarter hours fail with InvalidArgument.
[[nodiscard]] Result<QByteArray, PduError> encodeTimestamp(const QDateTime &time);

} // namespace rapport::modem
