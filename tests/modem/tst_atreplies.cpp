// Reply parsers, fed the shapes real modems produce. Sources per row: "27.005"/"27.007" = the
// syntax and examples of 3GPP TS 27.005 / 27.007; "notes" = the captured shapes listed in
// MODEM-NOTES.md; vendor names = the vendor's AT command manual.
#include "RapportTest.h"
#include "modem/AtFields.h"
#include "modem/AtReplies.h"

using namespace rapport::modem;
namespace R = rapport::modem::AtReplies;

class TestAtReplies final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QList<QByteArray>>("fields");
        QTest::newRow("27.005 cmgl")
            << QByteArray("+CMGL: 1,0,,23") << QList<QByteArray> {"1", "0", "", "23"};
        QTest::newRow("quoted comma") << QByteArray("+COPS: 0,0,\"AT&T, Inc\",7")
                                      << QList<QByteArray> {"0", "0", "AT&T, Inc", "7"};
        QTest::newRow("groups") << QByteArray("+CNMI: (0-2),(0,1,3),(0)")
                                << QList<QByteArray> {"(0-2)", "(0,1,3)", "(0)"};
        QTest::newRow("spaces") << QByteArray("+CSQ:  17 , 99 ") << QList<QByteArray> {"17", "99"};
        QTest::newRow("unterminated quote")
            << QByteArray("+COPS: 0,0,\"Voda") << QList<QByteArray> {"0", "0", "Voda"};
        QTest::newRow("empty") << QByteArray("+CPMS:") << QList<QByteArray> {};
    }
    void fields()
    {
        QFETCH(QByteArray, line);
        QFETCH(QList<QByteArray>, fields);
        QCOMPARE(AtFields::split(line), fields);
    }

    void ranges()
    {
        QCOMPARE(AtFields::rangeValues("(0-3)"), (QList<int> {0, 1, 2, 3}));
        QCOMPARE(AtFields::rangeValues("(0,2)"), (QList<int> {0, 2}));
        QCOMPARE(AtFields::rangeValues("(1-2,4)"), (QList<int> {1, 2, 4}));
        QCOMPARE(AtFields::rangeValues("(0-2147483647)"), QList<int> {}); // bounded
        QCOMPARE(AtFields::rangeValues("()"), QList<int> {});
    }

    void simState_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("state");
        QTest::newRow("27.007 ready") << QByteArray("+CPIN: READY") << int(SimState::Ready);
        QTest::newRow("27.007 pin") << QByteArray("+CPIN: SIM PIN") << int(SimState::PinRequired);
        QTest::newRow("27.007 puk") << QByteArray("+CPIN: SIM PUK") << int(SimState::PukRequired);
        QTest::newRow("27.007 ph-sim")
            << QByteArray("+CPIN: PH-SIM PIN") << int(SimState::PhoneLocked);
        QTest::newRow("simcom not inserted")
            << QByteArray("+CPIN: NOT INSERTED") << int(SimState::NotInserted);
        QTest::newRow("lower case") << QByteArray("+CPIN: ready") << int(SimState::Ready);
        QTest::newRow("unknown text") << QByteArray("+CPIN: WHATEVER") << int(SimState::Unknown);
    }
    void simState()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, state);
        const auto parsed = R::simState(line);
        QVERIFY(parsed);
        QCOMPARE(int(*parsed), state);
        QVERIFY(!R::simState("+CSQ: 1,2"));
    }

    void pinAttempts_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("pin");
        QTest::addColumn<int>("puk");
        QTest::newRow("huawei ^CPIN") << QByteArray("^CPIN: SIM PIN,3,10,3,10,2") << 3 << 10;
        QTest::newRow("quectel +QPINC") << QByteArray("+QPINC: \"SC\",2,10") << 2 << 10;
        QTest::newRow("sierra +CPINC") << QByteArray("+CPINC: 1,3,9,10") << 1 << 9;
        QTest::newRow("simcom +SPIC") << QByteArray("+SPIC: 3,10,3,10") << 3 << 10;
    }
    void pinAttempts()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, pin);
        QFETCH(int, puk);
        const auto attempts = R::pinAttempts(line);
        QVERIFY(attempts);
        QCOMPARE(attempts->pin.value_or(-1), pin);
        QCOMPARE(attempts->puk.value_or(-1), puk);
        QVERIFY(!R::pinAttempts("+QPINC: \"P2\",3,10"));
    }

    void registration_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("solicited");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("lac");
        QTest::addColumn<int>("act");
        QTest::newRow("27.007 query home")
            << QByteArray("+CREG: 0,1") << true << int(RegistrationState::Home) << QString() << -1;
        QTest::newRow("27.007 query n=2")
            << QByteArray("+CREG: 2,5,\"00AB\",\"01CD23\",7") << true
            << int(RegistrationState::Roaming) << QStringLiteral("00AB") << 7;
        QTest::newRow("27.007 urc") << QByteArray("+CREG: 2") << false
                                    << int(RegistrationState::Searching) << QString() << -1;
        QTest::newRow("27.007 urc with lac")
            << QByteArray("+CEREG: 1,\"1A2B\",\"0C0D0E0F\",7") << false
            << int(RegistrationState::Home) << QStringLiteral("1A2B") << 7;
        QTest::newRow("query answered in urc shape")
            << QByteArray("+CREG: 1,\"00AB\",\"01CD\"") << true << int(RegistrationState::Home)
            << QStringLiteral("00AB") << -1;
        QTest::newRow("denied") << QByteArray("+CGREG: 0,3") << true
                                << int(RegistrationState::Denied) << QString() << -1;
        QTest::newRow("sms only") << QByteArray("+CEREG: 0,6") << true
                                  << int(RegistrationState::SmsOnlyHome) << QString() << -1;
    }
    void registration()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, solicited);
        QFETCH(int, state);
        QFETCH(QString, lac);
        QFETCH(int, act);
        const auto parsed = R::registration(line, solicited);
        QVERIFY(parsed);
        QCOMPARE(int(parsed->state), state);
        QCOMPARE(parsed->locationArea, lac);
        QCOMPARE(parsed->accessTechnology.value_or(-1), act);
        QVERIFY(!R::registration("+CREG: x", true));
    }

    void signal()
    {
        const auto good = R::signalQuality("+CSQ: 17,99");
        QVERIFY(good);
        QCOMPARE(good->rssi, 17);
        QCOMPARE(good->dBm(), -79);
        QCOMPARE(good->bars(), 4);
        const auto unknown = R::signalQuality("+CSQ: 99,99");
        QVERIFY(unknown);
        QVERIFY(!unknown->isKnown());
        QCOMPARE(unknown->bars(), 0);
        QCOMPARE(R::signalQuality("+CSQ: 31,0")->bars(), 5);
        QCOMPARE(R::signalQuality("+CSQ: 1,0")->bars(), 0);
        QVERIFY(!R::signalQuality("+CSQ:"));
    }

    void operatorName()
    {
        QCOMPARE(
            R::operatorName("+COPS: 0,0,\"Vodafone UK\",7").value(), QStringLiteral("Vodafone UK"));
        QCOMPARE(R::operatorName("+COPS: 0").value(), QString());
        QVERIFY(!R::operatorName("+CSQ: 1,1"));
    }

    void storage()
    {
        // 27.005 §3.2.2 query and set answers.
        const auto query = R::storageUsage("+CPMS: \"SM\",3,20,\"ME\",0,100,\"SM\",3,20");
        QCOMPARE(query.size(), 3);
        QCOMPARE(query.at(0).storage, QByteArray("SM"));
        QCOMPARE(query.at(0).used, 3);
        QCOMPARE(query.at(1).total, 100);
        const auto set = R::storageUsage("+CPMS: 20,20,20,20,20,20");
        QCOMPARE(set.size(), 3);
        QCOMPARE(set.at(2).used, 20);
        QVERIFY(R::storageUsage("+CPMS: \"SM\",x,20").isEmpty());

        const auto supported = R::supportedStorages(
            "+CPMS: (\"ME\",\"MT\",\"SM\",\"SR\"),(\"ME\",\"MT\",\"SM\"),(\"ME\",\"SM\")");
        QCOMPARE(supported.size(), 3);
        QCOMPARE(supported.at(0), (QList<QByteArray> {"ME", "MT", "SM", "SR"}));
        QCOMPARE(supported.at(2), (QList<QByteArray> {"ME", "SM"}));
    }

    void indications_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("storage");
        QTest::addColumn<int>("index");
        QTest::newRow("27.005 cmti") << QByteArray("+CMTI: \"SM\",1") << QByteArray("SM") << 1;
        QTest::newRow("huawei index 0") << QByteArray("+CMTI: \"ME\",0") << QByteArray("ME") << 0;
        QTest::newRow("notes mms push")
            << QByteArray("+CMTI: \"SM\",1,\"MMS PUSH\",2,1") << QByteArray("SM") << 1;
        QTest::newRow("27.005 cdsi") << QByteArray("+CDSI: \"SR\",7") << QByteArray("SR") << 7;
    }
    void indications()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, storage);
        QFETCH(int, index);
        const auto ref = R::storedIndication(line);
        QVERIFY(ref);
        QCOMPARE(ref->storage, storage);
        QCOMPARE(ref->index, index);
        QVERIFY(!R::storedIndication("+CMTI: \"SM\""));
        QVERIFY(!R::storedIndication("+CMTI: \"SM\",-4"));
    }

    void messageHeaders()
    {
        const auto listed = R::listedHeader("+CMGL: 1,0,,23");
        QVERIFY(listed);
        QCOMPARE(listed->index, 1);
        QCOMPARE(listed->status, 0);
        QCOMPARE(listed->length, 23);
        QCOMPARE(R::listedHeader("+CMGL: 0,1,\"\",151")->length, 151);
        QVERIFY(!R::listedHeader("+CMGL: 1"));

        // notes: "+CMGR: 3,,29", "+CMGR: 0,23", "+CMGR: ,,92"
        QCOMPARE(R::readHeader("+CMGR: 3,,29")->length, 29);
        QCOMPARE(R::readHeader("+CMGR: 3,,29")->status, 3);
        QCOMPARE(R::readHeader("+CMGR: 0,23")->length, 23);
        QCOMPARE(R::readHeader("+CMGR: ,,92")->status, -1);
        QCOMPARE(R::readHeader("+CMGR: ,,92")->length, 92);

        // notes: ZTE "+CDS: ,25"; 27.005 "+CMT: ,23" and "+CDS: 25"
        QCOMPARE(R::pduLength("+CDS: ,25").value(), 25);
        QCOMPARE(R::pduLength("+CDS: 25").value(), 25);
        QCOMPARE(R::pduLength("+CMT: \"\",23").value(), 23);
        QVERIFY(!R::pduLength("+CMT: ,0"));

        QCOMPARE(R::messageReference("+CMGS: 12").value(), 12);
        QCOMPARE(R::messageReference("+CMGS: 255,\"24020112350000\"").value(), 255);
        QVERIFY(!R::messageReference("+CMGS: 256"));
    }

    void cnmiTest()
    {
        const auto values = R::supportedValues("+CNMI: (0-2),(0-3),(0,2),(0-2),(0,1)");
        QCOMPARE(values.size(), 5);
        QCOMPARE(values.at(1), (QList<int> {0, 1, 2, 3}));
        QCOMPARE(values.at(2), (QList<int> {0, 2}));
    }

    void identity_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("value");
        QTest::newRow("bare") << QByteArray("huawei") << QStringLiteral("huawei");
        QTest::newRow("quectel +CGMI") << QByteArray("Quectel") << QStringLiteral("Quectel");
        QTest::newRow("prefixed") << QByteArray("+CGMM: \"SIMCOM_SIM7600E-H\"")
                                  << QStringLiteral("SIMCOM_SIM7600E-H");
        QTest::newRow("telit words")
            << QByteArray("Manufacturer: Telit") << QStringLiteral("Telit");
    }
    void identity()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, value);
        QCOMPARE(R::identityValue(line), value);
    }

    void imeiAndImsi()
    {
        QCOMPARE(R::imei("356938035643809"), QStringLiteral("356938035643809"));
        QCOMPARE(R::imei("+CGSN: 356938035643809"), QStringLiteral("356938035643809"));
        QCOMPARE(R::imei("IMEI: 356938035643809"), QStringLiteral("356938035643809"));
        QCOMPARE(R::imei("+CGSN: \"356938035643809\""), QStringLiteral("356938035643809"));
        QCOMPARE(R::imei("ERROR"), QString());
        QCOMPARE(R::imsi("234150999999999"), QStringLiteral("234150999999999"));
    }
};

RAPPORT_TEST_MAIN(TestAtReplies)
#include "tst_atreplies.moc"
