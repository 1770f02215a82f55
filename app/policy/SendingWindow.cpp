#include "app/policy/SendingWindow.h"

#include "app/policy/PublicHolidays.h"

#include <algorithm>
#include <utility>

namespace rapport::app {

namespace {

constexpr qint64 DayMs = qint64(DailyWindow::DaySeconds) * 1000;
// QDate's Julian day of 1970-01-01: wall-clock milliseconds count from there.
constexpr qint64 EpochJulianDay = 2440588;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

} // namespace

SendingWindow::SendingWindow(
    WeeklySchedule business, QSet<QDate> businessHolidays, LegalRule legal, QString country)
    : m_business(std::move(business))
    , m_businessHolidays(std::move(businessHolidays))
    , m_legal(std::move(legal))
    , m_country(std::move(country))
{ }

SendingWindow SendingWindow::always()
{
    return SendingWindow(WeeklySchedule::sameWindow(DailyWindow {}), {}, {}, {});
}

SendingWindow::Day SendingWindow::on(const QDate &localDate) const
{
    Day day;
    const std::optional<DailyWindow> &business = m_business.on(localDate.dayOfWeek());
    if (!business) {
        day.closure = Closure::BusinessClosed;
        return day;
    }
    if (m_businessHolidays.contains(localDate)) {
        day.closure = Closure::BusinessHoliday;
        return day;
    }
    if (m_legal.noSundays && localDate.dayOfWeek() == Qt::Sunday) {
        day.closure = Closure::Sunday;
        return day;
    }
    if (m_legal.noPublicHolidays && PublicHolidays::isPublicHoliday(m_country, localDate)) {
        day.closure = Closure::PublicHoliday;
        return day;
    }
    day.window = m_legal.window ? business->intersected(*m_legal.window) : business;
    if (!day.window)
        day.closure = Closure::NoOverlap;
    return day;
}

SendingWindow::Answer SendingWindow::at(const QDateTime &nowUtc, const QTimeZone &zone) const
{
    const QTimeZone effectiveZone = zone.isValid() ? zone : QTimeZone::utc();
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    const qint64 limit = now + qint64(SearchDays) * DayMs;

    Answer answer;
    // The offset is constant between two transitions, so there wall time = UTC + offset and
    // each local date's window maps to one UTC interval.
    qint64 segmentStart = now;
    qint64 offset = qint64(effectiveZone.offsetFromUtc(nowUtc)) * 1000;
    bool first = true;
    while (segmentStart < limit) {
        const QTimeZone::OffsetData next = effectiveZone.nextTransition(
            QDateTime::fromMSecsSinceEpoch(segmentStart, QTimeZone::utc()));
        const qint64 segmentEnd
            = next.atUtc.isValid() ? std::min(next.atUtc.toMSecsSinceEpoch(), limit) : limit;
        const qint64 wallStart = segmentStart + offset;
        const qint64 wallEnd = segmentEnd + offset;
        for (qint64 dayNumber = floorDiv(wallStart, DayMs); dayNumber * DayMs < wallEnd;
             ++dayNumber) {
            const Day day = on(QDate::fromJulianDay(dayNumber + EpochJulianDay));
            if (first) {
                answer.closure = day.closure;
                first = false;
            }
            if (!day.window)
                continue;
            const qint64 from = std::max(wallStart, dayNumber * DayMs + day.window->start * 1000LL);
            const qint64 until = std::min(wallEnd, dayNumber * DayMs + day.window->end * 1000LL);
            if (from < until) {
                const qint64 openUtc = from - offset;
                answer.openNow = openUtc == now;
                answer.nextOpenUtc
                    = QDateTime::fromMSecsSinceEpoch(openUtc, QTimeZone::utc()).toUTC();
                if (answer.openNow)
                    answer.closure = Closure::None;
                return answer;
            }
        }
        if (!next.atUtc.isValid())
            break;
        segmentStart = segmentEnd;
        offset = qint64(next.offsetFromUtc) * 1000;
    }
    return answer; // never
}

} // namespace rapport::app
