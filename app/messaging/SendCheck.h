#pragma once

#include "app/messaging/MessageTypes.h"
#include "app/messaging/PolicyDecision.h"

#include <QString>

namespace rapport {
class Clock;
} // namespace rapport

namespace rapport::app {

class SendPolicy;

// What the policy would say about a text a member of staff is about to send from the inbox,
// asked before it is stored so the compose box can warn (quiet hours, no consent, opted out)
// instead of filing a message that waits or fails. The outbox asks again when it stores it.
struct SendCheck
{
    PolicyDecision decision;
    // Opted out, but the same reply with OutgoingRequest::overrideOptOut would go: the customer
    // wrote after opting out. Offer the override explicitly; never apply it silently.
    bool overrideOffered = false;
    PolicyDecision overrideDecision; // the decision with the override, when offered

    [[nodiscard]] bool sendsNow() const { return decision.allowsSendingNow(); }
};

// The one question the compose box asks. Stateless apart from the references it holds.
class SendChecker final
{
public:
    SendChecker(SendPolicy &policy, Clock &clock);

    // A manual text to the thread's number (customerId 0: not a customer).
    [[nodiscard]] SendCheck check(qint64 threadId, qint64 customerId, const QString &phoneE164,
        const QString &body, MessagePurpose purpose) const;

private:
    SendPolicy &m_policy;
    Clock &m_clock;
};

} // namespace rapport::app
