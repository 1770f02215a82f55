// Malformed PDUs are rejected with a reason — never padded, never read past their end: bad hex,
// every truncation of every valid vector, overrunning lengths, reserved types, bad digits, and
// mutated or random octets. Whatever does decode must survive an encode/decode round trip.
#include "PduTestSupport.h"
#include "RapportTest.h"

#include "modem/PduEncoder.h"

#include <random>

using namespace rapport::modem;
using namespace rapport::test;
using rapport::Result;

namespace {

// Vectors that are malformed on purpose (their rows below say why).
bool isMalformedVector(const char *name)
{
    for (const char *bad : {"mm_insufficient", "pg_udl_too_long", "of_sr3"}) {
        if (qstrcmp(name, bad) == 0)
            return true;
    }
    return false;
}

// Decoding whatever encoding a decoded PDU gives must give the same TPDU back.
void verifyReencodes(const DecodedPdu &pdu)
{
    Result<EncodedPdu, PduError> encoded
        = std::visit([](const auto &tpdu) { return encodePdu(tpdu); }, pdu.tpdu);
    QVERIFY2(encoded.hasValue(), qPrintable(encoded ? QString() : encoded.error().detail));
    const auto again = decodePdu(encoded->bytes, SmscField::Present);
    QVERIFY2(again.hasValue(), qPrintable(again ? QString() : again.error().detail));
    QVERIFY(again->tpdu == pdu.tpdu);
}

} // namespace

class TestPduDecoderMalformed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejected_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("hasSmsc");
        QTest::addColumn<int>("code");
        using E = PduErrorCode;
        const QByteArray pdu3 = pduVectorHex("mm_pdu3");
        // Hex as a modem line could garble it.
        QTest::newRow("empty") << QByteArray() << true << int(E::Truncated);
        QTest::newRow("one digit") << QByteArray("0") << true << int(E::InvalidHex);
        QTest::newRow("odd digits") << pdu3.chopped(1) << true << int(E::InvalidHex);
        QTest::newRow("non-hex letters") << QByteArray("07ZZ") << true << int(E::InvalidHex);
        QTest::newRow("0x prefix") << QByteArray("0x00") << true << int(E::InvalidHex);
        QTest::newRow("space inside")
            << QByteArray(pdu3).insert(10, "  ") << true << int(E::InvalidHex);
        QTest::newRow("trailing CR") << QByteArray(pdu3 + "\r\n") << true << int(E::InvalidHex);
        // ModemManager test-sms-part-3gpp.c test_pdu_insufficient_data: TP-UDL 11, 10 septets.
        QTest::newRow("udl overrun gsm7")
            << pduVectorHex("mm_insufficient") << true << int(E::UserDataOverrun);
        // python-gsmmodem test_pdu.py: "user data length is invalid in this PDU (too long)".
        QTest::newRow("udl overrun ucs2")
            << pduVectorHex("pg_udl_too_long") << true << int(E::UserDataOverrun);
        // Hand-built from ModemManager test_pdu3: TP-UDL 161 with 141 octets present.
        QTest::newRow("udl beyond 160 septets")
            << QByteArray(pdu3.left(52) + "A1" + QByteArray(282, 'A')) << true
            << int(E::UserDataOverrun);
        // ModemManager test_pdu_multipart hexpdu2 with TP-UDHL 0x50 (80 octets in 44).
        QTest::newRow("udhl overrun") << pduVectorHex("mm_multipart2").replace(54, 2, "50") << true
                                      << int(E::UserDataHeaderOverrun);
        // The same with TP-UDL 6: the 6-octet header fits 6 octets but needs 7 septets.
        QTest::newRow("header longer than udl septets")
            << QByteArray(pduVectorHex("mm_multipart2").left(52) + "060500034C0202") << true
            << int(E::UserDataHeaderOverrun);
        // The same with an element length (4) that runs past the header.
        QTest::newRow("element overrun") << pduVectorHex("mm_multipart2").replace(58, 2, "04")
                                         << true << int(E::UserDataHeaderOverrun);
        // ModemManager test_pdu2 (UCS-2) with TP-UDHI set and TP-UDL 5 < 1 + TP-UDHL 5.
        QTest::newRow("udhl overrun ucs2") << QByteArray(
            "07919730071111F14414D04937BD2C7797E9D3E61400081130929102406105050003"
            "4C02") << true << int(E::UserDataHeaderOverrun);
        // ModemManager test_pdu2 with TP-UDL 7: half a UTF-16 unit.
        QTest::newRow("odd ucs2 length")
            << QByteArray(pduVectorHex("mm_pdu2").left(60) + "07" + "04420435044104") << true
            << int(E::OddUcs2Length);
        // ModemManager test_pdu2's originator cut after five of its ten octets.
        QTest::newRow("alphanumeric address overrun")
            << QByteArray("07919730071111F10414D04937BD2C77") << true << int(E::Truncated);
        QTest::newRow("address of 21 digits")
            << QByteArray("0004159111223344556677889900") << true << int(E::InvalidAddress);
        QTest::newRow("smsc of 12 octets")
            << QByteArray("0C91112233445566778899001122") << true << int(E::InvalidAddress);
        // ModemManager test_pdu3 with TP-MTI 3, with and without the SMSC field.
        QTest::newRow("reserved mti")
            << QByteArray(pdu3).replace(16, 2, "07") << true << int(E::ReservedMessageType);
        QTest::newRow("reserved mti, no smsc")
            << QByteArray("03") << false << int(E::ReservedMessageType);
        // ModemManager test_pdu3 with a year semi-octet of A, and with month 13.
        QTest::newRow("bcd digit in scts")
            << QByteArray(pdu3).replace(38, 2, "1A") << true << int(E::InvalidDigit);
        QTest::newRow("month 13 in scts")
            << QByteArray(pdu3).replace(40, 2, "31") << true << int(E::InvalidTimestamp);
        // oFono test-sms.c sr_pdu3: a zone units digit of A (oFono accepts it).
        QTest::newRow("bcd digit in zone")
            << pduVectorHex("of_sr3") << false << int(E::InvalidDigit);
        // python-gsmmodem test_pdu.py (absolute validity) with an hour digit of F.
        QTest::newRow("bcd digit in validity")
            << pduVectorHex("pg_absolute").replace(32, 2, "F3") << true << int(E::InvalidDigit);
        // Cut inside the enhanced validity period of a hand-built SUBMIT.
        QTest::newRow("enhanced validity cut")
            << QByteArray("0009000B916407281553F80000023C00") << true << int(E::Truncated);
    }

    void rejected()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, hasSmsc);
        QFETCH(int, code);
        const auto decoded = decodePduHex(hex, hasSmsc ? SmscField::Present : SmscField::Absent);
        QVERIFY(!decoded.hasValue());
        QCOMPARE(pduErrorCodeName(decoded.error().code), pduErrorCodeName(PduErrorCode(code)));
        QVERIFY(!decoded.error().detail.isEmpty());
    }

    void everyTruncationIsRejectedOrComplete()
    {
        int prefixes = 0;
        for (const PduVector &vector : pduVectors) {
            if (isMalformedVector(vector.name))
                continue;
            const QByteArray whole = QByteArray::fromHex(vector.hex);
            const SmscField field = vector.hasSmsc ? SmscField::Present : SmscField::Absent;
            const auto full = decodePdu(whole, field);
            QVERIFY2(full.hasValue(), vector.name);
            for (qsizetype length = 0; length < whole.size(); ++length) {
                // A fresh allocation of exactly `length` octets, so a sanitizer build sees any
                // read past the end.
                const QByteArray prefix(whole.constData(), length);
                const auto decoded = decodePdu(prefix, field);
                ++prefixes;
                if (!decoded.hasValue()) {
                    QVERIFY(!decoded.error().detail.isEmpty());
                    continue;
                }
                // Only a status report can end early: everything after TP-ST is optional.
                QVERIFY2(decoded->type() == SmsMessageType::StatusReport,
                    qPrintable(QStringLiteral("%1 cut to %2 octets decoded")
                                   .arg(QLatin1String(vector.name))
                                   .arg(length)));
                verifyReencodes(*decoded);
            }
            // Odd-length hex prefixes are refused as hex before anything else.
            const QByteArray hex(vector.hex);
            QCOMPARE(decodePduHex(hex.left(hex.size() - 1), field).error().code,
                PduErrorCode::InvalidHex);
        }
        QVERIFY(prefixes > 2000);
    }

    void validVectorsReencode()
    {
        for (const PduVector &vector : pduVectors) {
            if (isMalformedVector(vector.name))
                continue;
            const auto decoded
                = decodePduHex(vector.hex, vector.hasSmsc ? SmscField::Present : SmscField::Absent);
            QVERIFY2(decoded.hasValue(), vector.name);
            verifyReencodes(*decoded);
        }
    }

    void mutatedAndRandomOctetsAreSafe()
    {
        // Deterministic, so a failure reproduces; the libFuzzer target explores further.
        std::mt19937 random(20240301);
        const auto next
            = [&](int bound) { return static_cast<int>(random() % static_cast<unsigned>(bound)); };
        int decodedCount = 0;
        int total = 0;
        const auto check = [&](const QByteArray &input, SmscField field) {
            const QByteArray exact(input.constData(), input.size());
            const auto decoded = decodePdu(exact, field);
            ++total;
            if (!decoded.hasValue()) {
                QVERIFY(!decoded.error().detail.isEmpty());
                return;
            }
            ++decodedCount;
            verifyReencodes(*decoded);
        };
        for (const PduVector &vector : pduVectors) {
            const QByteArray original = QByteArray::fromHex(vector.hex);
            const SmscField field = vector.hasSmsc ? SmscField::Present : SmscField::Absent;
            for (int round = 0; round < 300; ++round) {
                QByteArray mutated = original;
                const int edits = 1 + next(4);
                for (int edit = 0; edit < edits && !mutated.isEmpty(); ++edit) {
                    const int at = next(static_cast<int>(mutated.size()));
                    switch (next(4)) {
                    case 0:
                        mutated[at] = static_cast<char>(next(256));
                        break;
                    case 1:
                        mutated[at] = static_cast<char>(mutated.at(at) ^ (1 << next(8)));
                        break;
                    case 2:
                        mutated.remove(at, 1);
                        break;
                    default:
                        mutated.insert(at, static_cast<char>(next(256)));
                        break;
                    }
                }
                check(mutated, field);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        for (int round = 0; round < 5000; ++round) {
            QByteArray bytes(next(180), '\0');
            for (char &byte : bytes)
                byte = static_cast<char>(next(256));
            check(bytes, next(2) ? SmscField::Present : SmscField::Absent);
            if (QTest::currentTestFailed())
                return;
        }
        // Mutations leave many PDUs valid; the test is meaningless if none decode.
        QVERIFY(decodedCount > total / 20);
    }
};

RAPPORT_TEST_MAIN(TestPduDecoderMalformed)
#include "tst_pdudecoder_malformed.moc"
