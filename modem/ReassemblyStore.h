#pragma once

#include "modem/ReassembledMessage.h"
#include "modem/ReceivedPart.h"
#include "modem/Result.h"

#include <QList>
#include <QString>

namespace rapport::modem {

// Where the reassembler keeps parts between their arrival and the release of their message, so
// that a crash or restart loses none (ARCHITECTURE.md, data flow: a part is in the database
// before its SIM copy is deleted). The application implements it over its database;
// InMemoryReassemblyStore serves tests and rapportctl. Errors are English details for the log.
class ReassemblyStore
{
public:
    virtual ~ReassemblyStore() = default;

    // Persists one part (keyed by part.partKey). Called before the reassembler reports the part
    // safe, so a failure means the source copy (the SIM slot) must stay where it is.
    [[nodiscard]] virtual Result<void, QString> savePart(const ReceivedPart &part) = 0;

    // Every part saved and not yet released, in the order they were saved. Read once at start-up.
    [[nodiscard]] virtual Result<QList<ReceivedPart>, QString> loadPendingParts() = 0;

    // The message is released: remove its parts (message.partKeys()). An implementation over a
    // database should record the message in the same transaction, so that the parts and the
    // message are never both missing nor both present. Called before messageReleased is emitted;
    // on failure the parts stay pending and the message is released again after the next
    // restart (at least once: the part keys let the application recognise it).
    [[nodiscard]] virtual Result<void, QString> releaseGroup(const ReassembledMessage &message) = 0;

protected:
    ReassemblyStore() = default;
    ReassemblyStore(const ReassemblyStore &) = default;
    ReassemblyStore &operator=(const ReassemblyStore &) = default;
};

} // namespace rapport::modem
