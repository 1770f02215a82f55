#include "ComplianceModel.h"

#include <algorithm>

namespace rapport::test::property {

using app::ConsentPurpose;
using app::ConsentStatus;
using app::MessagePurpose;

namespace {

QString clockText(int secondOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(secondOfDay / 3600, 2, 10, QLatin1Char('0'))
        .arg(secondOfDay % 3600 / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

bool ComplianceModel::isFrenchPublicHoliday(const QDate &date)
{
    // Code du travail art. L3133-1 (COMPLIANCE.md: France, no public holidays): 1 January,
    // Easter Monday, 1 May, 8 May, Ascension (Easter + 39), Whit Monday (Easter + 50), 14 July,
    // 15 August, 1 November, 11 November, 25 December. Easter Sundays are written out from the
    // calendar rather than computed, so the test does not share the engine's algorithm.
    static const QDate easter[] = {QDate(2026, 4, 5), QDate(2027, 3, 28), QDate(2028, 4, 16),
        QDate(2029, 4, 1), QDate(2030, 4, 21)};
    const int index = date.year() - 2026;
    if (index < 0 || index >= int(std::size(easter)))
        qFatal("the property test knows French public holidays of 2026 to 2030 only");
    const QDate sunday = easter[index];
    for (const auto &[month, day] :
        {std::pair {1, 1}, std::pair {5, 1}, std::pair {5, 8}, std::pair {7, 14}, std::pair {8, 15},
            std::pair {11, 1}, std::pair {11, 11}, std::pair {12, 25}}) {
        if (date == QDate(date.year(), month, day))
            return true;
    }
    return date == sunday.addDays(1) || date == sunday.addDays(39) || date == sunday.addDays(50);
}

bool ComplianceModel::windowOpen(
    MessagePurpose purpose, const Person &p, const QDateTime &utc, QString *why) const
{
    if (purpose == MessagePurpose::Reply)
        return true; // a customer who writes at 23:00 may be answered at 23:00
    const QTimeZone zone = zoneOf(p);
    const QDateTime local = utc.toTimeZone(zone);
    const QDate date = local.date();
    const int weekday = date.dayOfWeek();
    const int second = local.time().msecsSinceStartOfDay() / 1000;
    const QString code = p.subdivision.isEmpty()
        ? p.country
        : QStringLiteral("%1-%2").arg(p.country, p.subdivision);
    const auto closed = [&](const QString &reason) {
        if (why)
            *why = QStringLiteral("%1; local time %2 %3 in %4, rules of %5")
                       .arg(reason, local.toString(QStringLiteral("ddd yyyy-MM-dd HH:mm:ss")),
                           local.timeZoneAbbreviation(), QString::fromUtf8(zone.id()), code);
        return false;
    };

    const app::WeeklySchedule &hours
        = purpose == MessagePurpose::Marketing ? m_config.marketingHours : m_config.serviceHours;
    const std::optional<app::DailyWindow> &business = hours.on(weekday);
    if (!business)
        return closed(QStringLiteral("the business sends none on this weekday"));
    if (purpose == MessagePurpose::Marketing && m_config.businessHolidays.contains(date))
        return closed(QStringLiteral("a business holiday"));
    int start = business->start;
    int end = business->end;
    // The country's law binds in every state: both the national and the state rule apply,
    // their hours intersected and either's ban closing the day (COMPLIANCE.md).
    QStringList codes {p.country};
    if (!p.subdivision.isEmpty())
        codes.append(code);
    for (const QString &rule : std::as_const(codes)) {
        const auto found = m_config.legalRules.constFind(rule);
        if (found == m_config.legalRules.cend())
            continue;
        if (found->window) {
            start = std::max(start, found->window->start);
            end = std::min(end, found->window->end);
        }
        if (found->noSundays && weekday == Qt::Sunday)
            return closed(QStringLiteral("Sunday, banned by the rule of %1").arg(rule));
        if (found->noPublicHolidays) {
            if (p.country != QLatin1String("FR"))
                qFatal("the property test knows only France's public holidays");
            if (isFrenchPublicHoliday(date))
                return closed(QStringLiteral("a public holiday in %1").arg(rule));
        }
    }
    if (second < start || second >= end)
        return closed(QStringLiteral("outside %1-%2").arg(clockText(start), clockText(end)));
    return true;
}

QStringList ComplianceModel::consentBreaches(
    const Person &p, SentKind kind, const QDateTime &at) const
{
    QStringList broken;
    const QString afterStop = QStringLiteral("sent after their STOP at %1 and before any START")
                                  .arg(p.lastStopAt.toString(Qt::ISODate));
    switch (kind) {
    case SentKind::OptOutConfirmation:
        // COMPLIANCE.md: at most one confirmation, within 5 minutes of the opt-out.
        if (!p.lastStopAt.isValid())
            broken << QStringLiteral("an opt-out confirmation without an opt-out");
        else if (p.confirmedLastStop)
            broken << QStringLiteral("a second opt-out confirmation for one opt-out");
        else if (p.lastStopAt.secsTo(at) > 5 * 60)
            broken << QStringLiteral("the opt-out confirmation came %1 s after the opt-out")
                          .arg(p.lastStopAt.secsTo(at));
        break;
    case SentKind::HelpAnswer:
        if (p.helpAnswered >= p.helpAsked)
            broken << QStringLiteral("a HELP answer nobody asked for");
        break;
    case SentKind::OptInConfirmation:
        if (p.optInConfirmations >= p.optInsReceived)
            broken << QStringLiteral("an opt-in confirmation without an opt-in");
        if (p.stopped && !p.startInProgress)
            broken << QStringLiteral("an opt-in confirmation after a later STOP");
        break;
    case SentKind::OverrideReply:
        if (p.stopped && !p.wroteAfterStop)
            broken << QStringLiteral("an override reply, but they have not written since their "
                                     "STOP at %1")
                          .arg(p.lastStopAt.toString(Qt::ISODate));
        break;
    case SentKind::Reply:
        if (p.stopped)
            broken << afterStop;
        break;
    case SentKind::Service:
        if (p.stopped)
            broken << afterStop;
        else if (p.of(ConsentPurpose::Service) == ConsentStatus::OptedOut)
            broken << QStringLiteral("service text after an opt-out of service");
        break;
    case SentKind::Marketing:
        if (p.stopped)
            broken << afterStop;
        if (!p.customerId)
            broken << QStringLiteral("marketing to a number that is no customer's");
        else if (p.of(ConsentPurpose::Marketing) != ConsentStatus::OptedIn)
            broken << QStringLiteral("marketing without a current marketing opt-in");
        break;
    }
    return broken;
}

QStringList ComplianceModel::capBreaches(const Person &p, const QDateTime &at) const
{
    QList<app::FrequencyCap> caps {m_config.marketingCap};
    QStringList codes {p.country};
    if (!p.subdivision.isEmpty())
        codes.append(QStringLiteral("%1-%2").arg(p.country, p.subdivision));
    for (const QString &code : std::as_const(codes)) {
        const auto found = m_config.legalRules.constFind(code);
        if (found != m_config.legalRules.cend() && found->marketingCap)
            caps.append(*found->marketingCap);
    }
    QStringList broken;
    for (const app::FrequencyCap &cap : std::as_const(caps)) {
        // A text sent at s counts at `at` while at < s + window (this one included).
        const auto inWindow = std::count_if(p.marketingSentAt.cbegin(), p.marketingSentAt.cend(),
            [&](const QDateTime &s) { return s <= at && at < s.addSecs(cap.windowSeconds); });
        if (inWindow > cap.count)
            broken << QStringLiteral("%1 marketing texts within %2 h (the cap is %3)")
                          .arg(inWindow)
                          .arg(cap.windowSeconds / 3600)
                          .arg(cap.count);
    }
    return broken;
}

QStringList ComplianceModel::judge(
    Person &p, SentKind kind, const QDateTime &at, const QString &text)
{
    QStringList broken = consentBreaches(p, kind, at);
    if (kind == SentKind::Marketing || kind == SentKind::Service) {
        const MessagePurpose purpose
            = kind == SentKind::Marketing ? MessagePurpose::Marketing : MessagePurpose::Service;
        QString why;
        if (!windowOpen(purpose, p, at, &why))
            broken << QStringLiteral("outside the sending window: %1").arg(why);
        if (p.reviewOpen)
            broken << QStringLiteral("sent while a possible opt-out waits for review");
    }
    switch (kind) {
    case SentKind::Marketing:
        // UK soft opt-in and CTIA: every marketing text names the sender and offers the
        // opt-out.
        if (!text.contains(m_config.optOutLine))
            broken << QStringLiteral("marketing without the opt-out line");
        if (!text.startsWith(m_businessName))
            broken << QStringLiteral("marketing without the sender's name");
        p.marketingSentAt.append(at);
        broken += capBreaches(p, at);
        break;
    case SentKind::OptOutConfirmation:
        p.confirmedLastStop = true;
        break;
    case SentKind::HelpAnswer:
        ++p.helpAnswered;
        break;
    case SentKind::OptInConfirmation:
        ++p.optInConfirmations;
        break;
    default:
        break;
    }
    return broken;
}

std::optional<QString> ComplianceModel::refusalCause(
    const Person &p, MessagePurpose purpose, bool overrideOptOut) const
{
    if (p.stopped)
        return overrideOptOut && p.wroteAfterStop
            ? std::optional<QString>() // the override is allowed: a refusal has no cause
            : QStringLiteral("stopped");
    if (p.liftedByStaff)
        return QStringLiteral("not judged"); // the engine may keep a STOP that staff lifted
    switch (purpose) {
    case MessagePurpose::Reply:
        return std::nullopt;
    case MessagePurpose::Service:
        if (p.of(ConsentPurpose::Service) == ConsentStatus::OptedOut)
            return QStringLiteral("opted out of service");
        return std::nullopt;
    case MessagePurpose::Marketing:
        if (!p.customerId)
            return QStringLiteral("not a customer");
        if (p.of(ConsentPurpose::Marketing) != ConsentStatus::OptedIn)
            return QStringLiteral("no marketing opt-in");
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace rapport::test::property
