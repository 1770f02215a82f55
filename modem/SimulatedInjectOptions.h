#pragma once

#include "modem/UserDataHeader.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace rapport::modem {

// How the simulated network hands an inbound text to the modem: the awkward cases of
// MODEM-NOTES.md "Receiving" on demand.
struct SimulatedInjectOptions
{
    // Where a part goes. Cnmi follows the host's AT+CNMI <mt> as a real modem does.
    enum class Route { Cnmi, Stored, Direct };
    enum class Order { InOrder, Reversed, Shuffled };
    // One part arriving twice: a direct copy (+CMT) and a stored one (+CMTI), or two stored.
    enum class Duplicate { None, DirectAndStored, StoredTwice };

    Route route = Route::Cnmi;
    Order order = Order::InOrder;
    quint32 shuffleSeed = 0;
    Duplicate duplicate = Duplicate::None;
    int duplicatePart = 1; // 1-based part number to deliver twice
    // Odd parts into "SM", even parts into "ME" (stored routes only).
    bool splitAcrossStorages = false;
    // Stored parts go here instead of the receive memory (AT+CPMS <mem3>).
    QByteArray storage;

    bool flash = false; // class 0
    quint8 protocolIdentifier = 0; // 0x40: type 0, 0x41–0x47: replace
    bool alphanumericSender = false; // `from` is a name such as "InternetSMS"
    std::optional<QDateTime> timestamp; // TP-SCTS with its offset; default the clock's now
    std::optional<ConcatReference> reference; // default: the next one of the network's counter
};

} // namespace rapport::modem
