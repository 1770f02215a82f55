// The appointment book of a demo run: about 15% of customers have one coming up in the next
// three weeks (so the inbox's customer panel shows one for many threads), a few of those
// rebooked from a cancelled slot, and some have past ones, a few of them cancelled. All in
// opening hours (Monday to Friday, 09:00-18:00, the shop's time), on quarter hours.
#include "app/demo/DemoRun.h"

#include <algorithm>

namespace rapport::app {
namespace {

constexpr int kAheadDays = 21;
constexpr int kPastDays = 56;
constexpr int kBookedUpToDaysBefore = 14;
constexpr int kOpenMinutes = 9 * 60;
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

QList<QDate> openDays(QDate first, QDate last)
{
    QList<QDate> days;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (day.dayOfWeek() <= 5)
            days.append(day);
    }
    return days;
}

} // namespace

bool DemoRun::writeAppointments()
{
    if (m_customers.isEmpty() || m_texts.services.isEmpty())
        return true;
    const QDate today = m_calendar.today();
    // The run's calendar ends today; appointments also need the weeks ahead, with their own
    // offsets from UTC (a clock change may fall among them).
    const DemoCalendar days(
        today.addDays(-kPastDays - kBookedUpToDaysBefore - 1), today.addDays(kAheadDays), m_zone);
    const QList<QDate> ahead = openDays(today.addDays(1), today.addDays(kAheadDays));
    const QList<QDate> behind = openDays(today.addDays(-kPastDays), today.addDays(-1));
    DemoRandom &random = m_appointmentRandom;

    // A start on a quarter hour that lets the service end by closing time.
    const auto startOn = [&random](QDate day, int minutes) {
        const int slots = (kOpenMinutes - minutes) / 15 + 1;
        return DemoCalendar::localMs(day, QTime(9, 0)) + qint64(15 * random.below(slots)) * kMinute;
    };
    // A moment in opening hours a few days before `localMs`, and not before `notBefore`.
    const auto bookedBefore = [&random](qint64 localMs, qint64 notBefore) {
        const QDate day
            = DemoCalendar::dateOf(localMs).addDays(-1 - random.below(kBookedUpToDaysBefore));
        const qint64 at = DemoCalendar::localMs(day, QTime(9, 0))
            + qint64(random.below(kOpenMinutes)) * kMinute;
        return std::max(at, notBefore);
    };
    const auto write = [&](const DemoCustomer &c, qint64 startMs, const DemoService &service,
                           qint64 bookedMs, qint64 cancelledMs) {
        const int staffCount = int(m_staffIds.size());
        if (!m_writer.appointment(
                {c.id, DemoCalendar::isoUtc(days.toUtcMs(startMs)), service.minutes, service.what,
                    staffId(random.below(staffCount)), DemoCalendar::isoUtc(days.toUtcMs(bookedMs)),
                    cancelledMs != 0 ? QVariant(DemoCalendar::isoUtc(days.toUtcMs(cancelledMs)))
                                     : DemoWriter::null(),
                    cancelledMs != 0 ? staffId(random.below(staffCount)) : DemoWriter::null()}))
            return failQuery();
        ++m_summary.appointments;
        return true;
    };

    for (const DemoCustomer &c : std::as_const(m_customers)) {
        if (!ahead.isEmpty() && random.chance(0.15)) {
            const DemoService &service = random.pick(m_texts.services);
            const qint64 startMs = startOn(random.pick(ahead), service.minutes);
            // Booked by yesterday at the latest, so it is never booked "after now".
            const qint64 bookedMs = std::min(bookedBefore(startMs, c.createdLocalMs),
                DemoCalendar::localMs(today.addDays(-1), QTime(17, 0)));
            if (!write(c, startMs, service, bookedMs, 0))
                return false;
            // Rebooked: the slot first booked was cancelled when this one was made.
            if (random.chance(0.1)) {
                const qint64 firstMs = startOn(random.pick(ahead), service.minutes);
                const qint64 firstBookedMs
                    = std::min(bookedBefore(bookedMs, c.createdLocalMs), bookedMs);
                if (!write(c, firstMs, service, firstBookedMs, bookedMs))
                    return false;
            }
        }
        if (!behind.isEmpty() && random.chance(0.2)) {
            const DemoService &service = random.pick(m_texts.services);
            const qint64 startMs = startOn(random.pick(behind), service.minutes);
            // Only for someone who was already a customer then.
            if (c.createdLocalMs >= startMs - 24 * kHour)
                continue;
            const qint64 bookedMs = bookedBefore(startMs, c.createdLocalMs);
            const qint64 cancelledMs = random.chance(0.1)
                ? std::min(bookedBefore(startMs, bookedMs + kMinute), startMs - kHour)
                : 0;
            if (!write(c, startMs, service, bookedMs, cancelledMs))
                return false;
        }
    }
    return true;
}

} // namespace rapport::app
