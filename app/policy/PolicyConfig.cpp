#include "app/policy/PolicyConfig.h"

#include "app/policy/PublicHolidays.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace rapport::app {

namespace {

// The translation context, declared so that lupdate files these sentences under the context
// they are looked up in at run time.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicyConfig)
};

QString dayName(int dayOfWeek)
{
    return QLocale().dayName(dayOfWeek, QLocale::LongFormat);
}

void checkSchedule(const WeeklySchedule &schedule, const QString &what, QStringList &problems)
{
    for (int day = 1; day <= 7; ++day) {
        const std::optional<DailyWindow> &window = schedule.on(day);
        if (window && !window->isValid())
            problems.append(
                Text::tr("%1 on %2: the window must open before it closes, between 00:00 "
                         "and 24:00 (it is %3).")
                    .arg(what, dayName(day), window->toText()));
    }
}

void checkCap(const FrequencyCap &cap, const QString &what, QStringList &problems)
{
    if (cap.count < 1)
        problems.append(
            Text::tr("%1: allow at least one text (it is %2).").arg(what).arg(cap.count));
    if (cap.windowSeconds < 3600 || cap.windowSeconds > 366LL * 24 * 3600)
        problems.append(Text::tr("%1: the period must be between one hour and a year.").arg(what));
}

} // namespace

PolicyConfig PolicyConfig::defaults()
{
    PolicyConfig config;
    config.serviceHours = WeeklySchedule::sameWindow(DailyWindow::fromHours(8, 0, 20, 0));
    config.marketingHours
        = WeeklySchedule::sameWindow(DailyWindow::fromHours(9, 0, 19, 0), Qt::Monday, Qt::Saturday);
    config.marketingCap = FrequencyCap {3, 7 * 24 * 3600};
    config.identifySender = true;
    config.optOutLine = QStringLiteral("Reply STOP to opt out");

    // COMPLIANCE.md "Sending hours" (not legal advice).
    LegalRule us;
    us.window = DailyWindow::fromHours(8, 0, 21, 0);
    us.source = QStringLiteral("TCPA, 47 CFR 64.1200(c)(1) (COMPLIANCE.md)");
    config.legalRules.insert(QStringLiteral("US"), us);

    LegalRule florida;
    florida.window = DailyWindow::fromHours(8, 0, 20, 0);
    florida.marketingCap = FrequencyCap {3, 24 * 3600};
    florida.source
        = QStringLiteral("Florida Telephone Solicitation Act, Fla. Stat. 501.059 (COMPLIANCE.md)");
    config.legalRules.insert(QStringLiteral("US-FL"), florida);

    LegalRule connecticut;
    connecticut.window = DailyWindow::fromHours(9, 0, 21, 0);
    connecticut.source = QStringLiteral("Conn. Gen. Stat. 42-288a (COMPLIANCE.md)");
    config.legalRules.insert(QStringLiteral("US-CT"), connecticut);

    LegalRule france;
    france.window = DailyWindow::fromHours(8, 0, 22, 0);
    france.noSundays = true;
    france.noPublicHolidays = true;
    france.source = QStringLiteral("France (COMPLIANCE.md)");
    config.legalRules.insert(QStringLiteral("FR"), france);
    return config;
}

QStringList PolicyConfig::problems() const
{
    QStringList found;
    checkSchedule(serviceHours, Text::tr("Service hours"), found);
    checkSchedule(marketingHours, Text::tr("Marketing hours"), found);
    for (const QDate &day : businessHolidays) {
        if (!day.isValid())
            found.append(Text::tr("Business holidays: one of the dates is not a valid date."));
    }
    checkCap(marketingCap, Text::tr("Marketing limit"), found);
    if (optOutLine.trimmed().isEmpty())
        found.append(Text::tr("The opt-out line is empty: every marketing text must say how to opt "
                              "out (for example \"Reply STOP to opt out\")."));
    for (auto it = legalRules.cbegin(); it != legalRules.cend(); ++it) {
        const QString &code = it.key();
        if (!Jurisdiction::isValidCode(code) || Jurisdiction::fromCode(code).code() != code) {
            found.append(
                Text::tr("Legal rule \"%1\": not a jurisdiction code; write a country such as "
                         "\"US\" or a country and subdivision such as \"US-FL\".")
                    .arg(code));
            continue;
        }
        const QString what = Text::tr("Legal rule %1").arg(code);
        if (it->window && !it->window->isValid())
            found.append(
                Text::tr("%1: the hours must open before they close, between 00:00 and 24:00 "
                         "(they are %2).")
                    .arg(what, it->window->toText()));
        if (it->marketingCap)
            checkCap(*it->marketingCap, what, found);
        if (it->noPublicHolidays
            && !PublicHolidays::isKnownCountry(Jurisdiction::fromCode(code).country))
            found.append(
                Text::tr("%1: Rapport does not know the public holidays of this country; list "
                         "them among the business holidays instead.")
                    .arg(what));
    }
    return found;
}

LegalRule PolicyConfig::legalRuleFor(const Jurisdiction &jurisdiction) const
{
    if (jurisdiction.isEmpty())
        return {};
    const LegalRule country = legalRules.value(jurisdiction.country);
    if (!jurisdiction.hasSubdivision())
        return country;
    const auto subdivision = legalRules.constFind(jurisdiction.code());
    return subdivision == legalRules.cend() ? country : LegalRule::combined(country, *subdivision);
}

SendingWindow PolicyConfig::sendingWindow(
    MessagePurpose purpose, const Jurisdiction &jurisdiction) const
{
    switch (purpose) {
    case MessagePurpose::Reply:
        break;
    case MessagePurpose::Service:
        return SendingWindow(serviceHours, {}, legalRuleFor(jurisdiction), jurisdiction.country);
    case MessagePurpose::Marketing:
        return SendingWindow(marketingHours,
            QSet<QDate>(businessHolidays.cbegin(), businessHolidays.cend()),
            legalRuleFor(jurisdiction), jurisdiction.country);
    }
    return SendingWindow::always();
}

QList<FrequencyCap> PolicyConfig::marketingCaps(const Jurisdiction &jurisdiction) const
{
    QList<FrequencyCap> caps {marketingCap};
    if (jurisdiction.isEmpty())
        return caps;
    if (const auto country = legalRules.constFind(jurisdiction.country);
        country != legalRules.cend() && country->marketingCap)
        caps.append(*country->marketingCap);
    if (jurisdiction.hasSubdivision()) {
        if (const auto subdivision = legalRules.constFind(jurisdiction.code());
            subdivision != legalRules.cend() && subdivision->marketingCap)
            caps.append(*subdivision->marketingCap);
    }
    return caps;
}

qint64 PolicyConfig::longestCapWindowSeconds() const
{
    qint64 longest = marketingCap.windowSeconds;
    for (const LegalRule &rule : legalRules) {
        if (rule.marketingCap)
            longest = std::max(longest, rule.marketingCap->windowSeconds);
    }
    return longest;
}

} // namespace rapport::app
