#include "modem/SmsTimestamp.h"

namespace rapport::modem {

namespace {

// Real zones span UTC-12 to UTC+14; QDateTime accepts the same range of offsets.
constexpr int maxQuarterHours = 14 * 4;

int swappedDigits(quint8 octet)
{
    const int tens = octet & 0x0F;
    const int units = octet >> 4;
    if (tens > 9 || units > 9)
        return -1;
    return tens * 10 + units;
}

quint8 swapped(int value)
{
    return static_cast<quint8>(((value % 10) << 4) | (value / 10));
}

} // namespace

Result<QDateTime, PduError> decodeTimestamp(QByteArrayView octets)
{
    if (octets.size() < timestampOctets)
        return fail(PduError {PduErrorCode::Truncated,
            QStringLiteral("time stamp needs 7 octets, %1 present").arg(octets.size())});
    static const char *const names[] = {"year", "month", "day", "hour", "minute", "second"};
    int fields[6] = {};
    for (int i = 0; i < 6; ++i) {
        fields[i] = swappedDigits(static_cast<quint8>(octets[i]));
        if (fields[i] < 0)
            return fail(PduError {PduErrorCode::InvalidDigit,
                QStringLiteral("time stamp %1 octet 0x%2 is not two BCD digits")
                    .arg(QLatin1String(names[i]))
                    .arg(static_cast<quint8>(octets[i]), 2, 16, QLatin1Char('0'))});
    }
    const auto zoneOctet = static_cast<quint8>(octets[6]);
    // Bit 3 of the first (low) semi-octet is the sign; the other three bits are the tens digit.
    const int zoneTens = zoneOctet & 0x07;
    const int zoneUnits = zoneOctet >> 4;
    if (zoneUnits > 9)
        return fail(PduError {PduErrorCode::InvalidDigit,
            QStringLiteral("time zone octet 0x%1 is not BCD")
                .arg(zoneOctet, 2, 16, QLatin1Char('0'))});
    int quarters = zoneTens * 10 + zoneUnits;
    if (zoneOctet & 0x08)
        quarters = -quarters;

    const QDate date(2000 + fields[0], fields[1], fields[2]);
    const QTime time(fields[3], fields[4], fields[5]);
    if (!date.isValid() || !time.isValid() || qAbs(quarters) > maxQuarterHours)
        return fail(PduError {PduErrorCode::InvalidTimestamp,
            QStringLiteral("time stamp %1-%2-%3 %4:%5:%6 zone %7 quarter hours "
                           "is out of range")
                .arg(fields[0])
                .arg(fields[1])
                .arg(fields[2])
                .arg(fields[3])
                .arg(fields[4])
                .arg(fields[5])
                .arg(quarters)});
    return QDateTime(date, time, Qt::OffsetFromUTC, quarters * 15 * 60);
}

Result<QByteArray, PduError> encodeTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return fail(PduError {PduErrorCode::InvalidArgument, QStringLiteral("invalid time")});
    const int offset = time.offsetFromUtc();
    if (offset % (15 * 60) != 0 || qAbs(offset / (15 * 60)) > maxQuarterHours)
        return fail(PduError {PduErrorCode::InvalidArgument,
            QStringLiteral("UTC offset of %1 s is not a whole number of quarter "
                           "hours within ±14 h")
                .arg(offset)});
    const QDateTime local = time.toOffsetFromUtc(offset);
    const QDate date = local.date();
    const QTime clock = local.time();
    if (date.year() < 2000 || date.year() > 2099)
        return fail(PduError {PduErrorCode::InvalidArgument,
            QStringLiteral("year %1 does not fit two digits (2000–2099)").arg(date.year())});
    const int quarters = offset / (15 * 60);
    QByteArray octets;
    octets.reserve(timestampOctets);
    for (const int value : {date.year() - 2000, date.month(), date.day(), clock.hour(),
             clock.minute(), clock.second()})
        octets.append(static_cast<char>(swapped(value)));
    quint8 zone = swapped(qAbs(quarters));
    if (quarters < 0)
        zone |= 0x08;
    octets.append(static_cast<char>(zone));
    return octets;
}

} // namespace rapport::modem
