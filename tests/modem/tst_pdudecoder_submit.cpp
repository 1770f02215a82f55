// Decoding known SMS-SUBMIT PDUs (what the modem keeps in its sent/unsent storage): first-octet
// flags, message reference, destination, every validity format, header and text. Each row names a
// vector of SmsTestVectors.h, where its hex and source are kept; the comment repeats the source.
#include "PduTestSupport.h"
#include "RapportTest.h"

using namespace rapport::modem;
using namespace rapport::test;

class TestPduDecoderSubmit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void submit_data()
    {
        QTest::addColumn<QByteArray>("vector");
        QTest::addColumn<QString>("smsc");
        QTest::addColumn<int>("firstOctet");
        QTest::addColumn<int>("reference");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<int>("typeOfNumber");
        QTest::addColumn<int>("pid");
        QTest::addColumn<int>("dcs");
        QTest::addColumn<QString>("validity"); // relative octet in hex, absolute time, or empty
        QTest::addColumn<QString>("concatenation");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("units");
        const auto addSubmit = [](const char *name, const char *smsc, int firstOctet, int reference,
                                   const char *destination, int typeOfNumber, int pid, int dcs,
                                   const char *validity, const char *concatenation,
                                   const QString &text, const char *units) {
            QTest::newRow(name) << QByteArray(name) << QString::fromUtf8(smsc) << firstOctet
                                << reference << QString::fromUtf8(destination) << typeOfNumber
                                << pid << dcs << QString::fromUtf8(validity)
                                << QString::fromUtf8(concatenation) << text << QByteArray(units);
        };
        // ModemManager test-sms-part-3gpp.c test_pdu_stored_by_us
        addSubmit("mm_stored_by_us", "", 0x21, 0, "639337937", 0, 0x00, 0x08, "", "none",
            QStringLiteral("你好你好你好你好你好你好你好你好你"), "");
        // oFono test-sms.c simple_submit
        addSubmit("of_simple_submit", "", 0x11, 0, "+46708251358", 1, 0x00, 0x00, "AA", "none",
            QStringLiteral("hellohello"), "68656c6c6f68656c6c6f");
        // oFono test-sms.c ems_udh_test_1
        addSubmit("of_ems_udh_1", "", 0x41, 0, "+15125551234", 1, 0x00, 0x00, "", "none",
            QStringLiteral("EMS messages can contain italic, bold, large, small and colored text"),
            "");
        // oFono test-sms.c ems_udh_test_2
        addSubmit("of_ems_udh_2", "+491722270333", 0x51, 3, "+15124310596", 1, 0x00, 0x00, "FF",
            "none",
            QStringLiteral("This is a test\nItalied, bold, underlined, and strikethrough.\nNow a "
                           "right aligned word."),
            "");
        // oFono test-sms.c expected_no_fragmentation_7bit
        addSubmit("of_prepare_7bit", "+358405202090", 0x11, 0, "+358478400241", 1, 0x00, 0x00, "A7",
            "none", QStringLiteral("This is testing !"), "546869732069732074657374696e672021");
        // python-gsmmodem test_pdu.py TestSmsPdu.test_decode (www.diafaan.com)
        addSubmit("pg_submit_3days", "+31624000000", 0x31, 13, "+31628870634", 1, 0x00, 0x00, "A9",
            "none", QStringLiteral("www.diafaan.com"), "7777772e6469616661616e2e636f6d");
        // python-gsmmodem test_pdu.py TestSmsPdu.test_decode (valid UCS-2 PDU)
        addSubmit("pg_ucs2_submit", "+34646456456", 0x01, 0, "+34616585119", 1, 0x00, 0x08, "",
            "none", QStringLiteral("あ叶葉"), "304253f68449");
        // python-gsmmodem test_pdu.py TestSmsPdu.test_decode (8-bit data coding)
        addSubmit("pg_8bit_submit", "+2781191", 0x01, 0, "+27821234567", 1, 0x00, 0x04, "", "none",
            QStringLiteral(""), "48656c6c6f20776f726c6421");
        // python-gsmmodem test_pdu.py TestSmsPdu.test_decode (absolute validity period)
        addSubmit("pg_absolute", "", 0x19, 0, "+27820001111", 1, 0x00, 0x00,
            "2013-07-10T13:39:00+02:00", "none", QStringLiteral("Timestamp validity test"), "");
        // python-gsmmodem test_pdu.py TestSmsPdu.test_encodeSmsSubmit ("Hello World!")
        addSubmit("pg_hello_world", "", 0x01, 0, "+27820001111", 1, 0x00, 0x00, "", "none",
            QStringLiteral("Hello World!"), "48656c6c6f20576f726c6421");
        // python-gsmmodem test_pdu.py TestSmsPdu.test_encodeSmsSubmit (52 weeks)
        addSubmit("pg_chinese_52w", "+44000000000", 0x11, 0, "+123456789", 1, 0x00, 0x08, "F4",
            "none", QStringLiteral("世界您好！"), "4e16754c60a8597dff01");
        // python-gsmmodem test_pdu.py TestSmsPdu.test_encodeSmsSubmit (local numbers)
        addSubmit("pg_national", "12345", 0x31, 13, "0126541234", 2, 0x00, 0x00, "A9", "none",
            QStringLiteral("Test message: local numbers"), "");
        // python-gsmmodem test_pdu.py test_encodeSmsSubmit_concatenated part 1
        addSubmit("pg_concat1", "", 0x45, 0, "+15125551234", 1, 0x00, 0x00, "", "8:0:1/3",
            QStringLiteral(
                "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor "
                "incididunt ut labore et dolore magna aliqua.Ut enim ad minim veniam, quin"),
            "");
        // python-gsmmodem test_pdu.py test_encodeSmsSubmit_concatenated part 2
        addSubmit("pg_concat2", "", 0x45, 0, "+15125551234", 1, 0x00, 0x00, "", "8:0:2/3",
            QStringLiteral(
                "ostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.Duis "
                "aute irure dolor in reprehenderit in voluptate velit esse cillum doloe e"),
            "");
        // python-gsmmodem test_pdu.py test_encodeSmsSubmit_concatenated part 3
        addSubmit("pg_concat3", "", 0x45, 0, "+15125551234", 1, 0x00, 0x00, "", "8:0:3/3",
            QStringLiteral(
                "u fugiat nulla pariatur.Excepteur sint occaecat cupidatat non proident, sunt in "
                "culpa qui officia deserunt mollit anim id est laborum"),
            "");
        // generated with python-gammu
        addSubmit("gm_submit_gsm", "+447785016005", 0x11, 0, "+447700900123", 1, 0x00, 0x00, "00",
            "none", QStringLiteral("Hello @ world"), "48656c6c6f200020776f726c64");
        // generated with python-gammu
        addSubmit("gm_submit_ucs2_emoji", "+447785016005", 0x11, 0, "+447700900123", 1, 0x00, 0x08,
            "00", "none", QStringLiteral("Hi \U0001F600 there"), "");
        // generated with python-gammu
        addSubmit("gm_submit_flash", "+447785016005", 0x11, 0, "+447700900123", 1, 0x00, 0xF0, "00",
            "none", QStringLiteral("Flash!"), "466c61736821");
        // generated with python-gammu
        addSubmit("gm_submit_ext", "+447785016005", 0x11, 0, "+447700900123", 1, 0x00, 0x00, "00",
            "none", QStringLiteral("^{}\\[~]|€"), "1b141b281b291b2f1b3c1b3d1b3e1b401b65");
        // generated with python-gammu
        addSubmit("gm_concat16_1", "", 0x51, 0, "+447700900123", 1, 0x00, 0x00, "00", "16:4823:1/2",
            QStringLiteral(
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
            "");
        // generated with python-gammu
        addSubmit("gm_concat16_2", "", 0x51, 0, "+447700900123", 1, 0x00, 0x00, "00", "16:4823:2/2",
            QStringLiteral("AAAAAAAA{"), "41414141414141411b28");
        // generated with python-gammu
        addSubmit("gm_fill_header1", "", 0x51, 0, "+447700900123", 1, 0x00, 0x00, "00", "none",
            QStringLiteral("Fill bits @ work"), "46696c6c2062697473200020776f726b");
        // generated with python-gammu
        addSubmit("gm_fill_header3", "", 0x51, 0, "+447700900123", 1, 0x00, 0x00, "00", "none",
            QStringLiteral("Fill bits @ work"), "46696c6c2062697473200020776f726b");
        // generated with python-gammu
        addSubmit("gm_fill_header4", "", 0x51, 0, "+447700900123", 1, 0x00, 0x00, "00", "none",
            QStringLiteral("Fill bits @ work"), "46696c6c2062697473200020776f726b");
        // generated with python-gammu
        addSubmit("gm_fill_header5", "", 0x51, 0, "+447700900123", 1, 0x00, 0x00, "00", "none",
            QStringLiteral("Fill bits @ work"), "46696c6c2062697473200020776f726b");
        // generated with python-gammu
        addSubmit("gm_fill_header6", "", 0x51, 0, "+447700900123", 1, 0x00, 0x00, "00", "8:42:1/2",
            QStringLiteral("Fill bits @ work"), "46696c6c2062697473200020776f726b");
        // generated with python-gammu
        addSubmit("gm_fill_header7", "", 0x51, 0, "+447700900123", 1, 0x00, 0x00, "00",
            "16:4660:1/2", QStringLiteral("Fill bits @ work"), "46696c6c2062697473200020776f726b");
    }

    void submit()
    {
        QFETCH(QByteArray, vector);
        QFETCH(QString, smsc);
        QFETCH(int, firstOctet);
        QFETCH(int, reference);
        QFETCH(QString, destination);
        QFETCH(int, typeOfNumber);
        QFETCH(int, pid);
        QFETCH(int, dcs);
        QFETCH(QString, validity);
        QFETCH(QString, concatenation);
        QFETCH(QString, text);
        QFETCH(QByteArray, units);
        const auto decoded = decodeVector(vector);
        QVERIFY2(decoded.hasValue(), qPrintable(decoded ? QString() : decoded.error().detail));
        QCOMPARE(decoded->type(), SmsMessageType::Submit);
        QCOMPARE(smscOf(*decoded), smsc);
        const SmsSubmit &submit = *decoded->submit();
        const int flags = 0x01 | (submit.rejectDuplicates ? 0x04 : 0)
            | (int(submit.validityPeriod.format) << 3) | (submit.statusReportRequest ? 0x20 : 0)
            | (submit.userData.header ? 0x40 : 0) | (submit.replyPath ? 0x80 : 0);
        QCOMPARE(flags, firstOctet);
        QCOMPARE(int(submit.messageReference), reference);
        QCOMPARE(submit.destination.toString(), destination);
        QCOMPARE(int(submit.destination.typeOfNumber), typeOfNumber);
        QCOMPARE(int(submit.protocolIdentifier.raw), pid);
        QCOMPARE(int(submit.dataCodingScheme.raw), dcs);
        switch (submit.validityPeriod.format) {
        case ValidityFormat::None:
            QCOMPARE(QString(), validity);
            break;
        case ValidityFormat::Relative:
            QCOMPARE(QStringLiteral("%1")
                         .arg(submit.validityPeriod.relative, 2, 16, QLatin1Char('0'))
                         .toUpper(),
                validity);
            break;
        case ValidityFormat::Absolute:
            QCOMPARE(submit.validityPeriod.absolute.toString(Qt::ISODate), validity);
            break;
        case ValidityFormat::Enhanced:
            QCOMPARE(QString::fromLatin1(submit.validityPeriod.enhanced.toHex()), validity);
            break;
        }
        QCOMPARE(concatenationOf(submit.userData), concatenation);
        verifyUserData(submit.userData, submit.dataCodingScheme, text, units);
    }

    void enhancedValidityIsSkipped_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<qint64>("seconds");
        // TS 23.040 §9.2.3.12.3 (hand-built from oFono test-sms.c simple_submit with TP-VPF = 01
        // and seven octets in place of the relative one): the text after it still decodes.
        QTest::newRow("enhanced seconds")
            << QByteArray("0009000B916407281553F80000023C00000000000AE8329BFD4697D9EC37")
            << qint64(60);
        QTest::newRow("enhanced reserved")
            << QByteArray("0009000B916407281553F8000007FFFFFFFFFFFF0AE8329BFD4697D9EC37")
            << qint64(-1);
    }

    void enhancedValidityIsSkipped()
    {
        QFETCH(QByteArray, hex);
        QFETCH(qint64, seconds);
        const auto decoded = decodePduHex(hex, SmscField::Present);
        QVERIFY(decoded.hasValue());
        const SmsSubmit &submit = *decoded->submit();
        QCOMPARE(submit.validityPeriod.format, ValidityFormat::Enhanced);
        QCOMPARE(submit.validityPeriod.duration() ? submit.validityPeriod.duration()->count() : -1,
            seconds);
        QCOMPARE(submit.userData.text, QStringLiteral("hellohello"));
    }
};

RAPPORT_TEST_MAIN(TestPduDecoderSubmit)
#include "tst_pdudecoder_submit.moc"
