#include "app/policy/PolicyEngine.h"

#include "app/CoreLogging.h"
#include "app/policy/MarketingText.h"
#include "app/policy/PolicyFactsLoader.h"
#include "app/policy/PolicyReason.h"
#include "app/policy/PolicyWording.h"

#include <utility>

namespace rapport::app {

namespace {

using Verdict = PolicyDecision::Verdict;

PolicyDecision decision(
    Verdict verdict, const QString &code, const QString &reason, const QDateTime &notBefore = {})
{
    PolicyDecision d;
    d.verdict = verdict;
    d.reasonCode = code;
    d.reason = reason;
    d.notBefore = notBefore;
    return d;
}

PolicyDecision refuse(const QString &code, const QString &reason)
{
    return decision(Verdict::Refuse, code, reason);
}

// A person at the desk answering, by hand, a message the customer wrote after the opt-out (or
// the suppression) — "a conversation the customer started". Never for an erased person.
bool overrideApplies(const PolicyRequest &request, const PolicyFacts &facts)
{
    if (!request.overrideOptOut || request.origin != MessageOrigin::Manual
        || request.purpose != MessagePurpose::Reply || !facts.latestInboundAt.isValid())
        return false;
    QDateTime optedOut = facts.keywordOptOutAt();
    if (facts.suppressed) {
        if (facts.suppressionReason != SuppressionList::Reason::OptedOut
            || !facts.suppressedAt.isValid())
            return false;
        if (!optedOut.isValid() || facts.suppressedAt > optedOut)
            optedOut = facts.suppressedAt;
    }
    return !optedOut.isValid() || facts.latestInboundAt > optedOut;
}

} // namespace

PolicyEngine::PolicyEngine(PolicyFactsLoader &facts, PolicyConfig config, QString businessName)
    : m_facts(facts)
    , m_config(std::move(config))
    , m_businessName(std::move(businessName))
{ }

void PolicyEngine::setConfig(PolicyConfig config)
{
    m_config = std::move(config);
}

PolicyDecision PolicyEngine::decide(const PolicyRequest &request, const QDateTime &nowUtc)
{
    // Only marketing counts against a cap; the longest cap window is enough history.
    const QDateTime since = request.purpose == MessagePurpose::Marketing
        ? nowUtc.addSecs(-m_config.longestCapWindowSeconds())
        : QDateTime();
    const auto facts = m_facts.load(request, since);
    if (!facts) {
        qCWarning(lcPolicy) << "Cannot load policy facts for message" << request.messageId << ":"
                            << facts.error().detail;
        return decision(Verdict::Hold, PolicyReason::PolicyUnavailable,
            PolicyWording::unavailable(facts.error().detail),
            nowUtc.addSecs(RetryAfterFailureSeconds));
    }
    return decideWith(request, *facts, nowUtc);
}

PolicyDecision PolicyEngine::send(
    const QString &code, const QString &reason, const QString &finalBody) const
{
    PolicyDecision d = decision(Verdict::Send, code, reason);
    d.finalBody = finalBody;
    return d;
}

QString PolicyEngine::marketingBody(const QString &body) const
{
    return MarketingText::withAdditions(
        body, m_businessName, m_config.identifySender, m_config.optOutLine);
}

PolicyDecision PolicyEngine::decideWith(
    const PolicyRequest &request, const PolicyFacts &facts, const QDateTime &nowUtc) const
{
    const MessagePurpose purpose = request.purpose;
    // 0. Requests that break the contract (OutgoingRequest) are refused whatever else holds.
    if (!facts.numberRecognised)
        return refuse(PolicyReason::InvalidNumber, PolicyWording::invalidNumber());
    if (request.isComplianceNotice
        && (request.origin != MessageOrigin::AutoReply || purpose == MessagePurpose::Marketing))
        return refuse(
            PolicyReason::InvalidComplianceNotice, PolicyWording::invalidComplianceNotice());
    if (request.overrideOptOut && request.origin != MessageOrigin::Manual)
        return refuse(PolicyReason::OverrideNotAllowed, PolicyWording::overrideNotAllowed());

    // 1. The do-not-text list.
    if (facts.suppressed) {
        if (request.isComplianceNotice)
            return send(
                PolicyReason::ComplianceNotice, PolicyWording::complianceNotice(), request.body);
        if (overrideApplies(request, facts))
            return send(
                PolicyReason::OptOutOverride, PolicyWording::optOutOverride(), request.body);
        return refuse(PolicyReason::Suppressed, PolicyWording::suppressed(facts.suppressionReason));
    }
    // 2. What the rules themselves require goes at once.
    if (request.isComplianceNotice)
        return send(
            PolicyReason::ComplianceNotice, PolicyWording::complianceNotice(), request.body);
    // 3. Opt-outs.
    if (facts.optedOutOf(purpose)) {
        if (purpose == MessagePurpose::Reply && request.overrideOptOut) {
            if (overrideApplies(request, facts))
                return send(
                    PolicyReason::OptOutOverride, PolicyWording::optOutOverride(), request.body);
            return refuse(PolicyReason::OverrideNeedsCustomerMessage,
                PolicyWording::overrideNeedsCustomerMessage());
        }
        return refuse(
            PolicyReason::OptedOut, PolicyWording::optedOut(purpose, facts.optedOutByKeyword()));
    }
    if (purpose == MessagePurpose::Reply)
        return send(PolicyReason::Allowed, PolicyWording::allowed(), request.body);
    // 4. A message that may mean "stop" waits for a person.
    if (facts.openOptOutReview)
        return decision(Verdict::Hold, PolicyReason::OptOutReview, PolicyWording::optOutReview());
    // 5. Consent: service goes unless opted out (rule 3); marketing needs an opt-in.
    if (purpose == MessagePurpose::Marketing
        && (!facts.isCustomer || !facts.consent.allows(ConsentPurpose::Marketing)))
        return refuse(PolicyReason::NoConsent, PolicyWording::noConsent(facts.isCustomer));
    // 6–8.
    return timed(request, facts, nowUtc);
}

PolicyDecision PolicyEngine::timed(
    const PolicyRequest &request, const PolicyFacts &facts, const QDateTime &nowUtc) const
{
    const QTimeZone &zone = facts.zone.isValid() ? facts.zone : m_facts.businessZone();
    const SendingWindow window = m_config.sendingWindow(request.purpose, facts.jurisdiction);
    const SendingWindow::Answer open = window.at(nowUtc, zone);
    if (open.never())
        return decision(
            Verdict::Hold, PolicyReason::NoSendingWindow, PolicyWording::noSendingWindow(zone));
    if (!open.openNow)
        return decision(Verdict::Hold, PolicyReason::QuietHours,
            PolicyWording::windowClosed(open.closure,
                PolicyWording::localTime(open.nextOpenUtc, zone, nowUtc), zone, facts.jurisdiction),
            open.nextOpenUtc);
    if (request.purpose != MessagePurpose::Marketing)
        return send(PolicyReason::Allowed, PolicyWording::allowed(), request.body);

    // 7. Every cap must allow one more; those being sent right now count as sent now.
    QList<QDateTime> sent = facts.recentMarketingSentAt;
    for (int i = 0; i < facts.marketingInFlight; ++i)
        sent.append(nowUtc);
    QDateTime capUntil;
    FrequencyCap binding;
    for (const FrequencyCap &cap : m_config.marketingCaps(facts.jurisdiction)) {
        const FrequencyCap::Check check = cap.check(sent, nowUtc);
        if (!check.allowed && (!capUntil.isValid() || check.notBefore > capUntil)) {
            capUntil = check.notBefore;
            binding = cap;
        }
    }
    if (capUntil.isValid()) {
        // Asking again when the cap opens but the hours are closed would only hold again.
        const SendingWindow::Answer then = window.at(capUntil, zone);
        const QDateTime notBefore = then.nextOpenUtc.isValid() ? then.nextOpenUtc : capUntil;
        return decision(Verdict::Hold, PolicyReason::FrequencyCap,
            PolicyWording::capReached(
                PolicyWording::localTime(notBefore, zone, nowUtc), zone, binding),
            notBefore);
    }
    return send(PolicyReason::Allowed, PolicyWording::allowed(), marketingBody(request.body));
}

} // namespace rapport::app
