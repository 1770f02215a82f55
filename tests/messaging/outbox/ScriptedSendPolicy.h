#pragma once

#include "app/messaging/SendPolicy.h"

#include <QList>

namespace rapport::test {

// The policy as the outbox's tests want it: decisions taken from a script in order, then the
// fallback (Send); every question is recorded. The real engine (app/policy) is tested apart.
class ScriptedSendPolicy final : public app::SendPolicy
{
public:
    app::PolicyDecision decide(const app::PolicyRequest &request, const QDateTime &nowUtc) override
    {
        asked << request;
        askedAt << nowUtc;
        app::PolicyDecision decision = script.isEmpty() ? fallback : script.takeFirst();
        // Like the engine: the footer is added at most once (PolicyDecision::finalBody).
        if (decision.finalBody.isEmpty()
            && decision.verdict != app::PolicyDecision::Verdict::Refuse)
            decision.finalBody = footer.isEmpty() || request.body.endsWith(footer)
                ? request.body
                : QString(request.body + footer);
        return decision;
    }

    static app::PolicyDecision send()
    {
        app::PolicyDecision decision;
        decision.reasonCode = QStringLiteral("ok");
        return decision;
    }
    static app::PolicyDecision hold(const QDateTime &until, const QString &reason)
    {
        app::PolicyDecision decision;
        decision.verdict = app::PolicyDecision::Verdict::Hold;
        decision.notBefore = until;
        decision.reasonCode = QStringLiteral("quiet_hours");
        decision.reason = reason;
        return decision;
    }
    static app::PolicyDecision refuse(const QString &reason)
    {
        app::PolicyDecision decision;
        decision.verdict = app::PolicyDecision::Verdict::Refuse;
        decision.reasonCode = QStringLiteral("no_consent");
        decision.reason = reason;
        return decision;
    }

    QList<app::PolicyDecision> script;
    app::PolicyDecision fallback = send();
    QString footer; // appended to the body by Send and Hold decisions, as an opt-out line
    QList<app::PolicyRequest> asked;
    QList<QDateTime> askedAt;
};

} // namespace rapport::test
