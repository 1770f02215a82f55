#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace rapport::app {

// Time for a demo shop. Conversations are laid out on the shop's wall clock ("local
// milliseconds": local date and time counted as if they were UTC) and converted to UTC only when
// stored, with one offset per day looked up once, so a million timestamps cost no time-zone
// queries.
class DemoCalendar final
{
public:
    static constexpr qint64 msPerDay = 24LL * 60 * 60 * 1000;

    // Covers `firstDay` .. `today`; `zone` is the shop's.
    DemoCalendar(QDate firstDay, QDate today, const QTimeZone &zone);

    [[nodiscard]] QDate today() const { return m_today; }
    [[nodiscard]] QDate firstDay() const { return m_firstDay; }

    static qint64 localMs(QDate date, QTime time);
    static QDate dateOf(qint64 localMs);
    static QTime timeOf(qint64 localMs);

    // "Open time": milliseconds counted only Monday to Friday, 09:00-18:00, the default sending
    // window. Conversations are laid out in open time and turned back into local time, so every
    // text falls inside the window and order is kept; a moment outside the window counts as
    // the window's next opening (or last close, at the end of a week).
    static qint64 toOpenMs(qint64 localMs);
    static qint64 fromOpenMs(qint64 openMs);

    // UTC milliseconds since the epoch. Uses the offset at noon of that local day, which is
    // right for any time between 08:00 and 21:00 (clocks change at night).
    [[nodiscard]] qint64 toUtcMs(qint64 localMs) const;

    // "2025-03-01T10:00:00.000Z", exactly as QDateTime::toString(Qt::ISODateWithMs) writes a
    // UTC time, without building a QDateTime.
    static QString isoUtc(qint64 utcMs);

private:
    QDate m_firstDay;
    QDate m_today;
    qint64 m_firstDayNumber = 0; // days since 1970-01-01
    QList<int> m_offsetSeconds; // per day from m_firstDay
};

} // namespace rapport::app
