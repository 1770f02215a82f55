#pragma once

#include "app/consent/ConsentTypes.h"
#include "app/consent/SuppressionList.h"
#include "app/messaging/MessageTypes.h"
#include "app/policy/Jurisdiction.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace rapport::app {

// Everything the policy engine knows about one recipient when it decides, loaded from the
// database by PolicyFactsLoader (or written by hand in tests). A plain value, so the decision
// itself is a pure function of request, facts, configuration and time.
struct PolicyFacts
{
    bool numberRecognised = true; // libphonenumber reads the number (else nothing may go)
    bool isCustomer = false; // the request names a customer who exists
    ConsentState consent; // all Unknown for a number that is not a customer's
    // On the do-not-text list, why, and since when (the entry's added_at).
    bool suppressed = false;
    std::optional<SuppressionList::Reason> suppressionReason;
    QDateTime suppressedAt;
    bool openOptOutReview = false; // an unresolved opt_out_reviews row for the thread
    QDateTime latestInboundAt; // the customer's latest message in the thread; invalid: none
    QTimeZone zone; // the recipient's: customer record, else the number's one zone, else ours
    Jurisdiction jurisdiction;
    // Marketing texts to this thread that count against the cap: sent_at of those sending,
    // sent or delivered, newest window only, the message being decided left out.
    QList<QDateTime> recentMarketingSentAt;
    int marketingInFlight = 0; // marketing texts being sent that have no sent_at yet

    // STOP means stop everything (COMPLIANCE.md): a keyword opt-out of any purpose that is
    // still the latest word for that purpose.
    [[nodiscard]] bool optedOutByKeyword() const
    {
        return std::any_of(
            consent.decisions.cbegin(), consent.decisions.cend(), [](const ConsentDecision &d) {
                return d.status == ConsentStatus::OptedOut && d.eventId != 0
                    && d.source == ConsentSource::Keyword;
            });
    }
    // Whether `purpose` is barred by an opt-out: a keyword opt-out bars everything, an opt-out
    // recorded for service or marketing bars that purpose. Replies are barred only by STOP.
    [[nodiscard]] bool optedOutOf(MessagePurpose purpose) const
    {
        if (optedOutByKeyword())
            return true;
        switch (purpose) {
        case MessagePurpose::Reply:
            return false;
        case MessagePurpose::Service:
            return consent.of(ConsentPurpose::Service).status == ConsentStatus::OptedOut;
        case MessagePurpose::Marketing:
            return consent.of(ConsentPurpose::Marketing).status == ConsentStatus::OptedOut;
        }
        return false;
    }
    // When the latest keyword opt-out in force was recorded; invalid when there is none.
    [[nodiscard]] QDateTime keywordOptOutAt() const
    {
        QDateTime latest;
        for (const ConsentDecision &d : consent.decisions) {
            if (d.status == ConsentStatus::OptedOut && d.source == ConsentSource::Keyword
                && d.eventId != 0 && (!latest.isValid() || d.at > latest))
                latest = d.at;
        }
        return latest;
    }
};

} // namespace rapport::app
