#pragma once

#include "app/policy/DailyWindow.h"
#include "app/policy/FrequencyCap.h"

#include <QString>

#include <optional>

namespace rapport::app {

// What the law of one jurisdiction adds to the business's own sending hours, as configuration
// (COMPLIANCE.md "Sending hours"; not legal advice). Applies to service and marketing texts,
// never to replies. A subdivision's rule ("US-FL") builds on its country's ("US").
struct LegalRule
{
    std::optional<DailyWindow> window; // local hours in which texts may go; none: any hour
    bool noSundays = false;
    bool noPublicHolidays = false; // the country's public holidays (PublicHolidays)
    std::optional<FrequencyCap> marketingCap; // on top of the business's own cap
    QString source; // where the rule comes from, for people ("TCPA, 47 CFR 64.1200(c)(1)")

    // A subdivision's rule on top of its country's. Federal or national law still binds in
    // every state, so the two are combined, not replaced: the hours both allow and a ban if
    // either bans. The cap is the subdivision's own when it has one, else the country's; the
    // engine enforces every cap that bears on a number (PolicyConfig::marketingCaps), so a
    // looser state cap never lifts a stricter national one.
    static LegalRule combined(const LegalRule &country, const LegalRule &subdivision);

    bool operator==(const LegalRule &) const = default;
};

} // namespace rapport::app
