// UCS-2 as UTF-16BE: surrogate pairs survive, odd lengths are refused, nothing is lost.
#include "RapportTest.h"

#include "modem/Ucs2Codec.h"

using namespace rapport::modem;

class TestUcs2Codec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QString() << QByteArray();
        // TS 23.038 §5 / ISO 10646: '@' is U+0040, not GSM septet 0x00.
        QTest::newRow("at sign") << QStringLiteral("@") << QByteArray::fromHex("0040");
        // ModemManager test-sms-part-3gpp.c test_pdu2.
        QTest::newRow("cyrillic") << QStringLiteral("\u0442\u0435\u0441\u0442")
                                  << QByteArray::fromHex("0442043504410442");
        // python-gsmmodem test/test_pdu.py TestUcs2.
        QTest::newRow("japanese") << QStringLiteral("\u3042\u53F6\u8449")
                                  << QByteArray::fromHex("304253F68449");
        // Generated with python-gammu (SmsTestVectors.h gm_submit_ucs2_emoji): U+1F600 is the
        // surrogate pair D83D DE00.
        QTest::newRow("emoji") << QStringLiteral("Hi \U0001F600 there")
                               << QByteArray::fromHex(
                                      "004800690020D83DDE00002000740068006500720065");
        // Unicode 15: U+1F44D U+1F3FD (thumbs up, medium skin tone) is two pairs.
        QTest::newRow("emoji with modifier")
            << QStringLiteral("\U0001F44D\U0001F3FD") << QByteArray::fromHex("D83DDC4DD83CDFFD");
        // A lone surrogate (half of a pair a sender split) is carried, not dropped or replaced.
        QTest::newRow("lone high surrogate")
            << QString(QChar(0xD83D)).append(QLatin1Char('A')) << QByteArray::fromHex("D83D0041");
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        QCOMPARE(encodeUcs2(text).toHex(), bytes.toHex());
        const auto decoded = decodeUcs2(bytes);
        QVERIFY(decoded.hasValue());
        QCOMPARE(*decoded, text);
    }

    void oddLengthIsAnError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("one octet") << QByteArray::fromHex("00");
        QTest::newRow("three octets") << QByteArray::fromHex("004800");
        QTest::newRow("half a pair") << QByteArray::fromHex("D83DDE");
    }

    void oddLengthIsAnError()
    {
        QFETCH(QByteArray, bytes);
        const auto decoded = decodeUcs2(bytes);
        QVERIFY(!decoded.hasValue());
        QCOMPARE(decoded.error().code, PduErrorCode::OddUcs2Length);
        QVERIFY(!decoded.error().detail.isEmpty());
    }

    void pairsSplitAcrossPartsRejoin()
    {
        // A reassembler joins the raw bytes of every part before decoding, so a pair a sender split
        // between two parts becomes one character again.
        const QByteArray first = QByteArray::fromHex("0041D83D");
        const QByteArray second = QByteArray::fromHex("DE000042");
        const QByteArray bytes = first + second;
        const auto joined = decodeUcs2(bytes);
        QVERIFY(joined.hasValue());
        QCOMPARE(*joined, QStringLiteral("A\U0001F600B"));
    }
};

RAPPORT_TEST_MAIN(TestUcs2Codec)
#include "tst_ucs2codec.moc"
