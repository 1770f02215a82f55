#include "app/policy/PolicyWording.h"

#include <QCoreApplication>
#include <QLocale>

namespace rapport::app {

namespace {

// The translation context, declared so that lupdate files these sentences under the context
// they are looked up in at run time.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicyWording)
};

// "24 hours", "7 days", "36 hours": a rolling period, as people say it. (No "%n day(s)" forms:
// without an English translation file Qt would show them as they are.)
QString period(qint64 seconds)
{
    constexpr qint64 day = 24 * 3600;
    if (seconds > day && seconds % day == 0)
        return Text::tr("%1 days").arg(seconds / day);
    if (seconds == 3600)
        return Text::tr("hour");
    if (seconds % 3600 == 0)
        return Text::tr("%1 hours").arg(seconds / 3600);
    return Text::tr("%1 minutes").arg(seconds / 60);
}

} // namespace

QString PolicyWording::localTime(
    const QDateTime &utc, const QTimeZone &zone, const QDateTime &nowUtc)
{
    const QDateTime local = utc.toTimeZone(zone);
    const qint64 daysAhead = nowUtc.toTimeZone(zone).date().daysTo(local.date());
    const bool wholeMinute = local.time().second() == 0 && local.time().msec() == 0;
    // Date formats are translated: languages order and punctuate them differently.
    const QString day = daysAhead >= 0 && daysAhead < 7
        ? Text::tr("ddd", "date format: a day in the coming week")
        : Text::tr("ddd d MMM", "date format: a day further ahead");
    const QString time = wholeMinute ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss");
    return QLocale().toString(local, day + u' ' + time);
}

QString PolicyWording::zoneName(const QTimeZone &zone)
{
    return QString::fromUtf8(zone.id());
}

QString PolicyWording::allowed()
{
    return Text::tr("May be sent now.");
}

QString PolicyWording::complianceNotice()
{
    return Text::tr(
        "Sent at once: a notice the rules require (opt-out confirmation or help), which "
        "goes whatever the consent or the hour.");
}

QString PolicyWording::optOutOverride()
{
    return Text::tr(
        "Sent although the customer opted out: a member of staff is answering a message "
        "the customer wrote after opting out. The override is recorded in the audit log.");
}

QString PolicyWording::optOutReview()
{
    return Text::tr(
        "Held until a member of staff has read the customer's message that may ask us to "
        "stop texting.");
}

QString PolicyWording::windowClosed(SendingWindow::Closure closure, const QString &until,
    const QTimeZone &zone, const Jurisdiction &jurisdiction)
{
    const QString where = zoneName(zone);
    switch (closure) {
    case SendingWindow::Closure::Sunday:
        return Text::tr("Held until %1 — no texts on Sundays under %2 rules (%3 time)")
            .arg(until, jurisdiction.code(), where);
    case SendingWindow::Closure::PublicHoliday:
        return Text::tr("Held until %1 — public holiday under %2 rules (%3 time)")
            .arg(until, jurisdiction.code(), where);
    case SendingWindow::Closure::BusinessHoliday:
        return Text::tr("Held until %1 — business holiday (%2 time)").arg(until, where);
    case SendingWindow::Closure::BusinessClosed:
        return Text::tr("Held until %1 — no texts of this kind on this weekday (%2 time)")
            .arg(until, where);
    case SendingWindow::Closure::None:
    case SendingWindow::Closure::NoOverlap:
        break;
    }
    return Text::tr("Held until %1 — quiet hours in %2").arg(until, where);
}

QString PolicyWording::noSendingWindow(const QTimeZone &zone)
{
    return Text::tr(
        "Held: the sending hours leave no time in the next %1 days for this customer (%2 "
        "time). Check the sending hours in the settings.")
        .arg(SendingWindow::SearchDays)
        .arg(zoneName(zone));
}

QString PolicyWording::capReached(
    const QString &until, const QTimeZone &zone, const FrequencyCap &cap)
{
    return Text::tr("Held until %1 (%2 time) — at most %3 marketing texts per %4 to one customer")
        .arg(until, zoneName(zone))
        .arg(cap.count)
        .arg(period(cap.windowSeconds));
}

QString PolicyWording::unavailable(const QString &detail)
{
    return Text::tr("Held for a minute: the customer's consent could not be read (%1).")
        .arg(detail);
}

QString PolicyWording::invalidNumber()
{
    return Text::tr("Not sent: this is not a phone number Rapport can text.");
}

QString PolicyWording::invalidComplianceNotice()
{
    return Text::tr("Not sent: only automatic replies may send compliance notices, and never as "
                    "marketing.");
}

QString PolicyWording::suppressed(std::optional<SuppressionList::Reason> reason)
{
    if (reason == SuppressionList::Reason::Erased)
        return Text::tr(
            "Not sent: the number is on the do-not-text list because the person asked to "
            "be erased.");
    return Text::tr(
        "Not sent: the number is on the do-not-text list because the person opted out.");
}

QString PolicyWording::optedOut(MessagePurpose purpose, bool byKeyword)
{
    if (byKeyword)
        return Text::tr("Not sent: the customer replied STOP, which stops every text.");
    return Text::tr("Not sent: the customer opted out of %1 texts.")
        .arg(messagePurposeName(purpose).toLower());
}

QString PolicyWording::overrideNotAllowed()
{
    return Text::tr("Not sent: only a member of staff answering by hand may override an opt-out; "
                    "automations, campaigns and automatic replies never can.");
}

QString PolicyWording::overrideNeedsCustomerMessage()
{
    return Text::tr("Not sent: the customer opted out and has not written since. An opt-out can be "
                    "overridden only to answer a message the customer sent after opting out.");
}

QString PolicyWording::noConsent(bool isCustomer)
{
    if (!isCustomer)
        return Text::tr(
            "Not sent: marketing needs an opt-in, and this number belongs to no customer.");
    return Text::tr("Not sent: the customer has not opted in to marketing texts.");
}

} // namespace rapport::app
