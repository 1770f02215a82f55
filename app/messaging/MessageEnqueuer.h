#pragma once

#include "app/messaging/OutgoingRequest.h"
#include "modem/Result.h"

#include <QString>

namespace rapport::app {

// The one door into the outbox. Implemented by Outbox; the inbound router, automations and
// tests talk to this interface. The error is a sentence for people (nothing was stored).
class MessageEnqueuer
{
public:
    virtual ~MessageEnqueuer() = default;
    virtual Result<EnqueueResult, QString> enqueue(const OutgoingRequest &request) = 0;

protected:
    MessageEnqueuer() = default;
    MessageEnqueuer(const MessageEnqueuer &) = default;
    MessageEnqueuer &operator=(const MessageEnqueuer &) = default;
};

} // namespace rapport::app
