// SMS-STATUS-REPORT decoding: message reference, recipient, both time stamps, TP-ST and its
// classification, the optional TP-PI/PID/DCS/UD, and the encoder writing the same octets back.
#include "PduTestSupport.h"
#include "RapportTest.h"

#include "modem/PduEncoder.h"

using namespace rapport::modem;
using namespace rapport::test;

namespace {

constexpr int absent = -1;

// The mandatory part of the hand-built reports: SMSC "00", first octet 06, TP-MR 0x2A, recipient
// +447700900123, TP-SCTS 2024-03-01 12:34:55 UTC, TP-DT 12:35:56 UTC.
QByteArray handBuilt(const char *firstOctet, const char *tail)
{
    return QByteArray("00") + firstOctet + "2A" + "0C91447700091032" + "42301021435500"
        + "42301021536500" + "00" + tail;
}

} // namespace

class TestStatusReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("hasSmsc");
        QTest::addColumn<QString>("smsc");
        QTest::addColumn<int>("firstOctet");
        QTest::addColumn<int>("reference");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("discharged");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("statusClass");
        QTest::addColumn<int>("pid"); // -1: absent
        QTest::addColumn<int>("dcs"); // -1: absent
        QTest::addColumn<QString>("text"); // null: no user data
        QTest::addColumn<bool>("canonical"); // the encoder writes the same octets
        using C = DeliveryStatusClass;
        const auto addVector = [](const char *name, const char *smsc, int firstOctet, int reference,
                                   const char *recipient, const char *sent, const char *discharged,
                                   int status, C statusClass) {
            const PduVector &vector = pduVector(name);
            QTest::newRow(name) << QByteArray(vector.hex) << vector.hasSmsc
                                << QString::fromUtf8(smsc) << firstOctet << reference
                                << QString::fromUtf8(recipient) << QString::fromUtf8(sent)
                                << QString::fromUtf8(discharged) << status << int(statusClass)
                                << absent << absent << QString() << true;
        };
        // ModemManager test-sms-part-3gpp.c test_pdu_not_stored: TP-ST 0x30, SC still trying.
        addVector("mm_not_stored", "+34656000311", 0x06, 90, "639337937",
            "2012-09-11T07:40:36+02:00", "2012-09-11T07:40:36+02:00", 0x30, C::Pending);
        // oFono test-sms.c test_sr_assembly sr_pdu1 and sr_pdu2 (no SMSC field).
        addVector("of_sr1", "-", 0x06, 4, "+4915259911630", "2010-06-21T14:03:43-05:00",
            "2010-06-21T14:03:49-05:00", 0x00, C::Delivered);
        addVector("of_sr2", "-", 0x06, 5, "+4915259911630", "2010-06-21T14:03:46-05:00",
            "2010-06-21T14:03:54-05:00", 0x00, C::Delivered);
        // python-gsmmodem test_pdu.py TestSmsPdu.test_decode (status report, reference 214).
        addVector("pg_status", "", 0x06, 214, "+31628870634", "2011-01-11T17:59:15+01:00",
            "2011-01-11T17:59:17+01:00", 0x00, C::Delivered);
        // python-gsmmodem test_pdu.py TestSmsPdu.test_decode (ZTE): 0xB is '#' per TS 24.008
        // (python-gsmmodem shows it as 'b'). The SMSC's type octet 0x97 is kept, so the encoder
        // writes it back unchanged.
        addVector("pg_zte_status", "+1", 0x06, 28, "+#08427829207025", "2013-07-26T14:29:27+02:00",
            "2013-07-26T14:29:31+02:00", 0x00, C::Delivered);

        const auto add = [](const char *name, const QByteArray &hex, int firstOctet, int status,
                             C statusClass, int pid, int dcs, const QString &text) {
            QTest::newRow(name) << hex << true << QString() << firstOctet << 0x2A
                                << QStringLiteral("+447700900123")
                                << QStringLiteral("2024-03-01T12:34:55Z")
                                << QStringLiteral("2024-03-01T12:35:56Z") << status
                                << int(statusClass) << pid << dcs << text << true;
        };
        // Hand-built per TS 23.040 §9.2.2.3 and §9.2.3.15, each also decoded by python-gammu
        // (DecodePDU) to the same reference, recipient, time and status.
        add("delivered", handBuilt("06", ""), 0x06, 0x00, C::Delivered, absent, absent, {});
        add("replaced", handBuilt("06", "").replace(50, 2, "02"), 0x06, 0x02, C::Delivered, absent,
            absent, {});
        add("pending, SME busy", handBuilt("06", "").replace(50, 2, "21"), 0x06, 0x21, C::Pending,
            absent, absent, {});
        add("failed, validity expired", handBuilt("06", "").replace(50, 2, "46"), 0x06, 0x46,
            C::FailedPermanent, absent, absent, {});
        add("given up, service rejected", handBuilt("06", "").replace(50, 2, "63"), 0x06, 0x63,
            C::FailedTemporary, absent, absent, {});
        add("reserved bit 7", handBuilt("06", "").replace(50, 2, "80"), 0x06, 0x80, C::Reserved,
            absent, absent, {});
        add("more messages waiting", handBuilt("02", ""), 0x02, 0x00, C::Delivered, absent, absent,
            {});
        add("report of a command", handBuilt("26", ""), 0x26, 0x00, C::Delivered, absent, absent,
            {});
        add("pid and dcs", handBuilt("06", "030000"), 0x06, 0x00, C::Delivered, 0x00, 0x00, {});
        add("pid, dcs and text", handBuilt("06", "07000005C8329BFD06"), 0x06, 0x00, C::Delivered,
            0x00, 0x00, QStringLiteral("Hello"));
        add("ucs2 text without pid", handBuilt("06", "06080400480069"), 0x06, 0x00, C::Delivered,
            absent, 0x08, QStringLiteral("Hi"));
        add("text without dcs is gsm7", handBuilt("06", "0402C834"), 0x06, 0x00, C::Delivered,
            absent, absent, QStringLiteral("Hi"));
        // Hand-built: a header (concatenation) and text after one fill bit.
        add("header and text", handBuilt("46", "040C050003010201906536FB0D"), 0x46, 0x00,
            C::Delivered, absent, absent, QStringLiteral("Hello"));
        // TP-PI bit 7: an extension octet follows before the parameters.
        QTest::newRow("pi extension octet")
            << handBuilt("06", "81007F") << true << QString() << 0x06 << 0x2A
            << QStringLiteral("+447700900123") << QStringLiteral("2024-03-01T12:34:55Z")
            << QStringLiteral("2024-03-01T12:35:56Z") << 0x00 << int(C::Delivered) << 0x7F << absent
            << QString() << false;
        QTest::newRow("empty pi") << handBuilt("06", "00") << true << QString() << 0x06 << 0x2A
                                  << QStringLiteral("+447700900123")
                                  << QStringLiteral("2024-03-01T12:34:55Z")
                                  << QStringLiteral("2024-03-01T12:35:56Z") << 0x00
                                  << int(C::Delivered) << absent << absent << QString() << false;
    }

    void decode()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, hasSmsc);
        QFETCH(QString, smsc);
        QFETCH(int, firstOctet);
        QFETCH(int, reference);
        QFETCH(QString, recipient);
        QFETCH(QString, sent);
        QFETCH(QString, discharged);
        QFETCH(int, status);
        QFETCH(int, statusClass);
        QFETCH(int, pid);
        QFETCH(int, dcs);
        QFETCH(QString, text);
        QFETCH(bool, canonical);
        const SmscField field = hasSmsc ? SmscField::Present : SmscField::Absent;
        const auto decoded = decodePduHex(hex, field);
        QVERIFY2(decoded.hasValue(), qPrintable(decoded ? QString() : decoded.error().detail));
        QCOMPARE(decoded->type(), SmsMessageType::StatusReport);
        QCOMPARE(smscOf(*decoded), hasSmsc ? smsc : QStringLiteral("-"));
        const SmsStatusReport &report = *decoded->statusReport();
        const int flags = 0x02 | (report.moreMessagesWaiting ? 0 : 0x04)
            | (report.loopPrevention ? 0x08 : 0) | (report.reportsCommand ? 0x20 : 0)
            | (report.userData && report.userData->header ? 0x40 : 0);
        QCOMPARE(flags, firstOctet);
        QCOMPARE(int(report.messageReference), reference);
        QCOMPARE(report.recipient.toString(), recipient);
        QCOMPARE(report.serviceCentreTime.toString(Qt::ISODate), sent);
        QCOMPARE(report.dischargeTime.toString(Qt::ISODate), discharged);
        QCOMPARE(int(report.status), status);
        QCOMPARE(int(report.statusClass()), statusClass);
        QCOMPARE(report.protocolIdentifier ? int(report.protocolIdentifier->raw) : absent, pid);
        QCOMPARE(report.dataCodingScheme ? int(report.dataCodingScheme->raw) : absent, dcs);
        QCOMPARE(report.userData.has_value(), !text.isNull());
        if (report.userData)
            QCOMPARE(report.userData->text, text);
        if (canonical) {
            const auto encoded = encodePdu(report, decoded->serviceCentre.value_or(SmsAddress {}));
            QVERIFY(encoded.hasValue());
            // Without an SMSC field in the input, compare what follows the encoder's "00".
            QCOMPARE(hasSmsc ? encoded->hex() : encoded->hex().mid(2), hex.toUpper());
        }
    }

    void classification_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("statusClass");
        QTest::addColumn<bool>("final");
        using C = DeliveryStatusClass;
        // TS 23.040 §9.2.3.15, at the edges of each range.
        QTest::newRow("00 received") << 0x00 << int(C::Delivered) << true;
        QTest::newRow("01 forwarded, unconfirmed") << 0x01 << int(C::Delivered) << true;
        QTest::newRow("1F SC specific") << 0x1F << int(C::Delivered) << true;
        QTest::newRow("20 congestion") << 0x20 << int(C::Pending) << false;
        QTest::newRow("25 error in SME") << 0x25 << int(C::Pending) << false;
        QTest::newRow("3F SC specific") << 0x3F << int(C::Pending) << false;
        QTest::newRow("40 remote procedure error") << 0x40 << int(C::FailedPermanent) << true;
        QTest::newRow("49 does not exist") << 0x49 << int(C::FailedPermanent) << true;
        QTest::newRow("5F SC specific") << 0x5F << int(C::FailedPermanent) << true;
        QTest::newRow("60 congestion, given up") << 0x60 << int(C::FailedTemporary) << true;
        QTest::newRow("65 error in SME, given up") << 0x65 << int(C::FailedTemporary) << true;
        QTest::newRow("7F SC specific") << 0x7F << int(C::FailedTemporary) << true;
        QTest::newRow("80 reserved") << 0x80 << int(C::Reserved) << true;
        QTest::newRow("FF reserved") << 0xFF << int(C::Reserved) << true;
    }

    void classification()
    {
        QFETCH(int, status);
        QFETCH(int, statusClass);
        QFETCH(bool, final);
        QCOMPARE(int(classifyDeliveryStatus(static_cast<quint8>(status))), statusClass);
        QCOMPARE(isFinalDeliveryStatus(static_cast<quint8>(status)), final);
    }

    void truncatedOptionalPartsFail_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<int>("code");
        // Hand-built: TP-PI announces fields that are not there.
        QTest::newRow("pid missing") << handBuilt("06", "01") << int(PduErrorCode::Truncated);
        QTest::newRow("dcs missing") << handBuilt("06", "0300") << int(PduErrorCode::Truncated);
        QTest::newRow("udl missing") << handBuilt("06", "04") << int(PduErrorCode::Truncated);
        QTest::newRow("extension missing") << handBuilt("06", "80") << int(PduErrorCode::Truncated);
        QTest::newRow("text cut") << handBuilt("06", "0405C832")
                                  << int(PduErrorCode::UserDataOverrun);
        QTest::newRow("status missing")
            << handBuilt("06", "").chopped(2) << int(PduErrorCode::Truncated);
    }

    void truncatedOptionalPartsFail()
    {
        QFETCH(QByteArray, hex);
        QFETCH(int, code);
        const auto decoded = decodePduHex(hex, SmscField::Present);
        QVERIFY(!decoded.hasValue());
        QCOMPARE(int(decoded.error().code), code);
    }
};

RAPPORT_TEST_MAIN(TestStatusReport)
#include "tst_statusreport.moc"
