// The remembered modem list: JSON in the settings, read leniently (a hand-edited or damaged
// value must not stop the application from starting).
#include "RapportTest.h"

#include "app/desktop/ModemHubConfig.h"

using namespace rapport::app;
using namespace Qt::StringLiterals;
using Items = QList<ModemHubConfig::Item>;

class TestModemHubConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<Items>("expected");
        QTest::newRow("empty") << QString() << Items {};
        QTest::newRow("not json") << u"ttyUSB0"_s << Items {};
        QTest::newRow("object, not array") << u"{\"port\":\"/dev/ttyUSB0\"}"_s << Items {};
        QTest::newRow("one port") << u"[{\"port\":\"/dev/ttyUSB2\"}]"_s
                                  << Items {{u"/dev/ttyUSB2"_s, false}};
        QTest::newRow("demo and port") << u"[{\"demo\":true},{\"port\":\"/dev/ttyACM0\"}]"_s
                                       << Items {{QString(), true}, {u"/dev/ttyACM0"_s, false}};
        QTest::newRow("blank port skipped")
            << u"[{\"port\":\"  \"},{\"demo\":true}]"_s << Items {{QString(), true}};
        QTest::newRow("repeats kept once")
            << u"[{\"port\":\"/dev/ttyUSB2\"},{\"port\":\" /dev/ttyUSB2 \"}]"_s
            << Items {{u"/dev/ttyUSB2"_s, false}};
        QTest::newRow("wrong types skipped") << u"[3,\"x\",{\"port\":7}]"_s << Items {};
    }

    void read()
    {
        QFETCH(QString, json);
        QFETCH(Items, expected);
        QCOMPARE(ModemHubConfig::fromJson(json), expected);
    }

    void roundTrip()
    {
        const Items items {{u"/dev/ttyUSB2"_s, false}, {QString(), true}};
        QCOMPARE(ModemHubConfig::fromJson(ModemHubConfig::toJson(items)), items);
    }
};

RAPPORT_TEST_MAIN(TestModemHubConfig)
#include "tst_modemhubconfig.moc"
