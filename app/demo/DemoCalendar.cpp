#include "app/demo/DemoCalendar.h"

#include <QDateTime>

#include <algorithm>

namespace rapport::app {
namespace {

constexpr qint64 kOpening = 9LL * 60 * 60 * 1000;
constexpr qint64 kOpenPerDay = 9LL * 60 * 60 * 1000;
constexpr qint64 kOpenDays = 5;
// 1970-01-01 was a Thursday: adding 3 makes day numbers count weeks from Monday.
constexpr qint64 kMondayShift = 3;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// Civil date from days since 1970-01-01 (Howard Hinnant's algorithm), for the fast formatter.
void civilFromDays(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
}

void putDigits(char16_t *&out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

} // namespace

DemoCalendar::DemoCalendar(QDate firstDay, QDate today, const QTimeZone &zone)
    : m_firstDay(firstDay)
    , m_today(today)
    , m_firstDayNumber(QDate(1970, 1, 1).daysTo(firstDay))
{
    const qint64 days = firstDay.daysTo(today) + 1;
    m_offsetSeconds.reserve(days);
    for (qint64 i = 0; i < days; ++i) {
        const QDateTime noon(firstDay.addDays(i), QTime(12, 0), zone);
        m_offsetSeconds.append(zone.isValid() ? zone.offsetFromUtc(noon) : 0);
    }
}

qint64 DemoCalendar::localMs(QDate date, QTime time)
{
    return QDate(1970, 1, 1).daysTo(date) * msPerDay + time.msecsSinceStartOfDay();
}

QDate DemoCalendar::dateOf(qint64 localMs)
{
    return QDate(1970, 1, 1).addDays(floorDiv(localMs, msPerDay));
}

QTime DemoCalendar::timeOf(qint64 localMs)
{
    return QTime::fromMSecsSinceStartOfDay(int(localMs - floorDiv(localMs, msPerDay) * msPerDay));
}

qint64 DemoCalendar::toOpenMs(qint64 localMs)
{
    const qint64 day = floorDiv(localMs, msPerDay);
    const qint64 week = floorDiv(day + kMondayShift, 7);
    const qint64 weekday = day + kMondayShift - week * 7; // 0 = Monday
    const qint64 weekStart = week * kOpenDays * kOpenPerDay;
    if (weekday >= kOpenDays)
        return weekStart + kOpenDays * kOpenPerDay;
    const qint64 intoDay = std::clamp<qint64>(localMs - day * msPerDay - kOpening, 0, kOpenPerDay);
    return weekStart + weekday * kOpenPerDay + intoDay;
}

qint64 DemoCalendar::fromOpenMs(qint64 openMs)
{
    const qint64 week = floorDiv(openMs, kOpenDays * kOpenPerDay);
    const qint64 intoWeek = openMs - week * kOpenDays * kOpenPerDay;
    const qint64 weekday = intoWeek / kOpenPerDay;
    const qint64 day = week * 7 - kMondayShift + weekday;
    return day * msPerDay + kOpening + intoWeek % kOpenPerDay;
}

qint64 DemoCalendar::toUtcMs(qint64 localMs) const
{
    const qint64 index = floorDiv(localMs, msPerDay) - m_firstDayNumber;
    const qint64 clamped = std::clamp<qint64>(index, 0, m_offsetSeconds.size() - 1);
    return localMs - qint64(m_offsetSeconds.value(clamped)) * 1000;
}

QString DemoCalendar::isoUtc(qint64 utcMs)
{
    const qint64 days = floorDiv(utcMs, msPerDay);
    qint64 rest = utcMs - days * msPerDay;
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    char16_t text[24];
    char16_t *out = text;
    putDigits(out, year, 4);
    *out++ = u'-';
    putDigits(out, month, 2);
    *out++ = u'-';
    putDigits(out, day, 2);
    *out++ = u'T';
    putDigits(out, int(rest / 3600000), 2);
    rest %= 3600000;
    *out++ = u':';
    putDigits(out, int(rest / 60000), 2);
    rest %= 60000;
    *out++ = u':';
    putDigits(out, int(rest / 1000), 2);
    *out++ = u'.';
    putDigits(out, int(rest % 1000), 3);
    *out++ = u'Z';
    return QString::fromUtf16(text, 24);
}

} // namespace rapport::app
