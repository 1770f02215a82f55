// The GSM 7-bit default alphabet and extension table: lossless both ways, '@' is a septet like any
// other, unknown escapes fall back as TS 23.038 §6.2.1.1 says.
#include "RapportTest.h"

#include "modem/GsmAlphabet.h"

using namespace rapport::modem;

class TestGsmAlphabet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultTable_data()
    {
        QTest::addColumn<QByteArray>("septets");
        QTest::addColumn<QString>("text");
        // TS 23.038 §6.2.1 (default alphabet table).
        QTest::newRow("0x00 @") << QByteArray(1, '\0') << QStringLiteral("@");
        QTest::newRow("0x01 pound") << QByteArray("\x01") << QStringLiteral("\u00A3");
        QTest::newRow("0x02 dollar") << QByteArray("\x02") << QStringLiteral("$");
        QTest::newRow("0x03 yen") << QByteArray("\x03") << QStringLiteral("\u00A5");
        QTest::newRow("0x09 C cedilla") << QByteArray("\x09") << QStringLiteral("\u00C7");
        QTest::newRow("0x0A LF") << QByteArray("\x0A") << QStringLiteral("\n");
        QTest::newRow("0x0D CR") << QByteArray("\x0D") << QStringLiteral("\r");
        QTest::newRow("0x10 Delta") << QByteArray("\x10") << QStringLiteral("\u0394");
        QTest::newRow("0x11 underscore") << QByteArray("\x11") << QStringLiteral("_");
        QTest::newRow("0x15 Omega") << QByteArray("\x15") << QStringLiteral("\u03A9");
        QTest::newRow("0x24 currency") << QByteArray("\x24") << QStringLiteral("\u00A4");
        QTest::newRow("0x40 inverted !") << QByteArray("\x40") << QStringLiteral("\u00A1");
        QTest::newRow("0x5B A umlaut") << QByteArray("\x5B") << QStringLiteral("\u00C4");
        QTest::newRow("0x5F section") << QByteArray("\x5F") << QStringLiteral("\u00A7");
        QTest::newRow("0x60 inverted ?") << QByteArray("\x60") << QStringLiteral("\u00BF");
        QTest::newRow("0x7F a grave") << QByteArray("\x7F") << QStringLiteral("\u00E0");
        // python-gsmmodem test/test_pdu.py TestGsm7 ("{åΦΓΛΩΠΨΣΘ€}").
        QTest::newRow("python-gsmmodem greek")
            << QByteArray::fromHex("1B280F12131415161718191B651B29")
            << QStringLiteral("{\u00E5\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u20AC}");
        // python-gsmmodem test/test_pdu.py TestGsm7 ("[{abc}]~").
        QTest::newRow("python-gsmmodem brackets")
            << QByteArray::fromHex("1B3C1B286162631B291B3E1B3D") << QStringLiteral("[{abc}]~");
    }

    void defaultTable()
    {
        QFETCH(QByteArray, septets);
        QFETCH(QString, text);
        QCOMPARE(decodeGsm7(septets), text);
        QCOMPARE(encodeGsm7(text).value_or(QByteArray("none")), septets);
        QCOMPARE(gsm7SeptetCount(text).value_or(-1), septets.size());
    }

    void everyDefaultCodeRoundTrips()
    {
        // Every code but the escape decodes to a character that encodes back to that code.
        for (int code = 0; code < 128; ++code) {
            if (code == 0x1B)
                continue;
            const QByteArray septet(1, static_cast<char>(code));
            const QString text = decodeGsm7(septet);
            QCOMPARE(text.size(), 1);
            QCOMPARE(gsm7SeptetCost(text.at(0)), 1);
            QCOMPARE(encodeGsm7(text).value_or(QByteArray()), septet);
        }
    }

    void extensionTable_data()
    {
        QTest::addColumn<QString>("character");
        QTest::addColumn<QByteArray>("septets");
        // TS 23.038 §6.2.1.1 (extension table).
        QTest::newRow("form feed") << QStringLiteral("\f") << QByteArray::fromHex("1B0A");
        QTest::newRow("caret") << QStringLiteral("^") << QByteArray::fromHex("1B14");
        QTest::newRow("left brace") << QStringLiteral("{") << QByteArray::fromHex("1B28");
        QTest::newRow("right brace") << QStringLiteral("}") << QByteArray::fromHex("1B29");
        QTest::newRow("backslash") << QStringLiteral("\\") << QByteArray::fromHex("1B2F");
        QTest::newRow("left bracket") << QStringLiteral("[") << QByteArray::fromHex("1B3C");
        QTest::newRow("tilde") << QStringLiteral("~") << QByteArray::fromHex("1B3D");
        QTest::newRow("right bracket") << QStringLiteral("]") << QByteArray::fromHex("1B3E");
        QTest::newRow("vertical bar") << QStringLiteral("|") << QByteArray::fromHex("1B40");
        QTest::newRow("euro") << QStringLiteral("\u20AC") << QByteArray::fromHex("1B65");
    }

    void extensionTable()
    {
        QFETCH(QString, character);
        QFETCH(QByteArray, septets);
        QCOMPARE(gsm7SeptetCost(character.at(0)), 2);
        QCOMPARE(encodeGsm7(character).value_or(QByteArray()), septets);
        QCOMPARE(decodeGsm7(septets), character);
        // Between other characters too, so the escape is never taken for a character of its own.
        const QString framed = QStringLiteral("a") + character + QStringLiteral("b");
        QCOMPARE(decodeGsm7(*encodeGsm7(framed)), framed);
        QCOMPARE(gsm7SeptetCount(framed).value_or(-1), 4);
    }

    void undefinedEscapes_data()
    {
        QTest::addColumn<QByteArray>("septets");
        QTest::addColumn<QString>("text");
        // TS 23.038 §6.2.1.1: a code without an extension character shows the default-table one.
        QTest::newRow("escape A") << QByteArray::fromHex("1B41") << QStringLiteral("A");
        QTest::newRow("escape @") << QByteArray::fromHex("1B00") << QStringLiteral("@");
        QTest::newRow("escape CR2") << QByteArray::fromHex("1B0D") << QStringLiteral("\r");
        QTest::newRow("escape Ae") << QByteArray::fromHex("1B1C") << QStringLiteral("\u00C6");
        // §6.2.1.1: escape-escape is reserved for a further table; a space is shown meanwhile.
        QTest::newRow("escape escape") << QByteArray::fromHex("1B1B41") << QStringLiteral(" A");
        // A lone escape at the end has nothing to extend (e.g. a part cut by a sender).
        QTest::newRow("trailing escape") << QByteArray::fromHex("411B") << QStringLiteral("A ");
        // Only the low seven bits count.
        QTest::newRow("high bit ignored") << QByteArray::fromHex("C1") << QStringLiteral("A");
    }

    void undefinedEscapes()
    {
        QFETCH(QByteArray, septets);
        QFETCH(QString, text);
        QCOMPARE(decodeGsm7(septets), text);
    }

    void atSignIsAnOrdinarySeptet_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("septets");
        // TS 23.038 §6.2.1: '@' is 0x00; decoded text must keep it wherever it stands.
        QTest::newRow("start") << QStringLiteral("@home") << QByteArray("\0home", 5);
        QTest::newRow("middle") << QStringLiteral("a@b") << QByteArray("a\0b", 3);
        QTest::newRow("end") << QStringLiteral("mail@") << QByteArray("mail\0", 5);
        QTest::newRow("only") << QStringLiteral("@@@") << QByteArray(3, '\0');
    }

    void atSignIsAnOrdinarySeptet()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, septets);
        QCOMPARE(encodeGsm7(text).value_or(QByteArray()), septets);
        const QString decoded = decodeGsm7(septets);
        QCOMPARE(decoded.size(), text.size());
        QCOMPARE(decoded, text);
    }

    void encodability_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("septets"); // -1: not encodable
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("ascii") << QStringLiteral("Hello World!") << 12;
        QTest::newRow("euro costs two") << QStringLiteral("5\u20AC") << 3;
        // python-gsmmodem test/test_pdu.py TestGsm7 ("a[]{}€": 11 septets).
        QTest::newRow("python-gsmmodem ext") << QStringLiteral("a[]{}\u20AC") << 11;
        QTest::newRow("greek capital omega") << QStringLiteral("\u03A9") << 1;
        // Look-alikes and neighbours of table characters have no code: no lossy substitution.
        QTest::newRow("ohm sign") << QStringLiteral("\u2126") << -1;
        QTest::newRow("small c cedilla") << QStringLiteral("\u00E7a") << -1;
        QTest::newRow("right single quote") << QStringLiteral("it\u2019s") << -1;
        QTest::newRow("backtick") << QStringLiteral("`") << -1;
        QTest::newRow("emoji") << QStringLiteral("\U0001F600") << -1;
        QTest::newRow("tab") << QStringLiteral("\t") << -1;
        // python-gsmmodem test/test_pdu.py TestGsm7.test_encodeInvalid.
        QTest::newRow("chinese") << QStringLiteral("\u4E16\u754C\u60A8\u597D\uFF01") << -1;
    }

    void encodability()
    {
        QFETCH(QString, text);
        QFETCH(int, septets);
        QCOMPARE(isGsm7Encodable(text), septets >= 0);
        QCOMPARE(gsm7SeptetCount(text).value_or(-1), septets);
        QCOMPARE(encodeGsm7(text).has_value(), septets >= 0);
        if (septets >= 0)
            QCOMPARE(encodeGsm7(text)->size(), septets);
    }
};

RAPPORT_TEST_MAIN(TestGsmAlphabet)
#include "tst_gsmalphabet.moc"
