#pragma once

#include <QtGlobal>

namespace rapport::modem {

// What a TP-ST value of an SMS-STATUS-REPORT means for the message (3GPP TS 23.040 §9.2.3.15).
enum class DeliveryStatusClass : quint8 {
    Delivered, // 0x00–0x1F: transaction completed (received, forwarded unconfirmed, replaced)
    Pending, // 0x20–0x3F: temporary error, the SC is still trying — not final
    FailedPermanent, // 0x40–0x5F: permanent error, no more attempts
    FailedTemporary, // 0x60–0x7F: temporary error, but the SC has given up
    Reserved, // 0x80–0xFF: bit 7 is reserved; nothing says delivered, so treated as a failure
};

[[nodiscard]] constexpr DeliveryStatusClass classifyDeliveryStatus(quint8 status)
{
    if (status & 0x80)
        return DeliveryStatusClass::Reserved;
    switch (status >> 5) {
    case 0:
        return DeliveryStatusClass::Delivered;
    case 1:
        return DeliveryStatusClass::Pending;
    case 2:
        return DeliveryStatusClass::FailedPermanent;
    default:
        return DeliveryStatusClass::FailedTemporary;
    }
}

// Whether another report for the same message may follow (only while the SC is still trying).
[[nodiscard]] constexpr bool isFinalDeliveryStatus(quint8 status)
{
    return classifyDeliveryStatus(status) != DeliveryStatusClass::Pending;
}

} // namespace rapport::modem
