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
    // The customer's latest keyword event of any purpose (STOP or START), even when a later
    // event has replaced it as the latest word for its purpose; eventId 0 when there is none.
    ConsentDecision lastKeyword;
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

    // STOP means stop everything (COMPLIANCE.md) until START: a keyword opt-out, of any purpose,
    // with no keyword opt-in after it. Not only the latest word per purpose counts: START is
    // recorded for marketing and service alone (the feedback opt-out of the STOP stays the
    // latest word for feedback), and an opt-in or opt-out recorded in person or imported for
    // one purpose after a STOP must not end it.
    [[nodiscard]] bool optedOutByKeyword() const { return keywordOptOutAt().isValid(); }
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
    // "After" is by event id, the ledger's own order.
    [[nodiscard]] QDateTime keywordOptOutAt() const
    {
        const std::array<const ConsentDecision *, 4> keywords {
            &lastKeyword, &consent.decisions[0], &consent.decisions[1], &consent.decisions[2]};
        qint64 lastOptIn = 0;
        for (const ConsentDecision *d : keywords) {
            if (d->status == ConsentStatus::OptedIn && d->source == ConsentSource::Keyword)
                lastOptIn = std::max(lastOptIn, d->eventId);
        }
        QDateTime latest;
        for (const ConsentDecision *d : keywords) {
            if (d->status == ConsentStatus::OptedOut && d->source == ConsentSource::Keyword
                && d->eventId > lastOptIn && (!latest.isValid() || d->at > latest))
                latest = d->at;
        }
        return latest;
    }
};

} // namespace rapport::app
