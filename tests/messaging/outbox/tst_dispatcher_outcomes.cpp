// What the dispatcher does with what comes back: back-off for temporary failures up to the
// maximum, failures that are never retried (permanent, cannot encode, uncertain), one bad
// message not blocking the others, and channels that go away, come back or are removed.
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

class TestDispatcherOutcomes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void temporaryFailuresBackOffThenFail()
    {
        Rig rig; // 30 s, 2 min, 8 min, 30 min; 5 attempts
        FakeSmsChannel a(u"sim-a"_s);
        rig.dispatcher.addChannel(&a);
        rig.dispatcher.start();
        const qint64 id = rig.enqueue(OutboxFixture::request());
        const QList<std::chrono::seconds> delays {30s, 120s, 480s, 1800s};
        for (int attempt = 1; attempt <= 4; ++attempt) {
            QCOMPARE(a.sends.size(), attempt);
            a.failWith(SendOutcome::Result::Failed, true, 332); // network timeout
            QCOMPARE(rig.stateOf(id), u"queued"_s);
            QCOMPARE(rig.column(id, u"attempts"_s).toInt(), attempt);
            const QDateTime due = rig.clock.now().addSecs(delays[attempt - 1].count());
            QCOMPARE(rig.column(id, u"next_attempt_at"_s).toString(),
                due.toUTC().toString(Qt::ISODateWithMs));
            const QString reason = rig.column(id, u"state_reason"_s).toString();
            QVERIFY2(reason.startsWith(u"Not sent yet"_s), qPrintable(reason));
            QVERIFY2(!reason.contains(u"332"_s), qPrintable(reason)); // codes stay in the log
            QCOMPARE(rig.dispatcher.nextWakeUp(), due);
            rig.clock.advance(std::chrono::milliseconds(delays[attempt - 1]) - 1ms);
            QCOMPARE(a.sends.size(), attempt);
            rig.clock.advance(1ms);
        }
        QCOMPARE(a.sends.size(), 5);
        a.failWith(SendOutcome::Result::Failed, true, 332);
        QCOMPARE(rig.stateOf(id), u"failed"_s);
        QCOMPARE(rig.column(id, u"attempts"_s).toInt(), 5);
        const QString reason = rig.column(id, u"state_reason"_s).toString();
        QVERIFY2(reason.contains(u"5 attempts"_s), qPrintable(reason));
        QVERIFY2(reason.contains(u"did not answer in time"_s), qPrintable(reason));
        rig.clock.advance(24h);
        QCOMPARE(a.sends.size(), 5);
    }

    void failuresThatAreNotRetried_data()
    {
        QTest::addColumn<int>("result");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("unassigned number")
            << int(SendOutcome::Result::Failed) << 1 << u"does not exist"_s;
        QTest::newRow("no sms on the plan") << int(SendOutcome::Result::Failed) << 50 << u"plan"_s;
        QTest::newRow("cannot encode") << int(SendOutcome::Result::Invalid) << -1 << u"cannot"_s;
        QTest::newRow("uncertain") << int(SendOutcome::Result::Uncertain) << -1 << u"may have"_s;
    }

    void failuresThatAreNotRetried()
    {
        QFETCH(int, result);
        QFETCH(int, code);
        QFETCH(QString, words);
        Rig rig;
        FakeSmsChannel a(u"sim-a"_s);
        rig.dispatcher.addChannel(&a);
        rig.dispatcher.start();
        const qint64 bad = rig.enqueue(OutboxFixture::request(u"bad"_s));
        const qint64 good = rig.enqueue(OutboxFixture::request(u"good"_s));
        // Uncertain is reported as temporary by the modem (the link failed), but it is never
        // sent again on its own: it may have gone out.
        const bool temporary = SendOutcome::Result(result) == SendOutcome::Result::Uncertain;
        a.failWith(SendOutcome::Result(result), temporary, code,
            SendOutcome::Result(result) == SendOutcome::Result::Uncertain
                ? rapport::modem::AtResponse::Status::Timeout
                : rapport::modem::AtResponse::Status::CmsError);
        QCOMPARE(rig.stateOf(bad), u"failed"_s);
        const QString reason = rig.column(bad, u"state_reason"_s).toString();
        QVERIFY2(reason.contains(words), qPrintable(reason));
        if (SendOutcome::Result(result) == SendOutcome::Result::Uncertain)
            QVERIFY2(reason.contains(u"Retry"_s), qPrintable(reason));
        // One bad message never blocks the next.
        QCOMPARE(a.sends.size(), 2);
        QCOMPARE(a.last().sms.text, u"good"_s);
        a.succeed();
        QCOMPARE(rig.stateOf(good), u"sent"_s);
        rig.clock.advance(24h);
        QCOMPARE(a.sends.size(), 2);
        QCOMPARE(rig.column(bad, u"attempts"_s).toInt(), 1);
    }

    void aMessageWaitingToRetryDoesNotBlockOthers()
    {
        Rig rig;
        FakeSmsChannel a(u"sim-a"_s);
        rig.dispatcher.addChannel(&a);
        rig.dispatcher.start();
        const qint64 first = rig.enqueue(OutboxFixture::request(u"first"_s));
        rig.enqueue(OutboxFixture::request(u"second"_s));
        a.failWith(SendOutcome::Result::Failed, true, 515);
        QCOMPARE(rig.stateOf(first), u"queued"_s);
        QCOMPARE(a.sends.size(), 2);
        QCOMPARE(a.last().sms.text, u"second"_s);
        a.succeed();
        rig.clock.advance(30s);
        QCOMPARE(a.sends.size(), 3);
        QCOMPARE(a.last().sms.text, u"first"_s);
    }

    void aChannelThatGoesAwayPausesAndResumes()
    {
        Rig rig;
        FakeSmsChannel a(u"sim-a"_s);
        rig.dispatcher.addChannel(&a);
        rig.dispatcher.start();
        const qint64 first = rig.enqueue(OutboxFixture::request(u"first"_s));
        // The modem is unplugged with the first in flight: the session reports it.
        a.setReady(false);
        const qint64 second = rig.enqueue(OutboxFixture::request(u"second"_s));
        a.failWith(SendOutcome::Result::Failed, true, -1,
            rapport::modem::AtResponse::Status::ChannelClosed);
        QCOMPARE(rig.stateOf(first), u"queued"_s);
        QCOMPARE(rig.stateOf(second), u"queued"_s);
        QVERIFY(rig.column(first, u"next_attempt_at"_s).toString() <= rig.nowText());
        QVERIFY(!rig.dispatcher.simCounters().at(0).ready);
        rig.clock.advance(10min);
        QCOMPARE(a.sends.size(), 1); // nothing goes while it is away
        QVERIFY(!rig.dispatcher.nextWakeUp().isValid()); // and nothing spins

        a.setReady(true); // back: at once, oldest first
        QCOMPARE(a.sends.size(), 2);
        QCOMPARE(a.last().sms.text, u"first"_s);
        QCOMPARE(rig.column(first, u"attempts"_s).toInt(), 2);
        a.succeed();
        QCOMPARE(a.sends.size(), 3);
        QCOMPARE(a.last().sms.text, u"second"_s);
    }

    void aChannelRemovedMidSend_data()
    {
        QTest::addColumn<int>("partsConfirmed");
        QTest::addColumn<QString>("state");
        QTest::newRow("no part confirmed") << 0 << u"queued"_s;
        QTest::newRow("every part confirmed") << 2 << u"sent"_s;
    }

    void aChannelRemovedMidSend()
    {
        QFETCH(int, partsConfirmed);
        QFETCH(QString, state);
        Rig rig;
        auto a = std::make_unique<FakeSmsChannel>(u"sim-a"_s);
        FakeSmsChannel b(u"sim-b"_s, false);
        rig.dispatcher.addChannel(a.get());
        rig.dispatcher.addChannel(&b);
        rig.dispatcher.start();
        const qint64 id = rig.enqueue(OutboxFixture::request(QString(200, u'x')));
        for (int part = 0; part < partsConfirmed; ++part)
            Q_EMIT a->partSent(a->last().handle, part, 2, 30 + part);
        a.reset(); // destroyed without an outcome
        QCOMPARE(rig.dispatcher.channels().size(), 1);
        QCOMPARE(rig.stateOf(id), state);
        if (state == u"queued"_s) {
            QVERIFY(rig.column(id, u"state_reason"_s).toString().contains(u"twice"_s));
            b.setReady(true);
            QCOMPARE(b.sends.size(), 1);
            QCOMPARE(rig.column(id, u"attempts"_s).toInt(), 2);
        }
    }
    void aClosedOutcomeFromAReadyChannelBacksOff()
    {
        // A channel that says "closed" yet still claims to be ready must not be handed the
        // same text again at once (that would spend every attempt in a moment).
        Rig rig;
        FakeSmsChannel a(u"sim-a"_s);
        rig.dispatcher.addChannel(&a);
        rig.dispatcher.start();
        const qint64 id = rig.enqueue(OutboxFixture::request());
        a.failWith(SendOutcome::Result::Failed, true, -1,
            rapport::modem::AtResponse::Status::ChannelClosed);
        QCOMPARE(a.sends.size(), 1);
        QCOMPARE(rig.stateOf(id), u"queued"_s);
        QCOMPARE(rig.dispatcher.nextWakeUp(), rig.clock.now().addSecs(30));
        QVERIFY(rig.column(id, u"state_reason"_s).toString().contains(u"disconnected"_s));
    }
};

RAPPORT_TEST_MAIN(TestDispatcherOutcomes)
#include "tst_dispatcher_outcomes.moc"
