// TP-VP: the relative table both ways, absolute and enhanced formats read and skipped correctly.
#include "RapportTest.h"

#include "modem/ValidityPeriod.h"

using namespace rapport::modem;
using namespace std::chrono_literals;

class TestValidityPeriod final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relativeTable_data()
    {
        QTest::addColumn<int>("octet");
        QTest::addColumn<qint64>("seconds");
        // TS 23.040 §9.2.3.12.1: each range of the relative format at its edges.
        QTest::newRow("0: 5 minutes") << 0 << qint64(5 * 60);
        QTest::newRow("143: 12 hours") << 143 << qint64(12 * 3600);
        QTest::newRow("144: 12 hours 30") << 144 << qint64(12 * 3600 + 30 * 60);
        QTest::newRow("167: 24 hours") << 167 << qint64(24 * 3600);
        QTest::newRow("168: 2 days") << 168 << qint64(2 * 86400);
        QTest::newRow("196: 30 days") << 196 << qint64(30 * 86400);
        QTest::newRow("197: 5 weeks") << 197 << qint64(5 * 7 * 86400);
        QTest::newRow("255: 63 weeks") << 255 << qint64(63 * 7 * 86400);
        // python-gsmmodem test/test_pdu.py TestRelativeValidityPeriod.
        QTest::newRow("5: 30 minutes") << 5 << qint64(30 * 60);
        QTest::newRow("151: 16 hours") << 151 << qint64(16 * 3600);
        QTest::newRow("169: 3 days") << 169 << qint64(3 * 86400);
        // oFono unit/test-sms.c simple_submit (0xAA) and expected_no_fragmentation_7bit (0xA7).
        QTest::newRow("170: 4 days") << 170 << qint64(4 * 86400);
        // python-gsmmodem test/test_pdu.py test_encodeSmsSubmit (52 weeks = 0xF4).
        QTest::newRow("244: 52 weeks") << 244 << qint64(52 * 7 * 86400);
    }

    void relativeTable()
    {
        QFETCH(int, octet);
        QFETCH(qint64, seconds);
        QCOMPARE(ValidityPeriod::relativeDuration(static_cast<quint8>(octet)).count(), seconds);
        const ValidityPeriod period = ValidityPeriod::fromDuration(std::chrono::seconds(seconds));
        QCOMPARE(period.format, ValidityFormat::Relative);
        QCOMPARE(int(period.relative), octet);
        QCOMPARE(period.duration().value_or(0s).count(), seconds);
    }

    void roundsUpToTheNextValue_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<int>("octet");
        QTest::newRow("nothing") << qint64(0) << 0;
        QTest::newRow("one second") << qint64(1) << 0;
        QTest::newRow("six minutes") << qint64(6 * 60) << 1;
        QTest::newRow("12 hours and a second") << qint64(12 * 3600 + 1) << 144;
        QTest::newRow("25 hours") << qint64(25 * 3600) << 168;
        QTest::newRow("31 days") << qint64(31 * 86400) << 197;
        QTest::newRow("400 days: 58 weeks") << qint64(400 * 86400) << 250;
        QTest::newRow("longer than 63 weeks") << qint64(500 * 86400) << 255;
    }

    void roundsUpToTheNextValue()
    {
        QFETCH(qint64, seconds);
        QFETCH(int, octet);
        const ValidityPeriod period = ValidityPeriod::fromDuration(std::chrono::seconds(seconds));
        QCOMPARE(int(period.relative), octet);
        QVERIFY(period.duration()->count() >= std::min<qint64>(seconds, 63 * 7 * 86400));
    }

    void reads_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<qint64>("seconds"); // -1: no duration
        QTest::addColumn<QString>("absolute"); // ISO with offset, or empty
        QTest::newRow("none") << int(ValidityFormat::None) << QByteArray() << qint64(-1)
                              << QString();
        QTest::newRow("relative") << int(ValidityFormat::Relative) << QByteArray::fromHex("A7")
                                  << qint64(86400) << QString();
        // python-gsmmodem test/test_pdu.py "Timestamp validity test".
        QTest::newRow("absolute") << int(ValidityFormat::Absolute)
                                  << QByteArray::fromHex("31700131930080") << qint64(-1)
                                  << QStringLiteral("2013-07-10T13:39:00+02:00");
        // TS 23.040 §9.2.3.12.3 (hand-built): seven octets whatever the format inside.
        QTest::newRow("enhanced none")
            << int(ValidityFormat::Enhanced) << QByteArray::fromHex("00000000000000") << qint64(-1)
            << QString();
        QTest::newRow("enhanced relative")
            << int(ValidityFormat::Enhanced) << QByteArray::fromHex("01A70000000000")
            << qint64(86400) << QString();
        QTest::newRow("enhanced seconds")
            << int(ValidityFormat::Enhanced) << QByteArray::fromHex("023C0000000000") << qint64(60)
            << QString();
        QTest::newRow("enhanced hh:mm:ss")
            << int(ValidityFormat::Enhanced) << QByteArray::fromHex("03214365000000")
            << qint64(12 * 3600 + 34 * 60 + 56) << QString();
        QTest::newRow("enhanced single shot")
            << int(ValidityFormat::Enhanced) << QByteArray::fromHex("423C0000000000") << qint64(60)
            << QString();
        QTest::newRow("enhanced with extension octet")
            << int(ValidityFormat::Enhanced) << QByteArray::fromHex("82003C00000000") << qint64(60)
            << QString();
        QTest::newRow("enhanced reserved format")
            << int(ValidityFormat::Enhanced) << QByteArray::fromHex("07FFFFFFFFFFFF") << qint64(-1)
            << QString();
        QTest::newRow("enhanced bad digits")
            << int(ValidityFormat::Enhanced) << QByteArray::fromHex("03FF4365000000") << qint64(-1)
            << QString();
    }

    void reads()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, field);
        QFETCH(qint64, seconds);
        QFETCH(QString, absolute);
        // The octet after the field belongs to the next one (TP-UDL) and must stay unread.
        const QByteArray data = field + QByteArray::fromHex("0A");
        PduReader reader(data);
        const auto period = readValidityPeriod(reader, static_cast<ValidityFormat>(format));
        QVERIFY(period.hasValue());
        QCOMPARE(reader.position(), field.size());
        QCOMPARE(period->duration() ? period->duration()->count() : -1, seconds);
        if (!absolute.isEmpty())
            QCOMPARE(period->absolute.toString(Qt::ISODate), absolute);
        QCOMPARE(encodeValidityPeriod(*period).valueOr({}).toHex(), field.toHex());
    }

    void truncatedFieldsFail_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<int>("code");
        QTest::newRow("relative") << int(ValidityFormat::Relative) << QByteArray()
                                  << int(PduErrorCode::Truncated);
        QTest::newRow("absolute") << int(ValidityFormat::Absolute)
                                  << QByteArray::fromHex("317001319300")
                                  << int(PduErrorCode::Truncated);
        QTest::newRow("enhanced") << int(ValidityFormat::Enhanced)
                                  << QByteArray::fromHex("023C00000000")
                                  << int(PduErrorCode::Truncated);
        QTest::newRow("absolute bad digit")
            << int(ValidityFormat::Absolute) << QByteArray::fromHex("3170013193F080")
            << int(PduErrorCode::InvalidDigit);
    }

    void truncatedFieldsFail()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, field);
        QFETCH(int, code);
        PduReader reader(field);
        const auto period = readValidityPeriod(reader, static_cast<ValidityFormat>(format));
        QVERIFY(!period.hasValue());
        QCOMPARE(int(period.error().code), code);
    }

    void enhancedNeedsSevenOctets()
    {
        ValidityPeriod period;
        period.format = ValidityFormat::Enhanced;
        period.enhanced = QByteArray::fromHex("023C");
        QCOMPARE(encodeValidityPeriod(period).error().code, PduErrorCode::InvalidArgument);
    }
};

RAPPORT_TEST_MAIN(TestValidityPeriod)
#include "tst_validityperiod.moc"
