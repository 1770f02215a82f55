// The AT channel when things go wrong: timeouts, resynchronisation, late replies, a modem that
// stops talking, missing prompts, cancellation, devices that close or vanish.
#include "AtChannelHarness.h"
#include "RapportTest.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using rapport::modem::AtChannel;
using rapport::modem::AtCommand;
using rapport::modem::AtResponse;
using rapport::test::AtChannelHarness;
using rapport::test::ManualClock;
using rapport::test::ScriptedModemDevice;
using Status = AtResponse::Status;

namespace {

const QByteArray Submit = "0011000B916407281553F80000AA0AE8329BFD4697D9EC37"_ba;

AtCommand csq()
{
    return AtCommand::withPrefix("AT+CSQ"_ba, "+CSQ:"_ba);
}

} // namespace

class TestAtChannelRecovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lateReplyAfterTimeoutIsNeverTheNextAnswer()
    {
        AtChannelHarness h;
        QSignalSpy resynchronised(&h.channel, &AtChannel::resynchronised);
        h.send(csq());
        h.send(AtCommand::withBareLines("AT+CGSN"_ba));
        QCOMPARE(h.written(), "AT+CSQ\r"_ba);
        h.clock.advance(1999ms);
        QVERIFY(h.responses.isEmpty());
        h.clock.advance(1ms);
        QCOMPARE(h.responses.size(), 1);
        QCOMPARE(h.responses.at(0).status, Status::Timeout);
        QVERIFY(h.responses.at(0).finalLine.isEmpty());
        QCOMPARE(h.channel.consecutiveTimeouts(), 1);
        QCOMPARE(h.written(), "AT\r"_ba); // a probe, not AT+CGSN

        // The stuck modem finally answers AT+CSQ; its OK looks like the probe's.
        h.say("\r\n+CSQ: 20,99\r\n\r\nOK\r\n"_ba);
        QVERIFY(h.written().isEmpty());
        // The probe's own OK comes inside the quiet period: probe again.
        h.say("\r\nOK\r\n"_ba);
        QCOMPARE(h.written(), "AT\r"_ba);
        h.say("\r\nOK\r\n"_ba);
        h.clock.advance(h.channel.settings().resyncSettle - 1ms);
        QVERIFY(h.written().isEmpty());
        h.clock.advance(1ms);
        QCOMPARE(resynchronised.size(), 1);
        QCOMPARE(h.written(), "AT+CGSN\r"_ba);
        h.say("\r\n358511020024166\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.responses.size(), 2);
        QCOMPARE(h.responses.at(1).lines, QList<QByteArray> {"358511020024166"_ba});
        QCOMPARE(h.unhandled, (QByteArrayList {"+CSQ: 20,99"_ba, "OK"_ba}));
        QCOMPARE(h.channel.consecutiveTimeouts(), 0);
    }

    void lateErrorDuringTheProbeIsDrained()
    {
        AtChannelHarness h;
        h.send(AtCommand::plain("AT+COPS=0"_ba));
        h.clock.advance(2s);
        QCOMPARE(h.written(), "AT+COPS=0\rAT\r"_ba);
        h.say("\r\n+CME ERROR: 30\r\n"_ba); // late, for AT+COPS=0
        h.say("\r\nOK\r\n"_ba);
        h.clock.advance(1s);
        QVERIFY(!h.channel.isBusy());
        QCOMPARE(h.unhandled, QByteArrayList {"+CME ERROR: 30"_ba});
        h.send(csq());
        QCOMPARE(h.written(), "AT+CSQ\r"_ba);
    }

    void silentModemReachesTheUnresponsiveThresholdOnce()
    {
        AtChannelHarness h;
        AtChannel::Settings settings;
        settings.unresponsiveThreshold = 3;
        settings.resyncAttempts = 2;
        settings.resyncProbeTimeout = 500ms;
        h.channel.setSettings(settings);
        QSignalSpy unresponsive(&h.channel, &AtChannel::unresponsive);
        QSignalSpy resyncFailed(&h.channel, &AtChannel::resyncFailed);
        h.send(csq());
        h.send(csq());
        h.clock.advance(2s); // first command: timeout 1
        h.clock.advance(1s); // two silent probes: resync failed, timeout 2
        QCOMPARE(resyncFailed.size(), 1);
        QCOMPARE(h.channel.consecutiveTimeouts(), 2);
        QCOMPARE(h.written(), "AT+CSQ\rAT\rAT\rAT+CSQ\r"_ba);
        QCOMPARE(unresponsive.size(), 0);
        h.clock.advance(2s); // second command: timeout 3
        QCOMPARE(unresponsive.size(), 1);
        QCOMPARE(unresponsive.at(0).at(0).toInt(), 3);
        h.clock.advance(10s); // more silence: counted, not signalled again
        QCOMPARE(h.channel.consecutiveTimeouts(), 4);
        QCOMPARE(unresponsive.size(), 1);
        QCOMPARE(h.responses.size(), 2);
        QVERIFY(!h.channel.isBusy());
    }

    void anyAnswerResetsTheCount()
    {
        AtChannelHarness h;
        h.send(csq());
        h.clock.advance(2s);
        QCOMPARE(h.channel.consecutiveTimeouts(), 1);
        h.say("\r\nOK\r\n"_ba); // probe
        h.clock.advance(1s); // settled
        QCOMPARE(h.channel.consecutiveTimeouts(), 1); // a probe is not an answer
        h.send(AtCommand::plain("AT+CMGD=1"_ba));
        h.say("\r\n+CMS ERROR: 321\r\n"_ba); // an error is an answer: the modem talks
        QCOMPARE(h.channel.consecutiveTimeouts(), 0);
    }

    void missingPromptSendsEsc()
    {
        AtChannelHarness h;
        h.send(AtCommand::withPrompt("AT+CMGS=23"_ba, "+CMGS:"_ba, Submit, 60s));
        QCOMPARE(h.written(), "AT+CMGS=23\r"_ba);
        h.clock.advance(5s);
        QCOMPARE(h.responses.size(), 1);
        QCOMPARE(h.responses.at(0).status, Status::NoPrompt);
        QCOMPARE(h.written(),
            "\x1b"
            "AT\r"_ba);
        QCOMPARE(h.channel.consecutiveTimeouts(), 1);
        // A prompt that comes after we gave up is not answered with the message.
        h.say("\r\n> "_ba);
        h.say("\r\nOK\r\n"_ba);
        h.clock.advance(1s);
        QVERIFY(h.written().isEmpty());
        QVERIFY(!h.channel.isBusy());
    }

    void silenceAfterThePayloadIsATimeoutWithoutEsc()
    {
        AtChannelHarness h;
        h.send(AtCommand::withPrompt("AT+CMGS=23"_ba, "+CMGS:"_ba, Submit, 60s));
        h.say("\r\n> "_ba);
        h.written();
        h.clock.advance(60s);
        QCOMPARE(h.responses.at(0).status, Status::Timeout);
        QCOMPARE(h.written(), "AT\r"_ba);
    }

    void resyncCanBeTurnedOff()
    {
        AtChannelHarness h;
        AtChannel::Settings settings;
        settings.resyncAttempts = 0;
        settings.unresponsiveThreshold = 0;
        h.channel.setSettings(settings);
        QSignalSpy unresponsive(&h.channel, &AtChannel::unresponsive);
        h.send(csq());
        h.send(csq());
        h.clock.advance(2s);
        QCOMPARE(h.written(), "AT+CSQ\rAT+CSQ\r"_ba); // straight to the next command
        h.clock.advance(2s);
        QCOMPARE(h.channel.consecutiveTimeouts(), 2);
        QCOMPARE(unresponsive.size(), 0);
    }

    void cancelQueuedCommand()
    {
        AtChannelHarness h;
        const auto first = h.send(csq());
        const auto second = h.send(AtCommand::plain("AT+CMGD=1"_ba));
        QVERIFY(h.channel.cancel(second));
        QCOMPARE(h.responses.size(), 1);
        QCOMPARE(h.responses.at(0).status, Status::Cancelled);
        QVERIFY(!h.channel.cancel(second));
        QVERIFY(!h.channel.cancel(4242));
        h.say("\r\n+CSQ: 20,99\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.responses.at(1).status, Status::Ok);
        QVERIFY(!h.channel.cancel(first));
        QCOMPARE(h.written(), "AT+CSQ\r"_ba); // AT+CMGD=1 never went out
    }

    void cancelInFlightCommandResyncs()
    {
        AtChannelHarness h;
        const auto id = h.send(AtCommand::withPdus("AT+CMGL=4"_ba, "+CMGL:"_ba));
        h.send(csq());
        h.say("\r\n+CMGL: 0,1,,24\r\n"_ba);
        QVERIFY(h.channel.cancel(id));
        QCOMPARE(h.responses.at(0).status, Status::Cancelled);
        QCOMPARE(h.responses.at(0).lines, QList<QByteArray> {"+CMGL: 0,1,,24"_ba});
        QCOMPARE(h.written(), "AT+CMGL=4\rAT\r"_ba);
        // The rest of the listing and its OK, then the probe's OK.
        h.say("0791AB\r\n\r\nOK\r\n"_ba);
        h.say("\r\nOK\r\n"_ba);
        QCOMPARE(h.written(), "AT\r"_ba);
        h.say("\r\nOK\r\n"_ba);
        h.clock.advance(1s);
        QCOMPARE(h.written(), "AT+CSQ\r"_ba);
        QCOMPARE(h.channel.consecutiveTimeouts(), 0);
    }

    void cancelWhileWaitingForThePromptSendsEsc()
    {
        AtChannelHarness h;
        const auto id = h.send(AtCommand::withPrompt("AT+CMGS=23"_ba, "+CMGS:"_ba, Submit, 60s));
        h.written();
        QVERIFY(h.channel.cancel(id));
        QCOMPARE(h.responses.at(0).status, Status::Cancelled);
        QCOMPARE(h.written(),
            "\x1b"
            "AT\r"_ba);
    }

    void sessionStartClearsLeftoversAndResyncs()
    {
        AtChannelHarness h;
        QSignalSpy resynchronised(&h.channel, &AtChannel::resynchronised);
        h.channel.writeRaw("\x1b"_ba);
        h.channel.requestResync();
        h.send(AtCommand::plain("ATE0"_ba));
        QCOMPARE(h.written(),
            "\x1b"
            "AT\r"_ba);
        h.say("AT\r\r\nOK\r\n"_ba); // echo still on
        h.clock.advance(1s);
        QCOMPARE(resynchronised.size(), 1);
        QCOMPARE(h.written(), "ATE0\r"_ba);
    }

    void deviceClosingFailsEverythingPending()
    {
        AtChannelHarness h;
        QSignalSpy closed(&h.channel, &AtChannel::closed);
        h.send(csq());
        h.send(csq());
        h.send(csq());
        h.device.close();
        QCOMPARE(closed.size(), 1);
        QVERIFY(!h.channel.isOpen());
        QCOMPARE(h.responses.size(), 3);
        for (const AtResponse &response : std::as_const(h.responses))
            QCOMPARE(response.status, Status::ChannelClosed);
        QCOMPARE(h.clock.activeTimerCount(), 0);
        h.send(csq()); // a closed channel answers at once
        QCOMPARE(h.responses.size(), 4);
        QCOMPARE(h.responses.at(3).status, Status::ChannelClosed);
        h.clock.advance(1min);
        QCOMPARE(h.responses.size(), 4);
    }

    void closeFromACallbackFailsTheRest()
    {
        AtChannelHarness h;
        QList<Status> seen;
        h.channel.enqueue(csq(), [&](const AtResponse &response) {
            seen.append(response.status);
            h.channel.close();
        });
        h.send(csq());
        h.say("\r\n+CSQ: 20,99\r\n\r\nOK\r\n"_ba);
        QCOMPARE(seen, QList<Status> {Status::Ok});
        QCOMPARE(h.responses.at(0).status, Status::ChannelClosed);
        QCOMPARE(h.written(), "AT+CSQ\r"_ba);
    }

    void closeDuringResyncFailsTheQueue()
    {
        AtChannelHarness h;
        h.send(csq());
        h.send(csq());
        h.clock.advance(2s);
        QVERIFY(h.channel.isBusy()); // probing
        h.channel.close();
        QCOMPARE(h.responses.size(), 2);
        QCOMPARE(h.responses.at(1).status, Status::ChannelClosed);
    }

    void deviceDestroyedFailsEverythingPending()
    {
        ManualClock clock;
        auto *device = new ScriptedModemDevice;
        AtChannel channel(device, clock);
        QList<Status> seen;
        channel.enqueue(csq(), [&](const AtResponse &r) { seen.append(r.status); });
        channel.enqueue(csq(), [&](const AtResponse &r) { seen.append(r.status); });
        delete device;
        QCOMPARE(seen, (QList<Status> {Status::ChannelClosed, Status::ChannelClosed}));
        QVERIFY(!channel.isOpen());
        channel.writeRaw("\x1b"_ba); // nothing to write to, and no crash
    }

    void failedWriteClosesTheChannel()
    {
        AtChannelHarness h;
        h.device.setWritesFail(true);
        h.send(csq());
        QCOMPARE(h.responses.size(), 1);
        QCOMPARE(h.responses.at(0).status, Status::ChannelClosed);
        QVERIFY(!h.channel.isOpen());
    }

    void noDeviceMeansClosed()
    {
        ManualClock clock;
        AtChannel channel(nullptr, clock);
        QVERIFY(!channel.isOpen());
        QList<Status> seen;
        channel.enqueue(csq(), [&](const AtResponse &r) { seen.append(r.status); });
        QCOMPARE(seen, QList<Status> {Status::ChannelClosed});
    }

    void overlongPduLineKeepsHeadersAndPdusPaired()
    {
        AtChannelHarness h;
        AtChannel::Settings settings;
        settings.maxLineLength = 64;
        h.channel.setSettings(settings);
        QSignalSpy overflow(&h.channel, &AtChannel::lineOverflow);
        h.send(AtCommand::withPdus("AT+CMGL=4"_ba, "+CMGL:"_ba));
        h.say("\r\n+CMGL: 0,1,,200\r\n"_ba + QByteArray(400, 'A')
            + "\r\n+CMGL: 1,1,,2\r\n0791\r\n"
              "+CMGL: 2,1,,2\r\n+CMGL: 3,1,,2\r\n0792\r\n\r\nOK\r\n"_ba);
        QCOMPARE(overflow.size(), 1);
        QCOMPARE(h.channel.overflowCount(), quint64(1));
        QCOMPARE(h.responses.at(0).lines,
            (QList<QByteArray> {"+CMGL: 0,1,,200"_ba, {}, "+CMGL: 1,1,,2"_ba, "0791"_ba,
                "+CMGL: 2,1,,2"_ba, {}, "+CMGL: 3,1,,2"_ba, "0792"_ba}));
    }
};

RAPPORT_TEST_MAIN(TestAtChannelRecovery)
#include "tst_atchannel_recovery.moc"
