// The compose counter: encoding, parts and the characters that force UCS-2, with replacements.
// Limits from 3GPP TS 23.038 / 23.040: 160 septets or 70 UCS-2 units in one part, 153 / 67 per
// part of a concatenated message with an 8-bit reference.
#include "RapportTest.h"

#include "app/templates/TextCounter.h"

using namespace rapport::app;

class TestTextCounter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ucs2");
        QTest::addColumn<int>("parts");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("left");
        QTest::newRow("empty") << QString() << false << 1 << 0 << 160;
        QTest::newRow("160 gsm") << QString(160, u'a') << false << 1 << 160 << 0;
        QTest::newRow("161 gsm") << QString(161, u'a') << false << 2 << 161 << 145;
        QTest::newRow("euro counts two") << QStringLiteral("10€") << false << 1 << 4 << 156;
        QTest::newRow("70 ucs2") << QString(69, u'a') + QStringLiteral("’") << true << 1 << 70 << 0;
        QTest::newRow("71 ucs2") << QString(70, u'a') + QStringLiteral("’") << true << 2 << 71
                                 << 63;
        QTest::newRow("emoji two units") << QStringLiteral("😀") << true << 1 << 2 << 68;
    }
    void counts()
    {
        QFETCH(QString, text);
        QFETCH(bool, ucs2);
        QFETCH(int, parts);
        QFETCH(int, units);
        QFETCH(int, left);
        const TextCount count = countText(text);
        QCOMPARE(count.ucs2, ucs2);
        QCOMPARE(count.parts, parts);
        QCOMPARE(count.units, units);
        QCOMPARE(count.unitsLeftInPart, left);
    }

    void culpritsCarryPositionsAndReplacements()
    {
        const QString text = QStringLiteral("It’s “ready” – 😀 it’s");
        const TextCount count = countText(text);
        QVERIFY(count.ucs2);
        QVERIFY(count.hasReplaceableCulprits());
        QCOMPARE(count.culprits.size(), 5);
        QCOMPARE(count.culprits.at(0).character, QStringLiteral("’"));
        QCOMPARE(count.culprits.at(0).positions, QList<qsizetype>({2, 20}));
        QCOMPARE(count.culprits.at(0).replacement, QStringLiteral("'"));
        QCOMPARE(count.culprits.at(3).replacement, QStringLiteral("-"));
        QCOMPARE(count.culprits.at(4).character, QStringLiteral("😀"));
        QVERIFY(count.culprits.at(4).replacement.isEmpty());
    }

    void replacingMakesTextGsm()
    {
        const QString replaced = withGsmReplacements(QStringLiteral("It’s “ready” — see you…"));
        QCOMPARE(replaced, QStringLiteral("It's \"ready\" - see you..."));
        QVERIFY(!countText(replaced).ucs2);
        // What has no stand-in stays, and keeps the text in UCS-2.
        const QString mixed = withGsmReplacements(QStringLiteral("Merci ’ 😀"));
        QCOMPARE(mixed, QStringLiteral("Merci ' 😀"));
        QVERIFY(countText(mixed).ucs2);
        QVERIFY(gsmReplacement(QStringLiteral("a")).isEmpty());
    }
};

RAPPORT_TEST_MAIN(TestTextCounter)
#include "tst_textcounter.moc"
