#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::app {

// A customer's (or stranger's) message and the answer the shop typed.
struct DemoQuestion
{
    QString question;
    QString answer; // may hold %1 for the customer's first name
};

// A service the shop books appointments for, and how long it takes.
struct DemoService
{
    QString what;
    int minutes = 30;
};

// Every sentence a demo database contains, translated once per run (a translator may give the
// demo shop its own language). Placeholders are noted per member.
struct DemoTexts
{
    Q_DECLARE_TR_FUNCTIONS(DemoTexts)

public:
    // An empty name gives a made-up one.
    static DemoTexts load(const QString &businessName);

    QString business;

    // The consent ledger.
    QString wordingVersion;
    QString serviceWording;
    QString marketingWording;
    QString serviceConfirmation; // %1 business
    QString marketingConfirmation; // %1 business
    QString stopConfirmation; // %1 business
    QString stopKeyword;

    QString stylistField; // the custom fields' names
    QString loyaltyField;

    QStringList customerNotes;
    QStringList visitNotes;
    QStringList stylistChoices; // besides the staff's own first names
    QList<DemoService> services; // what appointments are booked for

    // Conversations.
    QString reminder; // %1 first name, %2 business, %3 weekday, %4 time
    QStringList confirmReplies;
    QString confirmed; // %1 first name
    QString rescheduleKeyword;
    QString rescheduleOffer; // %1 first name
    QStringList rescheduleRequests;
    QString rebooked; // %1 weekday, %2 time
    QList<DemoQuestion> questions;
    QStringList thanks;
    QStringList campaigns; // %1 business
    QString birthday; // %1 first name, %2 business
    QString winBack; // %1 first name, %2 business
    QStringList campaignReplies;
    QString feedbackRequest; // %1 first name, %2 business
    QStringList feedbackScores;
    QString feedbackThanks; // the same review invitation for every score
    QList<DemoQuestion> strangerQuestions;
    QString awayMessage; // %1 business
};

} // namespace rapport::app
