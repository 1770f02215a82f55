#pragma once

#include "app/messaging/MessageTypes.h"
#include "app/messaging/PolicyDecision.h"

#include <QDateTime>
#include <QString>

namespace rapport::app {

// The message the policy is asked about. The outbox asks when a message is stored and again
// right before it goes to a modem (consent, the clock and the cap may have moved meanwhile).
struct PolicyRequest
{
    qint64 messageId = 0; // 0 before it is stored; excluded from its own cap count
    qint64 threadId = 0;
    qint64 customerId = 0; // 0: not a customer (an unknown number)
    QString phoneE164;
    MessagePurpose purpose = MessagePurpose::Reply;
    MessageOrigin origin = MessageOrigin::Manual;
    QString body;
    bool overrideOptOut = false; // see OutgoingRequest::overrideOptOut
    bool isComplianceNotice = false; // see OutgoingRequest::isComplianceNotice
};

// The one policy every sending path goes through (COMPLIANCE.md). Implemented by PolicyEngine;
// the outbox's tests use a scripted fake.
class SendPolicy
{
public:
    virtual ~SendPolicy() = default;
    [[nodiscard]] virtual PolicyDecision decide(
        const PolicyRequest &request, const QDateTime &nowUtc)
        = 0;

protected:
    SendPolicy() = default;
    SendPolicy(const SendPolicy &) = default;
    SendPolicy &operator=(const SendPolicy &) = default;
};

} // namespace rapport::app
