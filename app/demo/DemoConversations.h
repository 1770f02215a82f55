#pragma once

#include <QList>
#include <QString>

namespace rapport::app {

class DemoRandom;
struct DemoTexts;

// One stored message of a demo conversation. Times are the shop's wall clock (see DemoCalendar).
struct DemoMessage
{
    bool inbound = false;
    QString body;
    QString purpose; // outbound only: "reply", "service" or "marketing"
    QString origin; // outbound only: "manual", "automation", "campaign" or "auto_reply"
    int staffIndex = -1; // who typed it, for manual replies
    QString state; // "received" inbound; "delivered", "sent" or "failed" outbound
    QString stateReason; // why it failed
    qint64 createdLocalMs = 0;
    qint64 sentLocalMs = 0; // 0 when never handed to the network
    qint64 deliveredLocalMs = 0; // 0 without a delivery report
};

// Who the shop is talking to in one thread.
struct DemoCorrespondent
{
    QString firstName; // empty for a number that is not a customer
    bool marketing = false; // may receive offers
    bool endsWithStop = false; // the last two messages are STOP and its confirmation
};

// `count` messages between `startLocalMs` and `endLocalMs`, in order: reminders and their
// confirmations, questions and answers, offers, feedback requests, thanks and emoji, as
// exchanges minutes apart separated by days or weeks, all inside the default sending window
// (Monday to Friday, 09:00-18:00) so the demo shop keeps its own quiet hours.
QList<DemoMessage> demoConversation(const DemoTexts &texts, const DemoCorrespondent &who, int count,
    qint64 startLocalMs, qint64 endLocalMs, int staffCount, DemoRandom &random);

// Message counts for threads whose minimums are given: heavy-tailed (most threads short, a few
// long), each at least its minimum, summing to `total` (which must cover the minimums). The first
// `bigThreads` get at least `bigSize` each when `total` allows: the UI is measured on them.
QList<int> demoThreadSizes(
    const QList<int> &minimums, qint64 total, int bigThreads, int bigSize, DemoRandom &random);

} // namespace rapport::app
