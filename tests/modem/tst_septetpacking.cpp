// Septet packing: known vectors with and without fill bits, exact lengths, no invented septets,
// and the CR padding rule of TS 23.038 §6.1.2.3.1 for octet-counted carriers.
#include "RapportTest.h"

#include "modem/GsmAlphabet.h"
#include "modem/SeptetPacking.h"

using namespace rapport::modem;

namespace {

QByteArray septetsOf(const QString &text)
{
    return encodeGsm7(text).value_or(QByteArray("not encodable"));
}

} // namespace

class TestSeptetPacking final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownVectors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("fillBits");
        QTest::addColumn<QByteArray>("packed");
        QTest::addColumn<bool>("zeroFill"); // whether the sender left the fill bits zero
        // python-gsmmodem test/test_pdu.py TestGsm7 (packSeptets).
        QTest::newRow("123") << QStringLiteral("123") << 0 << QByteArray::fromHex("31D90C") << true;
        QTest::newRow("12345678: 8 septets in 7 octets")
            << QStringLiteral("12345678") << 0 << QByteArray::fromHex("31D98C56B3DD70") << true;
        QTest::newRow("123456789")
            << QStringLiteral("123456789") << 0 << QByteArray::fromHex("31D98C56B3DD7039") << true;
        QTest::newRow("Hello World!") << QStringLiteral("Hello World!") << 0
                                      << QByteArray::fromHex("C8329BFD065DDF72363904") << true;
        QTest::newRow("brackets") << QStringLiteral("[{abc}]~") << 0
                                  << QByteArray::fromHex("1BDE0615168F37A98D6FD303") << true;
        QTest::newRow("greek and euro")
            << QStringLiteral("{\u00E5\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u20AC}") << 0
            << QByteArray::fromHex("1BD44332A1542C174C6653DEA400") << true;
        QTest::newRow("a[]{}euro") << QStringLiteral("a[]{}\u20AC") << 0
                                   << QByteArray::fromHex("E10D6FE3DBA036A94D19") << true;
        // ModemManager test-sms-part-3gpp.c test_pdu3 / oFono test-sms.c simple_submit.
        QTest::newRow("hellohello") << QStringLiteral("hellohello") << 0
                                    << QByteArray::fromHex("E8329BFD4697D9EC37") << true;
        // ModemManager test-sms-part-3gpp.c test_create_pdu_gsm_3: 25 septets, the last alone.
        QTest::newRow("25 septets")
            << QStringLiteral("This is really cool \u0394\u0394\u0394\u0394\u0394") << 0
            << QByteArray::fromHex("54747A0E4ACF41F27298CDCE83C6EF371B0481402010") << true;
        // ModemManager test-sms-part-3gpp.c test_pdu_multipart hexpdu2: after a 6-octet header;
        // this sender set its fill bit, which a receiver must ignore.
        QTest::newRow("fill 1, ModemManager")
            << QStringLiteral("that the parts are related to one another. ") << 1
            << QByteArray::fromHex("E9E8301D44479741F0B09C3E0785E56590BCCC0ED3CB6410FD0D7ABBCBA0B0"
                                   "FB4D4797E52E10")
            << false;
        // Generated with python-gammu (SmsTestVectors.h gm_fill_header1, 3..7; fill 5 from a PDU
        // with a 2-octet header): the text after headers of 1 to 7 octets, every fill-bit count.
        QTest::newRow("fill 6, gammu")
            << QStringLiteral("Fill bits @ work") << 6
            << QByteArray::fromHex("8031CD6683C469FA1C0400DDDFF235") << true;
        QTest::newRow("fill 5, gammu")
            << QStringLiteral("Fill bits @ work") << 5
            << QByteArray::fromHex("C09866B341E2347D0E0280EE6FF91A") << true;
        QTest::newRow("fill 4, gammu")
            << QStringLiteral("Fill bits @ work") << 4
            << QByteArray::fromHex("604CB3D920719A3E070140F7B77C0D") << true;
        QTest::newRow("fill 3, gammu")
            << QStringLiteral("Fill bits @ work") << 3
            << QByteArray::fromHex("30A6D96C90384D9F8300A0FB5BBE06") << true;
        QTest::newRow("fill 2, gammu")
            << QStringLiteral("Fill bits @ work") << 2
            << QByteArray::fromHex("18D36C36489CA6CF4100D0FD2D5F03") << true;
        QTest::newRow("fill 1, gammu")
            << QStringLiteral("Fill bits @ work") << 1
            << QByteArray::fromHex("8C69361B244ED3E72000E8FE96AF01") << true;
        QTest::newRow("fill 0, gammu")
            << QStringLiteral("Fill bits @ work") << 0
            << QByteArray::fromHex("C6349B0D12A7E9731000747FCBD7") << true;
    }

    void knownVectors()
    {
        QFETCH(QString, text);
        QFETCH(int, fillBits);
        QFETCH(QByteArray, packed);
        QFETCH(bool, zeroFill);
        const QByteArray septets = septetsOf(text);
        if (zeroFill)
            QCOMPARE(packSeptets(septets, fillBits).toHex(), packed.toHex());
        QCOMPARE(packedOctetCount(septets.size(), fillBits), packed.size());
        const auto unpacked = unpackSeptets(packed, septets.size(), fillBits);
        QVERIFY(unpacked.hasValue());
        QCOMPARE(unpacked->toHex(), septets.toHex());
        QCOMPARE(decodeGsm7(*unpacked), text);
    }

    void fillBitsAfterHeader_data()
    {
        QTest::addColumn<int>("headerOctets");
        QTest::addColumn<int>("fillBits");
        // TS 23.040 §9.2.3.24: the header plus fill bits end on a septet boundary.
        for (int octets = 0; octets <= 14; ++octets)
            QTest::addRow("%d octets", octets) << octets << (7 - (octets * 8) % 7) % 7;
    }

    void fillBitsAfterHeader()
    {
        QFETCH(int, headerOctets);
        QFETCH(int, fillBits);
        QCOMPARE(rapport::modem::fillBitsAfterHeader(headerOctets), fillBits);
        QCOMPARE((headerOctets * 8 + fillBits) % 7, 0);
    }

    void everyLengthAndFillRoundTrips()
    {
        // Septet values cycle through 0x00–0x7F so every bit position carries both 0 and 1.
        for (int fill = 0; fill <= 6; ++fill) {
            for (int count = 0; count <= 40; ++count) {
                QByteArray septets;
                for (int i = 0; i < count; ++i)
                    septets.append(static_cast<char>((i * 37 + fill * 11 + 0x7F) & 0x7F));
                const QByteArray packed = packSeptets(septets, fill);
                QCOMPARE(packed.size(), packedOctetCount(count, fill));
                if (fill > 0 && !packed.isEmpty())
                    QCOMPARE(static_cast<quint8>(packed.at(0)) & ((1 << fill) - 1), 0);
                const auto unpacked = unpackSeptets(packed, count, fill);
                QVERIFY(unpacked.hasValue());
                QCOMPARE(*unpacked, septets);
            }
        }
    }

    void unpackingNeverInventsSeptets()
    {
        // "hellohello" needs 9 octets; with 8 the tenth septet is missing, not '@'.
        const QByteArray packed = QByteArray::fromHex("E8329BFD4697D9EC");
        const auto result = unpackSeptets(packed, 10);
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().code, PduErrorCode::Truncated);
        QVERIFY(unpackSeptets(packed, 9).hasValue());
        QVERIFY(unpackSeptets(packed, 9, 1).hasValue()); // 1 + 63 bits: still 8 octets
        QCOMPARE(unpackSeptets(packed, 9, 2).error().code, PduErrorCode::Truncated);
        QCOMPARE(unpackSeptets(packed, 1, 7).error().code, PduErrorCode::InvalidArgument);
        QCOMPARE(unpackSeptets(packed, -1).error().code, PduErrorCode::InvalidArgument);
        QVERIFY(unpackSeptets(QByteArray(), 0).hasValue());
    }

    void crPadding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sent"); // the septets that go on the air, padding included
        QTest::addColumn<QString>("received");
        // TS 23.038 §6.1.2.3.1 (hand-derived): 8n-1 characters leave 7 spare bits, filled with CR.
        QTest::newRow("7 characters") << QStringLiteral("1234567") << QStringLiteral("1234567\r")
                                      << QStringLiteral("1234567");
        QTest::newRow("15 characters")
            << QStringLiteral("ABCDEFGHIJKLMNO") << QStringLiteral("ABCDEFGHIJKLMNO\r")
            << QStringLiteral("ABCDEFGHIJKLMNO");
        // A wanted CR at the end of 8n-1 characters: the padding CR follows it and is dropped.
        QTest::newRow("7 ending in CR")
            << QStringLiteral("123456\r") << QStringLiteral("123456\r\r")
            << QStringLiteral("123456\r");
        // A wanted CR that ends on an octet boundary gets a second CR, and both are shown.
        QTest::newRow("8 ending in CR")
            << QStringLiteral("1234567\r") << QStringLiteral("1234567\r\r")
            << QStringLiteral("1234567\r\r");
        QTest::newRow("8 characters") << QStringLiteral("12345678") << QStringLiteral("12345678")
                                      << QStringLiteral("12345678");
        QTest::newRow("9 characters") << QStringLiteral("123456789") << QStringLiteral("123456789")
                                      << QStringLiteral("123456789");
        QTest::newRow("empty") << QString() << QString() << QString();
    }

    void crPadding()
    {
        QFETCH(QString, text);
        QFETCH(QString, sent);
        QFETCH(QString, received);
        const QByteArray packed = packSeptetsCrPadded(septetsOf(text));
        QCOMPARE(packed.toHex(), packSeptets(septetsOf(sent)).toHex());
        QCOMPARE(decodeGsm7(unpackSeptetsCrPadded(packed)), received);
    }

    void zeroPaddingReadsAsAtWithoutTheCrRule()
    {
        // The ambiguity §6.1.2.3.1 exists for: zero spare bits after 7 characters are an '@' to a
        // receiver that only knows the octet count. SMS avoids it by counting septets (TP-UDL).
        const QByteArray packed = packSeptets(septetsOf(QStringLiteral("1234567")));
        QCOMPARE(packed.size(), 7);
        QCOMPARE(decodeGsm7(unpackSeptetsCrPadded(packed)), QStringLiteral("1234567@"));
        QCOMPARE(decodeGsm7(*unpackSeptets(packed, 7)), QStringLiteral("1234567"));
    }
};

RAPPORT_TEST_MAIN(TestSeptetPacking)
#include "tst_septetpacking.moc"
