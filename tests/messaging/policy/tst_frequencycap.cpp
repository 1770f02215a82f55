// The marketing frequency cap: a text sent at t counts while now < t + window, so at exactly
// oldest + window one more may go (COMPLIANCE.md; our default 3 per rolling 7 days, Florida's
// 3 per 24 hours).
#include "app/policy/FrequencyCap.h"

#include "RapportTest.h"

#include <QTimeZone>

using namespace rapport::app;

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 24 * Hour;

const QDateTime now(QDate(2026, 1, 5), QTime(16, 0), QTimeZone::utc());

} // namespace

class TestFrequencyCap final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("window"); // seconds
        QTest::addColumn<QList<qint64>>("sent"); // milliseconds relative to now
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<int>("counted");
        QTest::addColumn<qint64>("notBefore"); // milliseconds relative to now, when held
        const qint64 d = Day * 1000;
        const qint64 h = Hour * 1000;
        QTest::newRow("nothing sent") << 3 << 7 * Day << QList<qint64> {} << true << 0 << qint64(0);
        QTest::newRow("two of three")
            << 3 << 7 * Day << QList<qint64> {-d, -2 * d} << true << 2 << qint64(0);
        QTest::newRow("three of three: until the oldest leaves")
            << 3 << 7 * Day << QList<qint64> {-d, -2 * d, -3 * d} << false << 3 << 4 * d;
        QTest::newRow("order does not matter")
            << 3 << 7 * Day << QList<qint64> {-3 * d, -d, -2 * d} << false << 3 << 4 * d;
        QTest::newRow("oldest exactly one window ago has left")
            << 3 << 7 * Day << QList<qint64> {-d, -2 * d, -7 * d} << true << 2 << qint64(0);
        QTest::newRow("oldest a millisecond inside the window")
            << 3 << 7 * Day << QList<qint64> {-d, -2 * d, -7 * d + 1} << false << 3 << qint64(1);
        QTest::newRow("older texts do not count")
            << 3 << 7 * Day << QList<qint64> {-d, -2 * d, -8 * d, -30 * d} << true << 2
            << qint64(0);
        // After the cap was lowered: two must leave, so the second oldest decides.
        QTest::newRow("over the cap")
            << 3 << 7 * Day << QList<qint64> {-d, -2 * d, -3 * d, -4 * d} << false << 4 << 4 * d;
        QTest::newRow("Florida 3 per 24 h")
            << 3 << Day << QList<qint64> {-h, -2 * h, -3 * h} << false << 3 << 21 * h;
        QTest::newRow("Florida, oldest 24 h ago")
            << 3 << Day << QList<qint64> {-h, -2 * h, -24 * h} << true << 2 << qint64(0);
        QTest::newRow("one per day, sent now") << 1 << Day << QList<qint64> {0} << false << 1 << d;
        // A clock set back: a text dated in the future still counts from its date.
        QTest::newRow("future-dated text") << 1 << Day << QList<qint64> {h} << false << 1 << 25 * h;
    }
    void check()
    {
        QFETCH(int, count);
        QFETCH(qint64, window);
        QFETCH(QList<qint64>, sent);
        QFETCH(bool, allowed);
        QFETCH(int, counted);
        QFETCH(qint64, notBefore);
        const FrequencyCap cap {count, window};
        QList<QDateTime> times;
        for (qint64 offset : sent)
            times.append(now.addMSecs(offset));
        const FrequencyCap::Check result = cap.check(times, now);
        QCOMPARE(result.allowed, allowed);
        QCOMPARE(result.counted, counted);
        if (allowed) {
            QVERIFY(!result.notBefore.isValid());
            return;
        }
        QCOMPARE(result.notBefore, now.addMSecs(notBefore));
        QCOMPARE(result.notBefore.timeSpec(), Qt::UTC);
        // Exact: a millisecond earlier is still held, at the moment itself one more may go.
        QVERIFY(!cap.check(times, result.notBefore.addMSecs(-1)).allowed);
        QVERIFY(cap.check(times, result.notBefore).allowed);
    }

    void invalidTimesAreIgnored()
    {
        const FrequencyCap cap {1, Day};
        QVERIFY(cap.check({QDateTime()}, now).allowed);
    }

    void validity()
    {
        QVERIFY(FrequencyCap {}.isValid());
        QCOMPARE(FrequencyCap {}.count, 3);
        QCOMPARE(FrequencyCap {}.windowSeconds, 7 * Day);
        QVERIFY(!(FrequencyCap {0, Day}.isValid()));
        QVERIFY(!(FrequencyCap {3, 0}.isValid()));
    }
};

RAPPORT_TEST_MAIN(TestFrequencyCap)
#include "tst_frequencycap.moc"
