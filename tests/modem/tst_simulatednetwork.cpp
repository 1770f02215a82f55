// The simulated network behind the simulated modem, at the byte level: status reports per
// AT+CNMI <ds>, inbound texts per <mt>, the awkward deliveries of MODEM-NOTES.md "Receiving" on
// demand, and a full memory that holds messages back instead of losing them.
#include "RapportTest.h"
#include "SimulatedModemHarness.h"
#include "modem/MessageComposer.h"
#include "modem/PduDecoder.h"
#include "modem/PduEncoder.h"

#include <QSignalSpy>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace rapport::modem;

namespace {

struct Quiet : rapport::test::BootedModemHarness
{
    explicit Quiet(Vendor vendor = Vendor::Generic, const QByteArray &cnmi = "2,1,0,1,0")
        : BootedModemHarness(vendor)
    {
        raw("AT+CNMI=" + cnmi + '\r');
        modem.setNetworkDelay(0ms);
        modem.setReportDelay(2s);
    }

    // Sends one SUBMIT; returns the +CMGS answer.
    QByteArray send(const QString &to, const QString &text, bool report = true)
    {
        SubmitRequest request;
        request.destination = to;
        request.text = text;
        request.requestStatusReport = report;
        const auto parts = composeSubmit(request);
        raw("AT+CMGS=" + QByteArray::number(parts->constFirst().tpduLength) + '\r');
        return raw(parts->constFirst().hex() + '\x1a');
    }

    // The PDU of a stored message, read with AT+CMGR in `storage`.
    DecodedPdu read(const QByteArray &storage, int index)
    {
        raw("AT+CPMS=\"" + storage + "\"\r");
        const QList<QByteArray> got = lines(raw("AT+CMGR=" + QByteArray::number(index) + '\r'));
        const auto decoded = decodePduHex(got.value(1), SmscField::Present);
        return decoded ? *decoded : DecodedPdu {};
    }

    static QList<QByteArray> lines(const QByteArray &bytes)
    {
        QList<QByteArray> out;
        for (const QByteArray &line : bytes.split('\n')) {
            if (!line.trimmed().isEmpty())
                out << line.trimmed();
        }
        return out;
    }
};

quint8 sequenceOf(const DecodedPdu &pdu)
{
    const SmsDeliver *deliver = pdu.deliver();
    if (!deliver || !deliver->userData.header)
        return 0;
    const auto concatenation = deliver->userData.header->concatenation();
    return concatenation ? concatenation->sequence : 0;
}

const QString LongText = QString(400, u'x');

} // namespace

class TestSimulatedNetwork final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliveryFollowsCnmi_data()
    {
        QTest::addColumn<QByteArray>("cnmi");
        QTest::addColumn<QByteArray>("urc"); // prefix of the first line, empty for none
        QTest::addColumn<int>("stored");
        QTest::newRow("mt=1") << "2,1,0,0,0"_ba
                              << "+CMTI: \"SM\",1"_ba << 1;
        QTest::newRow("mt=2") << "2,2,0,0,0"_ba
                              << "+CMT: ,"_ba << 0;
        QTest::newRow("mt=3, not class 3") << "2,3,0,0,0"_ba
                                           << "+CMTI: \"SM\",1"_ba << 1;
        QTest::newRow("mt=0") << "2,0,0,0,0"_ba << QByteArray() << 1;
        QTest::newRow("mode 0") << "0,2,0,0,0"_ba << QByteArray() << 1;
    }

    void deliveryFollowsCnmi()
    {
        QFETCH(QByteArray, cnmi);
        QFETCH(QByteArray, urc);
        QFETCH(int, stored);
        Quiet h(Vendor::Generic, cnmi);
        QCOMPARE(h.modem.injectText(u"+447700900001"_s, u"Hello @ there"_s).value(), 1);
        const QList<QByteArray> got = Quiet::lines(h.raw(""));
        QCOMPARE(h.modem.storageUsed("SM"), stored);
        if (urc.isEmpty()) {
            QVERIFY(got.isEmpty());
            return;
        }
        QVERIFY2(got.value(0).startsWith(urc), got.value(0).constData());
        const DecodedPdu pdu = urc.startsWith("+CMT:")
            ? decodePduHex(got.value(1), SmscField::Present).value()
            : h.read("SM", 1);
        QVERIFY(pdu.deliver());
        QCOMPARE(pdu.deliver()->userData.text, u"Hello @ there"_s);
        QCOMPARE(pdu.deliver()->originator.toString(), u"+447700900001"_s);
        QCOMPARE(pdu.serviceCentre->toString(), u"+447700900000"_s);
        QCOMPARE(pdu.deliver()->serviceCentreTime, h.clock.now());
        if (urc.startsWith("+CMT:"))
            QCOMPARE(got.value(0), "+CMT: ," + QByteArray::number(got.value(1).size() / 2 - 8));
    }

    void statusReportDirect_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("generic") << Vendor::Generic << "+CDS: "_ba;
        QTest::newRow("zte") << Vendor::Zte << "+CDS: ,"_ba;
    }

    void statusReportDirect()
    {
        QFETCH(Vendor, vendor);
        QFETCH(QByteArray, header);
        Quiet h(vendor);
        QSignalSpy issued(&h.modem, &SimulatedModem::statusReportIssued);
        h.modem.setNextMessageReference(42);
        QCOMPARE(h.send(u"+447700900123"_s, u"report please"_s), "\r\n+CMGS: 42\r\n\r\nOK\r\n"_ba);
        const QDateTime sentAt = h.clock.now();
        QCOMPARE(h.raw("", 1999ms), QByteArray());
        const QList<QByteArray> got = Quiet::lines(h.raw("", 1ms));
        QCOMPARE(got.size(), 2);
        const auto pdu = decodePduHex(got.at(1), SmscField::Present);
        QVERIFY(pdu && pdu->statusReport());
        QCOMPARE(got.at(0), header + QByteArray::number(got.at(1).size() / 2 - 8));
        const SmsStatusReport &report = *pdu->statusReport();
        QCOMPARE(report.messageReference, quint8(42));
        QCOMPARE(report.recipient.toString(), u"+447700900123"_s);
        QCOMPARE(report.status, quint8(0));
        QCOMPARE(report.serviceCentreTime, sentAt);
        QCOMPARE(report.dischargeTime, h.clock.now());
        QCOMPARE(issued.count(), 1);
        QCOMPARE(h.modem.storageUsed("SR"), 0);
    }

    void statusReportStored()
    {
        Quiet h(Vendor::SierraWavecom, "2,1,0,2,0");
        h.send(u"+447700900123"_s, u"report please"_s);
        QCOMPARE(h.raw("", 2s), "\r\n+CDSI: \"SR\",1\r\n"_ba);
        QCOMPARE(h.modem.storageUsed("SR"), 1);
        const DecodedPdu pdu = h.read("SR", 1);
        QVERIFY(pdu.statusReport());
        QCOMPARE(pdu.statusReport()->messageReference, quint8(0));
    }

    void statusSequencesPerDestination()
    {
        Quiet h;
        h.modem.setDeliveryStatuses(u"+447700900123"_s, {0x20, 0x00});
        h.modem.setDeliveryStatuses(u"+447700900666"_s, {0x41});
        h.send(u"+447700900123"_s, u"slow"_s);
        h.send(u"+447700900666"_s, u"doomed"_s);
        h.send(u"+447700900777"_s, u"no report"_s, false);
        QList<QByteArray> got = Quiet::lines(h.raw("", 2s));
        QCOMPARE(got.size(), 4);
        QCOMPARE(decodePduHex(got.at(1), SmscField::Present)->statusReport()->status, quint8(0x20));
        QCOMPARE(decodePduHex(got.at(3), SmscField::Present)->statusReport()->status, quint8(0x41));
        got = Quiet::lines(h.raw("", 2s));
        QCOMPARE(got.size(), 2);
        QCOMPARE(decodePduHex(got.at(1), SmscField::Present)->statusReport()->status, quint8(0x00));
        QCOMPARE(h.raw("", 1min), QByteArray());
        QCOMPARE(h.modem.submissions().size(), 3);
        QVERIFY(h.modem.isIdle());
    }

    void reportsAreNotRoutedWithDsZero()
    {
        Quiet h(Vendor::Generic, "2,1,0,0,0");
        QSignalSpy issued(&h.modem, &SimulatedModem::statusReportIssued);
        h.send(u"+447700900123"_s, u"report please"_s);
        QCOMPARE(h.raw("", 10s), QByteArray());
        QCOMPARE(issued.count(), 1);
        QCOMPARE(h.modem.storageUsed("SR"), 0);
    }

    void fullMemoryHoldsMessagesBack()
    {
        Quiet h(Vendor::Generic, "2,1,0,0,0");
        h.modem.setStorageCapacity("SM", 2);
        for (int i = 1; i <= 4; ++i)
            QVERIFY(h.modem.injectText(
                u"+44770090000"_s + QString::number(i), u"n"_s + QString::number(i)));
        QCOMPARE(Quiet::lines(h.raw("")),
            (QList<QByteArray> {"+CMTI: \"SM\",1"_ba, "+CMTI: \"SM\",2"_ba}));
        QCOMPARE(
            h.raw("AT+CPMS?\r"), "\r\n+CPMS: \"SM\",2,2,\"SM\",2,2,\"SM\",2,2\r\n\r\nOK\r\n"_ba);
        QCOMPARE(h.modem.waitingInNetwork(), 2);

        // A freed slot: the SMSC retries shortly after the AT+CMGD answer.
        QCOMPARE(h.raw("AT+CMGD=1\r"), "\r\nOK\r\n"_ba);
        QCOMPARE(h.raw("", 500ms), "\r\n+CMTI: \"SM\",1\r\n"_ba);
        QCOMPARE(h.read("SM", 1).deliver()->userData.text, u"n3"_s);
        QCOMPARE(h.modem.waitingInNetwork(), 1);
        h.modem.setStorageCapacity("SM", 3);
        QCOMPARE(h.raw("", 500ms), "\r\n+CMTI: \"SM\",3\r\n"_ba);
        QCOMPARE(h.read("SM", 3).deliver()->userData.text, u"n4"_s);
        QCOMPARE(h.modem.waitingInNetwork(), 0);
        QVERIFY(h.modem.isIdle());
    }

    void multipartOrders_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<QList<int>>("sequences");
        QTest::newRow("in order") << int(SimulatedInjectOptions::Order::InOrder)
                                  << QList<int> {1, 2, 3};
        QTest::newRow("reversed") << int(SimulatedInjectOptions::Order::Reversed)
                                  << QList<int> {3, 2, 1};
    }

    void multipartOrders()
    {
        QFETCH(int, order);
        QFETCH(QList<int>, sequences);
        Quiet h;
        SimulatedInjectOptions options;
        options.order = SimulatedInjectOptions::Order(order);
        QCOMPARE(h.modem.injectText(u"+447700900001"_s, LongText, options).value(), 3);
        QCOMPARE(Quiet::lines(h.raw("")).size(), 3);
        QList<int> got;
        for (int index = 1; index <= 3; ++index)
            got << sequenceOf(h.read("SM", index));
        QCOMPARE(got, sequences);
    }

    void shuffleIsReproducible()
    {
        const auto orderFor = [](quint32 seed) {
            Quiet h;
            SimulatedInjectOptions options;
            options.order = SimulatedInjectOptions::Order::Shuffled;
            options.shuffleSeed = seed;
            if (!h.modem.injectText(u"+447700900001"_s, QString(1000, u'y'), options))
                return QList<int>();
            h.raw("");
            QList<int> got;
            for (int index = 1; index <= 7; ++index)
                got << sequenceOf(h.read("SM", index));
            return got;
        };
        const QList<int> first = orderFor(7);
        QCOMPARE(orderFor(7), first);
        QList<int> sorted = first;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, (QList<int> {1, 2, 3, 4, 5, 6, 7}));
        QVERIFY(first != sorted);
    }

    void duplicatedParts()
    {
        Quiet h;
        SimulatedInjectOptions options;
        options.duplicate = SimulatedInjectOptions::Duplicate::DirectAndStored;
        options.duplicatePart = 2;
        QCOMPARE(h.modem.injectText(u"+447700900001"_s, LongText, options).value(), 3);
        const QList<QByteArray> got = Quiet::lines(h.raw(""));
        QCOMPARE(got.size(), 5);
        QCOMPARE(got.at(0), "+CMTI: \"SM\",1"_ba);
        QVERIFY(got.at(1).startsWith("+CMT: ,"));
        QCOMPARE(sequenceOf(decodePduHex(got.at(2), SmscField::Present).value()), 2);
        QCOMPARE(got.at(3), "+CMTI: \"SM\",2"_ba);
        QCOMPARE(got.at(4), "+CMTI: \"SM\",3"_ba);
        QCOMPARE(sequenceOf(h.read("SM", 2)), 2);

        Quiet twice;
        options.duplicate = SimulatedInjectOptions::Duplicate::StoredTwice;
        options.duplicatePart = 1;
        QVERIFY(twice.modem.injectText(u"+447700900001"_s, LongText, options).hasValue());
        QCOMPARE(Quiet::lines(twice.raw("")).size(), 4);
        QCOMPARE(sequenceOf(twice.read("SM", 1)), 1);
        QCOMPARE(sequenceOf(twice.read("SM", 2)), 1);
    }

    void splitAcrossStorages()
    {
        Quiet h;
        SimulatedInjectOptions options;
        options.splitAcrossStorages = true;
        QVERIFY(h.modem.injectText(u"+447700900001"_s, LongText, options).hasValue());
        QCOMPARE(Quiet::lines(h.raw("")),
            (QList<QByteArray> {"+CMTI: \"SM\",1"_ba, "+CMTI: \"ME\",1"_ba, "+CMTI: \"SM\",2"_ba}));
        QCOMPARE(sequenceOf(h.read("ME", 1)), 2);
    }

    void specialMessages()
    {
        Quiet h(Vendor::Generic, "2,2,0,0,0");
        SimulatedInjectOptions options;
        options.flash = true;
        options.protocolIdentifier = 0x40;
        options.alphanumericSender = true;
        const QDateTime stamp(QDate(2025, 12, 31), QTime(23, 30), Qt::OffsetFromUTC, -5 * 3600);
        options.timestamp = stamp;
        QVERIFY(h.modem.injectText(u"InternetSMS"_s, u"flash"_s, options).hasValue());
        const QList<QByteArray> got = Quiet::lines(h.raw(""));
        const auto pdu = decodePduHex(got.value(1), SmscField::Present);
        QVERIFY(pdu && pdu->deliver());
        const SmsDeliver &deliver = *pdu->deliver();
        QCOMPARE(deliver.dataCodingScheme.messageClass, MessageClass::Class0);
        QVERIFY(deliver.protocolIdentifier.isShortMessageType0());
        QVERIFY(deliver.originator.isAlphanumeric());
        QCOMPARE(deliver.originator.value, u"InternetSMS"_s);
        QCOMPARE(deliver.serviceCentreTime, stamp);
        QCOMPARE(deliver.serviceCentreTime.offsetFromUtc(), -5 * 3600);

        // The route can override AT+CNMI.
        options = {};
        options.route = SimulatedInjectOptions::Route::Stored;
        QVERIFY(h.modem.injectText(u"+447700900001"_s, u"stored"_s, options).hasValue());
        QCOMPARE(h.raw(""), "\r\n+CMTI: \"SM\",1\r\n"_ba);
    }

    void rawPdus()
    {
        Quiet h;
        // A DELIVER built by the codec, injected as raw hex.
        DeliverRequest request;
        request.originator = parseTypedNumber(u"+447700900001").value();
        request.text = u"raw"_s;
        request.serviceCentreTime = h.clock.now();
        const EncodedPdu deliver = composeDeliver(request)->constFirst();
        QVERIFY(h.modem.injectPdu(deliver.hex()).hasValue());
        QCOMPARE(h.raw(""), "\r\n+CMTI: \"SM\",1\r\n"_ba);
        h.raw("AT+CPMS=\"SM\"\r");
        QCOMPARE(Quiet::lines(h.raw("AT+CMGR=1\r")),
            (QList<QByteArray> {
                "+CMGR: 0,,"_ba + QByteArray::number(deliver.tpduLength), deliver.hex(), "OK"_ba}));

        SmsStatusReport report;
        report.messageReference = 7;
        report.recipient = parseTypedNumber(u"+447700900123").value();
        report.serviceCentreTime = h.clock.now();
        report.dischargeTime = h.clock.now();
        const auto encoded = encodePdu(report);
        QVERIFY(h.modem.injectPdu(encoded->hex()).hasValue());
        QCOMPARE(h.raw(""),
            "\r\n+CDS: " + QByteArray::number(encoded->tpduLength) + "\r\n" + encoded->hex()
                + "\r\n");

        QVERIFY(!h.modem.injectPdu("0011000B91").hasValue());
        QVERIFY(!h.modem.injectPdu("nothex").hasValue());
        SubmitRequest submit;
        submit.destination = u"+447700900123"_s;
        submit.text = u"x"_s;
        QVERIFY(!h.modem.injectPdu(composeSubmit(submit)->constFirst().hex()).hasValue());
        QVERIFY(!h.modem.injectText(u"not a number"_s, u"x"_s).hasValue());
    }

    // What the inbound classifier has to recognise arrives byte for byte as injected.
    void notificationsPassThrough_data()
    {
        QTest::addColumn<QByteArray>("hex");
        SmsDeliver mms; // WAP push to port 2948: an MMS notification
        mms.originator = parseTypedNumber(u"+447700900001").value();
        mms.dataCodingScheme = DataCodingScheme::decode(0x04);
        mms.serviceCentreTime = QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc());
        UserDataHeader header;
        header.elements << UserDataHeader::applicationPortElement(
            {ReferenceWidth::SixteenBit, 2948, 9200});
        mms.userData.header = header;
        mms.userData.units = QByteArray::fromHex(
            "0106226170706c69636174696f6e2f766e642e7761702e6d6d732d6d65737361676500");
        QTest::newRow("mms notification") << encodePdu(mms)->hex();
        SmsDeliver voicemail = mms; // DCS 0xC8: voicemail waiting, discard the text
        voicemail.userData = {};
        voicemail.dataCodingScheme = DataCodingScheme::decode(0xC8);
        QTest::newRow("voicemail indication") << encodePdu(voicemail)->hex();
    }

    void notificationsPassThrough()
    {
        QFETCH(QByteArray, hex);
        Quiet h(Vendor::Generic, "2,2,0,0,0");
        QVERIFY(h.modem.injectPdu(hex).hasValue());
        const QList<QByteArray> got = Quiet::lines(h.raw(""));
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.at(1), hex);
    }
};

RAPPORT_TEST_MAIN(TestSimulatedNetwork)
#include "tst_simulatednetwork.moc"
