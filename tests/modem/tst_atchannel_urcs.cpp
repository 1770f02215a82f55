// The AT channel's unsolicited result codes: dispatched wherever they land in the stream, never
// taken for a response, with their PDU line when they claim one.
#include "AtChannelHarness.h"
#include "RapportTest.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using rapport::modem::AtChannel;
using rapport::modem::AtCommand;
using rapport::modem::AtResponse;
using rapport::modem::AtUrcRegistry;
using rapport::test::AtChannelHarness;
using Status = AtResponse::Status;

namespace {

const QByteArray Deliver1 = "07911326040000F0040B911346610089F60000208062917314080CC8329BFD06"_ba;
const QByteArray Deliver2
    = "07919730071111F1000B919746121611F10000811170021222230DC8329BFD6681EE6F399B1C02"_ba;
const QByteArray Report = "0006D60B911326880736F4111011719551401110117195714000"_ba;
const QByteArray Submit = "0011000B916407281553F80000AA0AE8329BFD4697D9EC37"_ba;

// The URCs a session registers: indications, Huawei noise, direct delivery with PDUs.
void registerSessionUrcs(AtChannel &channel)
{
    channel.addUrcHandler("+CMTI:"_ba, AtUrcRegistry::Pdu::None);
    channel.addUrcHandler("+CDSI:"_ba, AtUrcRegistry::Pdu::None);
    channel.addUrcHandler("^RSSI:"_ba, AtUrcRegistry::Pdu::None);
    channel.addUrcHandler("^BOOT:"_ba, AtUrcRegistry::Pdu::None);
    channel.addUrcHandler("RING"_ba, AtUrcRegistry::Pdu::None);
    channel.addUrcHandler("RDY"_ba, AtUrcRegistry::Pdu::None);
    channel.addUrcHandler("+CREG:"_ba, AtUrcRegistry::Pdu::None);
    channel.addUrcHandler("+CMT:"_ba, AtUrcRegistry::Pdu::NextLine);
    channel.addUrcHandler("+CDS:"_ba, AtUrcRegistry::Pdu::NextLine);
}

QByteArray joined(std::initializer_list<QByteArray> parts)
{
    QByteArray out;
    for (const QByteArray &part : parts)
        out += part;
    return out;
}

} // namespace

class TestAtChannelUrcs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urcAnywhereInAListing_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QByteArrayList>("urcs");
        QTest::addColumn<qsizetype>("chunkSize");

        const QByteArray echo = "AT+CMGL=4\r\r\n"_ba;
        const QByteArray first = "+CMGL: 0,1,,24\r\n"_ba + Deliver1 + "\r\n"_ba;
        const QByteArray second = "+CMGL: 1,0,,36\r\n"_ba + Deliver2 + "\r\n"_ba;
        const QByteArray ok = "\r\nOK\r\n"_ba;
        const QByteArray cmti = "+CMTI: \"SM\",5\r\n"_ba;
        const QByteArrayList justCmti {"+CMTI: \"SM\",5"_ba};
        struct Row
        {
            const char *name;
            QByteArray stream;
            QByteArrayList urcs;
        };
        const QList<Row> rows {
            {"before the echo", joined({cmti, echo, first, second, ok}), justCmti},
            {"inside the echo", joined({"AT+CM\r\n"_ba, cmti, "GL=4\r\r\n"_ba, first, second, ok}),
                justCmti},
            {"between echo and response", joined({echo, cmti, first, second, ok}), justCmti},
            {"between two response lines", joined({echo, first, "^RSSI:14\r\n"_ba, second, ok}),
                {"^RSSI:14"_ba}},
            {"between a header and its pdu",
                joined(
                    {echo, "+CMGL: 0,1,,24\r\n^RSSI:14\r\n"_ba, Deliver1, "\r\n"_ba, second, ok}),
                {"^RSSI:14"_ba}},
            {"glued after the final OK", joined({echo, first, second, ok, cmti}), justCmti},
            {"glued before the final OK", joined({echo, first, second, cmti, "OK\r\n"_ba}),
                justCmti},
            {"+CMT with its pdu mid-response",
                joined({echo, first, "+CMT: ,24\r\n"_ba, Deliver1, "\r\n"_ba, second, ok}),
                {"+CMT: ,24|"_ba + Deliver1}},
            // ZTE: "+CDS: ,25" without the first field, between a header and its PDU.
            {"+CDS between a header and its pdu",
                joined({echo, "+CMGL: 0,1,,24\r\n+CDS: ,25\r\n"_ba, Report, "\r\n"_ba, Deliver1,
                    "\r\n"_ba, second, ok}),
                {"+CDS: ,25|"_ba + Report}},
            {"several in a row",
                joined({"RING\r\n^BOOT:12345,0,0,0,72\r\n"_ba, echo, "+CREG: 1\r\n"_ba, first,
                    "+CDSI: \"SR\",2\r\n"_ba, second, ok, "RDY\r\n"_ba}),
                {"RING"_ba, "^BOOT:12345,0,0,0,72"_ba, "+CREG: 1"_ba, "+CDSI: \"SR\",2"_ba,
                    "RDY"_ba}},
        };
        for (const Row &row : rows) {
            for (qsizetype chunk : {0, 1, 4})
                QTest::addRow("%s, chunk %d", row.name, int(chunk))
                    << row.stream << row.urcs << chunk;
        }
    }

    void urcAnywhereInAListing()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QByteArrayList, urcs);
        QFETCH(qsizetype, chunkSize);
        AtChannelHarness h;
        registerSessionUrcs(h.channel);
        h.send(AtCommand::withPdus("AT+CMGL=4"_ba, "+CMGL:"_ba));
        h.say(stream, chunkSize);
        QCOMPARE(h.responses.size(), 1);
        QCOMPARE(h.responses.at(0).status, Status::Ok);
        QCOMPARE(h.responses.at(0).lines,
            (QList<QByteArray> {"+CMGL: 0,1,,24"_ba, Deliver1, "+CMGL: 1,0,,36"_ba, Deliver2}));
        QCOMPARE(h.urcs, urcs);
        QVERIFY(h.unhandled.isEmpty());
    }

    void urcAroundAPrompt_data()
    {
        QTest::addColumn<QByteArray>("beforePrompt");
        QTest::addColumn<QByteArray>("afterPayload");
        QTest::addColumn<QByteArrayList>("urcs");
        QTest::addColumn<qsizetype>("chunkSize");

        const QByteArray cmti = "+CMTI: \"SM\",6\r\n"_ba;
        const QByteArray result = "\r\n+CMGS: 7\r\n\r\nOK\r\n"_ba;
        const QByteArrayList justCmti {"+CMTI: \"SM\",6"_ba};
        for (qsizetype chunk : {0, 1}) {
            QTest::addRow("before the echo, chunk %d", int(chunk))
                << joined({cmti, "AT+CMGS=23\r\r\n> "_ba}) << result << justCmti << chunk;
            QTest::addRow("while waiting for the prompt, chunk %d", int(chunk))
                << joined({"AT+CMGS=23\r\r\n"_ba, cmti, "\r\n> "_ba}) << result << justCmti
                << chunk;
            QTest::addRow("right after the prompt, chunk %d", int(chunk))
                << joined({"\r\n> "_ba, cmti}) << result << justCmti << chunk;
            QTest::addRow("inside the pdu echo, chunk %d", int(chunk))
                << "AT+CMGS=23\r\r\n> "_ba
                << joined({Submit.left(10), "\r\n"_ba, cmti, Submit.mid(10), "\x1a"_ba, result})
                << justCmti << chunk;
            QTest::addRow("+CMT with pdu before the result, chunk %d", int(chunk))
                << "\r\n> "_ba << joined({"\r\n+CMT: ,24\r\n"_ba, Deliver1, result})
                << QByteArrayList {"+CMT: ,24|"_ba + Deliver1} << chunk;
            QTest::addRow("+CDS with pdu after the result, chunk %d", int(chunk))
                << "\r\n> "_ba << joined({result, "+CDS: 25\r\n"_ba, Report, "\r\n"_ba})
                << QByteArrayList {"+CDS: 25|"_ba + Report} << chunk;
        }
    }

    void urcAroundAPrompt()
    {
        QFETCH(QByteArray, beforePrompt);
        QFETCH(QByteArray, afterPayload);
        QFETCH(QByteArrayList, urcs);
        QFETCH(qsizetype, chunkSize);
        AtChannelHarness h;
        registerSessionUrcs(h.channel);
        h.send(AtCommand::withPrompt("AT+CMGS=23"_ba, "+CMGS:"_ba, Submit, 60s));
        h.say(beforePrompt, chunkSize);
        QCOMPARE(h.written(), QByteArray("AT+CMGS=23\r"_ba + Submit + '\x1a'));
        h.say(afterPayload, chunkSize);
        QCOMPARE(h.responses.size(), 1);
        QCOMPARE(h.responses.at(0).status, Status::Ok);
        QCOMPARE(h.responses.at(0).lines, QList<QByteArray> {"+CMGS: 7"_ba});
        QCOMPARE(h.urcs, urcs);
        QVERIFY(h.unhandled.isEmpty());
    }

    void huaweiRssiInsideCmgr()
    {
        // The interleaving that broke python-gsmmodem's +CMGR parsing.
        AtChannelHarness h;
        registerSessionUrcs(h.channel);
        h.send(AtCommand::withPdus("AT+CMGR=0"_ba, "+CMGR:"_ba));
        h.say(
            "\r\n+CMGR: 0,,24\r\n\r\n^RSSI:9\r\n"_ba + Deliver1 + "\r\n\r\n^RSSI:10\r\nOK\r\n"_ba);
        QCOMPARE(h.responses.at(0).lines, (QList<QByteArray> {"+CMGR: 0,,24"_ba, Deliver1}));
        QCOMPARE(h.urcs, (QByteArrayList {"^RSSI:9"_ba, "^RSSI:10"_ba}));
    }

    void handlersGetTheLineAndThePdu()
    {
        AtChannelHarness h;
        QByteArrayList seen;
        h.channel.addUrcHandler("+CMT:"_ba, AtUrcRegistry::Pdu::NextLine,
            [&](const QByteArray &line, const QByteArray &pdu) {
                seen.append(line + " / " + pdu);
            });
        h.say("\r\n+CMT: \"\",24\r\n"_ba + Deliver1 + "\r\n"_ba);
        QCOMPARE(seen, QByteArrayList {"+CMT: \"\",24 / "_ba + Deliver1});
    }

    void unknownLinesWhenIdleAreReported()
    {
        AtChannelHarness h;
        registerSessionUrcs(h.channel);
        h.say(
            "\r\n^DSFLOWRPT:00000001,00000000\r\nSMS Ready\r\n\0\0\r\nOK\r\n+CMTI: \"ME\",1\r\n"_ba);
        QCOMPARE(h.unhandled,
            (QByteArrayList {"^DSFLOWRPT:00000001,00000000"_ba, "SMS Ready"_ba, "OK"_ba}));
        QCOMPARE(h.urcs, QByteArrayList {"+CMTI: \"ME\",1"_ba});
    }

    void commandPrefixBeatsUrcPrefix()
    {
        AtChannelHarness h;
        registerSessionUrcs(h.channel);
        h.say("\r\n+CREG: 5\r\n"_ba);
        h.send(AtCommand::withPrefix("AT+CREG?"_ba, "+CREG:"_ba));
        h.say("\r\n+CREG: 2,1\r\n\r\nOK\r\n"_ba);
        h.say("\r\n+CREG: 1\r\n"_ba);
        QCOMPARE(h.responses.at(0).lines, QList<QByteArray> {"+CREG: 2,1"_ba});
        QCOMPARE(h.urcs, (QByteArrayList {"+CREG: 5"_ba, "+CREG: 1"_ba}));
    }

    void urcWhosePduNeverComesStillArrives()
    {
        AtChannelHarness h;
        registerSessionUrcs(h.channel);
        h.send(AtCommand::plain("AT+CNMA"_ba));
        h.say("\r\n+CMT: ,24\r\nOK\r\n"_ba);
        QCOMPARE(h.urcs, QByteArrayList {"+CMT: ,24"_ba});
        QCOMPARE(h.responses.at(0).status, Status::Ok);
    }

    void handlerMayEnqueueTheRead()
    {
        // The usual +CMTI flow: the indication arrives mid-command; the read waits its turn.
        AtChannelHarness h;
        h.channel.addUrcHandler("+CMTI:"_ba, AtUrcRegistry::Pdu::None,
            [&h](const QByteArray &line, const QByteArray &) {
                const QByteArray index = line.mid(line.indexOf(',') + 1);
                h.send(AtCommand::withPdus("AT+CMGR=" + index, "+CMGR:"_ba));
            });
        h.send(AtCommand::withPrefix("AT+CSQ"_ba, "+CSQ:"_ba));
        h.say("\r\n+CMTI: \"SM\",3\r\n+CSQ: 20,99\r\n"_ba);
        QCOMPARE(h.written(), "AT+CSQ\r"_ba);
        h.say("\r\nOK\r\n"_ba);
        QCOMPARE(h.written(), "AT+CMGR=3\r"_ba);
        h.say("\r\n+CMGR: 0,,24\r\n"_ba + Deliver1 + "\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.responses.size(), 2);
        QCOMPARE(h.responses.at(1).lines, (QList<QByteArray> {"+CMGR: 0,,24"_ba, Deliver1}));
    }

    void handlerMayCloseTheChannel()
    {
        AtChannelHarness h;
        h.channel.addUrcHandler("RDY"_ba, AtUrcRegistry::Pdu::None,
            [&h](const QByteArray &, const QByteArray &) { h.channel.close(); });
        h.send(AtCommand::withPrefix("AT+CSQ"_ba, "+CSQ:"_ba));
        h.send(AtCommand::plain("AT"_ba));
        h.say("\r\nRDY\r\n+CSQ: 20,99\r\n\r\nOK\r\n+CMTI: \"SM\",1\r\n"_ba);
        QCOMPARE(h.responses.size(), 2);
        QCOMPARE(h.responses.at(0).status, Status::ChannelClosed);
        QCOMPARE(h.responses.at(1).status, Status::ChannelClosed);
        QVERIFY(h.urcs.isEmpty());
        QVERIFY(h.unhandled.isEmpty());
    }

    void removedHandlerNoLongerClaims()
    {
        AtChannelHarness h;
        const auto id = h.channel.addUrcHandler("+CMTI:"_ba, AtUrcRegistry::Pdu::None);
        h.say("+CMTI: \"SM\",1\r\n"_ba);
        QVERIFY(h.channel.removeUrcHandler(id));
        QVERIFY(!h.channel.removeUrcHandler(id));
        h.say("+CMTI: \"SM\",2\r\n"_ba);
        QCOMPARE(h.urcs, QByteArrayList {"+CMTI: \"SM\",1"_ba});
        QCOMPARE(h.unhandled, QByteArrayList {"+CMTI: \"SM\",2"_ba});
    }
};

RAPPORT_TEST_MAIN(TestAtChannelUrcs)
#include "tst_atchannel_urcs.moc"
