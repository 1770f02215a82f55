#pragma once

// The random events of the property test, over one PropertyWorld: what people at the desk,
// customers on their phones, campaigns, automations and the passing of time do to the
// messaging core. Each event tells the ComplianceModel what it changes before the core can act
// on it (a STOP counts from the moment it arrives), so the model is never behind.

#include "PropertyWorld.h"

#include "app/inbound/InboundRouter.h"
#include "app/messaging/OutgoingRequest.h"

#include <algorithm>

namespace rapport::test::property {

using app::Actor;
using app::ConsentAction;
using app::ConsentPurpose;
using app::ConsentStatus;
using app::MessageOrigin;
using app::MessagePurpose;
using app::OutgoingRequest;
using std::chrono::milliseconds;

enum class Event {
    Tick,
    ClockJump,
    Import,
    DeskCustomer,
    Consent,
    Keyword,
    Text,
    Review,
    Campaign,
    Manual,
    Automation,
    Cancel
};

struct Weighted
{
    Event event;
    int weight;
};

// Per thousand events.
inline constexpr Weighted kWeights[]
    = {{Event::Tick, 180}, {Event::ClockJump, 130}, {Event::Import, 25}, {Event::DeskCustomer, 25},
        {Event::Consent, 90}, {Event::Keyword, 90}, {Event::Text, 110}, {Event::Review, 15},
        {Event::Campaign, 50}, {Event::Manual, 160}, {Event::Automation, 110}, {Event::Cancel, 15}};

// Events of one run.
class RandomEvents final
{
public:
    // How long the run lasts in simulated time: from 12 January past the US DST end (1 November).
    static constexpr qint64 SimulatedSpanSeconds = 300LL * 24 * 3600;

    RandomEvents(PropertyWorld &world, int events, QDateTime start)
        : w(world)
        , m_events(events)
        , m_start(std::move(start))
    { }

    void step(int index)
    {
        w.eventIndex = index;
        int roll = w.below(1000);
        Event event = Event::Tick;
        for (const Weighted &weighted : kWeights) {
            if (roll < weighted.weight) {
                event = weighted.event;
                break;
            }
            roll -= weighted.weight;
        }
        happen(event, index);
        // Let the dispatcher run past the SIMs' pacing gap. At least a second: two texts from one
        // number with one time stamp would be one message to the pipeline's duplicate check.
        w.settle(milliseconds(1000 + w.below(90000)));
    }

private:
    void count(const QString &kind) { w.tally.events[kind] += 1; }

    void happen(Event event, int index)
    {
        switch (event) {
        case Event::Tick:
            return tick(index);
        case Event::ClockJump:
            return jump();
        case Event::Import:
            return import();
        case Event::DeskCustomer:
            return desk();
        case Event::Consent:
            return consent();
        case Event::Keyword:
            return keyword();
        case Event::Text:
            return text();
        case Event::Review:
            if (!w.resolveSomeReview())
                tick(index);
            return;
        case Event::Campaign:
            return campaign();
        case Event::Manual:
            return manual();
        case Event::Automation:
            return automation();
        case Event::Cancel:
            if (w.cancelSomeMessage())
                count(QStringLiteral("cancel"));
            else
                tick(index);
            return;
        }
    }

    // Time passing; it also keeps the run on its schedule, so that every seed reaches November.
    void tick(int index)
    {
        count(QStringLiteral("tick"));
        const QDateTime due = m_start.addSecs(SimulatedSpanSeconds * index / m_events);
        const qint64 behind = w.clock.now().secsTo(due);
        const qint64 by
            = std::max<qint64>(60 + w.below(20 * 60), std::min<qint64>(behind, 3 * 86400));
        w.settle(milliseconds(by * 1000));
    }

    void jump()
    {
        const int roll = w.below(100);
        if (roll < 57) {
            count(QStringLiteral("clock jump: minutes"));
            w.settle(milliseconds((10 + w.below(170)) * 60 * 1000LL));
        } else if (roll < 87) {
            count(QStringLiteral("clock jump: hours"));
            w.settle(milliseconds((3 * 60 + w.below(7 * 60)) * 60 * 1000LL));
        } else if (roll < 92) {
            count(QStringLiteral("clock jump: days"));
            w.settle(milliseconds((24 * 60 + w.below(24 * 60)) * 60 * 1000LL));
        } else {
            edgeJump();
        }
    }

    // To a moment where a rule changes for someone: a second before, at or after a window's
    // edge or local midnight, or just before the next DST change of their zone.
    void edgeJump()
    {
        const Person &p = w.model->person(w.pick(w.model->numbers()));
        const QTimeZone zone = w.model->zoneOf(p);
        const QDateTime now = w.clock.now().toUTC();
        QDateTime target;
        if (w.chance(25)) {
            const QTimeZone::OffsetData change = zone.nextTransition(now);
            if (change.atUtc.isValid() && now.secsTo(change.atUtc) < 20 * 86400) {
                target = change.atUtc.addSecs(-w.below(3 * 3600));
                count(QStringLiteral("clock jump: to a DST change"));
            }
        }
        if (!target.isValid()) {
            static const int hours[] = {0, 8, 9, 19, 20, 21, 22};
            const QDateTime local = now.toTimeZone(zone);
            QDateTime edge(local.date(), QTime(hours[w.below(7)], 0), zone);
            if (edge <= now)
                edge = QDateTime(local.date().addDays(1), edge.time(), zone);
            target = edge.addSecs(w.below(3) - 1); // 1 s before, at, 1 s after
            count(QStringLiteral("clock jump: to a window edge"));
        }
        if (target > now)
            w.settle(milliseconds(now.msecsTo(target)));
    }

    // Distinct numbers of the pool: mostly new people, some already customers.
    QStringList someNumbers(int n)
    {
        QStringList chosen;
        const QStringList customers = w.customers();
        for (int tries = 0; chosen.size() < n && tries < 4 * n; ++tries) {
            const QString number = !customers.isEmpty() && w.chance(25)
                ? w.pick(customers)
                : w.pick(w.model->numbers());
            if (!chosen.contains(number))
                chosen.append(number);
        }
        return chosen;
    }

    void import()
    {
        count(QStringLiteral("import"));
        w.importRows(someNumbers(1 + w.below(8)));
    }

    void desk()
    {
        QStringList strangers;
        for (const QString &number : w.model->numbers()) {
            if (!w.model->person(number).customerId)
                strangers.append(number);
        }
        if (strangers.isEmpty())
            return consent();
        count(QStringLiteral("new customer at the desk"));
        w.addAtTheDesk(w.pick(strangers));
    }

    void consent()
    {
        const QStringList customers = w.customers();
        if (customers.isEmpty())
            return import();
        const int roll = w.below(100);
        const ConsentPurpose purpose = roll < 50 ? ConsentPurpose::Marketing
            : roll < 80                          ? ConsentPurpose::Service
                                                 : ConsentPurpose::Feedback;
        const ConsentAction action = w.chance(60) ? ConsentAction::OptIn : ConsentAction::OptOut;
        count(QStringLiteral("consent in person: %1 %2")
                  .arg(consentPurposeKey(purpose), consentActionKey(action)));
        w.recordConsent(w.pick(customers), purpose, action);
    }

    QString sender(int customerPercent)
    {
        const QStringList customers = w.customers();
        return !customers.isEmpty() && w.chance(customerPercent) ? w.pick(customers)
                                                                 : w.pick(w.model->numbers());
    }

    void keyword()
    {
        const int roll = w.below(100);
        if (roll < 40) {
            Person &p = w.model->person(sender(75));
            count(QStringLiteral("inbound STOP"));
            w.model->optedOut(p, w.clock.now().toUTC()); // honoured at once (COMPLIANCE.md)
            w.note(p, QStringLiteral("STOP"));
            w.receive(p.e164,
                w.pick({QStringLiteral("STOP"), QStringLiteral("stop"), QStringLiteral("Stop."),
                    QStringLiteral(" STOPALL "), QStringLiteral("End"), QStringLiteral("cancel"),
                    QStringLiteral("UNSUBSCRIBE"), QStringLiteral("quit"), QStringLiteral("Revoke"),
                    QStringLiteral("opt out")}),
                w.anySim());
        } else if (roll < 75) {
            const QStringList stopped = w.stoppedNumbers();
            Person &p = w.model->person(
                !stopped.isEmpty() && w.chance(70) ? w.pick(stopped) : sender(75));
            count(QStringLiteral("inbound START"));
            ComplianceModel::wroteIn(p);
            ++p.optInsReceived;
            p.startInProgress = true;
            w.note(p, QStringLiteral("START"));
            w.receive(p.e164,
                w.pick({QStringLiteral("START"), QStringLiteral("start"), QStringLiteral("Unstop"),
                    QStringLiteral("YES"), QStringLiteral("yes!")}),
                w.anySim());
            w.model->optedIn(p);
            p.startInProgress = false;
        } else {
            Person &p = w.model->person(sender(60));
            count(QStringLiteral("inbound HELP"));
            ComplianceModel::wroteIn(p);
            ++p.helpAsked;
            w.note(p, QStringLiteral("HELP"));
            w.receive(p.e164,
                w.pick({QStringLiteral("HELP"), QStringLiteral("help?"), QStringLiteral("Info")}),
                w.anySim());
        }
    }

    void text()
    {
        Person &p = w.model->person(sender(60));
        ComplianceModel::wroteIn(p);
        if (w.chance(8)) {
            // COMPLIANCE.md: other wording that means stop is held for a person to review.
            count(QStringLiteral("inbound revocation wording"));
            p.reviewOpen = true;
            w.note(p, QStringLiteral("revocation wording"));
            w.receive(p.e164,
                w.pick({QStringLiteral("Please stop texting me"), QStringLiteral("remove me"),
                    QStringLiteral("wrong number")}),
                w.anySim());
            const auto open = w.service->router().openReviews();
            const qint64 thread = w.threadOf(p.e164);
            if (!open
                || std::none_of(
                    open->cbegin(), open->cend(), [thread](const app::OptOutReview &review) {
                        return review.threadId == thread;
                    }))
                w.violation(
                    QStringLiteral("a revocation from %1 was not raised for review").arg(p.e164));
            return;
        }
        count(QStringLiteral("inbound text"));
        w.note(p, QStringLiteral("wrote in"));
        w.receive(p.e164,
            w.pick({QStringLiteral("Hi, can I move my appointment to Friday? (%1)"),
                       QStringLiteral("Thanks, see you soon (%1)"),
                       QStringLiteral("What time do you open tomorrow? (%1)")})
                .arg(w.eventIndex),
            w.anySim());
    }

    static OutgoingRequest request(const QString &phone, const QString &body,
        MessagePurpose purpose, MessageOrigin origin, const Actor &actor)
    {
        OutgoingRequest request;
        request.phoneE164 = phone;
        request.body = body;
        request.purpose = purpose;
        request.origin = origin;
        request.actor = actor;
        return request;
    }

    void campaign()
    {
        const QStringList customers = w.customers();
        if (customers.isEmpty())
            return import();
        count(QStringLiteral("campaign"));
        QStringList consented;
        for (const QString &number : customers) {
            if (w.model->person(number).of(ConsentPurpose::Marketing) == ConsentStatus::OptedIn)
                consented.append(number);
        }
        const QStringList &from = !consented.isEmpty() && w.chance(50) ? consented : customers;
        QStringList group; // in the order drawn: a seed repeats a run exactly
        for (int n = 1 + w.below(15); n > 0; --n) {
            if (const QString number = w.pick(from); !group.contains(number))
                group.append(number);
        }
        QString body = QStringLiteral("Colour week %1: 20% off all colour services until "
                                      "Saturday. Book on 020 7946 0000.")
                           .arg(w.eventIndex);
        if (w.chance(10))
            body.prepend(kBusinessName + QStringLiteral(": ")); // already signed
        if (w.chance(20))
            body.append(QStringLiteral("\nReply STOP to opt out")); // already has the line
        for (const QString &number : std::as_const(group)) {
            OutgoingRequest r = request(
                number, body, MessagePurpose::Marketing, MessageOrigin::Campaign, w.owner);
            r.templateKey = QStringLiteral("campaign.colour-week");
            w.enqueue(r, SentKind::Marketing);
        }
    }

    void manual()
    {
        const int roll = w.below(100);
        const QString n = QString::number(w.eventIndex);
        if (roll < 35) {
            count(QStringLiteral("manual reply"));
            w.enqueue(
                request(sender(60),
                    QStringLiteral("Thanks for your message, Friday at 3pm is fine. (%1)").arg(n),
                    MessagePurpose::Reply, MessageOrigin::Manual, w.staff),
                SentKind::Reply);
        } else if (roll < 55) {
            count(QStringLiteral("manual service"));
            w.enqueue(
                request(sender(70), QStringLiteral("Your order %1 is ready to collect.").arg(n),
                    MessagePurpose::Service, MessageOrigin::Manual, w.staff),
                SentKind::Service);
        } else if (roll < 70) {
            const QStringList customers = w.customers();
            if (customers.isEmpty())
                return import();
            count(QStringLiteral("manual marketing"));
            w.enqueue(request(w.pick(customers),
                          QStringLiteral("Just for you: a free fringe trim with your next cut (%1)")
                              .arg(n),
                          MessagePurpose::Marketing, MessageOrigin::Manual, w.staff),
                SentKind::Marketing);
        } else {
            // Staff overriding an opt-out: allowed only inside a conversation the customer
            // started again after their STOP.
            const QStringList stopped = w.stoppedNumbers();
            const QString to = !stopped.isEmpty() && w.chance(80) ? w.pick(stopped) : sender(60);
            const Person &p = w.model->person(to);
            count(p.stopped && p.wroteAfterStop ? QStringLiteral("override: after they wrote in")
                    : p.stopped                 ? QStringLiteral("override: no message since STOP")
                                                : QStringLiteral("override: not opted out"));
            OutgoingRequest r = request(to,
                QStringLiteral("Sorry to hear that - your deposit is refunded. (%1)").arg(n),
                MessagePurpose::Reply, MessageOrigin::Manual, w.staff);
            r.overrideOptOut = true;
            w.enqueue(r, SentKind::OverrideReply);
        }
    }

    void automation()
    {
        const QStringList customers = w.customers();
        if (customers.isEmpty())
            return import();
        count(QStringLiteral("automation"));
        OutgoingRequest r = request(w.pick(customers),
            QStringLiteral("Reminder: your appointment is tomorrow at 10:30. (%1)")
                .arg(w.eventIndex),
            MessagePurpose::Service, MessageOrigin::Automation, Actor::system());
        r.templateKey = QStringLiteral("automation.reminder");
        w.enqueue(r, SentKind::Service);
    }

    PropertyWorld &w;
    int m_events;
    QDateTime m_start;
};

} // namespace rapport::test::property
