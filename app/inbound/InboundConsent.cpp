#include "app/inbound/InboundConsent.h"

#include "app/audit/AuditLog.h"
#include "app/consent/ConsentLedger.h"
#include "app/consent/SuppressionList.h"

namespace rapport::app {
namespace {

QString threadSubject(const KeywordSender &sender)
{
    return QStringLiteral("thread:%1").arg(sender.threadId);
}

} // namespace

InboundConsent::InboundConsent(ConsentLedger &ledger, SuppressionList &suppression, AuditLog &audit)
    : m_ledger(ledger)
    , m_suppression(suppression)
    , m_audit(audit)
{ }

Result<void, QString> InboundConsent::optOut(
    const Actor &actor, const KeywordSender &sender, const QString &confirmation)
{
    if (!sender.customerId) {
        if (auto added = m_suppression.add(sender.phoneE164, SuppressionList::Reason::OptedOut);
            !added)
            return fail(added.error().describe());
        if (auto logged = m_audit.record(actor, SuppressedAction, threadSubject(sender)); !logged)
            return fail(logged.error().detail);
        return {};
    }
    for (ConsentPurpose purpose : allConsentPurposes) {
        ConsentEvent event;
        event.customerId = sender.customerId;
        event.purpose = purpose;
        event.action = ConsentAction::OptOut;
        event.source = ConsentSource::Keyword;
        event.inboundText = sender.inboundText;
        event.confirmationText = confirmation;
        if (auto recorded = m_ledger.record(actor, event); !recorded)
            return fail(recorded.error().describe());
    }
    return {};
}

Result<void, QString> InboundConsent::optIn(
    const Actor &actor, const KeywordSender &sender, const QString &confirmation)
{
    if (!sender.customerId) {
        // The person texted START themselves: consent anew, whatever put the number on the
        // list. The audit line keeps that it happened.
        auto removed = m_suppression.remove(sender.phoneE164);
        if (!removed)
            return fail(removed.error().describe());
        if (*removed) {
            if (auto logged = m_audit.record(actor, UnsuppressedAction, threadSubject(sender));
                !logged)
                return fail(logged.error().detail);
        }
        return {};
    }
    for (ConsentPurpose purpose : {ConsentPurpose::Marketing, ConsentPurpose::Service}) {
        ConsentEvent event;
        event.customerId = sender.customerId;
        event.purpose = purpose;
        event.action = ConsentAction::OptIn;
        event.source = ConsentSource::Keyword;
        event.inboundText = sender.inboundText;
        event.confirmationText = confirmation;
        // The ledger also takes the number off the suppression list.
        if (auto recorded = m_ledger.record(actor, event); !recorded)
            return fail(recorded.error().describe());
    }
    return {};
}

Result<bool, QString> InboundConsent::hasOptedOut(const KeywordSender &sender) const
{
    auto listed = m_suppression.contains(sender.phoneE164);
    if (!listed)
        return fail(listed.error().describe());
    if (*listed || !sender.customerId)
        return *listed;
    auto state = m_ledger.current(sender.customerId);
    if (!state)
        return fail(state.error().describe());
    return state->of(ConsentPurpose::Service).status == ConsentStatus::OptedOut;
}

} // namespace rapport::app
