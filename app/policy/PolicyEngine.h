#pragma once

#include "app/messaging/SendPolicy.h"
#include "app/policy/PolicyConfig.h"
#include "app/policy/PolicyFacts.h"

#include <QDateTime>
#include <QString>

namespace rapport::app {

class PolicyFactsLoader;

// The one policy every text passes (COMPLIANCE.md), as rules applied in this order — the first
// that speaks decides:
//  0. a request that breaks the contract (a number libphonenumber cannot read, a compliance
//     notice not from an auto-reply or for marketing, an opt-out override not from a person
//     at the desk) → Refuse;
//  1. number on the suppression list → Refuse, except compliance notices and a staff override
//     reply (rule 3's conditions; never for an erased person);
//  2. compliance notice (opt-out confirmation, HELP answer) → Send at once, whatever the
//     consent or the hour;
//  3. opted out (STOP of any purpose stops everything; an opt-out of service or marketing
//     stops that purpose) → Refuse; a reply may override it only when a person answers by hand
//     a message the customer wrote after opting out;
//  4. an open opt-out review for the thread → Hold until a person has looked (not replies);
//  5. consent: marketing needs an explicit opt-in (so never to an unknown number);
//  6. quiet hours (service, marketing) → Hold until the next allowed moment;
//  7. frequency cap (marketing) → Hold until the exact moment the cap allows one more;
//  8. Send, marketing with the sender's name and the opt-out line added (idempotently).
// Deterministic: the same request, facts, configuration and `now` give the same decision.
class PolicyEngine final : public SendPolicy
{
public:
    PolicyEngine(PolicyFactsLoader &facts, PolicyConfig config, QString businessName);

    // Loads the facts and applies the rules. When the database cannot answer, Hold for
    // RetryAfterFailureSeconds (policy_unavailable): never send on facts we could not read.
    [[nodiscard]] PolicyDecision decide(
        const PolicyRequest &request, const QDateTime &nowUtc) override;
    // The rules alone, on facts the caller supplies.
    [[nodiscard]] PolicyDecision decideWith(
        const PolicyRequest &request, const PolicyFacts &facts, const QDateTime &nowUtc) const;

    void setConfig(PolicyConfig config);
    [[nodiscard]] const PolicyConfig &config() const { return m_config; }
    void setBusinessName(const QString &name) { m_businessName = name; }
    [[nodiscard]] const QString &businessName() const { return m_businessName; }

    static constexpr int RetryAfterFailureSeconds = 60;

private:
    [[nodiscard]] PolicyDecision send(
        const QString &code, const QString &reason, const QString &finalBody) const;
    [[nodiscard]] PolicyDecision timed(
        const PolicyRequest &request, const PolicyFacts &facts, const QDateTime &nowUtc) const;
    [[nodiscard]] QString marketingBody(const QString &body) const;

    PolicyFactsLoader &m_facts;
    PolicyConfig m_config;
    QString m_businessName;
};

} // namespace rapport::app
