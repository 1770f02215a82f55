#include "app/policy/FrequencyCap.h"

#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace rapport::app {

FrequencyCap::Check FrequencyCap::check(
    const QList<QDateTime> &sentAt, const QDateTime &nowUtc) const
{
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    const qint64 window = windowSeconds * 1000;
    std::vector<qint64> inside;
    inside.reserve(static_cast<std::size_t>(sentAt.size()));
    for (const QDateTime &at : sentAt) {
        if (!at.isValid())
            continue;
        const qint64 ms = at.toMSecsSinceEpoch();
        if (now < ms + window)
            inside.push_back(ms);
    }
    Check result;
    result.counted = static_cast<int>(inside.size());
    if (result.counted < count)
        return result;
    // One more may go once all but count - 1 have left: the (counted - count + 1)th oldest
    // leaves last of those, at its time + window.
    std::sort(inside.begin(), inside.end());
    const std::size_t leaving = static_cast<std::size_t>(result.counted - count);
    result.allowed = false;
    result.notBefore
        = QDateTime::fromMSecsSinceEpoch(inside[leaving] + window, QTimeZone::utc()).toUTC();
    return result;
}

} // namespace rapport::app
