#pragma once

#include "app/messaging/MessageTypes.h"
#include "app/messaging/PolicyDecision.h"
#include "app/staff/Actor.h"

#include <QString>

namespace rapport::app {

// One text someone wants sent. Every path — a member of staff at the desk, an automation, a
// campaign, an auto-reply — asks through MessageEnqueuer with one of these, so every text is
// stored before anything is sent and passes the same policy engine.
struct OutgoingRequest
{
    QString phoneE164; // already parsed and validated (PhoneNumbers); the thread is found by it
    QString body;
    MessagePurpose purpose = MessagePurpose::Reply;
    MessageOrigin origin = MessageOrigin::Manual;
    Actor actor = Actor::system(); // staffId goes on the row; overrides are audited in its name
    // A member of staff answering an opted-out number inside a conversation the customer
    // started. Only MessageOrigin::Manual may set it; the outbox refuses it otherwise.
    bool overrideOptOut = false;
    // The few texts the rules themselves require — the one opt-out confirmation, the answer to
    // HELP — which go even to a number that has opted out. Only MessageOrigin::AutoReply may
    // set it, and such a text is never marketing.
    bool isComplianceNotice = false;
    QString templateKey; // which template or automation wrote it, if any
    qint64 campaignId = 0;
    // The modem the customer last texted, so the answer leaves from the same SIM; empty: the
    // dispatcher chooses.
    QString preferredModemId;
};

// What became of the request: the stored message and the policy's first decision.
struct EnqueueResult
{
    qint64 messageId = 0;
    qint64 threadId = 0;
    MessageState state = MessageState::Queued;
    PolicyDecision decision;
};

} // namespace rapport::app
