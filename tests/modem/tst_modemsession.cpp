// A modem session against the simulated modem of every vendor: set-up, sending with retries,
// receiving through indications and sweeps, delete-after-confirm, status reports, resets.
#include "ManualClock.h"
#include "RapportTest.h"
#include "modem/MessageComposer.h"
#include "modem/ModemSession.h"
#include "modem/SimulatedModem.h"
#include "modem/SimulatedModemDevice.h"

#include <QSignalSpy>

using namespace rapport::modem;
using namespace std::chrono_literals;
using rapport::test::ManualClock;

namespace {

struct Rig
{
    explicit Rig(Vendor vendor = Vendor::Generic)
        : modem(clock, SimulatedModemPreset::forVendor(vendor))
        , device(modem, clock)
        , session(&device, clock)
    {
        QObject::connect(&session, &ModemSession::sendFinished, &session,
            [this](const SendOutcome &o) { outcomes << o; });
        QObject::connect(&session, &ModemSession::received, &session,
            [this](const InboundPdu &p) { inbound << p; });
    }

    // Advances the clock in small steps until `done` or the limit.
    bool runUntil(const std::function<bool()> &done, std::chrono::milliseconds limit = 120s)
    {
        for (std::chrono::milliseconds spent {0}; spent < limit; spent += 20ms) {
            if (done())
                return true;
            clock.advance(20ms);
        }
        return done();
    }

    bool startReady()
    {
        session.start();
        return runUntil([this] { return session.state() == ModemSession::State::Ready; });
    }

    ManualClock clock;
    SimulatedModem modem;
    SimulatedModemDevice device;
    ModemSession session;
    QList<SendOutcome> outcomes;
    QList<InboundPdu> inbound;
};

OutgoingSms text(const QString &to, const QString &body)
{
    OutgoingSms sms;
    sms.destination = to;
    sms.text = body;
    return sms;
}

} // namespace

class TestModemSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SendOutcome>();
        qRegisterMetaType<InboundPdu>();
    }

    void vendors_data()
    {
        QTest::addColumn<int>("vendor");
        QTest::addColumn<QString>("profile");
        QTest::newRow("generic") << int(Vendor::Generic) << QStringLiteral("Generic");
        QTest::newRow("huawei") << int(Vendor::Huawei) << QStringLiteral("Huawei");
        QTest::newRow("zte") << int(Vendor::Zte) << QStringLiteral("ZTE");
        QTest::newRow("simcom") << int(Vendor::Simcom) << QStringLiteral("SIMCom");
        QTest::newRow("quectel") << int(Vendor::Quectel) << QStringLiteral("Quectel");
        QTest::newRow("sierra") << int(Vendor::SierraWavecom) << QStringLiteral("Sierra");
    }
    void vendors()
    {
        // Every vendor: set up, send a long text, receive a reply, get the delivery reports.
        QFETCH(int, vendor);
        QFETCH(QString, profile);
        Rig rig {Vendor(vendor)};
        QVERIFY(rig.startReady());
        QCOMPARE(rig.session.setup().profile.name, profile);
        QVERIFY(!rig.session.setup().identity.imei.isEmpty());

        const QString body = QString(200, u'x');
        rig.session.send(text(QStringLiteral("+447700900123"), body));
        QVERIFY(rig.runUntil([&] { return !rig.outcomes.isEmpty(); }));
        QCOMPARE(rig.outcomes.at(0).result, SendOutcome::Result::Sent);
        QCOMPARE(rig.outcomes.at(0).partCount, 2);
        QCOMPARE(rig.modem.submissions().size(), 2);
        QCOMPARE(rig.outcomes.at(0).messageReferences,
            (QList<int> {rig.modem.submissions().at(0).messageReference,
                rig.modem.submissions().at(1).messageReference}));
        // Both parts' status reports come back (direct or stored per the accepted AT+CNMI).
        QVERIFY(rig.runUntil([&] {
            int reports = 0;
            for (const auto &p : std::as_const(rig.inbound))
                reports += p.pdu && p.pdu->statusReport() ? 1 : 0;
            return reports == 2;
        }));

        rig.inbound.clear();
        QVERIFY(
            rig.modem.injectText(QStringLiteral("+447700900999"), QStringLiteral("C")).hasValue());
        QVERIFY(rig.runUntil([&] { return !rig.inbound.isEmpty(); }));
        const InboundPdu &got = rig.inbound.constFirst();
        QVERIFY(got.pdu && got.pdu->deliver());
        QCOMPARE(got.pdu->deliver()->userData.text, QStringLiteral("C"));
        QCOMPARE(got.pdu->deliver()->originator.toString(), QStringLiteral("+447700900999"));
    }

    void storedMessageIsDeletedOnlyAfterConfirmation()
    {
        Rig rig;
        QVERIFY(rig.startReady());
        QVERIFY(
            rig.modem.injectText(QStringLiteral("+447700900999"), QStringLiteral("Hi")).hasValue());
        QVERIFY(rig.runUntil([&] { return !rig.inbound.isEmpty(); }));
        const InboundPdu got = rig.inbound.constFirst();
        QVERIFY(got.location.isStored());
        const QByteArray storage = got.location.storage;
        QCOMPARE(rig.modem.storageUsed(storage), 1);

        // A sweep meanwhile does not report it again.
        rig.clock.advance(61s);
        rig.runUntil([] { return false; }, 2s);
        QCOMPARE(rig.inbound.size(), 1);
        QCOMPARE(rig.modem.storageUsed(storage), 1);

        rig.session.confirmStored(got.location);
        QVERIFY(rig.runUntil([&] { return rig.modem.storageUsed(storage) == 0; }));
    }

    void sweepFindsMessagesWhoseIndicationWasLost()
    {
        Rig rig;
        QVERIFY(rig.startReady());
        // A message that was on the SIM before the session (or whose +CMTI got lost).
        DeliverRequest request;
        request.originator = parseTypedNumber(u"+447700900555").value();
        request.text = QStringLiteral("Are you open on Sunday?");
        request.serviceCentreTime = rig.clock.now();
        const auto pdus = composeDeliver(request);
        QVERIFY(pdus.hasValue());
        SimulatedMessageStore::Message message;
        message.pdu = pdus.value().constFirst().bytes;
        message.tpduLength = pdus.value().constFirst().tpduLength;
        QVERIFY(rig.modem.store().add("SM", message).has_value());
        QVERIFY(rig.inbound.isEmpty());
        QVERIFY(rig.runUntil([&] { return !rig.inbound.isEmpty(); }, 65s));
        QCOMPARE(rig.inbound.constFirst().pdu->deliver()->userData.text,
            QStringLiteral("Are you open on Sunday?"));
    }

    void temporaryErrorsAreRetriedOthersReturned_data()
    {
        QTest::addColumn<int>("cms");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("result");
        QTest::addColumn<bool>("temporary");
        QTest::newRow("515 busy, retried") << 515 << 1 << int(SendOutcome::Result::Sent) << false;
        QTest::newRow("332 network timeout, retried")
            << 332 << 2 << int(SendOutcome::Result::Sent) << false;
        QTest::newRow("500 once, retried") << 500 << 1 << int(SendOutcome::Result::Sent) << false;
        QTest::newRow("500 twice, returned")
            << 500 << 2 << int(SendOutcome::Result::Failed) << true;
        QTest::newRow("515 beyond the retries")
            << 515 << 10 << int(SendOutcome::Result::Failed) << true;
        QTest::newRow("38 network out of order, returned")
            << 38 << 1 << int(SendOutcome::Result::Failed) << false;
    }
    void temporaryErrorsAreRetriedOthersReturned()
    {
        QFETCH(int, cms);
        QFETCH(int, failures);
        QFETCH(int, result);
        QFETCH(bool, temporary);
        Rig rig;
        QVERIFY(rig.startReady());
        rig.modem.failNextSends(failures, cms);
        rig.session.send(text(QStringLiteral("+447700900123"), QStringLiteral("Reminder")));
        QVERIFY(rig.runUntil([&] { return !rig.outcomes.isEmpty(); }, 300s));
        QCOMPARE(int(rig.outcomes.at(0).result), result);
        if (result != int(SendOutcome::Result::Sent)) {
            QCOMPARE(rig.outcomes.at(0).errorCode, cms);
            QCOMPARE(rig.outcomes.at(0).temporary, temporary);
            QCOMPARE(rig.modem.submissions().size(), 0);
        } else {
            QCOMPARE(rig.modem.submissions().size(), 1);
        }
    }

    void sendsAskedBeforeReadyWaitForTheModem()
    {
        Rig rig;
        rig.session.send(text(QStringLiteral("+447700900123"), QStringLiteral("Early")));
        QCOMPARE(rig.session.sendQueueLength(), 1);
        QVERIFY(rig.startReady());
        QVERIFY(rig.runUntil([&] { return !rig.outcomes.isEmpty(); }));
        QCOMPARE(rig.outcomes.at(0).result, SendOutcome::Result::Sent);
    }

    void invalidNumberIsRefusedWithoutTouchingTheModem()
    {
        Rig rig;
        QVERIFY(rig.startReady());
        rig.session.send(text(QStringLiteral("call me maybe"), QStringLiteral("x")));
        QVERIFY(rig.runUntil([&] { return !rig.outcomes.isEmpty(); }));
        QCOMPARE(rig.outcomes.at(0).result, SendOutcome::Result::Invalid);
        QCOMPARE(rig.modem.submissions().size(), 0);
    }

    void pinIsAskedOnceAndUnlocks()
    {
        Rig rig;
        rig.modem.sim().setPin("4321");
        QSignalSpy pin(&rig.session, &ModemSession::pinRequired);
        rig.session.start();
        QVERIFY(rig.runUntil(
            [&] { return rig.session.state() == ModemSession::State::WaitingForPin; }));
        QCOMPARE(pin.count(), 1);
        rig.session.providePin(QStringLiteral("4321"));
        QVERIFY(rig.runUntil([&] { return rig.session.state() == ModemSession::State::Ready; }));
        QCOMPARE(pin.count(), 1);
    }

    void wrongPinStopsAndIsNeverRetried()
    {
        Rig rig;
        rig.modem.sim().setPin("4321");
        rig.session.start();
        QVERIFY(rig.runUntil(
            [&] { return rig.session.state() == ModemSession::State::WaitingForPin; }));
        const int before = rig.modem.sim().pinAttemptsLeft();
        rig.session.providePin(QStringLiteral("1111"));
        QVERIFY(rig.runUntil([&] { return rig.session.state() == ModemSession::State::Stopped; }));
        QCOMPARE(rig.session.failure(), SetupFailure::WrongPin);
        rig.clock.advance(10min);
        QCOMPARE(rig.modem.sim().pinAttemptsLeft(), before - 1);
    }

    void resetReinitialises()
    {
        Rig rig {Vendor::Quectel};
        QVERIFY(rig.startReady());
        QSignalSpy reset(&rig.session, &ModemSession::resetDetected);
        rig.modem.reset();
        QVERIFY(rig.runUntil([&] { return reset.count() == 1; }));
        QVERIFY(rig.runUntil([&] { return rig.session.state() == ModemSession::State::Ready; }));
        // The new set-up switched PDU mode back on: sending works again.
        rig.session.send(text(QStringLiteral("+447700900123"), QStringLiteral("After reset")));
        QVERIFY(rig.runUntil([&] { return !rig.outcomes.isEmpty(); }));
        QCOMPARE(rig.outcomes.constLast().result, SendOutcome::Result::Sent);
    }

    void silentModemBecomesUnresponsive()
    {
        Rig rig;
        QVERIFY(rig.startReady());
        rig.modem.setSilent(true);
        rig.session.sweepNow();
        QVERIFY(rig.runUntil(
            [&] { return rig.session.state() == ModemSession::State::Unresponsive; }, 300s));
        QCOMPARE(rig.session.failure(), SetupFailure::Unresponsive);
    }

    void idleSessionKeepsOnlyItsPeriodicTimers()
    {
        Rig rig;
        QVERIFY(rig.startReady());
        rig.clock.advance(5s);
        // Sweep, status poll and the channel's own timer (idle) at most: nothing spins.
        QVERIFY2(rig.clock.activeTimerCount() <= 3,
            qPrintable(QString::number(rig.clock.activeTimerCount())));
        QVERIFY(rig.clock.nextDue() >= 20s);
    }
};

RAPPORT_TEST_MAIN(TestModemSession)
#include "tst_modemsession.moc"
