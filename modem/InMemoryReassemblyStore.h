#pragma once

#include "modem/ReassemblyStore.h"

#include <QList>

namespace rapport::modem {

// A ReassemblyStore in memory, for tests and for rapportctl runs that keep nothing on disk. One
// instance outlives the reassemblers that use it, which is how tests simulate a restart.
class InMemoryReassemblyStore final : public ReassemblyStore
{
public:
    Result<void, QString> savePart(const ReceivedPart &part) override;
    Result<QList<ReceivedPart>, QString> loadPendingParts() override;
    Result<void, QString> releaseGroup(const ReassembledMessage &message) override;

    // What is held now, in save order.
    [[nodiscard]] const QList<ReceivedPart> &pendingParts() const { return m_parts; }
    // Messages released so far, oldest first.
    [[nodiscard]] const QList<ReassembledMessage> &releasedMessages() const { return m_released; }

private:
    QList<ReceivedPart> m_parts;
    QList<ReassembledMessage> m_released;
};

} // namespace rapport::modem
