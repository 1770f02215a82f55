#include "app/threads/ThreadFilterMatch.h"

#include "app/phone/PhoneNumbers.h"

namespace rapport::app {
namespace {

// The order key ThreadRepository compares: the ISO text of the last message's time, '' when
// there is none.
QString orderKey(const ThreadSummary &thread)
{
    return thread.lastMessageAt.isValid() ? thread.lastMessageAt.toUTC().toString(Qt::ISODateWithMs)
                                          : QString();
}

bool matchesSearch(const QString &typed, const ThreadSummary &thread, const QString &region)
{
    const QString search = typed.simplified();
    if (search.isEmpty())
        return true;
    // The SQL compares the customer's name (not the formatted number shown for strangers).
    if (thread.customerId != 0 && thread.displayName.toLower().contains(search.toLower()))
        return true;
    if (thread.phoneE164.contains(search))
        return true;
    const QString prefix = PhoneNumbers::e164Prefix(search, region);
    return !prefix.isEmpty() && thread.phoneE164.startsWith(prefix);
}

} // namespace

bool ThreadFilterMatch::matches(
    const ThreadFilter &filter, const ThreadSummary &thread, const QString &region)
{
    bool inBox = true;
    switch (filter.box) {
    case ThreadFilter::Box::All:
        break;
    case ThreadFilter::Box::Unread:
        inBox = thread.unreadCount > 0;
        break;
    case ThreadFilter::Box::Mine:
        inBox = thread.assigneeId != 0 && thread.assigneeId == filter.staffId;
        break;
    case ThreadFilter::Box::Unassigned:
        inBox = thread.assigneeId == 0;
        break;
    case ThreadFilter::Box::Open:
        inBox = thread.isOpen;
        break;
    case ThreadFilter::Box::Closed:
        inBox = !thread.isOpen;
        break;
    }
    return inBox && matchesSearch(filter.search, thread, region);
}

bool ThreadFilterMatch::before(const ThreadSummary &a, const ThreadSummary &b)
{
    const QString keyA = orderKey(a);
    const QString keyB = orderKey(b);
    if (keyA != keyB)
        return keyA > keyB;
    return a.threadId > b.threadId;
}

} // namespace rapport::app
