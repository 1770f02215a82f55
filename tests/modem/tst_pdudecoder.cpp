// Decoding known SMS-DELIVER PDUs from public test suites and python-gammu: every field, the text,
// and the raw units a reassembler joins. Each row names a vector of SmsTestVectors.h, where its
// hex and source are kept; the comment above the row repeats the source.
#include "PduTestSupport.h"
#include "RapportTest.h"

using namespace rapport::modem;
using namespace rapport::test;

class TestPduDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliver_data()
    {
        QTest::addColumn<QByteArray>("vector");
        QTest::addColumn<QString>("smsc"); // "-": the PDU has no SMSC field
        QTest::addColumn<int>("firstOctet");
        QTest::addColumn<QString>("originator");
        QTest::addColumn<int>("typeOfNumber");
        QTest::addColumn<QString>("time");
        QTest::addColumn<int>("pid");
        QTest::addColumn<int>("dcs");
        QTest::addColumn<QString>("concatenation");
        QTest::addColumn<QString>("ports");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("units"); // hex; empty: not compared
        const auto addDeliver
            = [](const char *name, const char *smsc, int firstOctet, const char *originator,
                  int typeOfNumber, const char *time, int pid, int dcs, const char *concatenation,
                  const char *ports, const QString &text, const char *units) {
                  QTest::newRow(name)
                      << QByteArray(name) << QString::fromUtf8(smsc) << firstOctet
                      << QString::fromUtf8(originator) << typeOfNumber << QString::fromUtf8(time)
                      << pid << dcs << QString::fromUtf8(concatenation) << QString::fromUtf8(ports)
                      << text << QByteArray(units);
              };
        // ModemManager test-sms-part-3gpp.c test_pdu1
        addDeliver("mm_pdu1", "+12404492164", 0x04, "+16175927198", 1, "2011-02-28T11:50:50-05:00",
            0x00, 0x00, "none", "none",
            QStringLiteral("Here's a longer message [{with some extended characters}] thrown in, "
                           "such as £ and ΩΠΨ and §¿ as well."),
            "");
        // ModemManager test-sms-part-3gpp.c test_pdu2
        addDeliver("mm_pdu2", "+79037011111", 0x04, "InternetSMS", 5, "2011-03-29T19:20:04+04:00",
            0x00, 0x08, "none", "none", QStringLiteral("тест"), "0442043504410442");
        // ModemManager test-sms-part-3gpp.c test_pdu3
        addDeliver("mm_pdu3", "+12345678901", 0x04, "+18005551212", 1, "2011-01-01T12:34:56Z", 0x00,
            0x00, "none", "none", QStringLiteral("hellohello"), "68656c6c6f68656c6c6f");
        // ModemManager test-sms-part-3gpp.c test_pdu3_nzpid
        addDeliver("mm_pdu3_nzpid", "+12345678901", 0x04, "+18005551212", 1, "2011-01-01T12:34:56Z",
            0xFF, 0x00, "none", "none", QStringLiteral("hellohello"), "68656c6c6f68656c6c6f");
        // ModemManager test-sms-part-3gpp.c test_pdu3_mms
        addDeliver("mm_pdu3_mms", "+12345678901", 0x00, "+18005551212", 1, "2011-01-01T12:34:56Z",
            0x00, 0x00, "none", "none", QStringLiteral("hellohello"), "68656c6c6f68656c6c6f");
        // ModemManager test-sms-part-3gpp.c test_pdu3_natl
        addDeliver("mm_pdu3_natl", "+12345678901", 0x04, "18005551212", 0, "2011-01-01T12:34:56Z",
            0x00, 0x00, "none", "none", QStringLiteral("hellohello"), "68656c6c6f68656c6c6f");
        // ModemManager test-sms-part-3gpp.c test_pdu3_8bit
        addDeliver("mm_pdu3_8bit", "+12345678901", 0x04, "+18005551212", 1, "2011-01-01T12:34:56Z",
            0x00, 0x04, "none", "none", QStringLiteral(""), "e8329bfd4697d9ec37de");
        // ModemManager test-sms-part-3gpp.c test_pdu_dcsf1
        addDeliver("mm_dcsf1", "+33609001390", 0x04, "1800", 0, "2011-06-24T13:08:15+02:00", 0x00,
            0xF1, "none", "none",
            QStringLiteral("Info SFR - Confidentiel, à ne jamais transmettre -\r\nVoici votre "
                           "nouveau mot de passe : sw2ced pour gérer votre compte SFR sur "
                           "www.sfr.fr ou par téléphone au 963"),
            "");
        // ModemManager test-sms-part-3gpp.c test_pdu_dcsf_8bit
        addDeliver("mm_dcsf_8bit", "+12345678901", 0x04, "+18005551212", 1, "2011-01-01T12:34:56Z",
            0x00, 0xF4, "none", "none", QStringLiteral(""), "e8329bfd4697d9ec37de");
        // ModemManager test-sms-part-3gpp.c test_pdu_udhi (KPN welcome message)
        addDeliver("mm_udhi", "+31653131316", 0x40, "1002", 0, "2011-06-29T23:32:19+02:00", 0x39,
            0x00, "16:16:1/2", "none",
            QStringLiteral("Welkom, bel om uw Voicemail te beluisteren naar +31612001233 (PrePay: "
                           "*100*1233#). Voicemail ontvangen is altijd gratis. Voor gebruik van "
                           "mobiel interne"),
            "");
        // ModemManager test-sms-part-3gpp.c test_pdu_multipart hexpdu1
        addDeliver("mm_multipart1", "+12063130025", 0x44, "+16175046925", 1,
            "2012-04-25T19:56:50-04:00", 0x00, 0x00, "8:76:1/2", "none",
            QStringLiteral(
                "This is a very long test designed to exercise multi part capability. It should "
                "show up as one message, not as two, as the underlying encoding represents "),
            "");
        // ModemManager test-sms-part-3gpp.c test_pdu_multipart hexpdu2
        addDeliver("mm_multipart2", "+12063130026", 0x44, "+16175046925", 1,
            "2012-04-25T19:56:51-04:00", 0x00, 0x00, "8:76:2/2", "none",
            QStringLiteral("that the parts are related to one another. "), "");
        // oFono test-sms.c simple_deliver
        addDeliver("of_simple_deliver", "+31624000000", 0x04, "+31641600986", 1,
            "2002-08-26T19:37:41-01:00", 0x00, 0x00, "none", "none", QStringLiteral("How are you?"),
            "486f772061726520796f753f");
        // oFono test-sms.c alnum_sender
        addDeliver("of_alnum_sender", "+447785016005", 0x04, "sipgate", 5,
            "2008-08-13T12:07:22+01:00", 0x00, 0x00, "none", "none", QStringLiteral("Testmail"),
            "546573746d61696c");
        // oFono test-sms.c unicode_deliver
        addDeliver("of_unicode_deliver", "999999", 0x04, "äääääääääöä", 5,
            "2015-02-09T08:31:16+02:00", 0x00, 0x19, "none", "none",
            QStringLiteral("ÜüÄäÖöÅåØøÆæÇçÉéÊêß1234567890 This message is 63 unicode chars."), "");
        // oFono test-sms.c simple_mwi
        addDeliver("of_simple_mwi", "+33660002028", 0x04, "+33660660001", 1,
            "2013-08-07T16:47:41+02:00", 0x00, 0xC8, "none", "none", QStringLiteral(""), "");
        // oFono test-sms.c sms_charset_default
        addDeliver("of_charset_default", "-", 0x00, "#", 0, "2001-01-01T01:01:00Z", 0x91, 0x53,
            "none", "none",
            QStringLiteral(
                "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ ÆæßÉ "
                "!\"#¤%&'()*+,-./"
                "0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"),
            "");
        // oFono test-sms.c sms_charset_default_ext
        addDeliver("of_charset_default_ext", "-", 0x00, "#", 0, "2001-01-01T01:01:00Z", 0x91, 0x53,
            "none", "none", QStringLiteral("\f^ {}\\[~]|€"), "");
        // oFono test-sms.c assembly_pdu1
        addDeliver("of_assembly1", "123", 0x40, "5555", 0, "2009-06-14T00:21:22+10:00", 0x01, 0x19,
            "8:30:1/3", "none",
            QStringLiteral("Итак, Александр  слушал за дверью  и  все больше преисполнялся  гне"),
            "");
        // oFono test-sms.c assembly_pdu2
        addDeliver("of_assembly2", "123", 0x40, "5555", 0, "2009-06-14T00:21:22+10:00", 0x01, 0x19,
            "8:30:2/3", "none",
            QStringLiteral("вом.\nНаконец, не в силах далее терпеть, он стремительно вбежал в ко"),
            "");
        // oFono test-sms.c assembly_pdu3
        addDeliver("of_assembly3", "123", 0x40, "5555", 0, "2009-06-14T00:21:22+10:00", 0x01, 0x19,
            "8:30:3/3", "none", QStringLiteral("мнату, позабыв\nдаже, что  был наг."), "");
        // oFono test-sms.c wap_push_1
        addDeliver("of_wap_push_1", "+491722270541", 0x44, "0", 0, "2010-08-11T04:13:41+02:00",
            0x39, 0xF5, "none", "16:2948:9200", QStringLiteral(""),
            "0106246170706c69636174696f6e2f766e642e7761702e6d6d732d6d65737361676500af84b4868c82984f"
            "67514b4b42008d9089088045726f74696b009650696e2d557073008a808e0240008805810303f480836874"
            "74703a2f2f657073332e64652f4f2f5a39495a4f00");
        // python-gsmmodem test_pdu.py TestSmsPdu.test_decode ("Test2")
        addDeliver("pg_test2", "+2782913593", 0x04, "+27821234567", 1, "2013-03-08T15:02:16+02:00",
            0x00, 0x00, "none", "none", QStringLiteral("Test2"), "5465737432");
        // python-gsmmodem test_pdu.py TestSmsPdu.test_decode ("It is easy ...")
        addDeliver("pg_easy", "+85290000000", 0x04, "+85291234567", 1, "2007-04-12T23:25:42+08:00",
            0x00, 0x00, "none", "none",
            QStringLiteral("It is easy to read text messages via AT commands."), "");
        // python-gsmmodem test_pdu.py TestSmsPdu.test_decode ("@{t\u00e9st}!")
        addDeliver("pg_at_ext", "+2782913593", 0x04, "+27821234567", 1, "2013-03-26T13:35:25+02:00",
            0x00, 0x00, "none", "none", QStringLiteral("@{tést}!"), "001b28740573741b2921");
        // python-gsmmodem test_pdu.py TestSmsPdu.test_decode (concatenation with total 1)
        addDeliver("pg_total1", "+2781191", 0x40, "2781188", 0, "2013-06-25T16:40:48+02:00", 0x00,
            0x00, "8:195:1/1", "none",
            QStringLiteral("Hello!You have R 19.50 FREE airtime available. R 19.50 will expire on "
                           "01/07/2013. "),
            "");
        // generated with python-gammu
        addDeliver("gm_deliver_alpha", "+447785016005", 0x00, "InternetSMS", 5,
            "2024-03-01T12:30:45Z", 0x00, 0x00, "none", "none", QStringLiteral("Hello @ world"),
            "48656c6c6f200020776f726c64");
        // generated with python-gammu
        addDeliver("gm_deliver_emoji_split_1", "+447785016005", 0x40, "+447700900123", 1,
            "2024-03-01T12:30:45Z", 0x00, 0x08, "8:215:1/2", "none",
            QStringLiteral("ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖ"),
            "");
        // generated with python-gammu
        addDeliver("gm_deliver_emoji_split_2", "+447785016005", 0x40, "+447700900123", 1,
            "2024-03-01T12:30:45Z", 0x00, 0x08, "8:215:2/2", "none",
            QStringLiteral("\U0001F600ЖЖЖЖЖ"), "d83dde0004160416041604160416");
    }

    void deliver()
    {
        QFETCH(QByteArray, vector);
        QFETCH(QString, smsc);
        QFETCH(int, firstOctet);
        QFETCH(QString, originator);
        QFETCH(int, typeOfNumber);
        QFETCH(QString, time);
        QFETCH(int, pid);
        QFETCH(int, dcs);
        QFETCH(QString, concatenation);
        QFETCH(QString, ports);
        QFETCH(QString, text);
        QFETCH(QByteArray, units);
        const auto decoded = decodeVector(vector);
        QVERIFY2(decoded.hasValue(), qPrintable(decoded ? QString() : decoded.error().detail));
        QCOMPARE(decoded->type(), SmsMessageType::Deliver);
        QCOMPARE(smscOf(*decoded), smsc);
        const SmsDeliver &deliver = *decoded->deliver();
        const int flags = (deliver.moreMessagesWaiting ? 0 : 0x04)
            | (deliver.loopPrevention ? 0x08 : 0) | (deliver.statusReportIndication ? 0x20 : 0)
            | (deliver.userData.header ? 0x40 : 0) | (deliver.replyPath ? 0x80 : 0);
        QCOMPARE(flags, firstOctet);
        QCOMPARE(deliver.originator.toString(), originator);
        QCOMPARE(int(deliver.originator.typeOfNumber), typeOfNumber);
        QCOMPARE(deliver.serviceCentreTime.toString(Qt::ISODate), time);
        QCOMPARE(int(deliver.protocolIdentifier.raw), pid);
        QCOMPARE(int(deliver.dataCodingScheme.raw), dcs);
        QCOMPARE(concatenationOf(deliver.userData), concatenation);
        QCOMPARE(portsOf(deliver.userData), ports);
        verifyUserData(deliver.userData, deliver.dataCodingScheme, text, units);
    }

    void unitsJoinAcrossParts_data()
    {
        QTest::addColumn<QByteArrayList>("parts");
        QTest::addColumn<QString>("text");
        // oFono test-sms.c assembly_pdu1..3 (UCS-2, reference 0x1E, three parts).
        QTest::newRow("ucs2 three parts")
            << QByteArrayList {"of_assembly1", "of_assembly2", "of_assembly3"}
            << QStringLiteral("Итак, Александр  слушал за дверью  и  все больше преисполнялся  гнев"
                              "ом.\nНаконец, не в силах далее терпеть, он стремительно вбежал в ком"
                              "нату, позабыв\nдаже, что  был наг.");
        // ModemManager test-sms-part-3gpp.c test_pdu_multipart (GSM 7-bit, fill bits).
        QTest::newRow("gsm7 two parts")
            << QByteArrayList {"mm_multipart1", "mm_multipart2"}
            << QStringLiteral(
                   "This is a very long test designed to exercise multi part capability. "
                   "It should show up as one message, not as two, as the underlying "
                   "encoding represents that the parts are related to one another. ");
        // Generated with python-gammu: an emoji starts the second part.
        QTest::newRow("emoji at a part boundary")
            << QByteArrayList {"gm_deliver_emoji_split_1", "gm_deliver_emoji_split_2"}
            << QString(QString(66, QChar(0x0416)) + QStringLiteral("\U0001F600")
                   + QString(5, QChar(0x0416)));
        // Generated with python-gammu: the second part starts with an extension character.
        QTest::newRow("16-bit reference, escape in part 2") << QByteArrayList {"gm_concat16_1",
            "gm_concat16_2"} << QString(QString(160, QLatin1Char('A')) + QLatin1Char('{'));
    }

    void unitsJoinAcrossParts()
    {
        QFETCH(QByteArrayList, parts);
        QFETCH(QString, text);
        QByteArray units;
        std::optional<SmsAlphabet> alphabet;
        for (const QByteArray &part : parts) {
            const auto decoded = decodeVector(part);
            QVERIFY(decoded.hasValue());
            const UserData &userData
                = decoded->deliver() ? decoded->deliver()->userData : decoded->submit()->userData;
            const DataCodingScheme &dcs = decoded->deliver() ? decoded->deliver()->dataCodingScheme
                                                             : decoded->submit()->dataCodingScheme;
            QVERIFY(!alphabet || *alphabet == dcs.alphabet);
            alphabet = dcs.alphabet;
            units += userData.units;
        }
        QCOMPARE(decodeUserDataUnits(*alphabet, units).valueOr({}), text);
    }

    void splitPairsAndEscapesRejoin()
    {
        // A sender that splits a surrogate pair or an escape sequence between parts: each part's
        // own text is imperfect, the joined units are not.
        QCOMPARE(decodeUserDataUnits(SmsAlphabet::Ucs2, QByteArray::fromHex("0041D83D"))
                     .valueOr({})
                     .size(),
            2);
        QCOMPARE(
            decodeUserDataUnits(SmsAlphabet::Ucs2, QByteArray::fromHex("0041D83DDE00")).valueOr({}),
            QStringLiteral("A\U0001F600"));
        QCOMPARE(decodeUserDataUnits(SmsAlphabet::Gsm7, QByteArray::fromHex("411B")).valueOr({}),
            QStringLiteral("A "));
        QCOMPARE(decodeUserDataUnits(SmsAlphabet::Gsm7, QByteArray::fromHex("411B65")).valueOr({}),
            QStringLiteral("A\u20AC"));
        QCOMPARE(decodeUserDataUnits(SmsAlphabet::EightBit, QByteArray("x")).error().code,
            PduErrorCode::NotText);
        QCOMPARE(decodeUserDataUnits(SmsAlphabet::Ucs2, QByteArray("x")).error().code,
            PduErrorCode::OddUcs2Length);
    }

    void protocolIdentifiers_data()
    {
        QTest::addColumn<int>("pid");
        QTest::addColumn<bool>("type0");
        QTest::addColumn<int>("replaceType"); // 0: none
        // TS 23.040 §9.2.3.9, written into ModemManager test_pdu3 in place of its PID 0x00.
        QTest::newRow("00 plain") << 0x00 << false << 0;
        QTest::newRow("40 type 0") << 0x40 << true << 0;
        QTest::newRow("41 replace 1") << 0x41 << false << 1;
        QTest::newRow("47 replace 7") << 0x47 << false << 7;
        QTest::newRow("48 not replace") << 0x48 << false << 0;
        QTest::newRow("5F return call") << 0x5F << false << 0;
        QTest::newRow("7F SIM data download") << 0x7F << false << 0;
    }

    void protocolIdentifiers()
    {
        QFETCH(int, pid);
        QFETCH(bool, type0);
        QFETCH(int, replaceType);
        QByteArray pdu = rapport::test::pduVectorBytes("mm_pdu3");
        const int pidOffset = 8 + 1 + 8; // SMSC field, first octet, originator
        QCOMPARE(int(static_cast<quint8>(pdu.at(pidOffset))), 0x00);
        pdu[pidOffset] = static_cast<char>(pid);
        const auto decoded = decodePdu(pdu, SmscField::Present);
        QVERIFY(decoded.hasValue());
        const ProtocolIdentifier identifier = decoded->deliver()->protocolIdentifier;
        QCOMPARE(int(identifier.raw), pid);
        QCOMPARE(identifier.isShortMessageType0(), type0);
        QCOMPARE(identifier.replaceType().value_or(0), replaceType);
        QCOMPARE(identifier.isReturnCallMessage(), pid == 0x5F);
        QCOMPARE(identifier.isSimDataDownload(), pid == 0x7F);
        QCOMPARE(decoded->deliver()->userData.text, QStringLiteral("hellohello"));
    }
};

RAPPORT_TEST_MAIN(TestPduDecoder)
#include "tst_pdudecoder.moc"
