// The AT channel's command path: what a command declares, what the modem answers, what the
// session gets back. Replies are in the shapes real modems give (python-gsmmodem test/fakemodems.py
// where a reply is quoted from there). URCs: tst_atchannel_urcs. Timeouts: tst_atchannel_recovery.
#include "AtChannelHarness.h"
#include "RapportTest.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using rapport::modem::AtChannel;
using rapport::modem::AtCommand;
using rapport::modem::AtResponse;
using rapport::test::AtChannelHarness;
using Status = AtResponse::Status;

namespace {

const QByteArray Deliver1 = "07911326040000F0040B911346610089F60000208062917314080CC8329BFD06"_ba;
const QByteArray Deliver2
    = "07919730071111F1000B919746121611F10000811170021222230DC8329BFD6681EE6F399B1C02"_ba;
const QByteArray Submit = "0011000B916407281553F80000AA0AE8329BFD4697D9EC37"_ba;

struct Case
{
    const char *name;
    QByteArray text;
    QByteArray prefix;
    bool bare;
    bool pdus;
    QByteArray reply;
    Status status;
    int code;
    QByteArrayList lines;
    QByteArray finalLine;
};

QList<Case> cases()
{
    return {
        {"csq", "AT+CSQ"_ba, "+CSQ:"_ba, false, false, "\r\n+CSQ: 20,99\r\n\r\nOK\r\n"_ba,
            Status::Ok, -1, {"+CSQ: 20,99"_ba}, "OK"_ba},
        // Wavecom: AT+CPMS="SM","SM" → +CPMS: 14,50,14,50.
        {"cpms", "AT+CPMS=\"SM\",\"SM\""_ba, "+CPMS:"_ba, false, false,
            "\r\n+CPMS: 14,50,14,50\r\n\r\nOK\r\n"_ba, Status::Ok, -1, {"+CPMS: 14,50,14,50"_ba},
            "OK"_ba},
        {"cmgl with pdus", "AT+CMGL=4"_ba, "+CMGL:"_ba, false, true,
            "\r\n+CMGL: 1,1,,24\r\n"_ba + Deliver1 + "\r\n+CMGL: 2,0,,36\r\n"_ba + Deliver2
                + "\r\n\r\nOK\r\n"_ba,
            Status::Ok, -1, {"+CMGL: 1,1,,24"_ba, Deliver1, "+CMGL: 2,0,,36"_ba, Deliver2},
            "OK"_ba},
        // Huawei numbers storage from 0.
        {"cmgl huawei index 0", "AT+CMGL=4"_ba, "+CMGL:"_ba, false, true,
            "\r\n+CMGL: 0,1,,24\r\n"_ba + Deliver1 + "\r\n\r\nOK\r\n"_ba, Status::Ok, -1,
            {"+CMGL: 0,1,,24"_ba, Deliver1}, "OK"_ba},
        {"cmgl empty", "AT+CMGL=4"_ba, "+CMGL:"_ba, false, true, "\r\nOK\r\n"_ba, Status::Ok, -1,
            {}, "OK"_ba},
        {"cmgr without index", "AT+CMGR=3"_ba, "+CMGR:"_ba, false, true,
            "\r\n+CMGR: 0,,24\r\n"_ba + Deliver1 + "\r\n\r\nOK\r\n"_ba, Status::Ok, -1,
            {"+CMGR: 0,,24"_ba, Deliver1}, "OK"_ba},
        {"cgsn bare", "AT+CGSN"_ba, {}, true, false, "\r\n111111111111111\r\n\r\nOK\r\n"_ba,
            Status::Ok, -1, {"111111111111111"_ba}, "OK"_ba},
        {"cgmi wavecom", "AT+CGMI"_ba, {}, true, false, "\r\n WAVECOM MODEM\r\n\r\nOK\r\n"_ba,
            Status::Ok, -1, {"WAVECOM MODEM"_ba}, "OK"_ba},
        // Nokia N79: AT+CGMR answers five bare lines.
        {"cgmr nokia", "AT+CGMR"_ba, {}, true, false,
            "\r\nV ICPR72_08w44.1\r\n24-11-08\r\nRM-348\r\n(c) Nokia\r\n11.049\r\n\r\nOK\r\n"_ba,
            Status::Ok, -1,
            {"V ICPR72_08w44.1"_ba, "24-11-08"_ba, "RM-348"_ba, "(c) Nokia"_ba, "11.049"_ba},
            "OK"_ba},
        {"cme numeric", "AT+CPIN?"_ba, "+CPIN:"_ba, false, false, "\r\n+CME ERROR: 10\r\n"_ba,
            Status::CmeError, 10, {}, "+CME ERROR: 10"_ba},
        {"cme text", "AT+CPIN?"_ba, "+CPIN:"_ba, false, false,
            "\r\n+CME ERROR: SIM not inserted\r\n"_ba, Status::CmeError, 10, {},
            "+CME ERROR: SIM not inserted"_ba},
        {"cme busy", "AT+CSCA?"_ba, "+CSCA:"_ba, false, false, "\r\n+CME ERROR: 515\r\n"_ba,
            Status::CmeError, 515, {}, "+CME ERROR: 515"_ba},
        {"cms", "AT+CMGR=9"_ba, "+CMGR:"_ba, false, true, "\r\n+CMS ERROR: 321\r\n"_ba,
            Status::CmsError, 321, {}, "+CMS ERROR: 321"_ba},
        {"error", "AT+CLAC"_ba, {}, true, false, "\r\nERROR\r\n"_ba, Status::Error, -1, {},
            "ERROR"_ba},
        // Huawei E1752: AT+WIND? → COMMAND NOT SUPPORT.
        {"command not support", "AT+WIND?"_ba, "+WIND:"_ba, false, false,
            "\r\nCOMMAND NOT SUPPORT\r\n"_ba, Status::OtherError, -1, {}, "COMMAND NOT SUPPORT"_ba},
        {"echo on", "AT+CSQ"_ba, "+CSQ:"_ba, false, false,
            "AT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\n"_ba, Status::Ok, -1, {"+CSQ: 20,99"_ba},
            "OK"_ba},
        {"echo on, bare lines", "AT+CGSN"_ba, {}, true, false,
            "AT+CGSN\r\r\n111111111111111\r\n\r\nOK\r\n"_ba, Status::Ok, -1, {"111111111111111"_ba},
            "OK"_ba},
        {"echo on, pdus", "AT+CMGL=4"_ba, "+CMGL:"_ba, false, true,
            "AT+CMGL=4\r\r\n+CMGL: 1,1,,24\r\n"_ba + Deliver1 + "\r\n\r\nOK\r\n"_ba, Status::Ok, -1,
            {"+CMGL: 1,1,,24"_ba, Deliver1}, "OK"_ba},
        {"lf only", "AT+CSQ"_ba, "+CSQ:"_ba, false, false, "\n+CSQ: 31,99\nOK\n"_ba, Status::Ok, -1,
            {"+CSQ: 31,99"_ba}, "OK"_ba},
    };
}

} // namespace

class TestAtChannel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void responses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<bool>("bare");
        QTest::addColumn<bool>("pdus");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<qsizetype>("chunkSize");
        QTest::addColumn<Status>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArrayList>("lines");
        QTest::addColumn<QByteArray>("finalLine");
        for (const Case &c : cases()) {
            for (qsizetype chunk : {0, 1, 3}) {
                QTest::addRow("%s, chunk %d", c.name, int(chunk))
                    << c.text << c.prefix << c.bare << c.pdus << c.reply << chunk << c.status
                    << c.code << c.lines << c.finalLine;
            }
        }
    }

    void responses()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, prefix);
        QFETCH(bool, bare);
        QFETCH(bool, pdus);
        QFETCH(QByteArray, reply);
        QFETCH(qsizetype, chunkSize);
        QFETCH(Status, status);
        QFETCH(int, code);
        QFETCH(QByteArrayList, lines);
        QFETCH(QByteArray, finalLine);

        AtChannelHarness h;
        AtCommand command
            = prefix.isEmpty() ? AtCommand::plain(text) : AtCommand::withPrefix(text, prefix);
        command.bareLines = bare;
        command.pduAfterPrefixedLine = pdus;
        h.send(command);
        QCOMPARE(h.written(), QByteArray(text + '\r'));
        h.say(reply, chunkSize);
        QCOMPARE(h.responses.size(), 1);
        const AtResponse &response = h.responses.constFirst();
        QCOMPARE(response.status, status);
        QCOMPARE(response.code, code);
        QCOMPARE(QByteArrayList(response.lines), lines);
        QCOMPARE(response.finalLine, finalLine);
        QVERIFY(h.unhandled.isEmpty());
        QVERIFY(!h.channel.isBusy());
        QCOMPARE(h.clock.activeTimerCount(), 0);
    }

    void oneCommandInFlightAtATime()
    {
        AtChannelHarness h;
        h.send(AtCommand::plain("AT+CMGF=0"_ba));
        h.send(AtCommand::withPrefix("AT+CSQ"_ba, "+CSQ:"_ba));
        h.send(AtCommand::withBareLines("AT+CIMI"_ba));
        QCOMPARE(h.written(), "AT+CMGF=0\r"_ba);
        QCOMPARE(h.channel.queuedCount(), qsizetype(2));
        h.say("\r\nOK\r\n"_ba);
        QCOMPARE(h.written(), "AT+CSQ\r"_ba);
        h.say("\r\n+CSQ: 20,99\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.written(), "AT+CIMI\r"_ba);
        h.say("\r\n111111111111111\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.responses.size(), 3);
        QCOMPARE(h.responses.at(1).values("+CSQ:"), QList<QByteArray> {"20,99"_ba});
        QCOMPARE(h.responses.at(2).lines, QList<QByteArray> {"111111111111111"_ba});
        QVERIFY(h.written().isEmpty());
    }

    void scriptedModemAnsweringFromInsideWrite_data()
    {
        QTest::addColumn<qsizetype>("chunkSize");
        QTest::newRow("whole replies") << qsizetype(0);
        QTest::newRow("one byte at a time") << qsizetype(1);
    }

    void scriptedModemAnsweringFromInsideWrite()
    {
        QFETCH(qsizetype, chunkSize);
        AtChannelHarness h;
        h.device.setReplyChunkSize(chunkSize);
        // The first reply comes from the test, so the script's replies arrive while the channel
        // is still inside its read loop.
        h.device.expect("ATE1\r"_ba, {});
        h.device.expect("AT+CGSN\r"_ba, "AT+CGSN\r\r\n358511020024166\r\n\r\nOK\r\n"_ba);
        h.device.expect("AT+CPMS?\r"_ba,
            "AT+CPMS?\r\r\n+CPMS: \"SM\",3,50,\"SM\",3,50,\"SM\",3,50\r\n\r\nOK\r\n"_ba);
        h.device.expect("AT+CMGD=1\r"_ba, "AT+CMGD=1\r\r\n+CMS ERROR: 321\r\n"_ba);
        h.send(AtCommand::plain("ATE1"_ba));
        h.send(AtCommand::withBareLines("AT+CGSN"_ba));
        h.send(AtCommand::withPrefix("AT+CPMS?"_ba, "+CPMS:"_ba));
        h.send(AtCommand::plain("AT+CMGD=1"_ba));
        QVERIFY(h.responses.isEmpty());
        h.say("ATE1\r\r\nOK\r\n"_ba, chunkSize);
        QCOMPARE(h.responses.size(), 4);
        QCOMPARE(h.device.pendingSteps(), qsizetype(0));
        QVERIFY(h.device.unexpectedWrites().isEmpty());
        QCOMPARE(h.responses.at(0).status, Status::Ok);
        QCOMPARE(h.responses.at(1).lines, QList<QByteArray> {"358511020024166"_ba});
        QCOMPARE(h.responses.at(2).values("+CPMS:"),
            QList<QByteArray> {"\"SM\",3,50,\"SM\",3,50,\"SM\",3,50"_ba});
        QCOMPARE(h.responses.at(3).status, Status::CmsError);
        QCOMPARE(h.responses.at(3).code, 321);
        QVERIFY(h.unhandled.isEmpty());
    }

    void prefixedFinalLineWithoutOk()
    {
        // Wavecom: AT+CPIN? → "+CPIN: READY" and no OK.
        AtChannelHarness h;
        AtCommand cpin = AtCommand::withPrefix("AT+CPIN?"_ba, "+CPIN:"_ba);
        cpin.prefixedLineIsFinal = true;
        h.send(cpin);
        h.send(AtCommand::withPrefix("AT+CSQ"_ba, "+CSQ:"_ba));
        QCOMPARE(h.written(), "AT+CPIN?\r"_ba);
        h.say("\r\n+CPIN: READY\r\n"_ba);
        QVERIFY(h.responses.isEmpty()); // an OK may still follow
        h.clock.advance(h.channel.settings().finalPrefixGrace);
        QCOMPARE(h.responses.size(), 1);
        QCOMPARE(h.responses.at(0).status, Status::Ok);
        QCOMPARE(h.responses.at(0).lines, QList<QByteArray> {"+CPIN: READY"_ba});
        QCOMPARE(h.responses.at(0).finalLine, "+CPIN: READY"_ba);
        QCOMPARE(h.written(), "AT+CSQ\r"_ba);
        h.say("\r\n+CSQ: 14,99\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.responses.at(1).lines, QList<QByteArray> {"+CSQ: 14,99"_ba});
    }

    void prefixedFinalLineWithOkConsumesTheOk()
    {
        AtChannelHarness h;
        AtCommand cpin = AtCommand::withPrefix("AT+CPIN?"_ba, "+CPIN:"_ba);
        cpin.prefixedLineIsFinal = true;
        h.send(cpin);
        h.send(AtCommand::plain("AT+CMGF=0"_ba));
        h.say("\r\n+CPIN: SIM PIN\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.responses.size(), 1);
        QCOMPARE(h.responses.at(0).finalLine, "OK"_ba);
        QCOMPARE(h.responses.at(0).values("+CPIN:"), QList<QByteArray> {"SIM PIN"_ba});
        // The OK went to AT+CPIN?, so AT+CMGF=0 is still waiting for its own.
        QCOMPARE(h.written(), "AT+CPIN?\rAT+CMGF=0\r"_ba);
        QCOMPARE(h.responses.size(), 1);
        h.say("\r\nERROR\r\n"_ba);
        QCOMPARE(h.responses.at(1).status, Status::Error);
    }

    void vendorFinalResultAddedAtRunTime()
    {
        AtChannelHarness h;
        h.channel.finalResults().addFinal("ABORTED"_ba, Status::OtherError);
        h.send(AtCommand::withPrefix("AT+COPS=?"_ba, "+COPS:"_ba));
        h.say("\r\nABORTED\r\n"_ba);
        QCOMPARE(h.responses.size(), 1);
        QCOMPARE(h.responses.at(0).status, Status::OtherError);
        QCOMPARE(h.responses.at(0).errorText(), "ABORTED"_ba);
    }

    void unclaimedInformationLineIsReportedNotReturned()
    {
        AtChannelHarness h;
        h.send(AtCommand::plain("AT+CMGF=0"_ba));
        h.say("\r\n+CMGF: 0\r\n\r\nOK\r\n"_ba);
        QVERIFY(h.responses.at(0).lines.isEmpty());
        QCOMPARE(h.unhandled, QByteArrayList {"+CMGF: 0"_ba});
    }

    void promptCommand_data()
    {
        QTest::addColumn<QByteArray>("beforePrompt");
        QTest::addColumn<QByteArray>("afterPayload");
        QTest::addColumn<qsizetype>("chunkSize");
        for (qsizetype chunk : {0, 1}) {
            QTest::addRow("echo off, chunk %d", int(chunk))
                << "\r\n> "_ba
                << "\r\n+CMGS: 12\r\n\r\nOK\r\n"_ba << chunk;
            QTest::addRow("echo on, chunk %d", int(chunk))
                << "AT+CMGS=23\r\r\n> "_ba
                << QByteArray(Submit + "\x1a\r\n+CMGS: 12\r\n\r\nOK\r\n"_ba) << chunk;
            QTest::addRow("prompt without space, chunk %d", int(chunk))
                << "\r\n>"_ba
                << "\r\n+CMGS: 12\r\n\r\nOK\r\n"_ba << chunk;
            QTest::addRow("echo without ctrl-z, chunk %d", int(chunk))
                << "AT+CMGS=23\r\r\n> "_ba << QByteArray(Submit + "\r\n+CMGS: 12\r\n\r\nOK\r\n"_ba)
                << chunk;
        }
    }

    void promptCommand()
    {
        QFETCH(QByteArray, beforePrompt);
        QFETCH(QByteArray, afterPayload);
        QFETCH(qsizetype, chunkSize);
        AtChannelHarness h;
        h.send(AtCommand::withPrompt("AT+CMGS=23"_ba, "+CMGS:"_ba, Submit, 60s));
        QCOMPARE(h.written(), "AT+CMGS=23\r"_ba);
        h.say(beforePrompt, chunkSize);
        QCOMPARE(h.written(), QByteArray(Submit + '\x1a'));
        h.clock.advance(59s); // the network takes its time; the command's own timeout applies
        QVERIFY(h.responses.isEmpty());
        h.say(afterPayload, chunkSize);
        QCOMPARE(h.responses.size(), 1);
        QCOMPARE(h.responses.at(0).status, Status::Ok);
        QCOMPARE(h.responses.at(0).values("+CMGS:"), QList<QByteArray> {"12"_ba});
        QVERIFY(h.unhandled.isEmpty());
    }

    void promptRefusedWithAnError()
    {
        AtChannelHarness h;
        h.send(AtCommand::withPrompt("AT+CMGS=23"_ba, "+CMGS:"_ba, Submit, 60s));
        h.send(AtCommand::plain("AT"_ba));
        h.written();
        h.say("\r\n+CMS ERROR: 304\r\n"_ba);
        QCOMPARE(h.responses.at(0).status, Status::CmsError);
        QCOMPARE(h.responses.at(0).code, 304);
        QCOMPARE(h.written(), "AT\r"_ba); // no payload, straight to the next command
        h.say("\r\n> \r\nOK\r\n"_ba); // a stray prompt now is not a prompt
        QCOMPARE(h.responses.at(1).status, Status::Ok);
        QVERIFY(h.written().isEmpty());
    }

    void wireTraceShowsBothDirections()
    {
        AtChannelHarness h;
        QSignalSpy trace(&h.channel, &AtChannel::wireTrace);
        h.send(AtCommand::plain("AT"_ba));
        h.say("\r\nOK\r\n"_ba);
        h.channel.writeRaw("\x1b"_ba);
        h.channel.writeRaw(QByteArrayView());
        QCOMPARE(trace.size(), 3);
        QCOMPARE(trace.at(0).at(0).value<AtChannel::Direction>(), AtChannel::Direction::ToModem);
        QCOMPARE(trace.at(0).at(1).toByteArray(), "AT\r"_ba);
        QCOMPARE(trace.at(1).at(0).value<AtChannel::Direction>(), AtChannel::Direction::FromModem);
        QCOMPARE(trace.at(1).at(1).toByteArray(), "\r\nOK\r\n"_ba);
        QCOMPARE(trace.at(2).at(1).toByteArray(), "\x1b"_ba);
        QCOMPARE(h.written(), "AT\r\x1b"_ba);
        QCOMPARE(AtChannel::printable("AT+CMGS=23\r\n\x1a\x1b\0\xff"_ba),
            "AT+CMGS=23<CR><LF><CTRL-Z><ESC><00><ff>"_ba);
    }
};

RAPPORT_TEST_MAIN(TestAtChannel)
#include "tst_atchannel.moc"
