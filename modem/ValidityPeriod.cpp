#include "modem/ValidityPeriod.h"

#include "modem/SmsTimestamp.h"

namespace rapport::modem {

using namespace std::chrono_literals;

namespace {

constexpr qsizetype enhancedOctets = 7;

std::optional<int> bcdPair(quint8 octet)
{
    const int tens = octet & 0x0F;
    const int units = octet >> 4;
    if (tens > 9 || units > 9)
        return std::nullopt;
    return tens * 10 + units;
}

} // namespace

std::chrono::seconds ValidityPeriod::relativeDuration(quint8 octet)
{
    if (octet <= 143)
        return std::chrono::minutes((octet + 1) * 5);
    if (octet <= 167)
        return 12h + std::chrono::minutes((octet - 143) * 30);
    if (octet <= 196)
        return std::chrono::hours(24 * (octet - 166));
    return std::chrono::hours(24 * 7 * (octet - 192));
}

ValidityPeriod ValidityPeriod::fromDuration(std::chrono::seconds duration)
{
    ValidityPeriod period;
    period.format = ValidityFormat::Relative;
    period.relative = 255;
    // The table is monotonic, so the first octet long enough is the closest one from above.
    for (int octet = 0; octet <= 255; ++octet) {
        if (relativeDuration(static_cast<quint8>(octet)) >= duration) {
            period.relative = static_cast<quint8>(octet);
            break;
        }
    }
    return period;
}

std::optional<std::chrono::seconds> ValidityPeriod::duration() const
{
    if (format == ValidityFormat::Relative)
        return relativeDuration(relative);
    if (format != ValidityFormat::Enhanced || enhanced.size() != enhancedOctets)
        return std::nullopt;
    // TS 23.040 §9.2.3.12.3: the functionality indicator's low three bits pick the format;
    // bit 7 announces further indicator octets, which push the period one octet on.
    const int offset = (static_cast<quint8>(enhanced[0]) & 0x80) ? 2 : 1;
    const auto kind = static_cast<quint8>(enhanced[0]) & 0x07;
    const auto first = static_cast<quint8>(enhanced[offset]);
    switch (kind) {
    case 1:
        return relativeDuration(first);
    case 2:
        return std::chrono::seconds(first);
    case 3: {
        const auto hours = bcdPair(first);
        const auto minutes = bcdPair(static_cast<quint8>(enhanced[offset + 1]));
        const auto seconds = bcdPair(static_cast<quint8>(enhanced[offset + 2]));
        if (!hours || !minutes || !seconds)
            return std::nullopt;
        return std::chrono::hours(*hours) + std::chrono::minutes(*minutes)
            + std::chrono::seconds(*seconds);
    }
    default:
        return std::nullopt;
    }
}

Result<ValidityPeriod, PduError> readValidityPeriod(PduReader &reader, ValidityFormat format)
{
    ValidityPeriod period;
    period.format = format;
    switch (format) {
    case ValidityFormat::None:
        break;
    case ValidityFormat::Relative: {
        const auto octet = reader.byte("TP-VP (relative)");
        if (!octet)
            return fail(octet.error());
        period.relative = *octet;
        break;
    }
    case ValidityFormat::Absolute: {
        const auto octets = reader.bytes(timestampOctets, "TP-VP (absolute)");
        if (!octets)
            return fail(octets.error());
        const auto time = decodeTimestamp(*octets);
        if (!time)
            return fail(time.error());
        period.absolute = *time;
        break;
    }
    case ValidityFormat::Enhanced: {
        // Always seven octets whatever the format inside, so skipping is safe even when the
        // contents are reserved.
        const auto octets = reader.bytes(enhancedOctets, "TP-VP (enhanced)");
        if (!octets)
            return fail(octets.error());
        period.enhanced = octets->toByteArray();
        break;
    }
    }
    return period;
}

Result<QByteArray, PduError> encodeValidityPeriod(const ValidityPeriod &period)
{
    switch (period.format) {
    case ValidityFormat::None:
        return QByteArray();
    case ValidityFormat::Relative:
        return QByteArray(1, static_cast<char>(period.relative));
    case ValidityFormat::Absolute:
        return encodeTimestamp(period.absolute);
    case ValidityFormat::Enhanced:
        if (period.enhanced.size() != enhancedOctets)
            return fail(PduError {PduErrorCode::InvalidArgument,
                QStringLiteral("an enhanced validity period has 7 octets, not %1")
                    .arg(period.enhanced.size())});
        return period.enhanced;
    }
    return QByteArray();
}

} // namespace rapport::modem
