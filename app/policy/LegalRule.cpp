#include "app/policy/LegalRule.h"

namespace rapport::app {

LegalRule LegalRule::combined(const LegalRule &country, const LegalRule &subdivision)
{
    LegalRule rule = country;
    if (subdivision.window) {
        // Hours that do not overlap leave an empty window: no texts at all, which is what two
        // contradictory laws amount to. Represented as a zero-length window.
        rule.window = country.window
            ? country.window->intersected(*subdivision.window)
                  .value_or(DailyWindow {subdivision.window->start, subdivision.window->start})
            : subdivision.window;
    }
    rule.noSundays = country.noSundays || subdivision.noSundays;
    rule.noPublicHolidays = country.noPublicHolidays || subdivision.noPublicHolidays;
    if (subdivision.marketingCap)
        rule.marketingCap = subdivision.marketingCap;
    if (!subdivision.source.isEmpty())
        rule.source = country.source.isEmpty()
            ? subdivision.source
            : QStringLiteral("%1; %2").arg(country.source, subdivision.source);
    return rule;
}

} // namespace rapport::app
