// TP-DCS: every coding group of 3GPP TS 23.038 §4, reserved ones read as GSM 7-bit.
#include "RapportTest.h"

#include "modem/DataCodingScheme.h"

using namespace rapport::modem;

namespace {

constexpr int noClass = -1;
constexpr int gsm7 = int(SmsAlphabet::Gsm7);
constexpr int eightBit = int(SmsAlphabet::EightBit);
constexpr int ucs2 = int(SmsAlphabet::Ucs2);

// Message waiting: -1 none, else store*100 + active*10 + kind.
constexpr int noWaiting = -1;
constexpr int waiting(bool store, bool active, MessageWaitingKind kind)
{
    return (store ? 100 : 0) + (active ? 10 : 0) + int(kind);
}

} // namespace

class TestDataCodingScheme final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<int>("octet");
        QTest::addColumn<int>("alphabet");
        QTest::addColumn<int>("messageClass");
        QTest::addColumn<bool>("compressed");
        QTest::addColumn<bool>("autoDelete");
        QTest::addColumn<bool>("reserved");
        QTest::addColumn<int>("messageWaiting");
        QTest::addColumn<bool>("text");
        using K = MessageWaitingKind;
        // TS 23.038 §4, general data coding 00xx.
        QTest::newRow("00 gsm7") << 0x00 << gsm7 << noClass << false << false << false << noWaiting
                                 << true;
        QTest::newRow("04 8-bit") << 0x04 << eightBit << noClass << false << false << false
                                  << noWaiting << false;
        QTest::newRow("08 ucs2") << 0x08 << ucs2 << noClass << false << false << false << noWaiting
                                 << true;
        QTest::newRow("0C reserved alphabet")
            << 0x0C << gsm7 << noClass << false << false << true << noWaiting << true;
        QTest::newRow("10 flash") << 0x10 << gsm7 << 0 << false << false << false << noWaiting
                                  << true;
        QTest::newRow("11 class 1")
            << 0x11 << gsm7 << 1 << false << false << false << noWaiting << true;
        QTest::newRow("12 class 2 (SIM)")
            << 0x12 << gsm7 << 2 << false << false << false << noWaiting << true;
        QTest::newRow("13 class 3")
            << 0x13 << gsm7 << 3 << false << false << false << noWaiting << true;
        QTest::newRow("16 8-bit class 2")
            << 0x16 << eightBit << 2 << false << false << false << noWaiting << false;
        QTest::newRow("18 ucs2 flash")
            << 0x18 << ucs2 << 0 << false << false << false << noWaiting << true;
        // oFono unit/test-sms.c assembly_pdu1..3.
        QTest::newRow("19 ucs2 class 1")
            << 0x19 << ucs2 << 1 << false << false << false << noWaiting << true;
        QTest::newRow("20 compressed gsm7")
            << 0x20 << gsm7 << noClass << true << false << false << noWaiting << false;
        QTest::newRow("2A compressed ucs2")
            << 0x2A << ucs2 << noClass << true << false << false << noWaiting << false;
        QTest::newRow("30 compressed flash")
            << 0x30 << gsm7 << 0 << true << false << false << noWaiting << false;
        // 01xx: marked for automatic deletion.
        QTest::newRow("40 auto-delete gsm7")
            << 0x40 << gsm7 << noClass << false << true << false << noWaiting << true;
        QTest::newRow("48 auto-delete ucs2")
            << 0x48 << ucs2 << noClass << false << true << false << noWaiting << true;
        // oFono unit/test-sms.c sms_charset_default.
        QTest::newRow("53 auto-delete class 3")
            << 0x53 << gsm7 << 3 << false << true << false << noWaiting << true;
        QTest::newRow("6C auto-delete compressed reserved")
            << 0x6C << gsm7 << noClass << true << true << true << noWaiting << false;
        // 1000–1011: reserved coding groups, read as GSM 7-bit default.
        QTest::newRow("80 reserved group")
            << 0x80 << gsm7 << noClass << false << false << true << noWaiting << true;
        QTest::newRow("BF reserved group")
            << 0xBF << gsm7 << noClass << false << false << true << noWaiting << true;
        // 1100 message waiting, discard message.
        QTest::newRow("C0 discard voicemail off")
            << 0xC0 << gsm7 << noClass << false << false << false
            << waiting(false, false, K::Voicemail) << true;
        // oFono unit/test-sms.c simple_mwi.
        QTest::newRow("C8 discard voicemail on")
            << 0xC8 << gsm7 << noClass << false << false << false
            << waiting(false, true, K::Voicemail) << true;
        QTest::newRow("CB discard other on") << 0xCB << gsm7 << noClass << false << false << false
                                             << waiting(false, true, K::Other) << true;
        // 1101 message waiting, store message (GSM 7-bit).
        QTest::newRow("D1 store fax off") << 0xD1 << gsm7 << noClass << false << false << false
                                          << waiting(true, false, K::Fax) << true;
        QTest::newRow("DA store email on") << 0xDA << gsm7 << noClass << false << false << false
                                           << waiting(true, true, K::Email) << true;
        // 1110 message waiting, store message (UCS-2).
        QTest::newRow("E3 store ucs2 other off") << 0xE3 << ucs2 << noClass << false << false
                                                 << false << waiting(true, false, K::Other) << true;
        QTest::newRow("E8 store ucs2 voicemail on")
            << 0xE8 << ucs2 << noClass << false << false << false
            << waiting(true, true, K::Voicemail) << true;
        // 1111 data coding / message class.
        QTest::newRow("F0 gsm7 flash")
            << 0xF0 << gsm7 << 0 << false << false << false << noWaiting << true;
        // ModemManager test-sms-part-3gpp.c test_pdu_dcsf1.
        QTest::newRow("F1 gsm7 class 1")
            << 0xF1 << gsm7 << 1 << false << false << false << noWaiting << true;
        // ModemManager test-sms-part-3gpp.c test_pdu_dcsf_8bit.
        QTest::newRow("F4 8-bit class 0")
            << 0xF4 << eightBit << 0 << false << false << false << noWaiting << false;
        QTest::newRow("F5 8-bit class 1")
            << 0xF5 << eightBit << 1 << false << false << false << noWaiting << false;
        QTest::newRow("F6 8-bit SIM data")
            << 0xF6 << eightBit << 2 << false << false << false << noWaiting << false;
        QTest::newRow("FB reserved bit 3 ignored")
            << 0xFB << gsm7 << 3 << false << false << false << noWaiting << true;
        QTest::newRow("FF 8-bit class 3")
            << 0xFF << eightBit << 3 << false << false << false << noWaiting << false;
    }

    void decode()
    {
        QFETCH(int, octet);
        QFETCH(int, alphabet);
        QFETCH(int, messageClass);
        QFETCH(bool, compressed);
        QFETCH(bool, autoDelete);
        QFETCH(bool, reserved);
        QFETCH(int, messageWaiting);
        QFETCH(bool, text);
        const DataCodingScheme dcs = DataCodingScheme::decode(static_cast<quint8>(octet));
        QCOMPARE(int(dcs.raw), octet);
        QCOMPARE(int(dcs.alphabet), alphabet);
        QCOMPARE(dcs.messageClass ? int(*dcs.messageClass) : noClass, messageClass);
        QCOMPARE(dcs.compressed, compressed);
        QCOMPARE(dcs.autoDelete, autoDelete);
        QCOMPARE(dcs.reservedCoding, reserved);
        const int actualWaiting = dcs.messageWaiting ? waiting(dcs.messageWaiting->store,
                                      dcs.messageWaiting->active, dcs.messageWaiting->kind)
                                                     : noWaiting;
        QCOMPARE(actualWaiting, messageWaiting);
        QCOMPARE(dcs.isText(), text);
    }

    void everyOctetDecodes()
    {
        // No octet is refused: whatever arrives has an alphabet to read it with.
        for (int octet = 0; octet < 256; ++octet) {
            const DataCodingScheme dcs = DataCodingScheme::decode(static_cast<quint8>(octet));
            QCOMPARE(int(dcs.raw), octet);
            QVERIFY(dcs.alphabet == SmsAlphabet::Gsm7 || dcs.alphabet == SmsAlphabet::EightBit
                || dcs.alphabet == SmsAlphabet::Ucs2);
        }
    }

    void encode_data()
    {
        QTest::addColumn<int>("alphabet");
        QTest::addColumn<int>("messageClass");
        QTest::addColumn<int>("octet");
        // TS 23.038 §4, general data coding group.
        QTest::newRow("gsm7") << gsm7 << noClass << 0x00;
        QTest::newRow("8-bit") << eightBit << noClass << 0x04;
        QTest::newRow("ucs2") << ucs2 << noClass << 0x08;
        QTest::newRow("gsm7 flash") << gsm7 << 0 << 0x10;
        QTest::newRow("ucs2 flash") << ucs2 << 0 << 0x18;
        QTest::newRow("8-bit class 2") << eightBit << 2 << 0x16;
        QTest::newRow("gsm7 class 3") << gsm7 << 3 << 0x13;
    }

    void encode()
    {
        QFETCH(int, alphabet);
        QFETCH(int, messageClass);
        QFETCH(int, octet);
        const std::optional<MessageClass> cls = messageClass == noClass
            ? std::nullopt
            : std::optional(static_cast<MessageClass>(messageClass));
        const quint8 encoded = DataCodingScheme::encode(static_cast<SmsAlphabet>(alphabet), cls);
        QCOMPARE(int(encoded), octet);
        const DataCodingScheme decoded = DataCodingScheme::decode(encoded);
        QCOMPARE(int(decoded.alphabet), alphabet);
        QCOMPARE(decoded.messageClass, cls);
    }
};

RAPPORT_TEST_MAIN(TestDataCodingScheme)
#include "tst_datacodingscheme.moc"
