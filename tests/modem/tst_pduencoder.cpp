// TPDU encoders: every public vector decodes and encodes back to its own octets (where the sender
// wrote canonical octets), each validity format, and the limits the encoders refuse to cross.
#include "PduTestSupport.h"
#include "RapportTest.h"

#include "modem/PduEncoder.h"

using namespace rapport::modem;
using namespace rapport::test;
using rapport::Result;

namespace {

Result<EncodedPdu, PduError> encodeDecoded(const DecodedPdu &pdu)
{
    const SmsAddress smsc = pdu.serviceCentre.value_or(SmsAddress {});
    return std::visit([&](const auto &tpdu) { return encodePdu(tpdu, smsc); }, pdu.tpdu);
}

// A SUBMIT with the fields of oFono test-sms.c simple_submit ("hellohello" to +46708251358).
SmsSubmit helloSubmit()
{
    SmsSubmit submit;
    submit.destination = *parseTypedNumber(QStringLiteral("+46708251358"));
    submit.userData.units = QByteArray("hellohello");
    submit.userData.text = QStringLiteral("hellohello"); // what decoding fills in
    return submit;
}

} // namespace

class TestPduEncoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reencodesPublicVectors_data()
    {
        QTest::addColumn<QByteArray>("vector");
        for (const PduVector &vector : pduVectors) {
            const QByteArray name(vector.name);
            // Malformed on purpose (see tst_pdudecoder_malformed).
            if (name == "mm_insufficient" || name == "pg_udl_too_long" || name == "of_sr3")
                continue;
            QTest::newRow(vector.name) << name;
        }
    }

    void reencodesPublicVectors()
    {
        QFETCH(QByteArray, vector);
        const PduVector &source = pduVector(vector.constData());
        const auto decoded = decodeVector(vector);
        QVERIFY(decoded.hasValue());
        const auto encoded = encodeDecoded(*decoded);
        QVERIFY2(encoded.hasValue(), qPrintable(encoded ? QString() : encoded.error().detail));
        QByteArray expected = QByteArray(source.hex).toUpper();
        QByteArray actual = encoded->hex();
        // The encoder always writes an SMSC field; a vector without one is the TPDU alone.
        if (!source.hasSmsc)
            actual = actual.mid(2);
        QCOMPARE(encoded->tpduLength, encoded->bytes.size() - (encoded->bytes.at(0) + 1));
        if (vector == "mm_multipart1" || vector == "mm_multipart2" || vector == "pg_total1")
            QEXPECT_FAIL("", "the sender set its fill bit; the encoder writes zero", Continue);
        if (vector.startsWith("of_charset_default"))
            QEXPECT_FAIL("",
                "the originator's type octet lacks bit 7 and its filler nibble is 0; "
                "the encoder writes 0x80 and F",
                Continue);
        if (vector.startsWith("gm_concat16") || vector.startsWith("gm_fill"))
            QEXPECT_FAIL("",
                "gammu wrote SMSC \"0181\" (type, no digits); the encoder writes "
                "\"00\" for no SMSC",
                Continue);
        QCOMPARE(actual, expected);
    }

    void validityFormats_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("hex");
        // oFono test-sms.c simple_submit: relative 0xAA (4 days).
        QTest::newRow("relative") << int(ValidityFormat::Relative) << QByteArray::fromHex("AA")
                                  << QByteArray("0011000B916407281553F80000AA0AE8329BFD4697D9EC37");
        // Hand-built from simple_submit per TS 23.040 §9.2.3.3 (TP-VPF) and §9.2.3.12.
        QTest::newRow("none") << int(ValidityFormat::None) << QByteArray()
                              << QByteArray("0001000B916407281553F800000AE8329BFD4697D9EC37");
        QTest::newRow("enhanced") << int(ValidityFormat::Enhanced)
                                  << QByteArray::fromHex("023C0000000000")
                                  << QByteArray("0009000B916407281553F80000023C00000000000AE8329B"
                                                "FD4697D9EC37");
        // python-gsmmodem test_pdu.py "Timestamp validity test" for the absolute field.
        QTest::newRow("absolute") << int(ValidityFormat::Absolute)
                                  << QByteArray::fromHex("31700131930080")
                                  << QByteArray("0019000B916407281553F8000031700131930080"
                                                "0AE8329BFD4697D9EC37");
    }

    void validityFormats()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, hex);
        SmsSubmit submit = helloSubmit();
        PduReader reader(field);
        submit.validityPeriod = *readValidityPeriod(reader, static_cast<ValidityFormat>(format));
        const auto encoded = encodePdu(submit);
        QVERIFY(encoded.hasValue());
        QCOMPARE(encoded->hex(), hex);
        QCOMPARE(encoded->tpduLength, encoded->bytes.size() - 1);
        const auto decoded = decodePdu(encoded->bytes, SmscField::Present);
        QVERIFY(decoded.hasValue());
        QCOMPARE(*decoded->submit(), submit);
    }

    void firstOctetFlags()
    {
        // TS 23.040 §9.2.3: RD (bit 2), SRR (bit 5), UDHI (bit 6), RP (bit 7) of an SMS-SUBMIT.
        SmsSubmit submit = helloSubmit();
        submit.rejectDuplicates = true;
        submit.statusReportRequest = true;
        submit.replyPath = true;
        submit.messageReference = 0x7F;
        submit.userData.header = UserDataHeader {};
        const auto encoded = encodePdu(submit);
        QVERIFY(encoded.hasValue());
        QCOMPARE(encoded->hex().left(6), QByteArray("00E57F"));
        QCOMPARE(*decodePdu(encoded->bytes, SmscField::Present)->submit(), submit);
    }

    void refusesWhatDoesNotFit_data()
    {
        QTest::addColumn<int>("dcs");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("code"); // -1: fits
        using E = PduErrorCode;
        // TS 23.040 §9.2.3.16: 160 septets or 140 octets, header included.
        QTest::newRow("160 septets") << 0x00 << QByteArray() << 160 << -1;
        QTest::newRow("161 septets") << 0x00 << QByteArray() << 161 << int(E::UserDataOverrun);
        QTest::newRow("header + 153 septets")
            << 0x00 << QByteArray::fromHex("0500030A0201") << 153 << -1;
        QTest::newRow("header + 154 septets")
            << 0x00 << QByteArray::fromHex("0500030A0201") << 154 << int(E::UserDataOverrun);
        QTest::newRow("140 octets") << 0x04 << QByteArray() << 140 << -1;
        QTest::newRow("141 octets") << 0x04 << QByteArray() << 141 << int(E::UserDataOverrun);
        QTest::newRow("header + 134 ucs2 octets")
            << 0x08 << QByteArray::fromHex("0500030A0201") << 134 << -1;
        QTest::newRow("header + 136 ucs2 octets")
            << 0x08 << QByteArray::fromHex("0500030A0201") << 136 << int(E::UserDataOverrun);
        QTest::newRow("odd ucs2") << 0x08 << QByteArray() << 3 << int(E::OddUcs2Length);
        QTest::newRow("odd compressed ucs2 is data") << 0x28 << QByteArray() << 3 << -1;
    }

    void refusesWhatDoesNotFit()
    {
        QFETCH(int, dcs);
        QFETCH(QByteArray, header);
        QFETCH(int, units);
        QFETCH(int, code);
        SmsSubmit submit = helloSubmit();
        submit.dataCodingScheme = DataCodingScheme::decode(static_cast<quint8>(dcs));
        submit.userData.units = QByteArray(units, 'a');
        if (!header.isEmpty())
            submit.userData.header = *UserDataHeader::parse(header);
        const auto encoded = encodePdu(submit);
        QCOMPARE(encoded.hasValue(), code < 0);
        if (code >= 0) {
            QCOMPARE(int(encoded.error().code), code);
            return;
        }
        QVERIFY(decodePdu(encoded->bytes, SmscField::Present).hasValue());
    }

    void refusesBadFields()
    {
        SmsDeliver deliver;
        deliver.originator = *parseTypedNumber(QStringLiteral("+447700900123"));
        deliver.serviceCentreTime = QDateTime(QDate(1999, 12, 31), QTime(23, 59), Qt::UTC);
        QCOMPARE(encodePdu(deliver).error().code, PduErrorCode::InvalidArgument);
        deliver.serviceCentreTime = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(encodePdu(deliver).hasValue());
        deliver.originator.value = QStringLiteral("12-34");
        QCOMPARE(encodePdu(deliver).error().code, PduErrorCode::InvalidAddress);
        deliver.originator = alphanumericAddress(QStringLiteral("MuchTooLongName"));
        QCOMPARE(encodePdu(deliver).error().code, PduErrorCode::InvalidAddress);

        SmsSubmit submit = helloSubmit();
        submit.validityPeriod.format = ValidityFormat::Enhanced;
        QCOMPARE(encodePdu(submit).error().code, PduErrorCode::InvalidArgument);
        submit.validityPeriod.format = ValidityFormat::Absolute;
        QCOMPARE(encodePdu(submit).error().code, PduErrorCode::InvalidArgument);
        submit.validityPeriod.format = ValidityFormat::None;
        const SmsAddress badSmsc {
            TypeOfNumber::International, NumberingPlan::Isdn, QStringLiteral("44+")};
        QCOMPARE(encodePdu(submit, badSmsc).error().code, PduErrorCode::InvalidAddress);
    }

    void deliverForTheSimulatedModem()
    {
        // Generated with python-gammu (SmsTestVectors.h gm_deliver_emoji_split_2): the second part
        // of a UCS-2 DELIVER with an 8-bit concatenation header, built field by field.
        const auto original = decodeVector("gm_deliver_emoji_split_2");
        QVERIFY(original.hasValue());
        const Concatenation concatenation = *original->deliver()->userData.header->concatenation();
        SmsDeliver deliver;
        deliver.moreMessagesWaiting = true; // gammu leaves TP-MMS at 0
        deliver.originator = *parseTypedNumber(QStringLiteral("+447700900123"));
        deliver.dataCodingScheme = DataCodingScheme::decode(0x08);
        deliver.serviceCentreTime = QDateTime(QDate(2024, 3, 1), QTime(12, 30, 45), Qt::UTC);
        deliver.userData.header = UserDataHeader {};
        deliver.userData.header->elements.append(
            UserDataHeader::concatenationElement({concatenation.reference, 2, 2}));
        deliver.userData.units = QByteArray::fromHex("D83DDE0004160416041604160416");
        const auto encoded = encodePdu(deliver, *parseTypedNumber(QStringLiteral("+447785016005")));
        QVERIFY(encoded.hasValue());
        QCOMPARE(encoded->hex(), pduVectorHex("gm_deliver_emoji_split_2"));
        QCOMPARE(encoded->tpduLength, encoded->bytes.size() - 8);
    }
};

RAPPORT_TEST_MAIN(TestPduEncoder)
#include "tst_pduencoder.moc"
