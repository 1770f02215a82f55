// The messaging core end to end with modems coming and going, each simulated on its own
// pseudo-terminal and wired as `rapportctl serve --modem A --modem B --min-gap-ms 0` wires them:
// an answer leaves from the SIM the customer texted (Dispatcher: "the SIM the customer last
// texted ... else round-robin"), and a stick pulled out in the middle of a batch pauses the
// outbox and loses and doubles nothing.
#include "MessagingRig.h"

#include "RapportTest.h"

#include "app/outbox/Dispatcher.h"

#include <QSet>
#include <QSignalSpy>

using namespace rapport;
using namespace rapport::app;
using namespace rapport::modem;
using namespace rapport::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kReadyMs = 20000;
constexpr int kSettleMs = 30000;

const QString kCustomer = u"+447400123456"_s;
const QString kStranger = u"+447400123499"_s;

const QString kSentOrDelivered = u"state IN ('sent', 'delivered')"_s;

QString batchNumber(int i)
{
    return QStringLiteral("+4474001234%1").arg(i, 2, 10, QLatin1Char('0'));
}

QString batchText(int i)
{
    return QStringLiteral("Batch %1: your appointment is tomorrow at 10:00.")
        .arg(i, 2, 10, QLatin1Char('0'));
}

} // namespace

class TestMessagingPtyModems final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<PortError>();
        qRegisterMetaType<SendOutcome>();
        qRegisterMetaType<InboundPdu>();
    }

    void answerLeavesFromTheSimTheCustomerTexted()
    {
        MessagingRig rig;
        QVERIFY(rig.open());
        PtyModem *a = rig.addModem(u"ttyUSB0"_s, "356938035643809");
        PtyModem *b = rig.addModem(u"ttyUSB1"_s, "490154203237518");
        QVERIFY(a && b);
        QVERIFY(rig.start());
        QTRY_VERIFY_WITH_TIMEOUT(rig.allReady(), kReadyMs);

        QVERIFY(b->modem.injectText(kCustomer, u"Is my order in yet?"_s));
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(u"SELECT count(*) FROM messages WHERE direction = "
                                            "'in' AND routed_at IS NOT NULL"_s),
            1, kSettleMs);
        // The message knows its SIM by the identity the dispatcher chooses SIMs by.
        QCOMPARE(rig.value(u"SELECT modem_id FROM messages WHERE direction = 'in'"_s).toString(),
            b->imei);

        // Answers with no modem named: all through B, even while B is busy with the one
        // before (waiting for the customer's SIM beats a round-robin turn on A).
        QList<qint64> answers;
        for (int i = 1; i <= 3; ++i) {
            const auto queued
                = rig.enqueue(kCustomer, QStringLiteral("Yes, it came in (%1).").arg(i));
            QVERIFY2(queued, queued ? "" : qPrintable(queued.error()));
            answers << queued->messageId;
        }
        const QString sentTo = u"SELECT count(*) FROM messages m JOIN threads t ON t.id = "
                               "m.thread_id WHERE t.phone_e164 = ? AND m.direction = 'out' AND "_s
            + kSentOrDelivered;
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(sentTo, {kCustomer}), 3, kSettleMs);
        QCOMPARE(b->submissionsTo(kCustomer).size(), 3);
        QCOMPARE(a->submissionsTo(kCustomer).size(), 0);
        for (const qint64 id : std::as_const(answers)) {
            QCOMPARE(rig.value(u"SELECT modem_id FROM messages WHERE id = ?"_s, {id}).toString(),
                b->imei);
        }

        // A number that never texted has no SIM of its own: two texts take turns.
        for (int i = 1; i <= 2; ++i)
            QVERIFY(
                rig.enqueue(kStranger, QStringLiteral("Welcome to Harbour Optics (%1).").arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(sentTo, {kStranger}), 2, kSettleMs);
        QCOMPARE(a->submissionsTo(kStranger).size(), 1);
        QCOMPARE(b->submissionsTo(kStranger).size(), 1);
        QCOMPARE(rig.count(u"SELECT count(DISTINCT m.modem_id) FROM messages m JOIN threads t "
                           "ON t.id = m.thread_id WHERE t.phone_e164 = ?"_s,
                     {kStranger}),
            2);
    }

    void unpluggedModemPausesTheOutbox()
    {
        constexpr int kBatch = 20;
        constexpr int kPullAt = 8; // the 8th text is cut off after AT+CMGS, before its PDU
        MessagingRig rig;
        QVERIFY(rig.open());
        PtyModem *sim = rig.addModem(u"ttyUSB0"_s, "356938035643809");
        QVERIFY(sim);
        QVERIFY(rig.start());
        QTRY_VERIFY_WITH_TIMEOUT(rig.allReady(), kReadyMs);
        QSignalSpy retries(&rig.connection(0), &ModemConnection::retryScheduled);

        // Pulled out while a text is being handed over: the modem has the command, the
        // network has nothing yet. Queued, so the pty is not closed under its own read.
        QObject guard; // ends the connection before the rig goes
        int sends = 0;
        bool pulled = false;
        connect(
            &sim->modem, &SimulatedModem::commandReceived, &guard,
            [&](const QByteArray &line) {
                if (pulled || !line.startsWith("AT+CMGS=") || ++sends < kPullAt)
                    return;
                pulled = sim->modem.disappear();
            },
            Qt::QueuedConnection);

        for (int i = 0; i < kBatch; ++i)
            QVERIFY(rig.enqueue(batchNumber(i), batchText(i)));
        QTRY_VERIFY_WITH_TIMEOUT(pulled, kSettleMs);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.channel(0).isReady(), 10000);
        const QString inState = u"SELECT count(*) FROM messages WHERE direction = 'out' AND "_s;
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(inState + u"state = 'sending'"_s), 0, 10000);

        // Paused: what went before the cut went once; the text cut off and everything after it
        // wait in the queue, none failed.
        const auto pausedAsExpected = [&] {
            QCOMPARE(sim->modem.submissions().size(), kPullAt - 1);
            QCOMPARE(rig.count(inState + kSentOrDelivered), kPullAt - 1);
            QCOMPARE(rig.count(inState + u"state = 'queued'"_s), kBatch - kPullAt + 1);
            QCOMPARE(rig.count(inState + u"state = 'failed'"_s), 0);
            // Nothing to wait for but a modem: no timer spinning on the queue.
            QVERIFY(!rig.messaging().dispatcher().nextWakeUp().isValid());
        };
        pausedAsExpected();
        if (QTest::currentTestFailed())
            return;
        // It stays so while the connection looks for the modem again and does not find it.
        QTRY_VERIFY_WITH_TIMEOUT(retries.count() >= 2, 10000);
        QVERIFY(!rig.channel(0).isReady());
        pausedAsExpected();
        if (QTest::currentTestFailed())
            return;

        // Plugged in again: the rest goes, the interrupted text first, each exactly once.
        QVERIFY(sim->modem.reappear());
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(inState + kSentOrDelivered), kBatch, kSettleMs);
        QCOMPARE(rig.count(inState + u"state = 'failed'"_s), 0);
        QHash<QString, int> times;
        for (const SimulatedSubmission &each : sim->modem.submissions())
            ++times[each.text];
        for (int i = 0; i < kBatch; ++i) {
            QVERIFY2(times.value(batchText(i)) == 1,
                qPrintable(QStringLiteral("text %1 reached the network %2 times")
                               .arg(i)
                               .arg(times.value(batchText(i)))));
            QCOMPARE(sim->submissionsTo(batchNumber(i)).size(), 1);
        }
        QCOMPARE(sim->modem.submissions().size(), kBatch);
        QCOMPARE(rig.count(u"SELECT count(DISTINCT modem_id) FROM messages WHERE direction = "
                           "'out'"_s),
            1);
    }
};

RAPPORT_TEST_MAIN(TestMessagingPtyModems)
#include "tst_messaging_pty_modems.moc"
