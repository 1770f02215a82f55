// SessionSmsChannel over the real modem stack: a ModemSession talking to the in-process
// simulated modem on a manual clock (as tests/modem do), with the outbox, the dispatcher and
// delivery tracking on top — a text goes in at Outbox::enqueue and comes back delivered from
// the simulated network's status reports. One test follows a ModemConnection over a
// pseudo-terminal, as tst_modemconnection does.
#include "OutboxFixture.h"
#include "app/outbox/Dispatcher.h"
#include "app/outbox/SessionSmsChannel.h"
#include "modem/ModemConnection.h"
#include "modem/ModemSession.h"
#include "modem/SimulatedModem.h"
#include "modem/SimulatedModemDevice.h"
#include "modem/SimulatedModemPty.h"

#include "RapportTest.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>

using namespace rapport::app;
using namespace rapport::modem;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using rapport::test::OutboxFixture;

namespace {

struct Rig : OutboxFixture
{
    explicit Rig(Vendor vendor = Vendor::Generic)
        : modem(clock, SimulatedModemPreset::forVendor(vendor))
        , device(modem, clock)
        , session(&device, clock)
        , channel(&session, u"demo"_s)
        , dispatcher(*database, policy, clock, events, settings())
    {
        dispatcher.addChannel(&channel);
    }

    static DispatcherSettings settings()
    {
        DispatcherSettings s;
        s.minimumGap = 0ms;
        s.businessZone = QTimeZone::utc();
        return s;
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
        return runUntil([this] { return channel.isReady(); });
    }

    SimulatedModem modem;
    SimulatedModemDevice device;
    ModemSession session;
    SessionSmsChannel channel;
    Dispatcher dispatcher;
};

OutgoingSms text(const QString &body)
{
    OutgoingSms sms;
    sms.destination = u"+447400123456"_s;
    sms.text = body;
    return sms;
}

} // namespace

class TestSessionSmsChannel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SendOutcome>();
        qRegisterMetaType<InboundPdu>();
    }

    void identityAndReadiness()
    {
        Rig rig;
        QSignalSpy ready(&rig.channel, &SmsChannel::readyChanged);
        QCOMPARE(rig.channel.id(), u"demo"_s); // before the modem has said who it is
        QVERIFY(!rig.channel.isReady());
        QVERIFY(rig.startReady());
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).toBool(), true);
        QCOMPARE(rig.channel.id(), u"490154203237518"_s); // the IMEI (AT+CGSN)
        rig.session.close();
        QVERIFY(!rig.channel.isReady());
        QCOMPARE(ready.count(), 2);
        QCOMPARE(rig.channel.id(), u"490154203237518"_s); // kept across the session's end
    }

    void sentAndDelivered_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("parts");
        // Generic delivers status reports directly (+CDS); Sierra stores them in "SR", where
        // the confirmation must delete them.
        QTest::newRow("single, direct reports") << Vendor::Generic << u"Your table is ready"_s << 1;
        QTest::newRow("three parts, direct reports")
            << Vendor::Generic << QString(153 * 3, u'a') << 3;
        QTest::newRow("three parts, stored reports")
            << Vendor::SierraWavecom << QString(153 * 3, u'b') << 3;
        QTest::newRow("ucs2, two parts")
            << Vendor::Generic << QString(100, QChar(0x00E9)) + u"😀"_s << 2;
    }

    void sentAndDelivered()
    {
        QFETCH(Vendor, vendor);
        QFETCH(QString, body);
        QFETCH(int, parts);
        Rig rig(vendor);
        rig.modem.setNextMessageReference(250); // wraps past 255 within a long message
        QVERIFY(rig.startReady());
        rig.dispatcher.start();
        const qint64 id = rig.enqueue(OutboxFixture::request(body));
        QVERIFY(id);
        QCOMPARE(rig.column(id, u"part_count"_s).toInt(), parts);

        QVERIFY(rig.runUntil([&] { return rig.stateOf(id) == u"sent"_s; }));
        QCOMPARE(rig.modem.submissions().size(), parts);
        QCOMPARE(rig.column(id, u"modem_id"_s).toString(), u"490154203237518"_s);
        for (int part = 1; part <= parts; ++part) {
            QCOMPARE(rig.value(u"SELECT reference FROM message_parts WHERE message_id = ? "
                               "AND attempt = 1 AND part = ?"_s,
                            {id, part})
                         .toInt(),
                int(rig.modem.submissions().at(part - 1).messageReference));
        }
        QVERIFY(rig.runUntil([&] { return rig.stateOf(id) == u"delivered"_s; }));
        QCOMPARE(rig.value(u"SELECT count(*) FROM message_parts WHERE message_id = ? "
                           "AND status = 'delivered'"_s,
                        {id})
                     .toInt(),
            parts);
        QVERIFY(!rig.column(id, u"delivered_at"_s).toString().isEmpty());
        // Every stored report was confirmed and so deleted from the modem.
        QVERIFY(rig.runUntil([&] { return rig.modem.storageUsed("SR") == 0; }, 5s));
        QCOMPARE(rig.channel.outstanding(), 0);
    }

    void aFailedDeliveryComesBackFailed()
    {
        Rig rig;
        rig.modem.setDeliveryStatuses(u"+447400123456"_s, {0x20, 0x46}); // trying, then expired
        QVERIFY(rig.startReady());
        rig.dispatcher.start();
        const qint64 id = rig.enqueue(OutboxFixture::request());
        QVERIFY(rig.runUntil([&] {
            return rig.value(u"SELECT status FROM message_parts WHERE message_id = ?"_s, {id})
                       .toString()
                == u"pending"_s;
        }));
        QCOMPARE(rig.stateOf(id), u"sent"_s); // still trying is not a failure
        QVERIFY(rig.runUntil([&] { return rig.stateOf(id) == u"failed"_s; }));
        QVERIFY(rig.column(id, u"state_reason"_s).toString().contains(u"expired"_s));
    }

    void outstandingSendsEndWhenTheSessionCloses()
    {
        Rig rig;
        QVERIFY(rig.startReady());
        rig.dispatcher.removeChannel(&rig.channel); // the test is the channel's only user
        QSignalSpy finished(&rig.channel, &SmsChannel::sendFinished);
        rig.channel.send(101, text(u"first"_s));
        rig.channel.send(102, text(u"second"_s));
        QCOMPARE(rig.channel.outstanding(), 2);
        rig.session.close(); // the port went away: first in flight, second waiting
        QCOMPARE(finished.count(), 2);
        QList<quint64> handles;
        for (const QList<QVariant> &signal : std::as_const(finished)) {
            const auto outcome = signal.at(1).value<SendOutcome>();
            QCOMPARE(outcome.id, signal.at(0).value<quint64>());
            QVERIFY(outcome.result != SendOutcome::Result::Sent);
            QVERIFY(outcome.temporary);
            handles << outcome.id;
        }
        std::sort(handles.begin(), handles.end());
        QCOMPARE(handles, (QList<quint64> {101, 102}));
        QCOMPARE(rig.channel.outstanding(), 0);
        QVERIFY(!rig.channel.isReady());

        // Without a session a send ends at once, temporarily: the outbox tries again later.
        rig.channel.send(103, text(u"third"_s));
        QCOMPARE(finished.count(), 3);
        QCOMPARE(
            finished.at(2).at(1).value<SendOutcome>().status, AtResponse::Status::ChannelClosed);
    }

    void theDispatcherRequeuesWhatTheSessionDropped()
    {
        Rig rig;
        QVERIFY(rig.startReady());
        rig.dispatcher.start();
        const qint64 id = rig.enqueue(OutboxFixture::request());
        QCOMPARE(rig.stateOf(id), u"sending"_s);
        rig.session.close();
        QCOMPARE(rig.stateOf(id), u"queued"_s);
        QVERIFY2(rig.column(id, u"state_reason"_s).toString().contains(u"disconnected"_s),
            qPrintable(rig.column(id, u"state_reason"_s).toString()));
        rig.clock.advance(1h);
        QCOMPARE(rig.stateOf(id), u"queued"_s); // waits for a modem, no spinning
    }

    void receivedPdusArePassedOn()
    {
        Rig rig;
        QVERIFY(rig.startReady());
        QSignalSpy received(&rig.channel, &SmsChannel::received);
        QVERIFY(rig.modem.injectText(u"+447400123456"_s, u"Hello"_s).hasValue());
        QVERIFY(rig.runUntil([&] { return received.count() == 1; }));
        const auto pdu = received.at(0).at(0).value<InboundPdu>();
        QVERIFY(pdu.pdu && pdu.pdu->deliver());
        QVERIFY(pdu.location.isStored());
        QCOMPARE(rig.modem.storageUsed(pdu.location.storage), 1);
        rig.channel.confirmStored(pdu.location);
        QVERIFY(rig.runUntil([&] { return rig.modem.storageUsed(pdu.location.storage) == 0; }));
        rig.clock.advance(1s); // the modem's OK to AT+CMGD
    }

    void followsAModemConnection()
    {
        // A real pseudo-terminal and the system clock, as tst_modemconnection runs.
        QTemporaryDir dir;
        const QString link = dir.filePath(u"modem"_s);
        SimulatedModem modem(rapport::Clock::system());
        modem.setImei("356938035643809");
        modem.setNetworkDelay(0ms);
        SimulatedModemPty pty(modem);
        QVERIFY(pty.open(link));
        ModemConnection connection(rapport::Clock::system());
        ModemConnection::Settings settings;
        settings.firstRetry = 50ms;
        settings.maxRetry = 400ms;
        connection.setSettings(settings);
        SessionSmsChannel channel(&connection, u"usb-stick"_s);
        QSignalSpy ready(&channel, &SmsChannel::readyChanged);
        QCOMPARE(channel.id(), u"usb-stick"_s);
        connection.open(link);
        QTRY_VERIFY_WITH_TIMEOUT(channel.isReady(), 10000);
        QCOMPARE(channel.id(), u"356938035643809"_s);

        QSignalSpy finished(&channel, &SmsChannel::sendFinished);
        channel.send(7, text(u"over the wire"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.at(0).at(1).value<SendOutcome>().result, SendOutcome::Result::Sent);

        QVERIFY(pty.disappear());
        QTRY_VERIFY_WITH_TIMEOUT(!channel.isReady(), 5000);
        QVERIFY(pty.reappear());
        QTRY_VERIFY_WITH_TIMEOUT(channel.isReady(), 10000); // the next session, same channel
        QCOMPARE(channel.id(), u"356938035643809"_s);
    }
};

RAPPORT_TEST_MAIN(TestSessionSmsChannel)
#include "tst_sessionsmschannel.moc"
