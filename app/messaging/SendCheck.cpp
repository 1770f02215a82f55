#include "app/messaging/SendCheck.h"

#include "app/messaging/SendPolicy.h"
#include "app/policy/PolicyReason.h"
#include "modem/Clock.h"

namespace rapport::app {

SendChecker::SendChecker(SendPolicy &policy, Clock &clock)
    : m_policy(policy)
    , m_clock(clock)
{ }

SendCheck SendChecker::check(qint64 threadId, qint64 customerId, const QString &phoneE164,
    const QString &body, MessagePurpose purpose) const
{
    PolicyRequest request;
    request.threadId = threadId;
    request.customerId = customerId;
    request.phoneE164 = phoneE164;
    request.purpose = purpose;
    request.origin = MessageOrigin::Manual;
    request.body = body;
    const QDateTime now = m_clock.now().toUTC();
    SendCheck result;
    result.decision = m_policy.decide(request, now);
    // Only a reply by hand to a number that stopped texts can be overridden (PolicyEngine
    // rules 1 and 3); ask once more with the override to see whether it would apply.
    const bool stopped = result.decision.reasonCode == PolicyReason::OptedOut
        || result.decision.reasonCode == PolicyReason::Suppressed;
    if (purpose == MessagePurpose::Reply && stopped) {
        request.overrideOptOut = true;
        const PolicyDecision withOverride = m_policy.decide(request, now);
        if (withOverride.allowsSendingNow()) {
            result.overrideOffered = true;
            result.overrideDecision = withOverride;
        }
    }
    return result;
}

} // namespace rapport::app
