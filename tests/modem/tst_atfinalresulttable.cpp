// Final result codes: the default table, CME/CMS codes numeric and text, vendor extensions.
#include "RapportTest.h"
#include "modem/AtFinalResultTable.h"

using namespace Qt::StringLiterals;
using rapport::modem::AtFinalResultTable;
using Status = rapport::modem::AtResponse::Status;

class TestAtFinalResultTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("final");
        QTest::addColumn<Status>("status");
        QTest::addColumn<int>("code");

        QTest::newRow("OK") << "OK"_ba << true << Status::Ok << -1;
        QTest::newRow("OK with spaces") << "  OK "_ba << true << Status::Ok << -1;
        QTest::newRow("ERROR") << "ERROR"_ba << true << Status::Error << -1;
        QTest::newRow("cme numeric") << "+CME ERROR: 10"_ba << true << Status::CmeError << 10;
        QTest::newRow("cme no space") << "+CME ERROR:515"_ba << true << Status::CmeError << 515;
        QTest::newRow("cme text sim not inserted")
            << "+CME ERROR: SIM not inserted"_ba << true << Status::CmeError << 10;
        QTest::newRow("cme text pin")
            << "+CME ERROR: SIM PIN required"_ba << true << Status::CmeError << 11;
        QTest::newRow("cme text puk")
            << "+CME ERROR: SIM PUK required"_ba << true << Status::CmeError << 12;
        QTest::newRow("cme text busy")
            << "+CME ERROR: SIM busy"_ba << true << Status::CmeError << 14;
        QTest::newRow("cme text password")
            << "+CME ERROR: incorrect password"_ba << true << Status::CmeError << 16;
        QTest::newRow("cme text other case and punctuation")
            << "+CME ERROR: ph sim PIN Required"_ba << true << Status::CmeError << 5;
        QTest::newRow("cme text dash") << "+CME ERROR: network not allowed, emergency calls only"_ba
                                       << true << Status::CmeError << 32;
        QTest::newRow("cme text unknown error")
            << "+CME ERROR: unknown error"_ba << true << Status::CmeError << 100;
        QTest::newRow("cme text gprs")
            << "+CME ERROR: GPRS services not allowed"_ba << true << Status::CmeError << 107;
        QTest::newRow("cme text without number")
            << "+CME ERROR: modem is on fire"_ba << true << Status::CmeError << -1;
        QTest::newRow("cme empty") << "+CME ERROR:"_ba << true << Status::CmeError << -1;
        QTest::newRow("cme too long a number")
            << "+CME ERROR: 99999999999"_ba << true << Status::CmeError << -1;
        QTest::newRow("cms numeric") << "+CMS ERROR: 500"_ba << true << Status::CmsError << 500;
        QTest::newRow("cms storage full")
            << "+CMS ERROR: 322"_ba << true << Status::CmsError << 322;
        QTest::newRow("cms text") << "+CMS ERROR: memory full"_ba << true << Status::CmsError
                                  << 322;
        QTest::newRow("cms text sim busy")
            << "+CMS ERROR: SIM busy"_ba << true << Status::CmsError << 314;
        QTest::newRow("NO CARRIER") << "NO CARRIER"_ba << true << Status::OtherError << -1;
        QTest::newRow("NO DIALTONE") << "NO DIALTONE"_ba << true << Status::OtherError << -1;
        QTest::newRow("BUSY") << "BUSY"_ba << true << Status::OtherError << -1;
        QTest::newRow("NO ANSWER") << "NO ANSWER"_ba << true << Status::OtherError << -1;
        // python-gsmmodem fakemodems.py, HuaweiE1752: AT+WIND? → "COMMAND NOT SUPPORT".
        QTest::newRow("COMMAND NOT SUPPORT")
            << "COMMAND NOT SUPPORT"_ba << true << Status::OtherError << -1;
        QTest::newRow("TOO MANY PARAMETERS")
            << "TOO MANY PARAMETERS"_ba << true << Status::OtherError << -1;

        QTest::newRow("info line") << "+CMGS: 5"_ba << false << Status::Ok << -1;
        QTest::newRow("urc") << "RING"_ba << false << Status::Ok << -1;
        QTest::newRow("OK as part of a word") << "OKAY"_ba << false << Status::Ok << -1;
        QTest::newRow("ERROR as part of a word") << "ERRORS"_ba << false << Status::Ok << -1;
        QTest::newRow("lower case") << "ok"_ba << false << Status::Ok << -1;
        QTest::newRow("cmee query") << "+CMEE: 1"_ba << false << Status::Ok << -1;
        QTest::newRow("empty") << QByteArray() << false << Status::Ok << -1;
    }

    void defaults()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, final);
        QFETCH(Status, status);
        QFETCH(int, code);
        const AtFinalResultTable table;
        const auto match = table.match(line);
        QCOMPARE(match.has_value(), final);
        if (!match)
            return;
        QCOMPARE(match->status, status);
        QCOMPARE(match->code, code);
    }

    void vendorProfileExtendsAndTrims()
    {
        AtFinalResultTable table;
        // A vendor final result code that is not in the default table.
        QVERIFY(!table.match("ABORTED"_ba));
        QVERIFY(table.addFinal("ABORTED"_ba, Status::OtherError));
        QCOMPARE(table.match("ABORTED"_ba)->status, Status::OtherError);

        // A vendor error with a code, parsed like +CME ERROR.
        QVERIFY(table.addFinalWithCode("+EXT ERROR:"_ba, Status::OtherError));
        const auto ext = table.match("+EXT ERROR: 7"_ba);
        QVERIFY(ext);
        QCOMPARE(ext->status, Status::OtherError);
        QCOMPARE(ext->code, 7);

        // A modem that reports NO CARRIER unsolicited.
        QVERIFY(table.remove("NO CARRIER"_ba));
        QVERIFY(!table.match("NO CARRIER"_ba));
        QVERIFY(!table.remove("NO CARRIER"_ba));

        // Re-adding replaces the status.
        QVERIFY(table.addFinal("BUSY"_ba, Status::Error));
        QCOMPARE(table.match("BUSY"_ba)->status, Status::Error);

        // Only statuses a modem can give.
        QVERIFY(!table.addFinal("LATER"_ba, Status::Timeout));
        QVERIFY(!table.addFinal("   "_ba, Status::Error));
        QVERIFY(!table.match("LATER"_ba));
    }

    void textCodes()
    {
        QCOMPARE(AtFinalResultTable::cmeCodeForText("SIM not inserted"), 10);
        QCOMPARE(AtFinalResultTable::cmeCodeForText("sim-not-inserted"), 10);
        QCOMPARE(AtFinalResultTable::cmeCodeForText("memory full"), 20);
        QCOMPARE(AtFinalResultTable::cmsCodeForText("memory full"), 322);
        QCOMPARE(AtFinalResultTable::cmsCodeForText("SMSC address unknown"), 330);
        QCOMPARE(AtFinalResultTable::cmeCodeForText("no such thing"), -1);
        QCOMPARE(AtFinalResultTable::cmeCodeForText(""), -1);
        QCOMPARE(AtFinalResultTable::cmeCodeForText("--- "), -1);
    }
};

RAPPORT_TEST_MAIN(TestAtFinalResultTable)
#include "tst_atfinalresulttable.moc"
