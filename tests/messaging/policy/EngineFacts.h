#pragma once

// Hand-written facts for the engine tests: a customer in Chicago (US jurisdiction), asked about
// on Monday 2026-01-05 at 10:00 local — inside every window — changed by named flags.

#include "app/messaging/SendPolicy.h"
#include "app/policy/PolicyFacts.h"

#include "PolicyFixture.h"

namespace rapport::test {

inline const QDateTime monday10 = utcAt(2026, 1, 5, 16); // 10:00 in Chicago (UTC-6)
inline const QDateTime monday03 = utcAt(2026, 1, 5, 9); // 03:00 in Chicago
inline const QDateTime optOutTime = utcAt(2026, 1, 2, 12);
inline const QString business = QStringLiteral("Bloom Florist");

inline app::ConsentDecision decided(
    app::ConsentStatus status, app::ConsentSource source, const QDateTime &at)
{
    app::ConsentDecision d;
    d.status = status;
    d.source = source;
    d.at = at;
    d.eventId = 1;
    return d;
}

// Facts from a comma-separated list of changes to the base customer.
inline app::PolicyFacts factsFor(const QString &changes)
{
    app::PolicyFacts f;
    f.isCustomer = true;
    f.zone = QTimeZone("America/Chicago");
    f.jurisdiction = app::Jurisdiction::fromCode(QStringLiteral("US"));
    for (const QString &change : changes.split(u',', Qt::SkipEmptyParts)) {
        const QString c = change.trimmed();
        if (c == QLatin1String("unknown"))
            f.isCustomer = false;
        else if (c == QLatin1String("unreadable"))
            f.numberRecognised = false;
        else if (c == QLatin1String("optin"))
            f.consent.of(app::ConsentPurpose::Marketing) = decided(
                app::ConsentStatus::OptedIn, app::ConsentSource::InPerson, optOutTime.addDays(-30));
        else if (c == QLatin1String("stop")) // STOP recorded for service only: stops everything
            f.consent.of(app::ConsentPurpose::Service)
                = decided(app::ConsentStatus::OptedOut, app::ConsentSource::Keyword, optOutTime);
        else if (c == QLatin1String("paper-no-marketing"))
            f.consent.of(app::ConsentPurpose::Marketing)
                = decided(app::ConsentStatus::OptedOut, app::ConsentSource::PaperForm, optOutTime);
        else if (c == QLatin1String("paper-no-service"))
            f.consent.of(app::ConsentPurpose::Service)
                = decided(app::ConsentStatus::OptedOut, app::ConsentSource::PaperForm, optOutTime);
        else if (c == QLatin1String("suppressed")) {
            f.suppressed = true;
            f.suppressionReason = app::SuppressionList::Reason::OptedOut;
            f.suppressedAt = optOutTime;
        } else if (c == QLatin1String("erased")) {
            f.suppressed = true;
            f.suppressionReason = app::SuppressionList::Reason::Erased;
            f.suppressedAt = optOutTime;
        } else if (c == QLatin1String("review"))
            f.openOptOutReview = true;
        else if (c == QLatin1String("wrote-after"))
            f.latestInboundAt = optOutTime.addSecs(3600);
        else if (c == QLatin1String("wrote-before"))
            f.latestInboundAt = optOutTime.addSecs(-3600);
        else if (c == QLatin1String("wrote-same-time"))
            f.latestInboundAt = optOutTime;
        else if (c == QLatin1String("capped"))
            f.recentMarketingSentAt
                = {monday10.addDays(-1), monday10.addDays(-2), monday10.addDays(-3)};
        else if (c == QLatin1String("two-sent-one-sending")) {
            f.recentMarketingSentAt = {monday10.addDays(-1), monday10.addDays(-2)};
            f.marketingInFlight = 1;
        } else
            qFatal("unknown change %s", qPrintable(c));
    }
    return f;
}

inline app::PolicyRequest request(
    app::MessagePurpose purpose, app::MessageOrigin origin = app::MessageOrigin::Manual)
{
    app::PolicyRequest r;
    r.messageId = 42;
    r.threadId = 7;
    r.customerId = 3;
    r.phoneE164 = newYorkNumber;
    r.purpose = purpose;
    r.origin = origin;
    r.body = QStringLiteral("20% off roses this week");
    return r;
}

} // namespace rapport::test
