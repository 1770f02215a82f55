// Composing SMS-SUBMIT (what we send) and SMS-DELIVER (what the simulated modem hands over) from
// text: known PDUs of other implementations, concatenation, the 255-part limit, and every long
// message decoding and rejoining to its text.
#include "PduTestSupport.h"
#include "RapportTest.h"

#include "modem/MessageComposer.h"
#include "modem/SmsSegmenter.h"

using namespace rapport::modem;
using namespace rapport::test;
using namespace std::chrono_literals;

namespace {

// Decodes every part, checks its concatenation header, and joins the units into text.
QString rejoin(const QList<EncodedPdu> &parts, std::optional<ConcatReference> reference)
{
    QByteArray units;
    SmsAlphabet alphabet = SmsAlphabet::Gsm7;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const auto decoded = decodePdu(parts.at(i).bytes, SmscField::Present);
        if (!decoded)
            return QStringLiteral("<part %1: %2>").arg(i).arg(decoded.error().detail);
        const UserData &userData
            = decoded->deliver() ? decoded->deliver()->userData : decoded->submit()->userData;
        alphabet = decoded->deliver() ? decoded->deliver()->dataCodingScheme.alphabet
                                      : decoded->submit()->dataCodingScheme.alphabet;
        const auto concatenation
            = userData.header ? userData.header->concatenation() : std::nullopt;
        if (parts.size() == 1
                ? userData.header.has_value()
                : (!concatenation || concatenation->reference != *reference
                    || concatenation->total != parts.size() || concatenation->sequence != i + 1))
            return QStringLiteral("<part %1: wrong header>").arg(i);
        units += userData.units;
    }
    return decodeUserDataUnits(alphabet, units).valueOr(QStringLiteral("<undecodable>"));
}

} // namespace

class TestMessageComposer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void submitMatchesKnownPdus_data()
    {
        QTest::addColumn<QString>("smsc");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("validity"); // seconds; -1: none
        QTest::addColumn<QByteArray>("hex");
        const QString russian = QStringLiteral("Да здравствует король, детка!");
        const QString mixed = QStringLiteral("Hi there...Tue 17th Jan 2012 05:30.18 pm (GMT+1) "
                                             "\u0394\u0394\u0394\u0394\u0394");
        const QString cool = QStringLiteral("This is really cool \u0394\u0394\u0394\u0394\u0394");
        // ModemManager test-sms-part-3gpp.c test_create_pdu_* (validity 5 minutes = TP-VP 0).
        QTest::newRow("mm ucs2 with smsc")
            << QStringLiteral("+19037029920") << QStringLiteral("+15555551234") << russian
            << qint64(300)
            << QByteArray("07919130079229F011000B915155551532F40008003A04140430002004370434044004"
                          "3004320441044204320443043504420020043A043E0440043E043B044C002C00200434"
                          "04350442043A04300021");
        QTest::newRow("mm ucs2 no smsc")
            << QString() << QStringLiteral("+15555551234") << russian << qint64(300)
            << QByteArray("0011000B915155551532F40008003A041404300020043704340440043004320441044"
                          "204320443043504420020043A043E0440043E043B044C002C0020043404350442043A0"
                          "4300021");
        QTest::newRow("mm gsm with smsc")
            << QStringLiteral("+19037029920") << QStringLiteral("+15555551234") << mixed
            << qint64(300)
            << QByteArray("07919130079229F011000B915155551532F400000036C834888E2ECBCB2E978B5A2F83"
                          "62373A1AA40CBB4132584C0682D57433982B8603C1DB20D4B1495DC552200804028100");
        QTest::newRow("mm gsm no smsc")
            << QString() << QStringLiteral("+15555551234") << mixed << qint64(300)
            << QByteArray("0011000B915155551532F400000036C834888E2ECBCB2E978B5A2F8362373A1AA40CB"
                          "B4132584C0682D57433982B8603C1DB20D4B1495DC552200804028100");
        QTest::newRow("mm gsm 3 (25 septets)")
            << QString() << QStringLiteral("+15556661234") << cool << qint64(300)
            << QByteArray(
                   "0011000B915155661632F40000001954747A0E4ACF41F27298CDCE83C6EF371B0481402010");
        QTest::newRow("mm gsm no validity")
            << QString() << QStringLiteral("+15556661234") << cool << qint64(-1)
            << QByteArray(
                   "0001000B915155661632F400001954747A0E4ACF41F27298CDCE83C6EF371B0481402010");
        // oFono unit/test-sms.c test_prepare_7bit (TP-VP 0xA7 = 24 hours).
        QTest::newRow("ofono 7bit")
            << QStringLiteral("+358405202090") << QStringLiteral("+358478400241")
            << QStringLiteral("This is testing !") << qint64(86400)
            << pduVectorHex("of_prepare_7bit");
        // python-gsmmodem test_pdu.py test_encodeSmsSubmit.
        QTest::newRow("gsmmodem hello")
            << QString() << QStringLiteral("+27820001111") << QStringLiteral("Hello World!")
            << qint64(-1) << pduVectorHex("pg_hello_world");
        QTest::newRow("gsmmodem 52 weeks")
            << QStringLiteral("+44000000000") << QStringLiteral("+123456789")
            << QStringLiteral("\u4E16\u754C\u60A8\u597D\uFF01") << qint64(52 * 7 * 86400)
            << pduVectorHex("pg_chinese_52w");
        // Generated with python-gammu (TP-VP 0).
        QTest::newRow("gammu gsm")
            << QStringLiteral("+447785016005") << QStringLiteral("+447700900123")
            << QStringLiteral("Hello @ world") << qint64(300) << pduVectorHex("gm_submit_gsm");
        QTest::newRow("gammu emoji")
            << QStringLiteral("+447785016005") << QStringLiteral("+447700900123")
            << QStringLiteral("Hi \U0001F600 there") << qint64(300)
            << pduVectorHex("gm_submit_ucs2_emoji");
        QTest::newRow("gammu extension")
            << QStringLiteral("+447785016005") << QStringLiteral("+447700900123")
            << QStringLiteral("^{}\\[~]|\u20AC") << qint64(300) << pduVectorHex("gm_submit_ext");
    }

    void submitMatchesKnownPdus()
    {
        QFETCH(QString, smsc);
        QFETCH(QString, destination);
        QFETCH(QString, text);
        QFETCH(qint64, validity);
        QFETCH(QByteArray, hex);
        SubmitRequest request;
        request.destination = destination;
        request.serviceCentre = smsc;
        request.text = text;
        if (validity >= 0)
            request.validity = std::chrono::seconds(validity);
        const auto parts = composeSubmit(request);
        QVERIFY2(parts.hasValue(), qPrintable(parts ? QString() : parts.error().detail));
        QCOMPARE(parts->size(), 1);
        QCOMPARE(parts->at(0).hex(), hex.toUpper());
        const int smscLength = 1 + static_cast<quint8>(parts->at(0).bytes.at(0));
        QCOMPARE(parts->at(0).tpduLength, parts->at(0).bytes.size() - smscLength);
    }

    void concatenatedSubmitMatchesGammu()
    {
        // Generated with python-gammu (gm_concat16_1/2): 160 'A' and a '{', 16-bit reference.
        const auto first = decodeVector("gm_concat16_1");
        QVERIFY(first.hasValue());
        SubmitRequest request;
        request.destination = QStringLiteral("+447700900123");
        request.text = QString(160, QLatin1Char('A')) + QLatin1Char('{');
        request.validity = 5min;
        request.reference = first->submit()->userData.header->concatenation()->reference;
        const auto parts = composeSubmit(request);
        QVERIFY(parts.hasValue());
        QCOMPARE(parts->size(), 2);
        // gammu wrote the SMSC field as "0181"; the TPDUs are identical.
        QCOMPARE(parts->at(0).hex().mid(2), pduVectorHex("gm_concat16_1").mid(4));
        QCOMPARE(parts->at(1).hex().mid(2), pduVectorHex("gm_concat16_2").mid(4));
        QCOMPARE(parts->at(0).tpduLength, parts->at(0).bytes.size() - 1);
    }

    void submitOptions()
    {
        SubmitRequest request;
        request.destination = QStringLiteral("07700 900123");
        request.text = QStringLiteral("Flash");
        request.flash = true;
        request.requestStatusReport = true;
        request.validity = 24h;
        const auto parts = composeSubmit(request);
        QVERIFY(parts.hasValue());
        const auto decoded = decodePdu(parts->at(0).bytes, SmscField::Present);
        QVERIFY(decoded.hasValue());
        QVERIFY(decoded->serviceCentre->isEmpty());
        const SmsSubmit &submit = *decoded->submit();
        QVERIFY(submit.statusReportRequest);
        QCOMPARE(submit.messageReference, quint8(0));
        QCOMPARE(submit.destination.typeOfNumber, TypeOfNumber::Unknown);
        QCOMPARE(submit.destination.value, QStringLiteral("07700900123"));
        QCOMPARE(int(submit.dataCodingScheme.raw), 0x10);
        QCOMPARE(submit.dataCodingScheme.messageClass, std::optional(MessageClass::Class0));
        QCOMPARE(int(submit.validityPeriod.relative), 167);
        QCOMPARE(parts->at(0).hex().left(6), QByteArray("003100"));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("smsc");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::newRow("letters in number")
            << QStringLiteral("call me") << QString() << QStringLiteral("hi")
            << int(PduErrorCode::InvalidAddress);
        QTest::newRow("empty number")
            << QString() << QString() << QStringLiteral("hi") << int(PduErrorCode::InvalidAddress);
        QTest::newRow("bad smsc") << QStringLiteral("+447700900123") << QStringLiteral("+44x")
                                  << QStringLiteral("hi") << int(PduErrorCode::InvalidAddress);
        // oFono unit/test-sms.c test_prepare_limits: 255 × 153 septets is the most.
        QTest::newRow("256 parts")
            << QStringLiteral("+447700900123") << QString()
            << QString(255 * 153 + 1, QLatin1Char('A')) << int(PduErrorCode::TooManyParts);
    }

    void refusesBadInput()
    {
        QFETCH(QString, destination);
        QFETCH(QString, smsc);
        QFETCH(QString, text);
        QFETCH(int, code);
        SubmitRequest request;
        request.destination = destination;
        request.serviceCentre = smsc;
        request.text = text;
        const auto parts = composeSubmit(request);
        QVERIFY(!parts.hasValue());
        QCOMPARE(int(parts.error().code), code);
    }

    void longMessagesRejoin_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("parts");
        const QString a = QStringLiteral("a");
        QTest::newRow("160 gsm7, single") << a.repeated(160) << 8 << 1;
        QTest::newRow("161 gsm7") << a.repeated(161) << 8 << 2;
        QTest::newRow("161 gsm7, 16-bit") << a.repeated(161) << 16 << 2;
        QTest::newRow("euro at 153")
            << QString(a.repeated(152) + QStringLiteral("\u20AC") + a.repeated(10)) << 8 << 2;
        QTest::newRow("70 ucs2, single") << QString(70, QChar(0x0416)) << 8 << 1;
        QTest::newRow("71 ucs2") << QString(71, QChar(0x0416)) << 8 << 2;
        QTest::newRow("emoji at 67")
            << QString(QString(66, QChar(0x0416)) + QStringLiteral("\U0001F600xxxxx")) << 8 << 2;
        QTest::newRow("emoji at 66, 16-bit")
            << QString(QString(65, QChar(0x0416)) + QStringLiteral("\U0001F600xxxxx")) << 16 << 2;
        QTest::newRow("@ everywhere") << QStringLiteral("@").repeated(400) << 8 << 3;
        // oFono unit/test-sms.c test_prepare_limits: exactly 255 parts each way.
        QTest::newRow("255 parts gsm7") << a.repeated(255 * 153) << 8 << 255;
        QTest::newRow("255 parts gsm7, 16-bit") << a.repeated(255 * 152) << 16 << 255;
        QTest::newRow("255 parts ucs2") << QString(255 * 67, QChar(0x0416)) << 8 << 255;
        QTest::newRow("255 parts ucs2, 16-bit") << QString(255 * 66, QChar(0x0416)) << 16 << 255;
    }

    void longMessagesRejoin()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(int, parts);
        const ConcatReference reference {
            width == 8 ? ReferenceWidth::EightBit : ReferenceWidth::SixteenBit,
            static_cast<quint16>(width == 8 ? 0xC3 : 0xBEEF)};
        SubmitRequest submit;
        submit.destination = QStringLiteral("+447700900123");
        submit.text = text;
        submit.reference = reference;
        const auto submitted = composeSubmit(submit);
        QVERIFY(submitted.hasValue());
        QCOMPARE(submitted->size(), parts);
        QCOMPARE(rejoin(*submitted, reference), text);
        if (parts > 1)
            QCOMPARE(composeSubmit(submit)->at(0).hex(), submitted->at(0).hex());

        DeliverRequest deliver;
        deliver.originator = alphanumericAddress(QStringLiteral("Rapport"));
        deliver.text = text;
        deliver.serviceCentreTime
            = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::OffsetFromUTC, -3 * 3600);
        deliver.reference = reference;
        const auto delivered = composeDeliver(deliver);
        QVERIFY(delivered.hasValue());
        QCOMPARE(delivered->size(), parts);
        QCOMPARE(rejoin(*delivered, reference), text);
    }

    void deliverFields()
    {
        DeliverRequest request;
        request.originator = *parseTypedNumber(QStringLiteral("+447700900123"));
        request.serviceCentre = *parseTypedNumber(QStringLiteral("+447785016005"));
        request.text = QStringLiteral("Your table is ready \u263A");
        request.serviceCentreTime
            = QDateTime(QDate(2024, 3, 1), QTime(19, 5, 7), Qt::OffsetFromUTC, 5 * 3600 + 45 * 60);
        request.flash = true;
        request.protocolIdentifier = 0x41;
        request.statusReportIndication = true;
        const auto parts = composeDeliver(request);
        QVERIFY(parts.hasValue());
        QCOMPARE(parts->size(), 1);
        const auto decoded = decodePdu(parts->at(0).bytes, SmscField::Present);
        QVERIFY(decoded.hasValue());
        QCOMPARE(decoded->serviceCentre->toString(), QStringLiteral("+447785016005"));
        const SmsDeliver &deliver = *decoded->deliver();
        QCOMPARE(deliver.originator, request.originator);
        QCOMPARE(deliver.userData.text, request.text);
        QCOMPARE(deliver.dataCodingScheme.alphabet, SmsAlphabet::Ucs2);
        QCOMPARE(deliver.dataCodingScheme.messageClass, std::optional(MessageClass::Class0));
        QCOMPARE(deliver.protocolIdentifier.replaceType(), std::optional(1));
        QVERIFY(deliver.statusReportIndication);
        QVERIFY(!deliver.moreMessagesWaiting);
        QCOMPARE(deliver.serviceCentreTime, request.serviceCentreTime);
        QCOMPARE(deliver.serviceCentreTime.offsetFromUtc(), 5 * 3600 + 45 * 60);
    }
};

RAPPORT_TEST_MAIN(TestMessageComposer)
#include "tst_messagecomposer.moc"
