// Concatenation references: never shared by two long messages in flight to one recipient, seeded
// and repeatable, separate spaces for 8- and 16-bit references, bounded memory.
#include "RapportTest.h"

#include "modem/ConcatReferenceAllocator.h"

#include <QSet>

using namespace rapport::modem;

class TestConcatReferenceAllocator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameSequence()
    {
        ConcatReferenceAllocator first(42);
        ConcatReferenceAllocator second(42);
        const QString alice = QStringLiteral("+447700900001");
        for (int i = 0; i < 20; ++i) {
            const auto width = i % 2 ? ReferenceWidth::EightBit : ReferenceWidth::SixteenBit;
            QCOMPARE(first.allocate(alice, width), second.allocate(alice, width));
        }
    }

    void seedsSpreadTheStart()
    {
        // Nearby seeds (as a restart counter would give) start far apart.
        QSet<quint16> starts;
        for (quint64 seed = 0; seed < 16; ++seed) {
            ConcatReferenceAllocator allocator(seed);
            starts.insert(
                allocator.allocate(QStringLiteral("x"), ReferenceWidth::SixteenBit).value);
        }
        QVERIFY(starts.size() >= 15);
    }

    void widthIsKept()
    {
        ConcatReferenceAllocator allocator(7);
        QCOMPARE(allocator.allocate(QStringLiteral("a"), ReferenceWidth::EightBit).width,
            ReferenceWidth::EightBit);
        const ConcatReference wide
            = allocator.allocate(QStringLiteral("a"), ReferenceWidth::SixteenBit);
        QCOMPARE(wide.width, ReferenceWidth::SixteenBit);
    }

    void noRepeatWithinTheHistory_data()
    {
        QTest::addColumn<int>("history");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("allocations");
        QTest::newRow("8-bit, 32") << 32 << 8 << 1000;
        QTest::newRow("8-bit, 255 (all but one)") << 255 << 8 << 1000;
        QTest::newRow("8-bit, 3") << 3 << 8 << 600;
        QTest::newRow("16-bit, 1000") << 1000 << 16 << 3000;
    }

    void noRepeatWithinTheHistory()
    {
        QFETCH(int, history);
        QFETCH(int, width);
        QFETCH(int, allocations);
        const ReferenceWidth referenceWidth
            = width == 8 ? ReferenceWidth::EightBit : ReferenceWidth::SixteenBit;
        ConcatReferenceAllocator allocator(1, history);
        const QString alice = QStringLiteral("alice");
        const QString bob = QStringLiteral("bob");
        QList<quint16> aliceRefs;
        for (int i = 0; i < allocations; ++i) {
            // Other recipients' messages move the shared counter in between.
            for (int j = 0; j < i % 5; ++j)
                (void)allocator.allocate(bob, referenceWidth);
            const quint16 value = allocator.allocate(alice, referenceWidth).value;
            if (width == 8)
                QVERIFY(value <= 0xFF);
            const qsizetype from = std::max<qsizetype>(0, aliceRefs.size() - history);
            QVERIFY2(!aliceRefs.mid(from).contains(value),
                qPrintable(QStringLiteral("reference %1 reused within %2 allocations")
                               .arg(value)
                               .arg(history)));
            aliceRefs.append(value);
        }
    }

    void counterWrapsRoundARememberedReference()
    {
        // Alice holds a reference; 255 other messages bring the 8-bit counter back to it, and
        // Alice's next message must get a different one.
        ConcatReferenceAllocator allocator(99, 8);
        const QString alice = QStringLiteral("alice");
        const quint16 held = allocator.allocate(alice, ReferenceWidth::EightBit).value;
        for (int i = 0; i < 255; ++i)
            (void)allocator.allocate(QStringLiteral("other %1").arg(i), ReferenceWidth::EightBit);
        const quint16 next = allocator.allocate(alice, ReferenceWidth::EightBit).value;
        QVERIFY(next != held);
        QCOMPARE(next, quint16((held + 1) & 0xFF));
    }

    void widthsAreSeparateSpaces()
    {
        // 16-bit allocations neither move the 8-bit counter nor push 8-bit references out of the
        // recipient's history.
        ConcatReferenceAllocator allocator(5, 255);
        const QString carol = QStringLiteral("carol");
        QList<quint16> eight;
        for (int i = 0; i < 255; ++i)
            eight.append(allocator.allocate(carol, ReferenceWidth::EightBit).value);
        QCOMPARE(QSet<quint16>(eight.begin(), eight.end()).size(), 255);
        for (int i = 0; i < 300; ++i)
            (void)allocator.allocate(carol, ReferenceWidth::SixteenBit);
        // The one 8-bit value carol does not hold, then the oldest she held.
        const quint16 unused = allocator.allocate(carol, ReferenceWidth::EightBit).value;
        QVERIFY(!eight.contains(unused));
        QCOMPARE(allocator.allocate(carol, ReferenceWidth::EightBit).value, eight.first());
    }

    void historyIsClamped()
    {
        ConcatReferenceAllocator allocator(0, 100000);
        QCOMPARE(allocator.historyPerRecipient(ReferenceWidth::EightBit), 255);
        QCOMPARE(allocator.historyPerRecipient(ReferenceWidth::SixteenBit), 65535);
        ConcatReferenceAllocator tiny(0, 0);
        QCOMPARE(tiny.historyPerRecipient(ReferenceWidth::EightBit), 1);
    }

    void forgetsTheLeastRecentRecipient()
    {
        ConcatReferenceAllocator allocator(3, 8, 2);
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        const QString c = QStringLiteral("c");
        const quint16 held = allocator.allocate(b, ReferenceWidth::EightBit).value;
        (void)allocator.allocate(a, ReferenceWidth::EightBit);
        (void)allocator.allocate(c, ReferenceWidth::EightBit); // "b" is the least recent: gone
        QCOMPARE(allocator.rememberedRecipients(), 2);
        for (int i = 0; i < 253; ++i)
            (void)allocator.allocate(i % 2 ? a : c, ReferenceWidth::EightBit);
        // The counter is back at b's old reference, which nothing remembers any more.
        QCOMPARE(allocator.allocate(b, ReferenceWidth::EightBit).value, held);
        QCOMPARE(allocator.rememberedRecipients(), 2);
    }
};

RAPPORT_TEST_MAIN(TestConcatReferenceAllocator)
#include "tst_concatreferenceallocator.moc"
