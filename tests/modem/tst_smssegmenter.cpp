// The segmenter: cheapest encoding, part limits 160/153/152 and 70/67/66, extension characters
// and surrogate pairs never split, counts for the compose box, and the characters that force UCS-2.
#include "RapportTest.h"

#include "modem/SmsSegmenter.h"

using namespace rapport::modem;

namespace {

const QChar zhe(0x0416); // Cyrillic Ж: one UTF-16 unit, not in GSM 7-bit
const QString emoji = QStringLiteral("\U0001F600");
const QString euro = QStringLiteral("\u20AC");

QString repeat(const QString &piece, int times)
{
    return piece.repeated(times);
}

QString many(QChar c, int times)
{
    return QString(times, c);
}

} // namespace

class TestSmsSegmenter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void segments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width"); // 8 or 16
        QTest::addColumn<bool>("ucs2");
        QTest::addColumn<QList<int>>("unitsPerPart");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("left");
        const QChar a = QLatin1Char('a');
        // 3GPP TS 23.040 §9.2.3.24.1 / TS 23.038: 160 septets alone, 153 (8-bit reference) or
        // 152 (16-bit) with a concatenation header; 70 / 67 / 66 UTF-16 units for UCS-2.
        QTest::newRow("empty") << QString() << 8 << false << QList<int> {0} << 160 << 160;
        QTest::newRow("160 gsm7") << many(a, 160) << 8 << false << QList<int> {160} << 160 << 0;
        QTest::newRow("161 gsm7") << many(a, 161) << 8 << false << QList<int> {153, 8} << 153
                                  << 145;
        QTest::newRow("161 gsm7, 16-bit")
            << many(a, 161) << 16 << false << QList<int> {152, 9} << 152 << 143;
        QTest::newRow("306 gsm7") << many(a, 306) << 8 << false << QList<int> {153, 153} << 153
                                  << 0;
        QTest::newRow("307 gsm7") << many(a, 307) << 8 << false << QList<int> {153, 153, 1} << 153
                                  << 152;
        QTest::newRow("80 euros: 160 septets")
            << repeat(euro, 80) << 8 << false << QList<int> {160} << 160 << 0;
        QTest::newRow("81 euros") << repeat(euro, 81) << 8 << false << QList<int> {152, 10} << 153
                                  << 143;
        // The extension character that would take septets 153 and 154 moves to the next part.
        QTest::newRow("euro at 153") << QString(many(a, 152) + euro + many(a, 10)) << 8 << false
                                     << QList<int> {152, 12} << 153 << 141;
        QTest::newRow("euro at 152") << QString(many(a, 151) + euro + many(a, 10)) << 8 << false
                                     << QList<int> {153, 10} << 153 << 143;
        QTest::newRow("brace at 152, 16-bit")
            << QString(many(a, 151) + QStringLiteral("{") + many(a, 10)) << 16 << false
            << QList<int> {151, 12} << 152 << 140;
        QTest::newRow("70 ucs2") << many(zhe, 70) << 8 << true << QList<int> {70} << 70 << 0;
        QTest::newRow("71 ucs2") << many(zhe, 71) << 8 << true << QList<int> {67, 4} << 67 << 63;
        QTest::newRow("71 ucs2, 16-bit")
            << many(zhe, 71) << 16 << true << QList<int> {66, 5} << 66 << 61;
        // A surrogate pair that would take units 67 and 68 moves to the next part.
        QTest::newRow("emoji at 67/68") << QString(many(zhe, 66) + emoji + many(zhe, 5)) << 8
                                        << true << QList<int> {66, 7} << 67 << 60;
        QTest::newRow("emoji at 66/67") << QString(many(zhe, 65) + emoji + many(zhe, 5)) << 8
                                        << true << QList<int> {67, 5} << 67 << 62;
        QTest::newRow("emoji at 66/67, 16-bit") << QString(many(zhe, 65) + emoji + many(zhe, 5))
                                                << 16 << true << QList<int> {65, 7} << 66 << 59;
        QTest::newRow("35 emoji") << repeat(emoji, 35) << 8 << true << QList<int> {70} << 70 << 0;
        QTest::newRow("36 emoji") << repeat(emoji, 36) << 8 << true << QList<int> {66, 6} << 67
                                  << 61;
        // One non-GSM character turns every character into one UTF-16 unit, euros included.
        QTest::newRow("euros with a zhe")
            << QString(repeat(euro, 69) + zhe) << 8 << true << QList<int> {70} << 70 << 0;
        // ModemManager test-sms-part-3gpp.c test_text_split_two_pdu and _ucs2.
        QTest::newRow("mm two pdu")
            << repeat(QStringLiteral("0123456789"), 16).append(QLatin1Char('0')) << 8 << false
            << QList<int> {153, 8} << 153 << 145;
        QTest::newRow("mm two pdu ucs2")
            << QString(repeat(QStringLiteral("\u4F60\u597D"), 35) + QStringLiteral("\u597D")) << 8
            << true << QList<int> {67, 4} << 67 << 63;
    }

    void segments()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(bool, ucs2);
        QFETCH(QList<int>, unitsPerPart);
        QFETCH(int, limit);
        QFETCH(int, left);
        const SegmentedText result
            = segmentText(text, width == 8 ? ReferenceWidth::EightBit : ReferenceWidth::SixteenBit);
        QCOMPARE(result.encoding, ucs2 ? SmsEncoding::Ucs2 : SmsEncoding::Gsm7);
        QCOMPARE(result.unitsPerPart, unitsPerPart);
        QCOMPARE(result.partCount(), unitsPerPart.size());
        QCOMPARE(result.parts.size(), unitsPerPart.size());
        QCOMPARE(result.unitsPerPartLimit, limit);
        QCOMPARE(result.unitsLeftInLastPart, left);
        int total = 0;
        for (const int units : unitsPerPart)
            total += units;
        QCOMPARE(result.totalUnits, total);
        QCOMPARE(result.parts.join(QString()), text);
        QCOMPARE(result.ucs2Culprits.isEmpty(), !ucs2);
        for (const QString &part : result.parts) {
            // No part ends inside a surrogate pair.
            QVERIFY(part.isEmpty() || !part.back().isHighSurrogate());
            QVERIFY(part.isEmpty() || !part.front().isLowSurrogate());
        }
    }

    void modemManagerSplitPoints()
    {
        // ModemManager test-sms-part-3gpp.c test_text_split_two_pdu: where the text is cut.
        const QString text = QStringLiteral("0123456789").repeated(16) + QLatin1Char('0');
        const SegmentedText result = segmentText(text);
        QCOMPARE(result.parts.at(1), QStringLiteral("34567890"));
        // test_text_split_two_pdu_ucs2.
        const QString ucs2 = QStringLiteral("\u4F60\u597D").repeated(35) + QStringLiteral("\u597D");
        QCOMPARE(segmentText(ucs2).parts.at(1), QStringLiteral("\u597D\u4F60\u597D\u597D"));
    }

    void gammuKeepsTheSamePairsTogether()
    {
        // Generated with python-gammu (SmsTestVectors.h gm_deliver_emoji_split_1/2): gammu put 66
        // units in the first part and started the second with the emoji, as the segmenter does.
        const QString text
            = QString(66, QChar(0x0416)) + QStringLiteral("\U0001F600") + QString(5, QChar(0x0416));
        const SegmentedText result = segmentText(text);
        QCOMPARE(result.parts.at(0), QString(66, QChar(0x0416)));
        QVERIFY(result.parts.at(1).startsWith(QStringLiteral("\U0001F600")));
    }

    void reportsWhatForcesUcs2()
    {
        // The smart quote and an emoji: each distinct character once, with every position.
        const QString text = QStringLiteral("It\u2019s \U0001F600 time\u2019s up \U0001F600!");
        const SegmentedText result = segmentText(text);
        QCOMPARE(result.encoding, SmsEncoding::Ucs2);
        QCOMPARE(result.ucs2Culprits.size(), 2);
        QCOMPARE(result.ucs2Culprits.at(0).character, QStringLiteral("\u2019"));
        QCOMPARE(result.ucs2Culprits.at(0).positions, (QList<qsizetype> {2, 12}));
        QCOMPARE(result.ucs2Culprits.at(1).character, QStringLiteral("\U0001F600"));
        QCOMPARE(result.ucs2Culprits.at(1).positions, (QList<qsizetype> {5, 18}));
        for (const UnencodableCharacter &culprit : result.ucs2Culprits) {
            for (const qsizetype position : culprit.positions)
                QCOMPARE(text.mid(position, culprit.character.size()), culprit.character);
        }
    }

    void culpritsAreExact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("culprits");
        QTest::newRow("gsm text") << QStringLiteral("Caf\u00E9 \u20AC5 [ok] @home")
                                  << QStringList();
        // 'Ç' is in the GSM table, 'ç' is not.
        QTest::newRow("c cedilla")
            << QStringLiteral("\u00C7a va, \u00E7a va") << QStringList {QStringLiteral("\u00E7")};
        QTest::newRow("lone surrogate") << QString(QStringLiteral("ok") + QChar(0xD83D))
                                        << QStringList {QString(QChar(0xD83D))};
        QTest::newRow("tab and backtick")
            << QStringLiteral("a\tb`") << QStringList {QStringLiteral("\t"), QStringLiteral("`")};
    }

    void culpritsAreExact()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, culprits);
        QStringList found;
        for (const UnencodableCharacter &culprit : segmentText(text).ucs2Culprits)
            found.append(culprit.character);
        QCOMPARE(found, culprits);
    }

    void limits()
    {
        QCOMPARE(singlePartLimit(SmsEncoding::Gsm7), 160);
        QCOMPARE(singlePartLimit(SmsEncoding::Ucs2), 70);
        QCOMPARE(concatenatedPartLimit(SmsEncoding::Gsm7, ReferenceWidth::EightBit), 153);
        QCOMPARE(concatenatedPartLimit(SmsEncoding::Gsm7, ReferenceWidth::SixteenBit), 152);
        QCOMPARE(concatenatedPartLimit(SmsEncoding::Ucs2, ReferenceWidth::EightBit), 67);
        QCOMPARE(concatenatedPartLimit(SmsEncoding::Ucs2, ReferenceWidth::SixteenBit), 66);
    }
};

RAPPORT_TEST_MAIN(TestSmsSegmenter)
#include "tst_smssegmenter.moc"
