#pragma once

#include "app/policy/DailyWindow.h"
#include "app/policy/LegalRule.h"
#include "app/policy/WeeklySchedule.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace rapport::app {

// When texts of one purpose may reach one recipient: the business's hours for that weekday
// intersected with the legal hours, in the recipient's local wall-clock time, minus the days
// the rules close (business holidays, Sundays, public holidays).
//
// "Allowed at instant t" means: the wall clock in the recipient's zone at t shows a date and
// time inside that date's window. Around DST changes this is what a person there sees — a
// window opening at 02:30 on a spring-forward day whose clocks jump from 02:00 to 03:00 opens
// at the jump (03:00 is after 02:30), and in a repeated hour both passes count. The next
// allowed moment is found exactly, segment by segment between the zone's offset changes, in
// integer milliseconds.
class SendingWindow final
{
public:
    // Why a local date has no window (or a smaller one) — for the sentence people read.
    enum class Closure {
        None, // the date has a window; outside it is quiet hours
        BusinessClosed, // the business does not send on this weekday
        BusinessHoliday,
        Sunday, // the legal rule bans Sundays
        PublicHoliday, // the legal rule bans public holidays
        NoOverlap, // business and legal hours do not meet on this day
    };

    struct Day
    {
        std::optional<DailyWindow> window;
        Closure closure = Closure::None;
    };

    struct Answer
    {
        bool openNow = false;
        // openNow: the instant asked about; otherwise the first instant after it that is
        // allowed, or invalid when none is within SearchDays ("never").
        QDateTime nextOpenUtc;
        // Why the recipient's current local date is closed or narrower (None when open now or
        // simply outside today's hours).
        Closure closure = Closure::None;
        [[nodiscard]] bool never() const { return !openNow && !nextOpenUtc.isValid(); }
    };

    // How far ahead the next opening is searched before answering "never".
    static constexpr int SearchDays = 400;

    // `business`: the hours for the purpose; `businessHolidays`: days closed for this purpose
    // (marketing); `legal`: the combined rule of the recipient's jurisdiction; `country`: whose
    // public holidays the legal rule's ban means.
    SendingWindow(
        WeeklySchedule business, QSet<QDate> businessHolidays, LegalRule legal, QString country);
    // Any hour of any day (replies).
    static SendingWindow always();

    [[nodiscard]] Day on(const QDate &localDate) const;
    [[nodiscard]] Answer at(const QDateTime &nowUtc, const QTimeZone &zone) const;

private:
    WeeklySchedule m_business;
    QSet<QDate> m_businessHolidays;
    LegalRule m_legal;
    QString m_country;
};

} // namespace rapport::app
