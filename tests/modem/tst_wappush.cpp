// WSP primitives, WAP push PDUs and MMS notifications, as the inbound classifier reads them.
#include "RapportTest.h"

#include "modem/MmsNotification.h"
#include "modem/PduDecoder.h"
#include "modem/WapPush.h"
#include "modem/WspReader.h"

using namespace rapport::modem;

namespace {

QByteArray hex(const QByteArray &digits)
{
    return *parseHex(digits);
}

QByteArray textz(const char *text)
{
    return QByteArray(text).append('\0');
}

} // namespace

class TestWapPush final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uintvar_data()
    {
        // WAP-230-WSP §8.1.2.
        QTest::addColumn<QByteArray>("octets");
        QTest::addColumn<qint64>("value"); // -1: rejected
        QTest::newRow("0") << hex("00") << qint64(0);
        QTest::newRow("127") << hex("7F") << qint64(127);
        QTest::newRow("128") << hex("8100") << qint64(128);
        QTest::newRow("0x3FFF") << hex("FF7F") << qint64(0x3FFF);
        QTest::newRow("32 bits") << hex("8FFFFFFF7F") << qint64(0xFFFFFFFF);
        QTest::newRow("more than 32 bits") << hex("9FFFFFFF7F") << qint64(-1);
        QTest::newRow("six octets") << hex("808080808000") << qint64(-1);
        QTest::newRow("cut short") << hex("8180") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }

    void uintvar()
    {
        QFETCH(QByteArray, octets);
        QFETCH(qint64, value);
        WspReader reader(octets);
        const std::optional<quint32> read = reader.uintvar();
        QCOMPARE(read ? qint64(*read) : qint64(-1), value);
        if (!read)
            QCOMPARE(reader.position(), 0); // a failed read moves nothing
    }

    void textStringDropsTheQuote()
    {
        const QByteArray data("\x7F\xE9t\xE9\0next\0", 10);
        WspReader reader(data);
        QCOMPARE(*reader.textString(), QByteArray("\xE9t\xE9"));
        QCOMPARE(*reader.textString(), QByteArray("next"));
        QVERIFY(reader.atEnd());
        const QByteArray unterminated("no end");
        QVERIFY(!WspReader(unterminated).textString());
    }

    void skipValueByItsFirstOctet()
    {
        // §8.4.1.2: short length, length quote, text, short integer.
        const QByteArray data = hex("02AABB"
                                    "1F8101"
            + QByteArray(129, 'x').toHex() + "61620083");
        WspReader reader(data);
        QVERIFY(reader.skipValue());
        QCOMPARE(reader.position(), 3);
        QVERIFY(reader.skipValue());
        QCOMPARE(reader.position(), 3 + 3 + 129);
        QVERIFY(reader.skipValue());
        QVERIFY(reader.skipValue());
        QVERIFY(reader.atEnd());
        QVERIFY(!reader.skipValue());
        const QByteArray tooShort = hex("05AABB");
        QVERIFY(!WspReader(tooShort).skipValue());
    }

    void contentTypeForms_data()
    {
        QTest::addColumn<QByteArray>("pdu");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<qint64>("code"); // -1: sent as text
        QTest::addColumn<bool>("mms");
        // WAP-230-WSP §8.4.2.24 and Appendix A Table 40.
        QTest::newRow("short integer 0xBE")
            << hex("010601BE") << QStringLiteral("application/vnd.wap.mms-message") << qint64(0x3E)
            << true;
        QTest::newRow("text") << hex("0106") + char(32) + textz("application/vnd.wap.mms-message")
                              << QStringLiteral("application/vnd.wap.mms-message") << qint64(-1)
                              << true;
        QTest::newRow("general form, code and charset parameter")
            << hex("010604"
                   "03AE81EA")
            << QStringLiteral("application/vnd.wap.sic") << qint64(0x2E) << false;
        QTest::newRow("general form, text") << hex("010608"
                                                   "07")
                + textz("text/x") << QStringLiteral("text/x")
                                            << qint64(-1) << false;
        QTest::newRow("general form, long integer code") << hex("010604"
                                                                "03020201")
                                                         << QString() << qint64(0x0201) << false;
        QTest::newRow("confirmed push, no TID")
            << hex("0701B6") << QStringLiteral("application/vnd.wap.connectivity-wbxml")
            << qint64(0x36) << false;
    }

    void contentTypeForms()
    {
        QFETCH(QByteArray, pdu);
        QFETCH(QString, contentType);
        QFETCH(qint64, code);
        QFETCH(bool, mms);
        const std::optional<WapPush> push = WapPush::parse(pdu);
        QVERIFY(push);
        QCOMPARE(push->contentType, contentType);
        QCOMPARE(
            push->wellKnownContentType ? qint64(*push->wellKnownContentType) : qint64(-1), code);
        QCOMPARE(push->isMmsNotification(), mms);
    }

    void notPushPdus_data()
    {
        QTest::addColumn<QByteArray>("pdu");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("WSP reply, not a push") << hex("0104020000");
        QTest::newRow("headers longer than the data") << hex("010610BE");
        QTest::newRow("no content type") << hex("010600");
        QTest::newRow("text content type without its NUL") << hex("01060461626364");
    }

    void notPushPdus()
    {
        QFETCH(QByteArray, pdu);
        QVERIFY(!WapPush::parse(pdu));
    }

    void everyTruncationIsSafe()
    {
        // AOSP GsmSmsTest.java, testUdh: the WSP payload of both parts joined (after their UDH).
        const QByteArray payload = hex(
            "0106276170706C69636174696F6E2F766E642E7761702E6D6D732D6D65737361676500AF848D0185B4848C"
            "8298524E453955304A6D7135514141426"
            "66C414141414D7741414236514141414141008D908918802B3135313232393737"
            "3638332F545950453D504C4D4E008A808E022B918805810306977F83687474703"
            "A2F2F36"
            "362E3130322E3137312E3135302F524E453955304A6D7135514141"
            "42666C414141414D774141423651414141414100");
        const std::optional<WapPush> whole = WapPush::parse(payload);
        QVERIFY(whole);
        QVERIFY(whole->isMmsNotification());
        const std::optional<MmsNotification> notification = MmsNotification::parse(whole->body);
        QVERIFY(notification);
        QCOMPARE(notification->from, QStringLiteral("+15122977683"));
        for (qsizetype length = 0; length < payload.size(); ++length) {
            const std::optional<WapPush> push = WapPush::parse(payload.first(length));
            if (push)
                (void)MmsNotification::parse(push->body); // must not read past the end
        }
        for (qsizetype length = 0; length < whole->body.size(); ++length)
            (void)MmsNotification::parse(whole->body.first(length));
    }

    void hiddenSenderAndEncodedSubject()
    {
        QByteArray body = hex("8C82");
        body += hex("890181"); // From: Insert-address-token — the sender is hidden
        // Subject as Encoded-string-value: length, charset UTF-8 (106 = 0xEA), text.
        const QByteArray subject = QStringLiteral("Gr\u00FC\u00DFe").toUtf8();
        body += char(0x96) + (char(subject.size() + 2) + (char(0xEA) + textz(subject.constData())));
        body += hex("D1") + textz("x-unknown-token"); // an unknown well-known header, text value
        body += textz("X-Vendor") + textz("value"); // an application header
        body += char(0x83) + textz("http://mmsc/1");
        const std::optional<MmsNotification> notification = MmsNotification::parse(body);
        QVERIFY(notification);
        QVERIFY(notification->from.isEmpty());
        QCOMPARE(notification->subject, QStringLiteral("Gr\u00FC\u00DFe"));
        QCOMPARE(notification->contentLocation, QStringLiteral("http://mmsc/1"));
    }

    void otherMmsPdusAreNotNotifications()
    {
        QVERIFY(!MmsNotification::parse(hex("8C84")).has_value()); // m-retrieve-conf
        QVERIFY(!MmsNotification::parse(hex("8D928C82")).has_value()); // type not first
        QVERIFY(!MmsNotification::parse(QByteArray()).has_value());
    }
};

RAPPORT_TEST_MAIN(TestWapPush)
#include "tst_wappush.moc"
