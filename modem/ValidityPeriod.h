#pragma once

#include "modem/PduError.h"
#include "modem/PduReader.h"
#include "modem/Result.h"

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace rapport::modem {

// TP-VPF values, bits 4–3 of an SMS-SUBMIT's first octet.
enum class ValidityFormat : quint8 { None = 0, Enhanced = 1, Relative = 2, Absolute = 3 };

// TP-VP of an SMS-SUBMIT (3GPP TS 23.040 §9.2.3.12): how long the service centre keeps trying.
struct ValidityPeriod
{
    ValidityFormat format = ValidityFormat::None;
    quint8 relative = 0; // the TP-VP octet when format is Relative
    QDateTime absolute; // when format is Absolute
    QByteArray enhanced; // the 7 octets when format is Enhanced

    // The length of a relative period (Relative, and Enhanced formats 1–3); nothing otherwise.
    [[nodiscard]] std::optional<std::chrono::seconds> duration() const;

    // The smallest relative TP-VP octet that lasts at least `duration` (5 minutes to 63 weeks;
    // longer requests get the maximum).
    [[nodiscard]] static ValidityPeriod fromDuration(std::chrono::seconds duration);
    [[nodiscard]] static std::chrono::seconds relativeDuration(quint8 octet);

    friend bool operator==(const ValidityPeriod &, const ValidityPeriod &) = default;
};

// Reads the TP-VP field the format announces (0, 1 or 7 octets) and moves past it.
[[nodiscard]] Result<ValidityPeriod, PduError> readValidityPeriod(
    PduReader &reader, ValidityFormat format);

[[nodiscard]] Result<QByteArray, PduError> encodeValidityPeriod(const ValidityPeriod &period);

} // namespace rapport::modem
