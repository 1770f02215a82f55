// The simulated modem's SMS commands byte for byte (3GPP TS 27.005, PDU mode): storages,
// indications, AT+CMMS, the "> " text entry of AT+CMGS with its checks and delays, reading,
// listing and deleting, and the vendor quirks that touch them.
#include "RapportTest.h"
#include "SimulatedModemHarness.h"
#include "modem/MessageComposer.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using rapport::modem::composeSubmit;
using rapport::modem::EncodedPdu;
using rapport::modem::SimulatedModem;
using rapport::modem::SimulatedSubmission;
using rapport::modem::SubmitRequest;
using rapport::modem::Vendor;
using rapport::test::SimulatedModemHarness;
using Quiet = rapport::test::BootedModemHarness;

namespace {

EncodedPdu submitPdu(const QString &to, const QString &text)
{
    SubmitRequest request;
    request.destination = to;
    request.text = text;
    auto parts = composeSubmit(request);
    return parts ? parts->constFirst() : EncodedPdu {};
}

} // namespace

class TestSimulatedModemSms final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storages()
    {
        Quiet h;
        QCOMPARE(h.raw("AT+CPMS=?\r"),
            "\r\n+CPMS: (\"SM\",\"ME\",\"SR\"),(\"SM\",\"ME\"),(\"SM\",\"ME\")\r\n\r\nOK\r\n"_ba);
        QCOMPARE(
            h.raw("AT+CPMS?\r"), "\r\n+CPMS: \"SM\",0,20,\"SM\",0,20,\"SM\",0,20\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CPMS=\"ME\"\r"), "\r\n+CPMS: 0,50,0,20,0,20\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CPMS=\"SR\",\"SR\"\r"), "\r\n+CMS ERROR: 302\r\n"_ba);
        QCOMPARE(
            h.raw("AT+CPMS=\"SR\",\"ME\",\"ME\"\r"), "\r\n+CPMS: 0,20,0,50,0,50\r\n\r\nOK\r\n"_ba);
        h.modem.setStorageCapacity("SM", 5);
        QCOMPARE(
            h.raw("AT+CPMS=\"SM\",\"SM\",\"SM\"\r"), "\r\n+CPMS: 0,5,0,5,0,5\r\n\r\nOK\r\n"_ba);
    }

    void indications()
    {
        Quiet h;
        QCOMPARE(h.raw("AT+CNMI=?\r"), "\r\n+CNMI: (0-2),(0-3),(0,2),(0-2),(0,1)\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CNMI?\r"), "\r\n+CNMI: 0,0,0,0,0\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CNMI=2,1,0,1,0\r"), "\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CNMI?\r"), "\r\n+CNMI: 2,1,0,1,0\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CNMI=2,1,1\r"), "\r\n+CMS ERROR: 303\r\n"_ba);
        QCOMPARE(h.raw("AT+CNMI=1,2\r"), "\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CNMI?\r"), "\r\n+CNMI: 1,2,0,0,0\r\n\r\nOK\r\n"_ba);

        // Wavecom takes status reports only into storage.
        Quiet sierra(Vendor::SierraWavecom);
        QCOMPARE(sierra.raw("AT+CNMI=2,1,0,1,0\r"), "\r\n+CMS ERROR: 303\r\n"_ba);
        QCOMPARE(sierra.raw("AT+CNMI=2,1,0,2,0\r"), "\r\nOK\r\n"_ba);
    }

    void moreMessagesToSend()
    {
        Quiet h;
        QCOMPARE(h.raw("AT+CMMS=1\r"), "\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CMMS?\r"), "\r\n+CMMS: 1\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CMMS=3\r"), "\r\n+CMS ERROR: 303\r\n"_ba);
        Quiet huawei(Vendor::Huawei);
        QCOMPARE(huawei.raw("AT+CMMS=1\r"), "\r\n+CMS ERROR: 500\r\n"_ba);
    }

    void textModeIsRefusedForSmsCommands()
    {
        Quiet h;
        QCOMPARE(h.raw("AT+CMGF=1\r"), "\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CMGF?\r"), "\r\n+CMGF: 1\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CMGL=4\r"), "\r\n+CMS ERROR: 303\r\n"_ba);
        QCOMPARE(h.raw("AT+CMGF=0\r"), "\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CMGL=4\r"), "\r\nOK\r\n"_ba);
    }

    void sendAfterPrompt()
    {
        Quiet h;
        QSignalSpy submitted(&h.modem, &SimulatedModem::submitted);
        const EncodedPdu pdu = submitPdu(u"+447700900123"_s, u"Hello"_s);
        QCOMPARE(h.raw("AT+CMGS=" + QByteArray::number(pdu.tpduLength) + '\r'), "\r\n> "_ba);
        // The network takes its time: nothing until the configured delay has passed.
        QCOMPARE(h.raw(pdu.hex() + '\x1a', 1499ms), QByteArray());
        QCOMPARE(submitted.count(), 0);
        h.clock.advance(1ms);
        QCOMPARE(h.device.readAll(), "\r\n+CMGS: 0\r\n\r\nOK\r\n"_ba);
        QCOMPARE(submitted.count(), 1);
        const auto sent = submitted.at(0).at(0).value<SimulatedSubmission>();
        QCOMPARE(sent.destination, u"+447700900123"_s);
        QCOMPARE(sent.text, u"Hello"_s);
        QCOMPARE(sent.messageReference, quint8(0));
        QVERIFY(!sent.concatenation);
        QCOMPARE(sent.time, h.clock.now());
        QCOMPARE(h.modem.submissions().size(), 1);
    }

    void textEntryIsEchoedWhenEchoIsOn()
    {
        SimulatedModemHarness h(Vendor::Generic, false);
        h.clock.advance(0ms);
        h.device.readAll(); // RDY
        h.modem.setNetworkDelay(0ms);
        const EncodedPdu pdu = submitPdu(u"+447700900123"_s, u"Hi"_s);
        const QByteArray command = "AT+CMGS=" + QByteArray::number(pdu.tpduLength) + '\r';
        QCOMPARE(h.raw(command), command + "\r\n> ");
        QCOMPARE(h.raw(pdu.hex() + '\x1a'), pdu.hex() + "\r\n+CMGS: 0\r\n\r\nOK\r\n");
    }

    void badPdusAreRefused_data()
    {
        QTest::addColumn<int>("declared");
        QTest::addColumn<QByteArray>("hex");
        const EncodedPdu pdu = submitPdu(u"+447700900123"_s, u"Hello"_s);
        QTest::newRow("length off by one") << pdu.tpduLength + 1 << pdu.hex();
        QTest::newRow("not hex") << pdu.tpduLength << "00zz"_ba;
        QTest::newRow("odd digits") << pdu.tpduLength << pdu.hex().chopped(1);
        // A DELIVER is not something the host can send.
        QTest::newRow("deliver")
            << 24 << "07911326040000F0040B911346610089F60000208062917314080CC8329BFD06"_ba;
    }

    void badPdusAreRefused()
    {
        QFETCH(int, declared);
        QFETCH(QByteArray, hex);
        Quiet h;
        QCOMPARE(h.raw("AT+CMGS=" + QByteArray::number(declared) + '\r'), "\r\n> "_ba);
        QCOMPARE(h.raw(hex + '\x1a', 5s), "\r\n+CMS ERROR: 304\r\n"_ba);
        QVERIFY(h.modem.submissions().isEmpty());
        QCOMPARE(h.raw("AT+CMGS=500\r"), "\r\n+CMS ERROR: 304\r\n"_ba);
    }

    void escapeCancelsTextEntry()
    {
        Quiet h;
        QCOMPARE(h.raw("AT+CMGS=20\r"), "\r\n> "_ba);
        QCOMPARE(h.raw("0011000B91\x1b"), "\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT\r"), "\r\nOK\r\n"_ba);
        QVERIFY(h.modem.submissions().isEmpty());
    }

    void messageReferencesWrap()
    {
        Quiet h;
        h.modem.setNetworkDelay(0ms);
        h.modem.setNextMessageReference(255);
        const EncodedPdu pdu = submitPdu(u"+447700900123"_s, u"Hi"_s);
        const QByteArray command = "AT+CMGS=" + QByteArray::number(pdu.tpduLength) + '\r';
        for (const char *mr : {"255", "0", "1"}) {
            h.raw(command);
            QCOMPARE(h.raw(pdu.hex() + '\x1a'), "\r\n+CMGS: " + QByteArray(mr) + "\r\n\r\nOK\r\n");
        }
    }

    void injectedSendFailures()
    {
        Quiet h;
        h.modem.failNextSends(2, 515);
        h.modem.failNextSends(1, 332);
        const EncodedPdu pdu = submitPdu(u"+447700900123"_s, u"Hi"_s);
        const QByteArray command = "AT+CMGS=" + QByteArray::number(pdu.tpduLength) + '\r';
        for (const char *answer :
            {"+CMS ERROR: 515", "+CMS ERROR: 515", "+CMS ERROR: 332", "+CMGS: 0"}) {
            h.raw(command);
            QVERIFY(
                h.raw(pdu.hex() + '\x1a', 2s).startsWith(QByteArray("\r\n" + QByteArray(answer))));
        }
        QCOMPARE(h.modem.submissions().size(), 1);
    }

    void commandsWaitForThePendingAnswer()
    {
        Quiet h;
        const EncodedPdu pdu = submitPdu(u"+447700900123"_s, u"Hi"_s);
        h.raw("AT+CMGS=" + QByteArray::number(pdu.tpduLength) + '\r');
        QCOMPARE(h.raw(pdu.hex()
                         + "\x1a"
                           "AT+CSQ\r",
                     1s),
            QByteArray());
        QCOMPARE(h.raw("", 500ms), "\r\n+CMGS: 0\r\n\r\nOK\r\n\r\n+CSQ: 20,99\r\n\r\nOK\r\n"_ba);
    }

    void readListDelete()
    {
        Quiet h;
        QVERIFY(h.modem.injectText(u"+447700900001"_s, u"first"_s).hasValue());
        QVERIFY(h.modem.injectText(u"+447700900002"_s, u"second"_s).hasValue());
        // AT+CNMI not set yet: stored, no indication.
        QCOMPARE(h.device.readAll(), QByteArray());
        const QByteArray listing = h.raw("AT+CMGL=4\r");
        QVERIFY2(listing.startsWith("\r\n+CMGL: 1,0,,"), listing.constData());
        QVERIFY(listing.contains("\r\n+CMGL: 2,0,,"));
        QVERIFY(listing.endsWith("\r\n\r\nOK\r\n"));
        QCOMPARE(h.raw("AT+CMGL=0\r"), "\r\nOK\r\n"_ba); // listing marked them read
        QVERIFY(h.raw("AT+CMGR=2\r").startsWith("\r\n+CMGR: 1,,"));
        QCOMPARE(h.raw("AT+CMGD=1\r"), "\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CMGR=1\r"), "\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CMGR=21\r"), "\r\n+CMS ERROR: 321\r\n"_ba);
        QCOMPARE(h.raw("AT+CMGR=0\r"), "\r\n+CMS ERROR: 321\r\n"_ba);
        QCOMPARE(h.raw("AT+CMGD=0,4\r"), "\r\nOK\r\n"_ba);
        QCOMPARE(h.modem.storageUsed("SM"), 0);
        QCOMPARE(h.raw("AT+CMGD=?\r"), "\r\n+CMGD: (1-20),(0-4)\r\n\r\nOK\r\n"_ba);
    }

    void huaweiIndicesStartAtZero()
    {
        Quiet h(Vendor::Huawei);
        h.raw("AT+CNMI=2,1,0,0,0\r");
        QVERIFY(h.modem.injectText(u"+447700900001"_s, u"zero"_s).hasValue());
        h.clock.advance(0ms);
        QCOMPARE(h.device.readAll(), "\r\n+CMTI: \"SM\",0\r\n"_ba);
        QVERIFY(h.raw("AT+CMGL=4\r").startsWith("\r\n+CMGL: 0,0,,"));
        QVERIFY(h.raw("AT+CMGR=0\r").startsWith("\r\n+CMGR: 1,,"));
        QCOMPARE(h.raw("AT+CMGD=?\r"), "\r\n+CMGD: (0-19),(0-4)\r\n\r\nOK\r\n"_ba);
    }

    void simcomRefusesSmsUntilReady()
    {
        SimulatedModemHarness h(Vendor::Simcom, false);
        h.clock.advance(0ms);
        QCOMPARE(h.device.readAll(), "\r\nRDY\r\n+CFUN: 1\r\n"_ba);
        h.raw("ATE0\r");
        QCOMPARE(h.raw("AT+CMGF=0\r"), "\r\n+CMS ERROR: 302\r\n"_ba);
        QCOMPARE(h.raw("AT+CSQ\r"), "\r\n+CSQ: 20,99\r\n\r\nOK\r\n"_ba);
        h.clock.advance(3s);
        QCOMPARE(h.device.readAll(), "\r\nCall Ready\r\nSMS Ready\r\n"_ba);
        QCOMPARE(h.raw("AT+CMGF=0\r"), "\r\nOK\r\n"_ba);
    }
};

RAPPORT_TEST_MAIN(TestSimulatedModemSms)
#include "tst_simulatedmodem_sms.moc"
