// The user data header: every element kept in order, concatenation (8/16-bit), ports (8/16-bit),
// special SMS indication, unknown elements skipped by length, overruns refused.
#include "RapportTest.h"

#include "modem/UserDataHeader.h"

using namespace rapport::modem;

namespace {

// Concatenation as "width:reference:sequence/total", or "none".
QString describe(const std::optional<Concatenation> &concatenation)
{
    if (!concatenation)
        return QStringLiteral("none");
    return QStringLiteral("%1:%2:%3/%4")
        .arg(concatenation->reference.width == ReferenceWidth::EightBit ? 8 : 16)
        .arg(concatenation->reference.value)
        .arg(concatenation->sequence)
        .arg(concatenation->total);
}

// Ports as "width:destination:originator", or "none".
QString describe(const std::optional<ApplicationPorts> &ports)
{
    if (!ports)
        return QStringLiteral("none");
    return QStringLiteral("%1:%2:%3")
        .arg(ports->width == ReferenceWidth::EightBit ? 8 : 16)
        .arg(ports->destination)
        .arg(ports->originator);
}

} // namespace

class TestUserDataHeader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("header"); // TP-UDHL first
        QTest::addColumn<int>("elements");
        QTest::addColumn<QString>("concatenation");
        QTest::addColumn<QString>("ports");
        // ModemManager test-sms-part-3gpp.c test_pdu_multipart.
        QTest::newRow("8-bit concatenation")
            << QByteArray::fromHex("0500034C0201") << 1 << QStringLiteral("8:76:1/2")
            << QStringLiteral("none");
        // ModemManager test-sms-part-3gpp.c test_pdu_udhi (KPN).
        QTest::newRow("16-bit concatenation")
            << QByteArray::fromHex("06080400100201") << 1 << QStringLiteral("16:16:1/2")
            << QStringLiteral("none");
        // python-gsmmodem test/test_pdu.py TestUdhConcatenation (element 080401800402).
        QTest::newRow("16-bit reference 384")
            << QByteArray::fromHex("06080401800402") << 1 << QStringLiteral("16:384:2/4")
            << QStringLiteral("none");
        // python-gsmmodem test/test_pdu.py TestSmsPdu.test_decode: total 1, reference 0xC3.
        QTest::newRow("total 1") << QByteArray::fromHex("050003C30101") << 1
                                 << QStringLiteral("8:195:1/1") << QStringLiteral("none");
        // oFono unit/test-sms.c wap_push_1: WAP push to port 2948 from 9200.
        QTest::newRow("16-bit ports") << QByteArray::fromHex("0605040B8423F0") << 1
                                      << QStringLiteral("none") << QStringLiteral("16:2948:9200");
        // python-gsmmodem test/test_pdu.py TestUdhPortAddress (element 04026432).
        QTest::newRow("8-bit ports") << QByteArray::fromHex("0404026432") << 1
                                     << QStringLiteral("none") << QStringLiteral("8:100:50");
        // Hand-built per TS 23.040 §9.2.3.24: unknown element (0x0A text formatting) before and
        // after the concatenation element.
        QTest::newRow("unknown before") << QByteArray::fromHex("0A0A0319062000034C0201") << 2
                                        << QStringLiteral("8:76:1/2") << QStringLiteral("none");
        QTest::newRow("unknown after") << QByteArray::fromHex("0A00034C02010A03190620") << 2
                                       << QStringLiteral("8:76:1/2") << QStringLiteral("none");
        QTest::newRow("ports then concatenation")
            << QByteArray::fromHex("0B05040B8423F00003A70302") << 2 << QStringLiteral("8:167:2/3")
            << QStringLiteral("16:2948:9200");
        // oFono unit/test-sms.c ems_udh_test_1: five text-formatting elements only.
        QTest::newRow("ems formatting")
            << QByteArray::fromHex("1A0A031906200A032104100A032705040A032E05080A043807002B") << 5
            << QStringLiteral("none") << QStringLiteral("none");
        // TS 23.040 §9.2.3.24: the last of repeated elements counts.
        QTest::newRow("repeated concatenation")
            << QByteArray::fromHex("0A00030102010003020202") << 2 << QStringLiteral("8:2:2/2")
            << QStringLiteral("none");
        // §9.2.3.24.1: sequence 0, sequence beyond total, or total 0 — the element is ignored.
        QTest::newRow("sequence 0") << QByteArray::fromHex("0500034C0200") << 1
                                    << QStringLiteral("none") << QStringLiteral("none");
        QTest::newRow("sequence beyond total") << QByteArray::fromHex("0500034C0203") << 1
                                               << QStringLiteral("none") << QStringLiteral("none");
        QTest::newRow("total 0") << QByteArray::fromHex("0500034C0000") << 1
                                 << QStringLiteral("none") << QStringLiteral("none");
        QTest::newRow("wrong element length") << QByteArray::fromHex("0600044C0201FF") << 1
                                              << QStringLiteral("none") << QStringLiteral("none");
        QTest::newRow("empty header")
            << QByteArray::fromHex("00") << 0 << QStringLiteral("none") << QStringLiteral("none");
        QTest::newRow("empty element") << QByteArray::fromHex("027F00") << 1
                                       << QStringLiteral("none") << QStringLiteral("none");
    }

    void parse()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, elements);
        QFETCH(QString, concatenation);
        QFETCH(QString, ports);
        // Text follows the header in the user data; it must not be read as header.
        const QByteArray userData = header + QByteArray::fromHex("C8329BFD06");
        const auto parsed = UserDataHeader::parse(userData);
        QVERIFY2(parsed.hasValue(), qPrintable(parsed ? QString() : parsed.error().detail));
        QCOMPARE(parsed->elements.size(), elements);
        QCOMPARE(describe(parsed->concatenation()), concatenation);
        QCOMPARE(describe(parsed->applicationPorts()), ports);
        QCOMPARE(parsed->encodedSize(), header.size());
        QCOMPARE(parsed->encode().toHex(), header.toHex());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("userData");
        QTest::newRow("no octets") << QByteArray();
        // ModemManager test_pdu_multipart's header with its last octet missing.
        QTest::newRow("udhl past the data") << QByteArray::fromHex("0500034C02");
        QTest::newRow("udhl 255") << QByteArray::fromHex("FF0003010201");
        QTest::newRow("element past the header") << QByteArray::fromHex("0500044C0201C8C8");
        QTest::newRow("element without length") << QByteArray::fromHex("0100C8");
        QTest::newRow("second element past the header")
            << QByteArray::fromHex("0700034C02010A05C8C8C8");
    }

    void malformed()
    {
        QFETCH(QByteArray, userData);
        const auto parsed = UserDataHeader::parse(userData);
        QVERIFY(!parsed.hasValue());
        QCOMPARE(parsed.error().code, PduErrorCode::UserDataHeaderOverrun);
        QVERIFY(!parsed.error().detail.isEmpty());
    }

    void specialSmsIndication_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("store");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("extendedKind");
        QTest::addColumn<int>("count");
        // TS 23.040 §9.2.3.24.2 (hand-built): octet 1 = store bit, extended type, basic type.
        QTest::newRow("3 voicemails, discard")
            << QByteArray::fromHex("0401020003") << false << 0 << 0 << 3;
        QTest::newRow("1 voicemail, store")
            << QByteArray::fromHex("0401028001") << true << 0 << 0 << 1;
        QTest::newRow("cleared fax") << QByteArray::fromHex("0401020100") << false << 1 << 0 << 0;
        QTest::newRow("video message") << QByteArray::fromHex("0401028707") << true << 3 << 1 << 7;
    }

    void specialSmsIndication()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, store);
        QFETCH(int, kind);
        QFETCH(int, extendedKind);
        QFETCH(int, count);
        const auto parsed = UserDataHeader::parse(header);
        QVERIFY(parsed.hasValue());
        const QList<SpecialSmsIndication> indications = parsed->specialSmsIndications();
        QCOMPARE(indications.size(), 1);
        QCOMPARE(indications.at(0).store, store);
        QCOMPARE(int(indications.at(0).kind), kind);
        QCOMPARE(int(indications.at(0).extendedKind), extendedKind);
        QCOMPARE(int(indications.at(0).count), count);
    }

    void buildsElements_data()
    {
        QTest::addColumn<QByteArray>("element"); // IEI, length, data
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("reference");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("sequence");
        // python-gsmmodem test/test_pdu.py TestUdhConcatenation.
        QTest::newRow("8-bit") << QByteArray::fromHex("0003170301") << 8 << 23 << 3 << 1;
        QTest::newRow("16-bit") << QByteArray::fromHex("080401800402") << 16 << 384 << 4 << 2;
        // Reference 0 is as valid as any other.
        QTest::newRow("reference 0") << QByteArray::fromHex("0003000201") << 8 << 0 << 2 << 1;
    }

    void buildsElements()
    {
        QFETCH(QByteArray, element);
        QFETCH(int, width);
        QFETCH(int, reference);
        QFETCH(int, total);
        QFETCH(int, sequence);
        const Concatenation concatenation {
            {width == 8 ? ReferenceWidth::EightBit : ReferenceWidth::SixteenBit,
                static_cast<quint16>(reference)},
            static_cast<quint8>(total), static_cast<quint8>(sequence)};
        UserDataHeader header;
        header.elements.append(UserDataHeader::concatenationElement(concatenation));
        const QByteArray encoded = header.encode();
        QCOMPARE(encoded.mid(1).toHex(), element.toHex());
        QCOMPARE(int(static_cast<quint8>(encoded.at(0))), element.size());
        QCOMPARE(UserDataHeader::parse(encoded).valueOr({}).concatenation(), concatenation);
    }

    void buildsPortElements()
    {
        // python-gsmmodem test/test_pdu.py TestUdhPortAddress.
        const UdhElement eight
            = UserDataHeader::applicationPortElement({ReferenceWidth::EightBit, 100, 50});
        QCOMPARE(eight.id, Iei::ApplicationPort8Bit);
        QCOMPARE(eight.data.toHex(), QByteArray("6432"));
        const UdhElement sixteen
            = UserDataHeader::applicationPortElement({ReferenceWidth::SixteenBit, 1234, 5222});
        QCOMPARE(sixteen.id, Iei::ApplicationPort16Bit);
        QCOMPARE(sixteen.data.toHex(), QByteArray("04d21466"));
    }
};

RAPPORT_TEST_MAIN(TestUserDataHeader)
#include "tst_userdataheader.moc"
