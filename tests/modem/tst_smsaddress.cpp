// Addresses both ways: service-centre and TP fields, odd and even digit counts, extended BCD,
// alphanumeric originators, and lengths that do not fit.
#include "RapportTest.h"

#include "modem/SmsAddress.h"

using namespace rapport::modem;

class TestSmsAddress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<bool>("serviceCentre");
        QTest::addColumn<int>("typeOfNumber");
        QTest::addColumn<int>("numberingPlan");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("display");
        QTest::addColumn<bool>("canonical"); // encoding the result gives these octets again

        // oFono unit/test-sms.c simple_deliver (SMSC with an F filler, then the originator).
        QTest::newRow("smsc odd digits")
            << QByteArray::fromHex("07911326040000F0") << true << 1 << 1
            << QStringLiteral("31624000000") << QStringLiteral("+31624000000") << true;
        QTest::newRow("tp odd digits")
            << QByteArray::fromHex("0B911346610089F6") << false << 1 << 1
            << QStringLiteral("31641600986") << QStringLiteral("+31641600986") << true;
        // oFono unit/test-sms.c alnum_sender.
        QTest::newRow("smsc even digits")
            << QByteArray::fromHex("0791447758100650") << true << 1 << 1
            << QStringLiteral("447785016005") << QStringLiteral("+447785016005") << true;
        QTest::newRow("alphanumeric sipgate")
            << QByteArray::fromHex("0DD0F334FC1CA69701") << false << 5 << 0
            << QStringLiteral("sipgate") << QStringLiteral("sipgate") << true;
        // ModemManager test-sms-part-3gpp.c test_pdu2: 11 septets in 20 semi-octets.
        QTest::newRow("alphanumeric InternetSMS")
            << QByteArray::fromHex("14D04937BD2C7797E9D3E614") << false << 5 << 0
            << QStringLiteral("InternetSMS") << QStringLiteral("InternetSMS") << true;
        // python-gsmmodem test/test_pdu.py TestSmsPduAddressFields.
        QTest::newRow("alphanumeric abc") << QByteArray::fromHex("06D061F118") << false << 5 << 0
                                          << QStringLiteral("abc") << QStringLiteral("abc") << true;
        QTest::newRow("alphanumeric FRANCOIS")
            << QByteArray::fromHex("0ED04669D0397C26A7") << false << 5 << 0
            << QStringLiteral("FRANCOIS") << QStringLiteral("FRANCOIS") << true;
        QTest::newRow("alphanumeric with extension characters")
            << QByteArray::fromHex("14D0E10D6FE3DBA036A94D19") << false << 5 << 0
            << QStringLiteral("a[]{}\u20AC") << QStringLiteral("a[]{}\u20AC") << true;
        QTest::newRow("national type")
            << QByteArray::fromHex("0AA11092997856") << false << 2 << 1
            << QStringLiteral("0129998765") << QStringLiteral("0129998765") << true;
        QTest::newRow("smsc 10 digits")
            << QByteArray::fromHex("06918967452301") << true << 1 << 1
            << QStringLiteral("9876543210") << QStringLiteral("+9876543210") << true;
        // ModemManager test-sms-part-3gpp.c test_pdu_dcsf1: TON 0, NPI 5 (SC specific).
        QTest::newRow("short code plan 5")
            << QByteArray::fromHex("04858100") << false << 0 << 5 << QStringLiteral("1800")
            << QStringLiteral("1800") << true;
        // ModemManager test-sms-part-3gpp.c test_pdu_not_stored.
        QTest::newRow("unknown type")
            << QByteArray::fromHex("098136397339F7") << false << 0 << 1
            << QStringLiteral("639337937") << QStringLiteral("639337937") << true;
        // oFono unit/test-sms.c unicode_deliver: SMSC of unknown type.
        QTest::newRow("smsc unknown type")
            << QByteArray::fromHex("0481999999") << true << 0 << 1 << QStringLiteral("999999")
            << QStringLiteral("999999") << true;
        // python-gsmmodem test/test_pdu.py: a ZTE status report's recipient with a '#' (0xB).
        QTest::newRow("extended bcd from ZTE")
            << QByteArray::fromHex("0F910B487228297020F5") << false << 1 << 1
            << QStringLiteral("#08427829207025") << QStringLiteral("+#08427829207025") << true;
        // TS 23.040 §9.1.2.3 with TS 24.008 table 10.5.118 (hand-derived): * # a b c are A–E.
        QTest::newRow("extended bcd *100#")
            << QByteArray::fromHex("05811A00FB") << false << 0 << 1 << QStringLiteral("*100#")
            << QStringLiteral("*100#") << true;
        QTest::newRow("extended bcd abc") << QByteArray::fromHex("0381DCFE") << false << 0 << 1
                                          << QStringLiteral("abc") << QStringLiteral("abc") << true;
        // "00": no service centre, use the one on the SIM.
        QTest::newRow("smsc absent")
            << QByteArray::fromHex("00") << true << 0 << 1 << QString() << QString() << true;
        // Generated with python-gammu (SmsTestVectors.h gm_concat16_1): a type octet, no digits.
        QTest::newRow("smsc type only")
            << QByteArray::fromHex("0181") << true << 0 << 1 << QString() << QString() << false;
        // An F before the declared length ends the number (hand-built).
        QTest::newRow("early filler") << QByteArray::fromHex("068121FF65") << false << 0 << 1
                                      << QStringLiteral("12") << QStringLiteral("12") << false;
        QTest::newRow("empty tp address")
            << QByteArray::fromHex("0080") << false << 0 << 0 << QString() << QString() << true;
    }

    void decode()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(bool, serviceCentre);
        QFETCH(int, typeOfNumber);
        QFETCH(int, numberingPlan);
        QFETCH(QString, value);
        QFETCH(QString, display);
        QFETCH(bool, canonical);
        const AddressField field
            = serviceCentre ? AddressField::ServiceCentre : AddressField::Transfer;
        // Trailing octets belong to the next field and must be left alone.
        const QByteArray withTail = encoded + QByteArray::fromHex("A5");
        PduReader reader(withTail);
        const auto address = readAddress(reader, field);
        QVERIFY2(address.hasValue(), qPrintable(address ? QString() : address.error().detail));
        QCOMPARE(reader.position(), encoded.size());
        QCOMPARE(address->value, value);
        QCOMPARE(address->toString(), display);
        if (!value.isEmpty() || !serviceCentre) {
            QCOMPARE(static_cast<int>(address->typeOfNumber), typeOfNumber);
            QCOMPARE(static_cast<int>(address->numberingPlan), numberingPlan);
        }
        if (canonical)
            QCOMPARE(encodeAddress(*address, field).valueOr({}).toHex(), encoded.toHex());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<bool>("serviceCentre");
        QTest::addColumn<int>("code");
        QTest::newRow("nothing") << QByteArray() << false << int(PduErrorCode::Truncated);
        QTest::newRow("no type octet")
            << QByteArray::fromHex("0B") << false << int(PduErrorCode::Truncated);
        QTest::newRow("digits cut short")
            << QByteArray::fromHex("0B9113466100") << false << int(PduErrorCode::Truncated);
        // ModemManager test_pdu2's originator cut after five octets of its ten.
        QTest::newRow("alphanumeric overrun")
            << QByteArray::fromHex("14D04937BD2C77") << false << int(PduErrorCode::Truncated);
        // TS 23.040 §9.1.2.5: an address field has at most 20 digits (hand-built).
        QTest::newRow("21 digits") << QByteArray::fromHex("15911122334455667788990011F1") << false
                                   << int(PduErrorCode::InvalidAddress);
        QTest::newRow("alphanumeric 22 semi-octets") << QByteArray::fromHex(
            "16D04937BD2C7797E9D3E61400") << false << int(PduErrorCode::InvalidAddress);
        QTest::newRow("smsc longer than 11 octets") << QByteArray::fromHex(
            "0C911122334455667788990011") << true << int(PduErrorCode::InvalidAddress);
        QTest::newRow("smsc cut short")
            << QByteArray::fromHex("07914477581006") << true << int(PduErrorCode::Truncated);
        QTest::newRow("smsc length only")
            << QByteArray::fromHex("07") << true << int(PduErrorCode::Truncated);
    }

    void malformed()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(bool, serviceCentre);
        QFETCH(int, code);
        PduReader reader(encoded);
        const auto address = readAddress(
            reader, serviceCentre ? AddressField::ServiceCentre : AddressField::Transfer);
        QVERIFY(!address.hasValue());
        QCOMPARE(int(address.error().code), code);
        QVERIFY(!address.error().detail.isEmpty());
    }

    void encode_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("serviceCentre");
        QTest::addColumn<QByteArray>("encoded");
        // ModemManager test-sms-part-3gpp.c test_address_encode_*.
        QTest::newRow("smsc international")
            << QStringLiteral("+19037029920") << true << QByteArray::fromHex("07919130079229F0");
        QTest::newRow("smsc unknown")
            << QStringLiteral("9037029920") << true << QByteArray::fromHex("06810973209902");
        QTest::newRow("international")
            << QStringLiteral("+19037029920") << false << QByteArray::fromHex("0B919130079229F0");
        QTest::newRow("unknown") << QStringLiteral("9037029920") << false
                                 << QByteArray::fromHex("0A810973209902");
        // python-gsmmodem test/test_pdu.py TestSmsPduAddressFields / TestSmsPduSmscFields.
        QTest::newRow("odd international")
            << QStringLiteral("+987654321") << false << QByteArray::fromHex("099189674523F1");
        QTest::newRow("smsc odd") << QStringLiteral("+987654321") << true
                                  << QByteArray::fromHex("069189674523F1");
        // Generated with python-gammu (SmsTestVectors.h gm_submit_gsm): the UK test number.
        QTest::newRow("typed with spaces") << QStringLiteral(" +44 7700 900123 ") << false
                                           << QByteArray::fromHex("0C91447700091032");
        QTest::newRow("typed with punctuation") << QStringLiteral("+1 (903) 702-9920") << false
                                                << QByteArray::fromHex("0B919130079229F0");
        QTest::newRow("no smsc") << QString() << true << QByteArray::fromHex("00");
    }

    void encode()
    {
        QFETCH(QString, typed);
        QFETCH(bool, serviceCentre);
        QFETCH(QByteArray, encoded);
        SmsAddress address;
        if (!typed.isEmpty()) {
            const auto parsed = parseTypedNumber(typed);
            QVERIFY(parsed.hasValue());
            address = *parsed;
        }
        const AddressField field
            = serviceCentre ? AddressField::ServiceCentre : AddressField::Transfer;
        const auto result = encodeAddress(address, field);
        QVERIFY(result.hasValue());
        QCOMPARE(result->toHex(), encoded.toHex());
        PduReader reader(*result);
        QCOMPARE(readAddress(reader, field).valueOr({}), address);
    }

    void alphanumericEncoding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("encoded"); // empty: refused
        // ModemManager test_pdu2, oFono alnum_sender, python-gsmmodem TestSmsPduAddressFields.
        QTest::newRow("InternetSMS")
            << QStringLiteral("InternetSMS") << QByteArray::fromHex("14D04937BD2C7797E9D3E614");
        QTest::newRow("sipgate") << QStringLiteral("sipgate")
                                 << QByteArray::fromHex("0DD0F334FC1CA69701");
        QTest::newRow("11 septets with euro")
            << QStringLiteral("a[]{}\u20AC") << QByteArray::fromHex("14D0E10D6FE3DBA036A94D19");
        // 12 septets do not fit the 10 octets of an address value.
        QTest::newRow("12 characters") << QStringLiteral("InternetSMS!") << QByteArray();
        QTest::newRow("6 euros") << QStringLiteral("\u20AC\u20AC\u20AC\u20AC\u20AC\u20AC")
                                 << QByteArray();
        QTest::newRow("not GSM") << QStringLiteral("Caf\u00E7") << QByteArray();
    }

    void alphanumericEncoding()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, encoded);
        const auto result = encodeAddress(alphanumericAddress(text), AddressField::Transfer);
        if (encoded.isEmpty()) {
            QVERIFY(!result.hasValue());
            QCOMPARE(result.error().code, PduErrorCode::InvalidAddress);
            return;
        }
        QVERIFY(result.hasValue());
        QCOMPARE(result->toHex(), encoded.toHex());
    }

    void typedNumbers_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("typeOfNumber");
        QTest::addColumn<QString>("value");
        QTest::newRow("international")
            << QStringLiteral("+447700900123") << true << 1 << QStringLiteral("447700900123");
        QTest::newRow("national with trunk prefix")
            << QStringLiteral("07700 900123") << true << 0 << QStringLiteral("07700900123");
        QTest::newRow("short code")
            << QStringLiteral("1800") << true << 0 << QStringLiteral("1800");
        QTest::newRow("service code")
            << QStringLiteral("*100#") << true << 0 << QStringLiteral("*100#");
        QTest::newRow("upper-case bcd letters")
            << QStringLiteral("12AB") << true << 0 << QStringLiteral("12ab");
        QTest::newRow("20 digits") << QStringLiteral("12345678901234567890") << true << 0
                                   << QStringLiteral("12345678901234567890");
        QTest::newRow("21 digits")
            << QStringLiteral("123456789012345678901") << false << 0 << QString();
        QTest::newRow("empty") << QString() << false << 0 << QString();
        QTest::newRow("plus only") << QStringLiteral("+") << false << 0 << QString();
        QTest::newRow("plus inside") << QStringLiteral("12+3") << false << 0 << QString();
        QTest::newRow("letters") << QStringLiteral("call me") << false << 0 << QString();
        QTest::newRow("arabic-indic digit")
            << QStringLiteral("\u0661\u0662") << false << 0 << QString();
    }

    void typedNumbers()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QFETCH(int, typeOfNumber);
        QFETCH(QString, value);
        const auto parsed = parseTypedNumber(typed);
        QCOMPARE(parsed.hasValue(), valid);
        if (!valid) {
            QCOMPARE(parsed.error().code, PduErrorCode::InvalidAddress);
            return;
        }
        QCOMPARE(static_cast<int>(parsed->typeOfNumber), typeOfNumber);
        QCOMPARE(parsed->numberingPlan, NumberingPlan::Isdn);
        QCOMPARE(parsed->value, value);
    }

    void bcdEncodingRefusesOtherCharacters()
    {
        const SmsAddress address {
            TypeOfNumber::Unknown, NumberingPlan::Isdn, QStringLiteral("12x")};
        const auto result = encodeAddress(address, AddressField::Transfer);
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().code, PduErrorCode::InvalidAddress);
    }
};

RAPPORT_TEST_MAIN(TestSmsAddress)
#include "tst_smsaddress.moc"
