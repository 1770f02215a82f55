// The simulated modem's AT interpreter, byte for byte: echo, framing, error modes, identity, the
// SIM, network queries, vendor quirks and the behaviours tests ask for. SMS commands are in
// tst_simulatedmodem_sms, the host side over the real AtChannel in tst_simulatedmodem_session,
// the network side in tst_simulatednetwork.
#include "RapportTest.h"
#include "SimulatedModemHarness.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using rapport::modem::Vendor;
using rapport::test::SimulatedModemHarness;

using Quiet = rapport::test::BootedModemHarness;

class TestSimulatedModem final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void echoIsOnUntilAte0()
    {
        SimulatedModemHarness h(Vendor::Generic, false);
        h.clock.advance(0ms);
        QCOMPARE(h.device.readAll(), "\r\nRDY\r\n"_ba);
        QCOMPARE(h.raw("AT\r"), "AT\r\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("ATE0\r"), "ATE0\r\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT\r"), "\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("ATE1\r"), "\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("at\r"), "at\r\r\nOK\r\n"_ba);
    }

    void linesWithoutAtAreIgnored()
    {
        Quiet h;
        QCOMPARE(h.raw("hello\r\r\n\r"), QByteArray());
        // Backspace edits, ESC abandons a half-typed line.
        QCOMPARE(h.raw("AT+CSQX\x08\r"), "\r\n+CSQ: 20,99\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CMGS=2\x1b"
                       "AT\r"),
            "\r\nOK\r\n"_ba);
    }

    void overlongLineIsAnError()
    {
        Quiet h;
        QCOMPARE(h.raw("AT" + QByteArray(2000, 'A') + '\r'), "\r\nERROR\r\n"_ba);
        QCOMPARE(h.raw("AT\r"), "\r\nOK\r\n"_ba);
    }

    void errorModes_data()
    {
        QTest::addColumn<QByteArray>("cmee");
        QTest::addColumn<QByteArray>("cpin");
        QTest::addColumn<QByteArray>("cmgs");
        QTest::newRow("0") << "0"_ba
                           << "\r\nERROR\r\n"_ba
                           << "\r\n+CMS ERROR: 310\r\n"_ba;
        QTest::newRow("1") << "1"_ba
                           << "\r\n+CME ERROR: 10\r\n"_ba
                           << "\r\n+CMS ERROR: 310\r\n"_ba;
        QTest::newRow("2") << "2"_ba
                           << "\r\n+CME ERROR: SIM not inserted\r\n"_ba
                           << "\r\n+CMS ERROR: SIM not inserted\r\n"_ba;
    }

    void errorModes()
    {
        QFETCH(QByteArray, cmee);
        QFETCH(QByteArray, cpin);
        QFETCH(QByteArray, cmgs);
        Quiet h;
        h.modem.sim().setInserted(false);
        QCOMPARE(h.raw("AT+CMEE=" + cmee + '\r'), "\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CMEE?\r"), "\r\n+CMEE: " + cmee + "\r\n\r\nOK\r\n");
        QCOMPARE(h.raw("AT+CPIN?\r"), cpin);
        QCOMPARE(h.raw("AT+CMGS=20\r"), cmgs);
    }

    void unknownCommands_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("generic") << Vendor::Generic << "\r\nERROR\r\n"_ba;
        QTest::newRow("huawei") << Vendor::Huawei << "\r\nCOMMAND NOT SUPPORT\r\n"_ba;
        QTest::newRow("zte") << Vendor::Zte << "\r\nCOMMAND NOT SUPPORT\r\n"_ba;
        QTest::newRow("simcom") << Vendor::Simcom << "\r\nERROR\r\n"_ba;
        QTest::newRow("quectel") << Vendor::Quectel << "\r\nERROR\r\n"_ba;
        QTest::newRow("sierra") << Vendor::SierraWavecom << "\r\nERROR\r\n"_ba;
    }

    void unknownCommands()
    {
        QFETCH(Vendor, vendor);
        QFETCH(QByteArray, answer);
        Quiet h(vendor);
        QCOMPARE(h.raw("AT+WIND?\r"), answer);
        // Another vendor's command is unknown too.
        QCOMPARE(h.raw(vendor == Vendor::Zte ? "AT^CURC=0\r" : "AT+ZOPRT=5\r"), answer);
    }

    void identity_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::addColumn<QByteArray>("maker");
        QTest::addColumn<QByteArray>("model");
        QTest::newRow("generic") << Vendor::Generic << "Rapport"_ba
                                 << "Simulated GSM Modem"_ba;
        QTest::newRow("huawei") << Vendor::Huawei << "huawei"_ba
                                << "E1752"_ba;
        QTest::newRow("zte") << Vendor::Zte << "ZTE CORPORATION"_ba
                             << "MF190"_ba;
        QTest::newRow("simcom") << Vendor::Simcom << "SIMCOM_Ltd"_ba
                                << "SIMCOM_SIM800L"_ba;
        QTest::newRow("quectel") << Vendor::Quectel << "Quectel"_ba
                                 << "EC25"_ba;
        QTest::newRow("sierra") << Vendor::SierraWavecom << " WAVECOM MODEM"_ba
                                << " MULTIBAND  900E  1800"_ba;
    }

    void identity()
    {
        QFETCH(Vendor, vendor);
        QFETCH(QByteArray, maker);
        QFETCH(QByteArray, model);
        Quiet h(vendor);
        QCOMPARE(h.raw("AT+CGMI\r"), "\r\n" + maker + "\r\n\r\nOK\r\n");
        QCOMPARE(h.raw("AT+CGMM\r"), "\r\n" + model + "\r\n\r\nOK\r\n");
        QVERIFY(h.raw("AT+CGMR\r").endsWith("\r\n\r\nOK\r\n"));
        QCOMPARE(h.raw("AT+CGSN\r"), "\r\n490154203237518\r\n\r\nOK\r\n"_ba);
        h.modem.setImei("356938035643809");
        QCOMPARE(h.raw("AT+CGSN\r"), "\r\n356938035643809\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CIMI\r"), "\r\n001010123456789\r\n\r\nOK\r\n"_ba);
    }

    void pinEntryAndPuk()
    {
        Quiet h;
        h.raw("AT+CMEE=1\r");
        h.modem.sim().setPin("1234");
        QCOMPARE(h.raw("AT+CPIN?\r"), "\r\n+CPIN: SIM PIN\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CIMI\r"), "\r\n+CME ERROR: 11\r\n"_ba);
        QCOMPARE(h.raw("AT+CMGL=4\r"), "\r\n+CMS ERROR: 311\r\n"_ba);
        QCOMPARE(h.raw("AT+CPIN=\"0000\"\r"), "\r\n+CME ERROR: 16\r\n"_ba);
        QCOMPARE(h.modem.sim().pinAttemptsLeft(), 2);
        QCOMPARE(h.raw("AT+CPIN=\"1234\"\r"), "\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CPIN?\r"), "\r\n+CPIN: READY\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.modem.sim().pinAttemptsLeft(), 3);
        // Giving a PIN to a ready SIM is not allowed.
        QCOMPARE(h.raw("AT+CPIN=\"1234\"\r"), "\r\n+CME ERROR: 3\r\n"_ba);

        // A restart locks it again; three wrong PINs block it.
        h.modem.reset();
        h.clock.advance(1s);
        h.raw("ATE0\r");
        h.raw("AT+CMEE=1\r");
        h.device.readAll();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(h.raw("AT+CPIN=\"9999\"\r"), "\r\n+CME ERROR: 16\r\n"_ba);
        QCOMPARE(h.raw("AT+CPIN?\r"), "\r\n+CPIN: SIM PUK\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CIMI\r"), "\r\n+CME ERROR: 12\r\n"_ba);
        // The PUK needs a new PIN with it; without one no attempt is spent.
        QCOMPARE(h.raw("AT+CPIN=\"12345678\"\r"), "\r\n+CME ERROR: 50\r\n"_ba);
        QCOMPARE(h.modem.sim().pukAttemptsLeft(), 10);
        QCOMPARE(h.raw("AT+CPIN=\"87654321\",\"4321\"\r"), "\r\n+CME ERROR: 16\r\n"_ba);
        QCOMPARE(h.modem.sim().pukAttemptsLeft(), 9);
        QCOMPARE(h.raw("AT+CPIN=\"12345678\",\"4321\"\r"), "\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CPIN?\r"), "\r\n+CPIN: READY\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.modem.sim().pin(), "4321"_ba);
    }

    void vendorAttemptQueries_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("huawei") << Vendor::Huawei << "AT^CPIN?"_ba
                                << "^CPIN: SIM PIN,2,10,2,10,3"_ba;
        QTest::newRow("quectel") << Vendor::Quectel << "AT+QPINC=\"SC\""_ba
                                 << "+QPINC: \"SC\",2,10"_ba;
        QTest::newRow("simcom") << Vendor::Simcom << "AT+SPIC"_ba
                                << "+SPIC: 2,10,3,10"_ba;
        QTest::newRow("sierra") << Vendor::SierraWavecom << "AT+CPINC?"_ba
                                << "+CPINC: 2,3,10,10"_ba;
    }

    void vendorAttemptQueries()
    {
        QFETCH(Vendor, vendor);
        QFETCH(QByteArray, command);
        QFETCH(QByteArray, line);
        Quiet h(vendor);
        h.modem.sim().setPin("1234");
        h.raw("AT+CPIN=\"1111\"\r");
        QCOMPARE(h.raw(command + '\r'), "\r\n" + line + "\r\n\r\nOK\r\n");
        // Only the vendor's own firmware knows the command.
        Quiet generic;
        QCOMPARE(generic.raw(command + '\r'), "\r\nERROR\r\n"_ba);
    }

    void sierraAnswersCpinWithoutOk()
    {
        Quiet h(Vendor::SierraWavecom);
        QCOMPARE(h.raw("AT+CPIN?\r"), "\r\n+CPIN: READY\r\n"_ba);
        h.modem.sim().setPin("1234");
        QCOMPARE(h.raw("AT+CPIN?\r"), "\r\n+CPIN: SIM PIN\r\n"_ba);
    }

    void networkQueries()
    {
        Quiet h;
        QCOMPARE(h.raw("AT+CSQ\r"), "\r\n+CSQ: 20,99\r\n\r\nOK\r\n"_ba);
        h.modem.setSignalQuality(99);
        QCOMPARE(h.raw("AT+CSQ\r"), "\r\n+CSQ: 99,99\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CREG?\r"), "\r\n+CREG: 0,1\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CGREG?\r"), "\r\n+CGREG: 0,1\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CEREG?\r"), "\r\n+CEREG: 0,1\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+COPS=3,0\r"), "\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+COPS?\r"), "\r\n+COPS: 0,0,\"Rapport Demo\",0\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+COPS=3,2\r"), "\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+COPS?\r"), "\r\n+COPS: 0,2,\"00101\",0\r\n\r\nOK\r\n"_ba);
        h.modem.setRegistration(5);
        QCOMPARE(h.raw("AT+CREG?\r"), "\r\n+CREG: 0,5\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+CSCA?\r"), "\r\n+CSCA: \"+447700900000\",145\r\n\r\nOK\r\n"_ba);
        // A locked SIM registers nowhere.
        h.modem.sim().setPin("1234");
        QCOMPARE(h.raw("AT+CREG?\r"), "\r\n+CREG: 0,0\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("AT+COPS?\r"), "\r\n+COPS: 0\r\n\r\nOK\r\n"_ba);
    }

    void slowAnswersDelayTheFinalResult()
    {
        Quiet h;
        h.modem.setAnswerDelay(300ms);
        QCOMPARE(h.raw("AT+CSQ\r", 299ms), "\r\n+CSQ: 20,99\r\n"_ba);
        QCOMPARE(h.raw("", 1ms), "\r\nOK\r\n"_ba);
    }

    void resetForgetsTheSessionAndSaysSo()
    {
        Quiet h(Vendor::Quectel);
        h.raw("AT+CMEE=2\r");
        h.raw("AT+CNMI=2,1,0,1,0\r");
        h.raw("AT+CMGF=1\r");
        h.modem.reset();
        h.clock.advance(0ms);
        QCOMPARE(h.device.readAll(), "\r\nRDY\r\n"_ba);
        QVERIFY(h.modem.state().echo);
        QCOMPARE(h.modem.state().errorMode, 0);
        QCOMPARE(h.modem.state().messageFormat, 0);
        QCOMPARE(h.raw("AT+CNMI?\r"), "AT+CNMI?\r\r\n+CNMI: 0,0,0,0,0\r\n\r\nOK\r\n"_ba);
    }

    void resetAbandonsTextEntry()
    {
        Quiet h;
        h.raw("AT+CMGS=20\r");
        h.modem.reset();
        h.clock.advance(0ms);
        h.device.readAll();
        QCOMPARE(h.raw("AT\r"), "AT\r\r\nOK\r\n"_ba);
    }

    void silentModemSaysNothing()
    {
        Quiet h;
        h.modem.setSilent(true);
        QCOMPARE(h.raw("AT\r", 30s), QByteArray());
        QVERIFY(h.modem.injectText(u"+447700900001"_s, u"stored anyway"_s).hasValue());
        h.modem.setSilent(false);
        QCOMPARE(h.raw("AT\r"), "\r\nOK\r\n"_ba);
        QCOMPARE(h.modem.storageUsed("SM"), 1);
    }

    void idleModemRunsNoTimer()
    {
        SimulatedModemHarness h(Vendor::Generic, false);
        h.clock.advance(0ms);
        h.device.readAll();
        QCOMPARE(h.clock.activeTimerCount(), 0);
        QVERIFY(h.modem.isIdle());
        h.raw("AT+CSQ\r");
        QCOMPARE(h.clock.activeTimerCount(), 0);
    }

    void huaweiNoiseUntilCurc()
    {
        SimulatedModemHarness h(Vendor::Huawei, false);
        h.clock.advance(0ms);
        QCOMPARE(h.device.readAll(), "\r\n^SYSSTART\r\n"_ba);
        h.clock.advance(9s);
        QCOMPARE(h.device.readAll(),
            "\r\n^RSSI: 17\r\n\r\n^BOOT:20131561,0,0,0,72\r\n\r\n^DSFLOWRPT:00000030,00000000,"
            "00000000,0000000000000000,0000000000000000,0000000000,0000000000\r\n"_ba);
        QVERIFY(h.clock.activeTimerCount() > 0);
        QCOMPARE(h.raw("AT^CURC=0\r"), "AT^CURC=0\r\r\nOK\r\n"_ba);
        QCOMPARE(h.clock.activeTimerCount(), 0);
        QCOMPARE(h.raw("", 60s), QByteArray());
        // Like the NV setting it is, ^CURC=0 survives a restart.
        h.modem.reset();
        h.clock.advance(60s);
        QCOMPARE(h.device.readAll(), "\r\n^SYSSTART\r\n"_ba);
        QCOMPARE(h.clock.activeTimerCount(), 0);
    }

    void zteNoise()
    {
        SimulatedModemHarness h(Vendor::Zte, false);
        h.clock.advance(31s);
        QCOMPARE(h.device.readAll(), "\r\n+ZPASR: \"UMTS\"\r\n\r\n+ZPASR: \"HSPA\"\r\n"_ba);
    }
};

RAPPORT_TEST_MAIN(TestSimulatedModem)
#include "tst_simulatedmodem.moc"
