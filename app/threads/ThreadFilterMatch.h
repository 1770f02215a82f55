#pragma once

#include "app/threads/ThreadRecords.h"

#include <QString>

namespace rapport::app {

// ThreadRepository::list's filter and order as predicates over one summary, so a live thread
// list can place a changed thread without asking for the whole list again. They answer as the
// SQL does; tst_threadlistmodel checks them against the repository.
class ThreadFilterMatch final
{
public:
    // `region` is the business's (BusinessProfile::region), for numbers typed without a
    // country code. Paging fields (limit, offset, after) are ignored.
    [[nodiscard]] static bool matches(
        const ThreadFilter &filter, const ThreadSummary &thread, const QString &region);
    // True when `a` comes before `b` in the list: newest activity first, threads without
    // messages last, then the higher id first.
    [[nodiscard]] static bool before(const ThreadSummary &a, const ThreadSummary &b);
};

} // namespace rapport::app
