// The dispatcher against scripted channels and a manual clock: SIM choice, pacing and the daily
// cap (COMPLIANCE.md, SIM and carrier limits), the policy asked right before sending, and a
// timer that fires exactly when something is due. Outcomes: tst_dispatcher_outcomes.
#include "DispatcherRig.h"
#include "app/messaging/ThreadLookup.h"
#include "app/outbox/DeliveryTracker.h"

#include "RapportTest.h"

#include <QSignalSpy>

using namespace rapport::app;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using rapport::modem::SendOutcome;
using rapport::test::FakeSmsChannel;
using rapport::test::OutboxFixture;
using rapport::test::ScriptedSendPolicy;
using Rig = rapport::test::DispatcherRig;

class TestDispatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundRobinOverReadySims()
    {
        Rig rig;
        FakeSmsChannel a(u"sim-a"_s);
        FakeSmsChannel b(u"sim-b"_s);
        FakeSmsChannel away(u"sim-c"_s, false);
        rig.dispatcher.addChannel(&a);
        rig.dispatcher.addChannel(&away);
        rig.dispatcher.addChannel(&b);
        QList<qint64> ids;
        for (int i = 1; i <= 4; ++i)
            ids << rig.enqueue(OutboxFixture::request(
                QStringLiteral("text %1").arg(i), QStringLiteral("+44740012345%1").arg(i)));
        QVERIFY(a.sends.isEmpty()); // nothing before start()
        rig.dispatcher.start();

        // One in flight per SIM, oldest first, alternating.
        QCOMPARE(a.sends.size(), 1);
        QCOMPARE(b.sends.size(), 1);
        QCOMPARE(away.sends.size(), 0);
        QCOMPARE(a.last().sms.text, u"text 1"_s);
        QCOMPARE(a.last().sms.destination, u"+447400123451"_s);
        QVERIFY(a.last().sms.requestStatusReport);
        QCOMPARE(b.last().sms.text, u"text 2"_s);
        QCOMPARE(rig.stateOf(ids[0]), u"sending"_s);
        QCOMPARE(rig.modemOf(ids[0]), u"sim-a"_s);
        QCOMPARE(rig.column(ids[0], u"attempts"_s).toInt(), 1);
        QCOMPARE(rig.stateOf(ids[2]), u"queued"_s);

        b.succeed({17});
        QCOMPARE(b.sends.size(), 2);
        QCOMPARE(b.last().sms.text, u"text 3"_s);
        a.succeed({9});
        QCOMPARE(a.sends.size(), 2);
        QCOMPARE(a.last().sms.text, u"text 4"_s);

        QCOMPARE(rig.stateOf(ids[0]), u"sent"_s);
        QCOMPARE(rig.column(ids[0], u"sent_at"_s).toString(), rig.nowText());
        QCOMPARE(rig.value(u"SELECT reference FROM message_parts WHERE message_id = ? "
                           "AND attempt = 1 AND part = 1 AND modem_id = 'sim-a'"_s,
                        {ids[0]})
                     .toInt(),
            9);
        QCOMPARE(rig.value(u"SELECT recipient FROM message_parts WHERE message_id = ?"_s, {ids[1]})
                     .toString(),
            u"+447400123452"_s);
    }

    void theSimTheCustomerTexted_data()
    {
        QTest::addColumn<QString>("requested"); // OutgoingRequest::preferredModemId
        QTest::addColumn<QString>("inbound"); // the SIM of the customer's latest message
        QTest::addColumn<bool>("preferredReady");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none: round robin") << QString() << QString() << true << u"sim-a"_s;
        QTest::newRow("requested") << u"sim-b"_s << QString() << true << u"sim-b"_s;
        QTest::newRow("last inbound") << QString() << u"sim-b"_s << true << u"sim-b"_s;
        QTest::newRow("last inbound wins") << u"sim-a"_s << u"sim-b"_s << true << u"sim-b"_s;
        QTest::newRow("not ready: another") << u"sim-b"_s << QString() << false << u"sim-a"_s;
        QTest::newRow("unknown sim") << u"sim-z"_s << QString() << true << u"sim-a"_s;
    }

    void theSimTheCustomerTexted()
    {
        QFETCH(QString, requested);
        QFETCH(QString, inbound);
        QFETCH(bool, preferredReady);
        QFETCH(QString, expected);
        Rig rig;
        FakeSmsChannel a(u"sim-a"_s);
        FakeSmsChannel b(u"sim-b"_s, preferredReady);
        rig.dispatcher.addChannel(&a);
        rig.dispatcher.addChannel(&b);
        OutgoingRequest request = OutboxFixture::request();
        request.preferredModemId = requested;
        if (!inbound.isEmpty()) {
            const auto thread = ensureThread(*rig.database, request.phoneE164);
            QVERIFY(thread);
            rig.addInbound(thread->threadId, u"sim-a"_s);
            rig.addInbound(thread->threadId, inbound); // the latest
        }
        const qint64 id = rig.enqueue(request);
        rig.dispatcher.start();
        QCOMPARE(rig.modemOf(id), expected);
        QCOMPARE(a.sends.size() + b.sends.size(), 1);
    }

    void aBusyPreferredSimIsWaitedFor()
    {
        Rig rig;
        FakeSmsChannel a(u"sim-a"_s);
        FakeSmsChannel b(u"sim-b"_s);
        rig.dispatcher.addChannel(&a);
        rig.dispatcher.addChannel(&b);
        rig.dispatcher.start();
        OutgoingRequest first = OutboxFixture::request(u"first"_s);
        first.preferredModemId = u"sim-b"_s;
        rig.enqueue(first);
        OutgoingRequest second = OutboxFixture::request(u"second"_s, u"+447400999888"_s);
        second.preferredModemId = u"sim-b"_s;
        const qint64 id = rig.enqueue(second);
        QCOMPARE(b.sends.size(), 1);
        QCOMPARE(a.sends.size(), 0); // the customer's SIM is busy for a moment: not another
        QCOMPARE(rig.stateOf(id), u"queued"_s);
        b.succeed();
        QCOMPARE(b.sends.size(), 2);
        QCOMPARE(rig.modemOf(id), u"sim-b"_s);
    }

    void pacingGap_data()
    {
        QTest::addColumn<int>("gapMs");
        QTest::newRow("no gap") << 0;
        QTest::newRow("5 s") << 5000;
        QTest::newRow("1.5 s") << 1500;
    }

    void pacingGap()
    {
        QFETCH(int, gapMs);
        DispatcherSettings settings = Rig::quick();
        settings.minimumGap = std::chrono::milliseconds(gapMs);
        Rig rig(settings);
        FakeSmsChannel a(u"sim-a"_s);
        rig.dispatcher.addChannel(&a);
        rig.dispatcher.start();
        rig.enqueue(OutboxFixture::request(u"one"_s));
        rig.enqueue(OutboxFixture::request(u"two"_s));
        QCOMPARE(a.sends.size(), 1);
        rig.clock.advance(3s); // the modem takes its time
        const QDateTime finished = rig.clock.now();
        a.succeed();
        if (gapMs == 0) {
            QCOMPARE(a.sends.size(), 2);
            return;
        }
        QCOMPARE(a.sends.size(), 1);
        QCOMPARE(rig.dispatcher.nextWakeUp(), finished.addMSecs(gapMs));
        const auto counters = rig.dispatcher.simCounters();
        QCOMPARE(counters.size(), 1);
        QCOMPARE(counters.at(0).nextFreeAt, finished.addMSecs(gapMs));
        QVERIFY(!counters.at(0).inFlight);
        rig.clock.advance(std::chrono::milliseconds(gapMs - 1));
        QCOMPARE(a.sends.size(), 1);
        rig.clock.advance(1ms);
        QCOMPARE(a.sends.size(), 2);
        QCOMPARE(a.last().sms.text, u"two"_s);
        QVERIFY(rig.dispatcher.simCounters().at(0).inFlight);
    }

    void dailyCapAndMidnight()
    {
        // The day starts at midnight in the business's zone: New York, 05:00 UTC in January.
        DispatcherSettings settings = Rig::quick();
        settings.dailyPartCap = 4;
        settings.businessZone = QTimeZone("America/New_York");
        Rig rig(settings);
        FakeSmsChannel a(u"sim-a"_s);
        rig.dispatcher.addChannel(&a);
        rig.dispatcher.start();
        // A part sent yesterday (New York time) does not count.
        rig.exec(u"INSERT INTO threads (phone_e164) VALUES ('+447400000001')"_s);
        rig.exec(u"INSERT INTO messages (id, thread_id, direction, body, state, created_at) "
                 "VALUES (999, 1, 'out', 'old', 'sent', '2026-01-05T04:00:00.000Z')"_s);
        rig.exec(u"INSERT INTO message_parts (message_id, attempt, part, part_count, reference, "
                 "modem_id, recipient, sent_at) VALUES (999, 1, 1, 1, 1, 'sim-a', "
                 "'+447400000001', '2026-01-05T04:59:59.999Z')"_s);

        rig.enqueue(OutboxFixture::request(u"one"_s));
        a.succeed({1});
        rig.enqueue(OutboxFixture::request(QString(200, u'x'))); // two parts
        a.succeed({2, 3});
        QCOMPARE(rig.dispatcher.simCounters().at(0).sentToday, 3);
        // Two parts do not fit in the one left; a single part does, and goes first.
        const qint64 longer = rig.enqueue(OutboxFixture::request(QString(200, u'y')));
        QCOMPARE(a.sends.size(), 2);
        const qint64 single = rig.enqueue(OutboxFixture::request(u"short"_s));
        QCOMPARE(a.sends.size(), 3);
        a.succeed({4});
        QCOMPARE(rig.stateOf(single), u"sent"_s);
        QCOMPARE(rig.stateOf(longer), u"queued"_s);

        const QDateTime midnight(QDate(2026, 1, 6), QTime(5, 0), QTimeZone::utc());
        const SimCounters counters = rig.dispatcher.simCounters().at(0);
        QCOMPARE(counters.sentToday, 4);
        QCOMPARE(counters.dailyCap, 4);
        QCOMPARE(counters.nextFreeAt, midnight);
        QVERIFY(counters.ready);
        QCOMPARE(rig.dispatcher.nextWakeUp(), midnight);

        rig.clock.advance(std::chrono::milliseconds(rig.clock.now().msecsTo(midnight) - 1));
        QCOMPARE(a.sends.size(), 3);
        rig.clock.advance(1ms);
        QCOMPARE(a.sends.size(), 4);
        QCOMPARE(rig.stateOf(longer), u"sending"_s);
        a.succeed({5, 6});
        QCOMPARE(rig.dispatcher.simCounters().at(0).sentToday, 2);
        QVERIFY(!rig.dispatcher.nextWakeUp().isValid()); // nothing left to wait for
    }
    void thePolicyIsAskedRightBeforeSending()
    {
        Rig rig;
        FakeSmsChannel a(u"sim-a"_s, false);
        rig.dispatcher.addChannel(&a);
        rig.dispatcher.start();
        rig.policy.footer = u" STOP to end"_s;
        const qint64 id = rig.enqueue(OutboxFixture::request(u"Offer"_s));
        QCOMPARE(rig.policy.asked.size(), 1);
        QCOMPARE(rig.stateOf(id), u"queued"_s);

        // By the time the modem is ready, quiet hours have begun.
        rig.clock.advance(1h);
        const QDateTime tomorrow = rig.clock.now().addSecs(12 * 3600);
        rig.policy.script << ScriptedSendPolicy::hold(tomorrow, u"Quiet hours"_s);
        a.setReady(true);
        QCOMPARE(rig.policy.asked.size(), 2);
        QCOMPARE(rig.policy.asked.at(1).messageId, id);
        QCOMPARE(rig.policy.askedAt.at(1), rig.clock.now());
        QCOMPARE(a.sends.size(), 0);
        QCOMPARE(rig.stateOf(id), u"held"_s);
        QCOMPARE(rig.column(id, u"held_until"_s).toString(),
            tomorrow.toUTC().toString(Qt::ISODateWithMs));

        // At the end of the hold it is asked again, and once more right before sending.
        rig.clock.advance(12h);
        QCOMPARE(rig.policy.asked.size(), 4);
        QCOMPARE(a.sends.size(), 1);
        // The footer was added once, however often the policy was asked.
        QCOMPARE(a.last().sms.text, u"Offer STOP to end"_s);
        QCOMPARE(rig.column(id, u"body"_s).toString(), u"Offer STOP to end"_s);

        // A refusal right before sending: nothing goes out.
        const qint64 other = rig.enqueue(OutboxFixture::request(u"Another"_s));
        rig.policy.script << ScriptedSendPolicy::refuse(u"Opted out a minute ago"_s);
        a.succeed();
        QCOMPARE(a.sends.size(), 1);
        QCOMPARE(rig.stateOf(other), u"failed"_s);
        QCOMPARE(rig.column(other, u"state_reason"_s).toString(), u"Opted out a minute ago"_s);
    }

    void theTimerFiresExactlyWhenDue()
    {
        Rig rig;
        FakeSmsChannel a(u"sim-a"_s);
        rig.dispatcher.addChannel(&a);
        rig.dispatcher.start();
        QVERIFY(!rig.dispatcher.nextWakeUp().isValid());
        QCOMPARE(rig.clock.activeTimerCount(), 0); // idle: no timer at all

        const QDateTime due = rig.clock.now().addMSecs(10 * 60 * 1000 + 250);
        rig.policy.script << ScriptedSendPolicy::hold(due, u"Quiet hours"_s);
        const qint64 id = rig.enqueue(OutboxFixture::request());
        // Held for a person only (no moment): never looked at by the timer.
        rig.policy.script << ScriptedSendPolicy::hold({}, u"Review"_s);
        const qint64 review = rig.enqueue(OutboxFixture::request(u"x"_s));
        QCOMPARE(rig.dispatcher.nextWakeUp(), due);
        QCOMPARE(rig.clock.nextDue(), 600250ms);

        rig.clock.advance(600249ms);
        QCOMPARE(rig.policy.asked.size(), 2);
        QCOMPARE(a.sends.size(), 0);
        rig.clock.advance(1ms);
        QCOMPARE(rig.policy.askedAt.at(2), due);
        QCOMPARE(a.sends.size(), 1);
        QCOMPARE(rig.stateOf(id), u"sending"_s);
        a.succeed();
        QCOMPARE(rig.stateOf(review), u"held"_s);
        QVERIFY(!rig.dispatcher.nextWakeUp().isValid());
        QCOMPARE(rig.clock.activeTimerCount(), 0);
    }

    void statusReportsReachTheTracker()
    {
        Rig rig;
        FakeSmsChannel a(u"sim-a"_s);
        rig.dispatcher.addChannel(&a);
        rig.dispatcher.start();
        const qint64 id = rig.enqueue(OutboxFixture::request());
        a.succeed({77});
        rapport::modem::SmsStatusReport report;
        report.messageReference = 77;
        report.recipient = *rapport::modem::parseTypedNumber(u"+447400123456"_s);
        report.status = 0x00;
        rapport::modem::InboundPdu pdu;
        pdu.location = {"SR", 3};
        pdu.pdu = rapport::modem::DecodedPdu {{}, report};
        Q_EMIT a.received(pdu);
        QCOMPARE(rig.stateOf(id), u"delivered"_s);
        QCOMPARE(a.confirmed.size(), 1);
        QCOMPARE(a.confirmed.at(0).index, 3);
    }
};

RAPPORT_TEST_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
