// The URC registry: prefix rules, longest match, PDU claims, handlers changing the registry.
#include "RapportTest.h"
#include "modem/AtUrcRegistry.h"

using namespace Qt::StringLiterals;
using rapport::modem::AtUrcRegistry;

class TestAtUrcRegistry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefixRule_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<bool>("matches");

        QTest::newRow("colon prefix") << "+CMTI: \"SM\",3"_ba
                                      << "+CMTI:"_ba << true;
        QTest::newRow("colon prefix, no space") << "^RSSI:14"_ba
                                                << "^RSSI:"_ba << true;
        QTest::newRow("different code") << "+CMT: ,23"_ba
                                        << "+CMTI:"_ba << false;
        QTest::newRow("whole word") << "RING"_ba
                                    << "RING"_ba << true;
        QTest::newRow("word then space") << "RDY extra"_ba
                                         << "RDY"_ba << true;
        QTest::newRow("longer word") << "RINGBACK"_ba
                                     << "RING"_ba << false;
        QTest::newRow("word then colon") << "^BOOT:123"_ba
                                         << "^BOOT"_ba << true;
        QTest::newRow("case matters") << "ring"_ba
                                      << "RING"_ba << false;
        QTest::newRow("shorter line") << "+CM"_ba
                                      << "+CMTI:"_ba << false;
        QTest::newRow("empty prefix") << "OK"_ba << QByteArray() << false;
    }

    void prefixRule()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, prefix);
        QFETCH(bool, matches);
        QCOMPARE(AtUrcRegistry::lineHasPrefix(line, prefix), matches);
    }

    void longestPrefixWinsAndPduClaimsCombine()
    {
        AtUrcRegistry registry;
        QVERIFY(registry.isEmpty());
        registry.add("+"_ba, AtUrcRegistry::Pdu::None, {}); // a catch-all for logging
        registry.add("+CDS:"_ba, AtUrcRegistry::Pdu::None, {});
        registry.add("+CDS:"_ba, AtUrcRegistry::Pdu::NextLine, {});
        QCOMPARE(registry.add("  "_ba, AtUrcRegistry::Pdu::None, {}), AtUrcRegistry::HandlerId(0));

        // ZTE's status report header without the first field.
        const auto cds = registry.match("+CDS: ,25"_ba);
        QVERIFY(cds);
        QCOMPARE(cds->prefix, "+CDS:"_ba);
        QVERIFY(cds->claimsPdu);
        const auto other = registry.match("+CREG: 1"_ba);
        QVERIFY(other);
        QCOMPARE(other->prefix, "+"_ba);
        QVERIFY(!other->claimsPdu);
        QVERIFY(!registry.match("RING"_ba));
    }

    void dispatchCallsEveryHandlerOfThePrefixInOrder()
    {
        AtUrcRegistry registry;
        QByteArrayList calls;
        registry.add("+CMTI:"_ba, AtUrcRegistry::Pdu::None,
            [&](const QByteArray &line, const QByteArray &) { calls.append("a:" + line); });
        registry.add("+CMT:"_ba, AtUrcRegistry::Pdu::NextLine,
            [&](const QByteArray &line, const QByteArray &pdu) {
                calls.append("c:" + line + '|' + pdu);
            });
        registry.add("+CMTI:"_ba, AtUrcRegistry::Pdu::None,
            [&](const QByteArray &line, const QByteArray &) { calls.append("b:" + line); });
        registry.dispatch("+CMTI:"_ba, "+CMTI: \"SM\",1"_ba, {});
        registry.dispatch("+CMT:"_ba, "+CMT: ,23"_ba, "0791AB"_ba);
        QCOMPARE(calls,
            (QByteArrayList {
                "a:+CMTI: \"SM\",1"_ba, "b:+CMTI: \"SM\",1"_ba, "c:+CMT: ,23|0791AB"_ba}));
    }

    void handlersMayChangeTheRegistryWhileRunning()
    {
        AtUrcRegistry registry;
        int first = 0;
        int second = 0;
        AtUrcRegistry::HandlerId firstId = 0;
        firstId = registry.add(
            "RING"_ba, AtUrcRegistry::Pdu::None, [&](const QByteArray &, const QByteArray &) {
                ++first;
                registry.remove(firstId); // one-shot
                registry.add("RING"_ba, AtUrcRegistry::Pdu::None, {});
            });
        registry.add("RING"_ba, AtUrcRegistry::Pdu::None,
            [&](const QByteArray &, const QByteArray &) { ++second; });
        registry.dispatch("RING"_ba, "RING"_ba, {});
        registry.dispatch("RING"_ba, "RING"_ba, {});
        QCOMPARE(first, 1);
        QCOMPARE(second, 2);
        QVERIFY(!registry.remove(firstId));
    }
};

RAPPORT_TEST_MAIN(TestAtUrcRegistry)
#include "tst_aturcregistry.moc"
