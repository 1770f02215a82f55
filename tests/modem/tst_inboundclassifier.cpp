// The inbound classifier: one row per kind, each with the source of its vector — a public test
// suite's PDU, or a PDU built here from the spec section named in the row.
#include "InboundTestParts.h"
#include "ManualClock.h"
#include "RapportTest.h"

#include "modem/InMemoryReassemblyStore.h"
#include "modem/InboundClassifier.h"
#include "modem/Reassembler.h"

#include <QSignalSpy>

using namespace rapport::modem;
using namespace rapport::test::inbound;

namespace {

const SmsAddress alice = international(QStringLiteral("447700900123"));

UdhElement port16(quint16 destination, quint16 originator)
{
    return UserDataHeader::applicationPortElement(
        {ReferenceWidth::SixteenBit, destination, originator});
}

UdhElement special(quint8 type, quint8 count)
{
    return {Iei::SpecialSmsIndication, QByteArray().append(char(type)).append(char(count))};
}

SmsDeliver text(const QString &body, quint8 pid = 0, std::optional<quint8> dcs = std::nullopt,
    const QList<UdhElement> &elements = {})
{
    return customPart(alice, SmsAlphabet::Gsm7, gsm7Units(body), elements, stamp(), pid, dcs);
}

SmsDeliver data(
    const QByteArray &octets, const QList<UdhElement> &elements, quint8 dcs = 0x04, quint8 pid = 0)
{
    return customPart(alice, SmsAlphabet::EightBit, octets, elements, stamp(), pid, dcs);
}

// Text-string (WAP-230-WSP §8.4.2.1): the octets and a NUL.
QByteArray textz(const char *text)
{
    return QByteArray(text).append('\0');
}

// An M-Notification.ind (OMA-TS-MMS_ENC-V1_3 §6.2, header codes from §7.4 Table 25) with the
// sender, a subject, a size, an expiry and the location, as an MMSC sends it.
QByteArray mmsNotificationBody()
{
    QByteArray body;
    body += QByteArray("\x8C\x82", 2); // X-Mms-Message-Type: m-notification-ind
    body += '\x98' + textz("T-42"); // X-Mms-Transaction-Id
    body += QByteArray("\x8D\x92", 2); // X-Mms-MMS-Version 1.2
    // From: value length, Address-present-token, the address.
    const QByteArray from = '\x80' + textz("+447700900999/TYPE=PLMN");
    body += '\x89' + (char(from.size()) + from);
    body += '\x96' + textz("Holiday"); // Subject
    body += QByteArray("\x8A\x80", 2); // X-Mms-Message-Class: personal
    body += QByteArray("\x8E\x02\x04\x00", 4); // X-Mms-Message-Size: 1024
    body += QByteArray("\x88\x05\x81\x03\x09\x3A\x80", 7); // X-Mms-Expiry: relative 604800 s
    body += '\x83' + textz("http://mmsc.example/m1"); // X-Mms-Content-Location
    return body;
}

// A connectionless WSP Push PDU (WAP-230-WSP §8.2.4.1): TID, PDU type 0x06, headers length,
// content type as a short integer (Table 40), X-Wap-Application-Id (0xAF) mms.ua (0x84).
QByteArray wspPush(quint8 contentType, const QByteArray &body, bool withTransactionId = true)
{
    QByteArray push;
    if (withTransactionId)
        push += char(0x01);
    push += QByteArray("\x06\x03", 2);
    push += char(contentType);
    push += QByteArray("\xAF\x84", 2);
    return push + body;
}

// AOSP GsmSmsTest.java, testUdh: an MMS notification in two 8-bit parts to port 2948 from 9200,
// reference 42, its content type sent as the text "application/vnd.wap.mms-message".
const char aospWapPart1[] = "07914140279510F6440A8111110301003BF56080207130138A8C0B05040B8423F"
                            "000032A02010106276170706C69636174696F6E2F766E642E7761702E6D6D732D"
                            "6D65737361676500AF848D0185B4848C8298524E453955304A6D7135514141426"
                            "66C414141414D7741414236514141414141008D908918802B3135313232393737"
                            "3638332F545950453D504C4D4E008A808E022B918805810306977F83687474703"
                            "A2F2F36";
const char aospWapPart2[] = "07914140279510F6440A8111110301003BF56080207130238A3B0B05040B8423F"
                            "000032A0202362E3130322E3137312E3135302F524E453955304A6D7135514141"
                            "42666C414141414D774141423651414141414100";

} // namespace

class TestInboundClassifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<SmsDeliver>("deliver");
        QTest::addColumn<InboundKind>("kind");
        QTest::addColumn<bool>("flash");
        QTest::addColumn<int>("replaceType"); // 0: none
        QTest::addColumn<bool>("showText");

        // Text
        QTest::newRow("text [ModemManager test-sms-part-3gpp.c test_pdu3]") << decodeDeliverHex(
            "07912143658709F1040B918100551512F20000111010214365000AE8329BFD"
            "4697D9EC37") << InboundKind::Text << false << 0 << true;
        QTest::newRow("text, UCS-2 [AOSP GsmSmsTest testUcs2]")
            << decodeDeliverHex("07912160130300F4040B914151245584F600087010807121352B10212200A9"
                                "00AE00680065006C006C006F")
            << InboundKind::Text << false << 0 << true;
        QTest::newRow("text, class 1 in group F [TS 23.038 §4, DCS 0xF1]")
            << text(QStringLiteral("class one"), 0, 0xF1) << InboundKind::Text << false << 0
            << true;
        QTest::newRow("text, return call PID 0x5F [TS 23.040 §9.2.3.9]")
            << text(QStringLiteral("call me"), 0x5F) << InboundKind::Text << false << 0 << true;

        // Flash
        QTest::newRow("flash, DCS 0x10 [TS 23.038 §4]")
            << composeParts(alice, QStringLiteral("Flash!"), {}, stamp(), true).constFirst()
            << InboundKind::Flash << true << 0 << true;
        QTest::newRow("flash, group F DCS 0xF0 [TS 23.038 §4]")
            << text(QStringLiteral("Flash!"), 0, 0xF0) << InboundKind::Flash << true << 0 << true;

        // Type 0
        QTest::newRow("type 0, PID 0x40 [TS 23.040 §9.2.3.9]")
            << text(QStringLiteral("ping"), 0x40) << InboundKind::Type0 << false << 0 << false;
        QTest::newRow("type 0 wins over an indication [TS 23.040 §9.2.3.9]")
            << text(QStringLiteral("ping"), 0x40, 0xC8) << InboundKind::Type0 << false << 0
            << false;

        // Replace
        QTest::newRow("replace type 3, PID 0x43 [TS 23.040 §9.2.3.9]")
            << text(QStringLiteral("balance 5"), 0x43) << InboundKind::Replace << false << 3
            << true;
        QTest::newRow("replace type 7, flash [TS 23.040 §9.2.3.9]")
            << text(QStringLiteral("balance 5"), 0x47, 0x10) << InboundKind::Replace << true << 7
            << true;

        // Voicemail indication
        QTest::newRow("voicemail DCS 0xC8 + UDH count 2 [AOSP GsmSmsTest testCingularVoiceMail]")
            << decodeDeliverHex("07912180958750F84401800500C87020026195702B06040102000200")
            << InboundKind::VoicemailIndication << false << 0 << false;
        QTest::newRow("voicemail DCS 0xC0 + UDH count 0 [AOSP GsmSmsTest testCingularVoiceMail]")
            << decodeDeliverHex("07912180958750F84401800500C07020027160112B06040102000000")
            << InboundKind::VoicemailIndication << false << 0 << false;
        QTest::newRow("voicemail, store group DCS 0xD8 [TS 23.038 §4]")
            << text(QStringLiteral("You have voicemail"), 0, 0xD8)
            << InboundKind::VoicemailIndication << false << 0 << true;
        QTest::newRow("voicemail, UCS-2 store group DCS 0xE8 [TS 23.038 §4]") << customPart(alice,
            SmsAlphabet::Ucs2, ucs2Units(QStringLiteral("Mailbox")), {}, stamp(), 0,
            0xE8) << InboundKind::VoicemailIndication << false << 0 << true;
        QTest::newRow("voicemail, UDH IEI 0x01 only, store bit [TS 23.040 §9.2.3.24.2]")
            << text(QStringLiteral("5 new"), 0, std::nullopt, {special(0x80, 5)})
            << InboundKind::VoicemailIndication << false << 0 << true;
        QTest::newRow("CPHS set, line 1 [AOSP GsmSmsTest testCPHSVoiceMail]")
            << decodeDeliverHex("07912160130310F20404D0110041006060627171118A0120")
            << InboundKind::VoicemailIndication << false << 1 << false;
        QTest::newRow("CPHS clear, line 1 [AOSP GsmSmsTest testCPHSVoiceMail]")
            << decodeDeliverHex("07912160130310F20404D0100041006060627161058A0120")
            << InboundKind::VoicemailIndication << false << 1 << false;

        // WAP push and MMS notifications
        const QList<UdhElement> pushPorts {port16(wapPushPort, wapConnectionlessPort)};
        QTest::newRow("MMS, content type 0xBE [WAP-230-WSP Table 40, OMA-TS-MMS_ENC §6.2]")
            << data(wspPush(0xBE, mmsNotificationBody()), pushPorts) << InboundKind::MmsNotification
            << false << 0 << false;
        QTest::newRow("MMS, first part alone [AOSP GsmSmsTest testUdh]") << decodeDeliverHex(
            aospWapPart1) << InboundKind::MmsNotification << false << 0 << false;
        QTest::newRow("MMS to port 9200, no TID [WAP-230-WSP §8.2.4.1]")
            << data(wspPush(0xBE, mmsNotificationBody(), false),
                   {port16(wapConnectionlessPort, wapConnectionlessPort)})
            << InboundKind::MmsNotification << false << 0 << false;
        QTest::newRow("WAP push, service indication 0xAE [WAP-230-WSP Table 40]")
            << data(wspPush(0xAE, QByteArray("\x02\x05\x6A\x00", 4)), pushPorts)
            << InboundKind::WapPush << false << 0 << false;

        // Binary
        QTest::newRow("8-bit, DCS 0x04 [ModemManager test-sms-part-3gpp.c test_pdu3_8bit]")
            << decodeDeliverHex("07912143658709F1040B918100551512F20004111010214365000AE8329BFD"
                                "4697D9EC37DE")
            << InboundKind::Binary << false << 0 << false;
        QTest::newRow("8-bit, DCS 0xF4 [ModemManager test-sms-part-3gpp.c test_pdu_dcsf_8bit]")
            << decodeDeliverHex("07912143658709F1040B918100551512F200F4111010214365000AE8329BFD"
                                "4697D9EC37DE")
            << InboundKind::Binary << true << 0 << false; // 0xF4 is class 0
        QTest::newRow("8-bit class 1, DCS 0xF5 [TS 23.038 §4]") << data(QByteArray("\x01\x02", 2),
            {}, 0xF5) << InboundKind::Binary << false << 0 << false;
        QTest::newRow("compressed text, DCS 0x20 [TS 23.038 §4, TS 23.042]")
            << data(QByteArray("\x11\x22\x33", 3), {}, 0x20) << InboundKind::Binary << false << 0
            << false;
        QTest::newRow("text to application port 5499 [TS 23.040 §9.2.3.24.4]")
            << text(QStringLiteral("//ANDROID:notify"), 0, std::nullopt, {port16(5499, 0)})
            << InboundKind::Binary << false << 0 << false;
        QTest::newRow("8-bit port element IEI 0x04 [TS 23.040 §9.2.3.24.3]")
            << data(QByteArray("\x01", 1),
                   {UserDataHeader::applicationPortElement({ReferenceWidth::EightBit, 240, 0})})
            << InboundKind::Binary << false << 0 << false;
        QTest::newRow("8-bit to port 2948 that is no push PDU [WAP-230-WSP §8.2.4.1]")
            << data(QByteArray("\x01\x02\x03", 3), pushPorts) << InboundKind::Binary << false << 0
            << false;
        QTest::newRow("text to port 2948 [WAP-259-WDP Appendix B]")
            << text(QStringLiteral("not a push"), 0, std::nullopt, pushPorts) << InboundKind::Binary
            << false << 0 << false;
        QTest::newRow("SIM data download, PID 0x7F DCS 0xF6 [TS 23.040 §9.2.3.9]")
            << data(QByteArray("\x02\x70\x00", 3), {}, 0xF6, 0x7F) << InboundKind::Binary << false
            << 0 << false;
    }

    void kinds()
    {
        QFETCH(SmsDeliver, deliver);
        QFETCH(InboundKind, kind);
        QFETCH(bool, flash);
        QFETCH(int, replaceType);
        QFETCH(bool, showText);
        const InboundClassification result = classifyInbound(deliver);
        QCOMPARE(static_cast<int>(result.kind), static_cast<int>(kind));
        QCOMPARE(result.flash, flash);
        QCOMPARE(result.replaceType.value_or(0), replaceType);
        QCOMPARE(result.showText, showText);
    }

    void voicemailDetails_data()
    {
        QTest::addColumn<SmsDeliver>("deliver");
        QTest::addColumn<QList<WaitingIndication>>("indications");
        QTest::addColumn<int>("active"); // -1: no voicemail indication, 0 off, 1 on
        QTest::addColumn<int>("count"); // -1: unknown

        using S = IndicationSource;
        using K = MessageWaitingKind;
        QTest::newRow("DCS + UDH set [AOSP GsmSmsTest testCingularVoiceMail]")
            << decodeDeliverHex("07912180958750F84401800500C87020026195702B06040102000200")
            << QList<WaitingIndication> {{S::DataCodingScheme, K::Voicemail, true, {}, {}},
                   {S::UserDataHeader, K::Voicemail, true, 2, {}}}
            << 1 << 2;
        QTest::newRow("DCS + UDH clear [AOSP GsmSmsTest testCingularVoiceMail]")
            << decodeDeliverHex("07912180958750F84401800500C07020027160112B06040102000000")
            << QList<WaitingIndication> {{S::DataCodingScheme, K::Voicemail, false, {}, {}},
                   {S::UserDataHeader, K::Voicemail, false, 0, {}}}
            << 0 << 0;
        QTest::newRow("CPHS set [AOSP GsmSmsTest testCPHSVoiceMail]")
            << decodeDeliverHex("07912160130310F20404D0110041006060627171118A0120")
            << QList<WaitingIndication> {{S::Cphs, K::Voicemail, true, {}, 1}} << 1 << -1;
        QTest::newRow("CPHS clear [AOSP GsmSmsTest testCPHSVoiceMail]")
            << decodeDeliverHex("07912160130310F20404D0100041006060627161058A0120")
            << QList<WaitingIndication> {{S::Cphs, K::Voicemail, false, {}, 1}} << 0 << -1;
        // Septets 0x11 0x01 pack to octets 0x91 0x00: bit 7 of the first octet is line 2.
        QTest::newRow("CPHS set, line 2 [CPHS 4.2 §B.4.2]")
            << customPart(alphanumericAddress(QStringLiteral("_\u00A3")), SmsAlphabet::Gsm7,
                   gsm7Units(QStringLiteral(" ")), {}, stamp(), 0x41)
            << QList<WaitingIndication> {{S::Cphs, K::Voicemail, true, {}, 2}} << 1 << -1;
        QTest::newRow("fax waiting, DCS 0xC9 [TS 23.038 §4]")
            << text(QStringLiteral(" "), 0, 0xC9)
            << QList<WaitingIndication> {{S::DataCodingScheme, K::Fax, true, {}, {}}} << -1 << -1;
        QTest::newRow("e-mail count 3, UDH [TS 23.040 §9.2.3.24.2]")
            << text(QStringLiteral(" "), 0, std::nullopt, {special(0x02, 3)})
            << QList<WaitingIndication> {{S::UserDataHeader, K::Email, true, 3, {}}} << -1 << -1;
        QTest::newRow("voicemail 7 and fax 1, UDH [TS 23.040 §9.2.3.24.2]")
            << text(QStringLiteral(" "), 0, std::nullopt, {special(0x00, 7), special(0x01, 1)})
            << QList<WaitingIndication> {{S::UserDataHeader, K::Voicemail, true, 7, {}},
                   {S::UserDataHeader, K::Fax, true, 1, {}}}
            << 1 << 7;
        // An alphanumeric sender that does not follow the CPHS pattern is an ordinary sender.
        QTest::newRow("two-letter sender is not CPHS")
            << customPart(alphanumericAddress(QStringLiteral("OK")), SmsAlphabet::Gsm7,
                   gsm7Units(QStringLiteral("hi")), {})
            << QList<WaitingIndication> {} << -1 << -1;
    }

    void voicemailDetails()
    {
        QFETCH(SmsDeliver, deliver);
        QFETCH(QList<WaitingIndication>, indications);
        QFETCH(int, active);
        QFETCH(int, count);
        const InboundClassification result = classifyInbound(deliver);
        QCOMPARE(result.indications, indications);
        QCOMPARE(result.kind == InboundKind::VoicemailIndication, !indications.isEmpty());
        QCOMPARE(result.voicemailActive() ? int(*result.voicemailActive()) : -1, active);
        QCOMPARE(result.voicemailCount().value_or(-1), count);
    }

    void mmsNotificationFields()
    {
        const InboundClassification result = classifyInbound(data(
            wspPush(0xBE, mmsNotificationBody()), {port16(wapPushPort, wapConnectionlessPort)}));
        QCOMPARE(result.kind, InboundKind::MmsNotification);
        QVERIFY(result.wapPush);
        QCOMPARE(result.wapPush->wellKnownContentType, std::optional<quint32>(0x3E));
        QCOMPARE(result.wapPush->contentType, QStringLiteral("application/vnd.wap.mms-message"));
        QVERIFY(result.mms);
        QCOMPARE(result.mms->from, QStringLiteral("+447700900999"));
        QCOMPARE(result.mms->subject, QStringLiteral("Holiday"));
        QCOMPARE(result.mms->transactionId, QStringLiteral("T-42"));
        QCOMPARE(result.mms->messageSize, std::optional<quint64>(1024));
        QCOMPARE(result.mms->contentLocation, QStringLiteral("http://mmsc.example/m1"));
        QCOMPARE(result.ports->destination, wapPushPort);
    }

    void reassembledMmsNotificationFromAndroidSuite()
    {
        // AOSP GsmSmsTest.java, testUdh: the two parts joined by the reassembler, then classified
        // with the first part's header and the joined units.
        rapport::test::ManualClock clock;
        InMemoryReassemblyStore store;
        Reassembler reassembler(store, clock);
        QSignalSpy spy(&reassembler, &Reassembler::messageReleased);
        reassembler.accept(received(decodeDeliverHex(aospWapPart2), "2"));
        reassembler.accept(received(decodeDeliverHex(aospWapPart1), "1"));
        QCOMPARE(spy.count(), 1);
        const auto message = spy.at(0).at(0).value<ReassembledMessage>();
        QVERIFY(message.isComplete());
        QVERIFY(message.text().isEmpty()); // 8-bit data is never rendered

        const InboundClassification result = classifyInbound(message.deliver);
        QCOMPARE(result.kind, InboundKind::MmsNotification);
        QCOMPARE(result.showText, false);
        QCOMPARE(result.wapPush->transactionId, std::optional<quint8>(0x01));
        QCOMPARE(result.wapPush->pduType, 0x06);
        QCOMPARE(result.wapPush->contentType, QStringLiteral("application/vnd.wap.mms-message"));
        QVERIFY(!result.wapPush->wellKnownContentType);
        QVERIFY(result.mms);
        QCOMPARE(result.mms->from, QStringLiteral("+15122977683"));
        QCOMPARE(result.mms->transactionId, QStringLiteral("RNE9U0Jmq5QAABflAAAAMwAAB6QAAAAA"));
        QCOMPARE(result.mms->messageSize, std::optional<quint64>(0x2B91));
        QCOMPARE(result.mms->contentLocation,
            QStringLiteral("http://66.102.171.150/RNE9U0Jmq5QAABflAAAAMwAAB6QAAAAA"));
        QCOMPARE(result.ports->originator, wapConnectionlessPort);
    }

    void reassembledTextKeepsTheFirstPartsClassification()
    {
        // A long flash message with a replace PID: the reassembled deliver carries part 1's
        // DCS and PID, which the classifier reads.
        const QString body = longText(400);
        DeliverRequest request;
        request.originator = alice;
        request.text = body;
        request.serviceCentreTime = stamp();
        request.flash = true;
        request.protocolIdentifier = 0x42;
        request.reference = {ReferenceWidth::EightBit, 1};
        rapport::test::ManualClock clock;
        InMemoryReassemblyStore store;
        Reassembler reassembler(store, clock);
        QSignalSpy spy(&reassembler, &Reassembler::messageReleased);
        const auto pdus = composeDeliver(request);
        QVERIFY(pdus.hasValue());
        QCOMPARE(pdus->size(), 3);
        int index = 0;
        for (const EncodedPdu &pdu : pdus.value())
            reassembler.accept(received(decodeDeliver(pdu.bytes), QByteArray::number(++index)));
        QCOMPARE(spy.count(), 1);
        const auto message = spy.at(0).at(0).value<ReassembledMessage>();
        QCOMPARE(message.text(), body);
        QVERIFY(message.isFlash());
        const InboundClassification result = classifyInbound(message.deliver);
        QCOMPARE(result.kind, InboundKind::Replace);
        QCOMPARE(result.replaceType, std::optional<int>(2));
        QVERIFY(result.flash);
    }
};

RAPPORT_TEST_MAIN(TestInboundClassifier)
#include "tst_inboundclassifier.moc"
