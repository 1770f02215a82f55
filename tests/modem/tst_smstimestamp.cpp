// Time stamps (TP-SCTS, TP-DT, absolute TP-VP): swapped semi-octets, zones in quarter hours with a
// sign bit, both directions; bad digits and impossible dates are errors, not guesses.
#include "RapportTest.h"

#include "modem/SmsTimestamp.h"

#include <QTimeZone>

using namespace rapport::modem;

namespace {

QDateTime at(const char *local, int offsetSeconds)
{
    return QDateTime(QDateTime::fromString(QLatin1String(local), Qt::ISODate).date(),
        QDateTime::fromString(QLatin1String(local), Qt::ISODate).time(), Qt::OffsetFromUTC,
        offsetSeconds);
}

} // namespace

class TestSmsTimestamp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("octets");
        QTest::addColumn<QString>("local");
        QTest::addColumn<int>("offset");
        // ModemManager test-sms-part-3gpp.c test_pdu1: -05:00 (sign bit, 20 quarters).
        QTest::newRow("minus five hours") << QByteArray::fromHex("1120821105050A")
                                          << QStringLiteral("2011-02-28T11:50:50") << -5 * 3600;
        // ModemManager test_pdu2, test_pdu3, test_pdu_dcsf1, test_pdu_multipart.
        QTest::newRow("plus four hours") << QByteArray::fromHex("11309291024061")
                                         << QStringLiteral("2011-03-29T19:20:04") << 4 * 3600;
        QTest::newRow("utc") << QByteArray::fromHex("11101021436500")
                             << QStringLiteral("2011-01-01T12:34:56") << 0;
        QTest::newRow("plus two hours") << QByteArray::fromHex("11604231805180")
                                        << QStringLiteral("2011-06-24T13:08:15") << 2 * 3600;
        QTest::newRow("minus four hours") << QByteArray::fromHex("21405291650569")
                                          << QStringLiteral("2012-04-25T19:56:50") << -4 * 3600;
        // oFono unit/test-sms.c simple_deliver (zone -4 quarters) and alnum_sender (+4).
        QTest::newRow("minus one hour") << QByteArray::fromHex("20806291731448")
                                        << QStringLiteral("2002-08-26T19:37:41") << -3600;
        QTest::newRow("plus one hour") << QByteArray::fromHex("80803121702240")
                                       << QStringLiteral("2008-08-13T12:07:22") << 3600;
        // oFono unit/test-sms.c sr_pdu1 (TP-SCTS of a status report).
        QTest::newRow("status report scts") << QByteArray::fromHex("0160124130340A")
                                            << QStringLiteral("2010-06-21T14:03:43") << -5 * 3600;
        // python-gsmmodem test/test_pdu.py TestTimestamp.
        QTest::newRow("gsmmodem utc")
            << QByteArray::fromHex("51117200000000") << QStringLiteral("2015-11-27T00:00:00") << 0;
        QTest::newRow("gsmmodem +2") << QByteArray::fromHex("51117200000080")
                                     << QStringLiteral("2015-11-27T00:00:00") << 2 * 3600;
        QTest::newRow("gsmmodem +8") << QByteArray::fromHex("70402132522423")
                                     << QStringLiteral("2007-04-12T23:25:42") << 8 * 3600;
        QTest::newRow("gsmmodem -8") << QByteArray::fromHex("7040213252242B")
                                     << QStringLiteral("2007-04-12T23:25:42") << -8 * 3600;
        // TS 23.040 §9.2.3.11 (hand-derived): zones that are not whole hours, and the extremes.
        QTest::newRow("nepal +05:45") << QByteArray::fromHex("42307012000032")
                                      << QStringLiteral("2024-03-07T21:00:00") << 23 * 900;
        QTest::newRow("newfoundland -03:30") << QByteArray::fromHex("42307012000049")
                                             << QStringLiteral("2024-03-07T21:00:00") << -14 * 900;
        QTest::newRow("kiribati +14") << QByteArray::fromHex("42307012000065")
                                      << QStringLiteral("2024-03-07T21:00:00") << 14 * 3600;
        QTest::newRow("baker island -12") << QByteArray::fromHex("4230701200008C")
                                          << QStringLiteral("2024-03-07T21:00:00") << -12 * 3600;
        QTest::newRow("leap day") << QByteArray::fromHex("42209200000000")
                                  << QStringLiteral("2024-02-29T00:00:00") << 0;
        QTest::newRow("last second of 2099")
            << QByteArray::fromHex("99211332959500") << QStringLiteral("2099-12-31T23:59:59") << 0;
    }

    void roundTrip()
    {
        QFETCH(QByteArray, octets);
        QFETCH(QString, local);
        QFETCH(int, offset);
        const auto decoded = decodeTimestamp(octets);
        QVERIFY2(decoded.hasValue(), qPrintable(decoded ? QString() : decoded.error().detail));
        QCOMPARE(decoded->offsetFromUtc(), offset);
        QCOMPARE(decoded->toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")), local);
        QCOMPARE(*decoded, at(qPrintable(local), offset));
        const auto encoded = encodeTimestamp(*decoded);
        QVERIFY(encoded.hasValue());
        QCOMPARE(encoded->toHex(), octets.toHex());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("octets");
        QTest::addColumn<int>("code");
        // Hand-built from ModemManager test_pdu1's time stamp unless noted.
        QTest::newRow("year digit A")
            << QByteArray::fromHex("A120821105050A") << int(PduErrorCode::InvalidDigit);
        QTest::newRow("minute digit F")
            << QByteArray::fromHex("112082110F050A") << int(PduErrorCode::InvalidDigit);
        // oFono unit/test-sms.c sr_pdu3: zone octet A0 has a units digit of 10.
        QTest::newRow("zone digit A")
            << QByteArray::fromHex("019012413064A0") << int(PduErrorCode::InvalidDigit);
        QTest::newRow("month 13") << QByteArray::fromHex("11310121436500")
                                  << int(PduErrorCode::InvalidTimestamp);
        QTest::newRow("all zero") << QByteArray::fromHex("00000000000000")
                                  << int(PduErrorCode::InvalidTimestamp);
        QTest::newRow("30 february")
            << QByteArray::fromHex("11200321436500") << int(PduErrorCode::InvalidTimestamp);
        QTest::newRow("hour 24") << QByteArray::fromHex("11101042436500")
                                 << int(PduErrorCode::InvalidTimestamp);
        QTest::newRow("second 60")
            << QByteArray::fromHex("11101021430600") << int(PduErrorCode::InvalidTimestamp);
        QTest::newRow("zone 79 quarters")
            << QByteArray::fromHex("11101021436597") << int(PduErrorCode::InvalidTimestamp);
        QTest::newRow("six octets")
            << QByteArray::fromHex("111010214365") << int(PduErrorCode::Truncated);
    }

    void malformed()
    {
        QFETCH(QByteArray, octets);
        QFETCH(int, code);
        const auto decoded = decodeTimestamp(octets);
        QVERIFY(!decoded.hasValue());
        QCOMPARE(int(decoded.error().code), code);
        QVERIFY(!decoded.error().detail.isEmpty());
    }

    void encodesAtTheTimesOwnOffset()
    {
        // The same instant written for two zones: the digits are local time at each offset.
        const QDateTime utc(QDate(2024, 3, 7), QTime(15, 15), QTimeZone::utc());
        QCOMPARE(encodeTimestamp(utc.toOffsetFromUtc(23 * 900)).valueOr({}).toHex(),
            QByteArray("42307012000032"));
        QCOMPARE(encodeTimestamp(utc).valueOr({}).toHex(), QByteArray("42307051510000"));
    }

    void refusesWhatTheFieldCannotHold_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("invalid") << QDateTime();
        QTest::newRow("1999") << QDateTime(QDate(1999, 12, 31), QTime(23, 0), Qt::UTC);
        QTest::newRow("2100") << QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("ten minutes")
            << QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::OffsetFromUTC, 600);
        QTest::newRow("fifteen hours")
            << QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::OffsetFromUTC, 15 * 3600);
    }

    void refusesWhatTheFieldCannotHold()
    {
        QFETCH(QDateTime, time);
        const auto encoded = encodeTimestamp(time);
        QVERIFY(!encoded.hasValue());
        QCOMPARE(encoded.error().code, PduErrorCode::InvalidArgument);
    }
};

RAPPORT_TEST_MAIN(TestSmsTimestamp)
#include "tst_smstimestamp.moc"
