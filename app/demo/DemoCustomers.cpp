#include "app/demo/DemoCustomers.h"

#include "app/demo/DemoCalendar.h"
#include "app/demo/DemoRandom.h"
#include "app/demo/DemoTexts.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace rapport::app {
namespace {

// The main language of a territory, as a BCP 47 primary tag ("en" for GB, "de" for AT).
QString languageOfRegion(const QString &region)
{
    // Qt picks the first locale it has for a territory, which for some is a minority language
    // (Cornish for GB, Cherokee for US) rather than the one a shop there works in.
    static const QStringList english {QStringLiteral("GB"), QStringLiteral("US"),
        QStringLiteral("ZA"), QStringLiteral("SG"), QStringLiteral("NG"), QStringLiteral("KE"),
        QStringLiteral("GH")};
    if (english.contains(region))
        return QStringLiteral("en");
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    if (territory == QLocale::AnyTerritory)
        return QStringLiteral("en");
    const QLocale locale(QLocale::AnyLanguage, territory);
    if (locale.language() == QLocale::C)
        return QStringLiteral("en");
    return QLocale::languageToCode(locale.language());
}

// What a salon charges, in cents: trims to balayage, weighted by how often each is booked.
int serviceCents(DemoRandom &random)
{
    struct Price
    {
        int cents;
        int weight;
    };
    static const QList<Price> prices {{1200, 10}, {2500, 22}, {3800, 25}, {4500, 12}, {6500, 14},
        {9500, 9}, {14500, 5}, {800, 3}};
    int roll = random.below(100);
    for (const Price &price : prices) {
        if (roll < price.weight)
            return price.cents;
        roll -= price.weight;
    }
    return prices.constFirst().cents;
}

} // namespace

DemoCustomerFactory::DemoCustomerFactory(DemoRandom &random, const DemoTexts &texts,
    const DemoCalendar &calendar, QString region, int staffCount, int stylistChoices)
    : m_random(random)
    , m_texts(texts)
    , m_calendar(calendar)
    , m_region(std::move(region))
    , m_regionLanguage(languageOfRegion(m_region))
    , m_staffCount(staffCount)
    , m_stylistChoices(stylistChoices)
{
    // Customers who live (or mostly stay) elsewhere; only zones this system knows are used.
    for (const char *zone : {"Europe/Warsaw", "Europe/Madrid", "Europe/Dublin", "Europe/Berlin",
             "America/New_York", "Asia/Dubai", "Asia/Kolkata", "Asia/Shanghai"}) {
        if (QTimeZone::isTimeZoneIdAvailable(zone))
            m_zones.append(QString::fromLatin1(zone));
    }
}

DemoCustomer DemoCustomerFactory::next(const QString &phoneE164)
{
    DemoCustomer c;
    c.person = randomDemoPerson(m_random, m_region);
    c.phoneE164 = phoneE164;
    if (m_random.chance(0.6))
        c.email = demoEmail(c.person, m_random);
    fillBirthday(c);

    const int days = int(m_calendar.firstDay().daysTo(m_calendar.today()));
    c.since = m_calendar.today().addDays(-m_random.below(std::min(days, 5 * 365) + 1));
    const QTime opening(9, 0);
    c.createdLocalMs = DemoCalendar::localMs(c.since, opening.addSecs(m_random.below(8 * 3600)));
    c.updatedLocalMs = c.createdLocalMs;
    if (m_random.chance(0.3)) {
        const int later = m_random.below(int(c.since.daysTo(m_calendar.today())) + 1);
        c.updatedLocalMs = DemoCalendar::localMs(
            c.since.addDays(later), opening.addSecs(m_random.below(8 * 3600)));
        c.updatedLocalMs = std::max(c.updatedLocalMs, c.createdLocalMs);
    }

    c.language = m_regionLanguage;
    if (const QString own = cultureLanguage(c.person.culture, m_random);
        own != m_regionLanguage && m_random.chance(0.35))
        c.language = own;
    if (!m_zones.isEmpty() && m_random.chance(0.02))
        c.timeZone = m_random.pick(m_zones);
    if (m_random.chance(0.12))
        c.notes = m_random.pick(m_texts.customerNotes);

    struct TagOdds
    {
        const char *tag;
        double chance;
    };
    fillConsent(c);
    // Only people who agreed to offers are on the newsletter list.
    const double newsletter = c.consent.marketing ? 0.45 : 0.0;
    for (const TagOdds &odds :
        {TagOdds {"vip", 0.05}, TagOdds {"walk-in", 0.18}, TagOdds {"referral", 0.10},
            TagOdds {"student", 0.08}, TagOdds {"newsletter", newsletter}}) {
        if (m_random.chance(odds.chance))
            c.tags.append(QString::fromLatin1(odds.tag));
    }
    if (m_stylistChoices > 0 && m_random.chance(0.35))
        c.stylistChoice = m_random.below(m_stylistChoices);
    c.tracksLoyalty = m_random.chance(0.6);
    return c;
}

void DemoCustomerFactory::fillBirthday(DemoCustomer &c)
{
    if (!m_random.chance(0.7))
        return;
    const bool withYear = m_random.chance(0.75);
    const int thisYear = m_calendar.today().year();
    int year = m_random.between(thisYear - 85, thisYear - 14);
    // The leap-day birthday is rare in life but exactly what date code gets wrong.
    if (m_random.chance(0.02)) {
        c.birthdayDay = 29;
        c.birthdayMonth = 2;
        while (!QDate::isLeapYear(year))
            --year;
    } else {
        const QDate day = QDate(2001, 1, 1).addDays(m_random.below(365));
        c.birthdayDay = day.day();
        c.birthdayMonth = day.month();
    }
    c.birthdayYear = withYear ? year : 0;
}

void DemoCustomerFactory::fillConsent(DemoCustomer &c)
{
    if (c.phoneE164.isEmpty() || !m_random.chance(0.92))
        return;
    DemoConsentPlan &plan = c.consent;
    plan.service = true;
    const double how = m_random.uniform();
    if (how < 0.86) {
        plan.source = QStringLiteral("in_person");
    } else if (how < 0.94) {
        plan.source = QStringLiteral("paper_form");
    } else {
        plan.source = QStringLiteral("import");
    }
    if (plan.source != QLatin1String("import") && m_staffCount > 0)
        plan.staffIndex = m_random.below(m_staffCount);
    plan.marketing = m_random.chance(0.62);
    plan.optsOutLater = m_random.chance(0.055);
}

QList<DemoVisit> DemoCustomerFactory::visitsOf(const DemoCustomer &customer)
{
    int count = 0;
    if (customer.tags.contains(QLatin1String("vip"))) {
        count = 8 + int(m_random.exponential(12));
    } else if (!m_random.chance(0.15)) {
        count = 1 + int(m_random.exponential(5));
    }
    count = std::min(count, 40);
    const int span = int(customer.since.daysTo(m_calendar.today()));
    QList<QDate> days;
    days.reserve(count);
    for (int i = 0; i < count; ++i)
        days.append(customer.since.addDays(m_random.below(span + 1)));
    std::sort(days.begin(), days.end());

    QList<DemoVisit> visits;
    visits.reserve(count);
    for (const QDate &day : std::as_const(days)) {
        DemoVisit visit;
        visit.on = day;
        visit.amountCents = serviceCents(m_random);
        if (m_random.chance(0.15)) // bought something to take home as well
            visit.amountCents += 50 * m_random.between(18, 60);
        if (m_random.chance(0.15))
            visit.note = m_random.pick(m_texts.visitNotes);
        visits.append(visit);
    }
    return visits;
}

} // namespace rapport::app
