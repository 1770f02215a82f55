#pragma once

#include <QDateTime>
#include <QList>

namespace rapport::app {

// At most `count` marketing texts to one number in any rolling `windowSeconds` (COMPLIANCE.md:
// our default 3 per 7 days; Florida 3 per 24 hours). A text sent at t counts while
// now < t + window: at exactly t + window it has left the window.
struct FrequencyCap
{
    int count = 3;
    qint64 windowSeconds = 7 * 24 * 3600;

    struct Check
    {
        bool allowed = true;
        int counted = 0; // texts inside the window now
        QDateTime notBefore; // when not allowed: the exact moment one more may go (UTC)
    };

    // `sentAt`: when the earlier texts went (any order, UTC); include those about to go as
    // sent now. Texts dated after `now` (a clock set back) count as sent at their date.
    [[nodiscard]] Check check(const QList<QDateTime> &sentAt, const QDateTime &nowUtc) const;

    [[nodiscard]] bool isValid() const { return count >= 1 && windowSeconds >= 1; }

    bool operator==(const FrequencyCap &) const = default;
};

} // namespace rapport::app
