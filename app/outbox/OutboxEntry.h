#pragma once

#include "app/messaging/MessageTypes.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace rapport::app {

// One outgoing message as the outbox lists it (`rapportctl outbox list`, the UI's outbox page).
// Plain values: no modem types, so ui/ can show it.
struct OutboxEntry
{
    qint64 id = 0;
    qint64 threadId = 0;
    QString phoneE164;
    QString body;
    MessagePurpose purpose = MessagePurpose::Reply;
    MessageOrigin origin = MessageOrigin::Manual;
    MessageState state = MessageState::Queued;
    QString stateReason; // the policy's or the dispatcher's sentence, as stored
    int attempts = 0;
    int partCount = 0;
    QString modemId; // the SIM it went out through (or should, before the first attempt)
    QDateTime createdAt; // UTC, like every time below
    QDateTime updatedAt;
    QDateTime heldUntil;
    QDateTime nextAttemptAt;
    QDateTime sentAt;
    QDateTime deliveredAt;
};

// Which page of the outbox to list. Newest first.
struct OutboxQuery
{
    std::optional<MessageState> state; // none: every outgoing state
    int limit = 100;
    int offset = 0;
};

} // namespace rapport::app
