// The line reader: framing of the modem's byte stream into lines, prompts and overflows, at any
// chunking, on any input.
#include "RapportTest.h"
#include "modem/AtLineReader.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using rapport::modem::AtLineReader;

namespace {

// "L:<line>", "P" (prompt), "X" (overflow): compact and readable in QCOMPARE output.
QByteArrayList describe(const QList<AtLineReader::Event> &events)
{
    QByteArrayList out;
    for (const AtLineReader::Event &event : events) {
        switch (event.kind) {
        case AtLineReader::EventKind::Line:
            out.append("L:"_ba + event.line);
            break;
        case AtLineReader::EventKind::Prompt:
            out.append("P"_ba);
            break;
        case AtLineReader::EventKind::Overflow:
            out.append("X"_ba);
            break;
        }
    }
    return out;
}

// Feeds `bytes` cut at the given offsets (ascending), with the prompt armed at the start.
QByteArrayList feedCut(const QByteArray &bytes, const QList<qsizetype> &cuts, bool armed)
{
    AtLineReader reader;
    reader.setPromptExpected(armed);
    QList<AtLineReader::Event> events;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        events += reader.feed(QByteArrayView(bytes).sliced(from, cut - from));
        from = cut;
    }
    events += reader.feed(QByteArrayView(bytes).sliced(from));
    return describe(events);
}

// An AT+CMGS exchange with echo on, the PDU echoed after the prompt, and a URC glued after the OK.
const QByteArray SendExchange = "AT+CMGS=23\r\r\n> 0011000B916407281553F80000AA0AE8329BFD4697D9EC37"
                                "\x1a\r\n+CMGS: 12\r\n\r\nOK\r\n+CMTI: \"SM\",3\r\n"_ba;

// A listing in the shape Huawei sticks give (0-based index), with noise: NULs, a lone CR, ^RSSI.
const QByteArray ListExchange
    = "\0\r\n+CMGL: 0,1,,23\r\n07911326040000F0040B911346610089F60000208062917314"
      "080CC8329BFD06\r\r\n^RSSI:14\n+CMGL: 1,0,,23\r\n0791\0AB\r\nOK\r"_ba;

} // namespace

class TestAtLineReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineEndings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::addColumn<qsizetype>("pending");

        QTest::newRow("crlf") << "\r\nOK\r\n"_ba << QByteArrayList {"L:OK"_ba} << qsizetype(0);
        QTest::newRow("lf only") << "+CSQ: 20,99\nOK\n"_ba
                                 << QByteArrayList {"L:+CSQ: 20,99"_ba, "L:OK"_ba} << qsizetype(0);
        QTest::newRow("lone cr") << "AT\rOK\r"_ba << QByteArrayList {"L:AT"_ba, "L:OK"_ba}
                                 << qsizetype(0);
        QTest::newRow("lf cr") << "\n\rOK\n\r"_ba << QByteArrayList {"L:OK"_ba} << qsizetype(0);
        QTest::newRow("every mix")
            << "\r\n+CPMS: 1,50\r\r\n\n\r2\n\rOK\r\n"_ba
            << QByteArrayList {"L:+CPMS: 1,50"_ba, "L:2"_ba, "L:OK"_ba} << qsizetype(0);
        // python-gsmmodem fakemodems.py, HuaweiE1752 AT+CLAC: an extra CR before each CRLF.
        QTest::newRow("huawei cr cr lf")
            << "&C\r\r\n&D\r\r\nOK\r\n"_ba << QByteArrayList {"L:&C"_ba, "L:&D"_ba, "L:OK"_ba}
            << qsizetype(0);
        // python-gsmmodem fakemodems.py, Wavecom AT+CGMI: a leading space.
        QTest::newRow("wavecom leading space")
            << " WAVECOM MODEM\r\nOK\r\n"_ba << QByteArrayList {"L:WAVECOM MODEM"_ba, "L:OK"_ba}
            << qsizetype(0);
        QTest::newRow("blank lines only")
            << "\r\n\r\n\n\r\r\r"_ba << QByteArrayList {} << qsizetype(0);
        QTest::newRow("whitespace-only lines")
            << "   \r\n\t\r\n"_ba << QByteArrayList {} << qsizetype(0);
        QTest::newRow("unterminated tail waits")
            << "OK\r\nRI"_ba << QByteArrayList {"L:OK"_ba} << qsizetype(2);
        QTest::newRow("ctrl-z ends an echoed pdu")
            << "0011000B\x1a\r\n+CMGS: 5\r\n"_ba
            << QByteArrayList {"L:0011000B"_ba, "L:+CMGS: 5"_ba} << qsizetype(0);
        QTest::newRow("esc ends a line")
            << "0011\x1bOK\r\n"_ba << QByteArrayList {"L:0011"_ba, "L:OK"_ba} << qsizetype(0);
        QTest::newRow("stray prompt before a urc")
            << "> +CMTI: \"SM\",3\r\n"_ba << QByteArrayList {"L:+CMTI: \"SM\",3"_ba}
            << qsizetype(0);
        QTest::newRow("lone stray prompt") << "\r\n> \r\n"_ba << QByteArrayList {} << qsizetype(0);
        QTest::newRow("nul bytes vanish")
            << "O\0K\r\n\0\0\0\r\n+CSQ: 2\0000,99\r\n"_ba
            << QByteArrayList {"L:OK"_ba, "L:+CSQ: 20,99"_ba} << qsizetype(0);
        QTest::newRow("only nul bytes") << "\0\0\0\0"_ba << QByteArrayList {} << qsizetype(0);
        QTest::newRow("high bytes kept")
            << "\xff\xfe\r\n"_ba << QByteArrayList {"L:\xff\xfe"_ba} << qsizetype(0);
    }

    void lineEndings()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArrayList, expected);
        QFETCH(qsizetype, pending);
        AtLineReader reader;
        QCOMPARE(describe(reader.feed(input)), expected);
        QCOMPARE(reader.pendingSize(), pending);
    }

    void prompt_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("armed");
        QTest::addColumn<QByteArrayList>("expected");

        QTest::newRow("with space, no newline") << "\r\n> "_ba << true << QByteArrayList {"P"_ba};
        QTest::newRow("without space") << "\r\n>"_ba << true << QByteArrayList {"P"_ba};
        QTest::newRow("followed by crlf") << "\r\n> \r\n"_ba << true << QByteArrayList {"P"_ba};
        QTest::newRow("after the echo")
            << "AT+CMGS=23\r\r\n> "_ba << true << QByteArrayList {"L:AT+CMGS=23"_ba, "P"_ba};
        QTest::newRow("after a urc") << "\r\n+CMTI: \"SM\",1\r\n\r\n> "_ba << true
                                     << QByteArrayList {"L:+CMTI: \"SM\",1"_ba, "P"_ba};
        QTest::newRow("urc right after") << "\r\n> +CMTI: \"SM\",2\r\n"_ba << true
                                         << QByteArrayList {"P"_ba, "L:+CMTI: \"SM\",2"_ba};
        QTest::newRow("not armed") << "\r\n> "_ba << false << QByteArrayList {};
        QTest::newRow("'>' inside a line")
            << "+CMGS: 1>2\r\n"_ba << true << QByteArrayList {"L:+CMGS: 1>2"_ba};
        QTest::newRow("only one per arming") << "> > \r\n"_ba << true << QByteArrayList {"P"_ba};
    }

    void prompt()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, armed);
        QFETCH(QByteArrayList, expected);
        AtLineReader reader;
        reader.setPromptExpected(armed);
        QCOMPARE(describe(reader.feed(input)), expected);
        QVERIFY(!reader.isPromptExpected() || !expected.contains("P"_ba));
    }

    void armingFromTheSinkAppliesToTheNextByte()
    {
        AtLineReader reader;
        QByteArrayList seen;
        reader.feed("OK\r\n> "_ba, [&](const AtLineReader::Event &event) {
            seen += describe({event});
            if (event.line == "OK"_ba)
                reader.setPromptExpected(true);
        });
        QCOMPARE(seen, (QByteArrayList {"L:OK"_ba, "P"_ba}));
    }

    void everyChunkingGivesTheSameEvents_data()
    {
        QTest::addColumn<QByteArray>("exchange");
        QTest::addColumn<bool>("armed");
        QTest::newRow("send with prompt") << SendExchange << true;
        QTest::newRow("huawei listing") << ListExchange << false;
    }

    void everyChunkingGivesTheSameEvents()
    {
        QFETCH(QByteArray, exchange);
        QFETCH(bool, armed);
        const QByteArrayList whole = feedCut(exchange, {}, armed);
        QVERIFY(whole.size() >= 5);
        // Two and three chunks, at every pair of offsets.
        for (qsizetype i = 0; i <= exchange.size(); ++i) {
            QCOMPARE(feedCut(exchange, {i}, armed), whole);
            for (qsizetype j = i; j <= exchange.size(); ++j) {
                if (feedCut(exchange, {i, j}, armed) != whole)
                    QFAIL(qPrintable(QStringLiteral("cut at %1 and %2").arg(i).arg(j)));
            }
        }
        // One byte at a time.
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < exchange.size(); ++i)
            everyByte.append(i);
        QCOMPARE(feedCut(exchange, everyByte, armed), whole);
    }

    void recordedExchangesGiveTheExpectedEvents()
    {
        QCOMPARE(feedCut(SendExchange, {}, true),
            (QByteArrayList {"L:AT+CMGS=23"_ba, "P"_ba,
                "L:0011000B916407281553F80000AA0AE8329BFD4697D9EC37"_ba, "L:+CMGS: 12"_ba,
                "L:OK"_ba, "L:+CMTI: \"SM\",3"_ba}));
        QCOMPARE(feedCut(ListExchange, {}, false),
            (QByteArrayList {"L:+CMGL: 0,1,,23"_ba,
                "L:07911326040000F0040B911346610089F60000208062917314080CC8329BFD06"_ba,
                "L:^RSSI:14"_ba, "L:+CMGL: 1,0,,23"_ba, "L:0791AB"_ba, "L:OK"_ba}));
    }

    void overlongLineIsDroppedAndCounted()
    {
        AtLineReader reader(16);
        QCOMPARE(describe(reader.feed("0123456789ABCDEF\r\n"_ba)),
            QByteArrayList {"L:0123456789ABCDEF"_ba}); // exactly the limit is kept
        QCOMPARE(describe(reader.feed(QByteArray(QByteArray(100, 'A') + "\r\nOK\r\n"_ba))),
            (QByteArrayList {"X"_ba, "L:OK"_ba}));
        QCOMPARE(reader.overflowCount(), quint64(1));
        // The dropped line ends at its own line end, even across chunks.
        QCOMPARE(describe(reader.feed(QByteArray(17, 'B'))), QByteArrayList {"X"_ba});
        QCOMPARE(describe(reader.feed("BBBB"_ba)), QByteArrayList {});
        QCOMPARE(describe(reader.feed("BB\r\nRING\r\n"_ba)), QByteArrayList {"L:RING"_ba});
        QCOMPARE(reader.overflowCount(), quint64(2));
    }

    void garbageWithoutNewlinesStaysBounded()
    {
        AtLineReader reader;
        const QByteArray garbage(4096, 'x');
        int overflows = 0;
        for (int i = 0; i < 256; ++i) { // 1 MiB without a line end
            for (const AtLineReader::Event &event : reader.feed(garbage))
                overflows += event.kind == AtLineReader::EventKind::Overflow ? 1 : 0;
            QVERIFY(reader.pendingSize() <= reader.maxLineLength());
        }
        QCOMPARE(overflows, 1);
        QCOMPARE(describe(reader.feed("\r\nOK\r\n"_ba)), QByteArrayList {"L:OK"_ba});
    }

    void resetDropsThePartialLine()
    {
        AtLineReader reader;
        QVERIFY(reader.feed("+CSQ: 2"_ba).isEmpty());
        QCOMPARE(reader.pendingSize(), qsizetype(7));
        reader.reset();
        QCOMPARE(describe(reader.feed("OK\r\n"_ba)), QByteArrayList {"L:OK"_ba});
    }

    void randomInputKeepsTheInvariants()
    {
        // Deterministic: a failure reproduces. Bytes lean towards the ones the reader cares about.
        QRandomGenerator random(20260105);
        const QByteArray interesting = "\r\n\0\x1a\x1b> AOK+:,0123456789"_ba;
        for (int round = 0; round < 3000; ++round) {
            AtLineReader reader(1 + random.bounded(64));
            QByteArray input(random.bounded(200), '\0');
            for (char &c : input) {
                c = random.bounded(3) == 0 ? char(random.bounded(256))
                                           : interesting.at(random.bounded(interesting.size()));
            }
            qsizetype offset = 0;
            while (offset < input.size()) {
                reader.setPromptExpected(random.bounded(2) == 1);
                const qsizetype n
                    = std::min<qsizetype>(1 + random.bounded(16), input.size() - offset);
                for (const AtLineReader::Event &event : reader.feed(input.mid(offset, n))) {
                    if (event.kind != AtLineReader::EventKind::Line) {
                        QVERIFY(event.line.isEmpty());
                        continue;
                    }
                    QVERIFY(!event.line.isEmpty());
                    QVERIFY(event.line.size() <= reader.maxLineLength());
                    QCOMPARE(event.line, event.line.trimmed());
                    QVERIFY(!event.line.startsWith('>'));
                    for (const char c : std::as_const(event.line))
                        QVERIFY(c != '\r' && c != '\n' && c != '\0' && c != '\x1a' && c != '\x1b');
                }
                QVERIFY(reader.pendingSize() <= reader.maxLineLength());
                offset += n;
            }
        }
    }
};

RAPPORT_TEST_MAIN(TestAtLineReader)
#include "tst_atlinereader.moc"
