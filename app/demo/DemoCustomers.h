#pragma once

#include "app/demo/DemoNames.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::app {

class DemoCalendar;
class DemoRandom;
struct DemoTexts;

// What a demo customer agreed to, and how, before anything is written.
struct DemoConsentPlan
{
    bool service = false;
    bool marketing = false;
    QString source; // "in_person", "paper_form" or "import"
    int staffIndex = -1; // who recorded it; -1 for imports
    bool optsOutLater = false; // texts STOP one day (only if the customer gets a thread)
};

struct DemoCustomer
{
    DemoPerson person;
    QString phoneE164; // empty for the few who gave no mobile
    QString email;
    int birthdayDay = 0;
    int birthdayMonth = 0;
    int birthdayYear = 0; // 0 when not known
    QDate since; // stored as the anniversary
    qint64 createdLocalMs = 0;
    qint64 updatedLocalMs = 0;
    QString language;
    QString timeZone;
    QString notes;
    QStringList tags;
    int stylistChoice = -1; // index into the stylist choices; -1 for none
    bool tracksLoyalty = false;
    DemoConsentPlan consent;
    qint64 id = 0; // once stored
};

struct DemoVisit
{
    QDate on;
    int amountCents = 0;
    QString note;
};

// Makes up customers and their visits for a shop in one region.
class DemoCustomerFactory final
{
public:
    DemoCustomerFactory(DemoRandom &random, const DemoTexts &texts, const DemoCalendar &calendar,
        QString region, int staffCount, int stylistChoices);

    DemoCustomer next(const QString &phoneE164);
    // Skewed: many customers with none or a few, some regulars, a handful near 40.
    QList<DemoVisit> visitsOf(const DemoCustomer &customer);

private:
    void fillBirthday(DemoCustomer &customer);
    void fillConsent(DemoCustomer &customer);

    DemoRandom &m_random;
    const DemoTexts &m_texts;
    const DemoCalendar &m_calendar;
    QString m_region;
    QString m_regionLanguage;
    QStringList m_zones;
    int m_staffCount = 0;
    int m_stylistChoices = 0;
};

} // namespace rapport::app
