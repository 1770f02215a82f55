// The time seam: the system clock's timers, and the manual clock every time-based test relies on.
#include "ManualClock.h"
#include "RapportTest.h"

#include <QSignalSpy>

using namespace std::chrono_literals;
using rapport::Clock;
using rapport::Timer;
using rapport::test::ManualClock;

class TestClock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemClockIsUtcAndMonotonic()
    {
        Clock &clock = Clock::system();
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
        QVERIFY(qAbs(clock.now().secsTo(QDateTime::currentDateTimeUtc())) <= 1);
        const auto first = clock.monotonic();
        QVERIFY(clock.monotonic() >= first);
    }

    void systemTimerFires()
    {
        auto timer = Clock::system().createTimer();
        timer->setSingleShot(true);
        QSignalSpy spy(timer.get(), &Timer::timeout);
        timer->start(1ms);
        QVERIFY(timer->isActive());
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        QVERIFY(!timer->isActive());
    }

    void manualTimersFireInDueOrderWithNowAtTheirDueTime()
    {
        ManualClock clock;
        const QDateTime start = clock.now();
        auto late = clock.createTimer();
        auto early = clock.createTimer();
        late->setSingleShot(true);
        early->setSingleShot(true);
        QList<std::pair<QString, qint64>> fired;
        QObject::connect(late.get(), &Timer::timeout, late.get(), [&] {
            fired.append({QStringLiteral("late"), start.msecsTo(clock.now())});
        });
        QObject::connect(early.get(), &Timer::timeout, early.get(), [&] {
            fired.append({QStringLiteral("early"), start.msecsTo(clock.now())});
        });
        late->start(300ms);
        early->start(100ms);

        clock.advance(99ms);
        QVERIFY(fired.isEmpty());
        clock.advance(150ms);
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired.at(0).first, QStringLiteral("early"));
        QCOMPARE(fired.at(0).second, 100);
        clock.advance(1s);
        QCOMPARE(fired.size(), 2);
        QCOMPARE(fired.at(1).first, QStringLiteral("late"));
        QCOMPARE(fired.at(1).second, 300);
        QCOMPARE(start.msecsTo(clock.now()), 1249);
    }

    void repeatingTimerFiresOncePerInterval()
    {
        ManualClock clock;
        auto timer = clock.createTimer();
        QSignalSpy spy(timer.get(), &Timer::timeout);
        timer->start(1s);
        clock.advance(10500ms);
        QCOMPARE(spy.count(), 10);
        timer->stop();
        clock.advance(10s);
        QCOMPARE(spy.count(), 10);
        QCOMPARE(clock.activeTimerCount(), 0);
    }

    void restartingPostponesTheTimer()
    {
        ManualClock clock;
        auto timer = clock.createTimer();
        timer->setSingleShot(true);
        QSignalSpy spy(timer.get(), &Timer::timeout);
        timer->start(100ms);
        clock.advance(90ms);
        timer->start(100ms);
        clock.advance(90ms);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(clock.nextDue(), 10ms);
        clock.advance(10ms);
        QCOMPARE(spy.count(), 1);
    }

    void timerDeletedInItsOwnSlotIsSafe()
    {
        ManualClock clock;
        auto owned = clock.createTimer();
        Timer *timer = owned.release();
        timer->setSingleShot(true);
        int calls = 0;
        QObject::connect(timer, &Timer::timeout, timer, [&calls, timer] {
            ++calls;
            delete timer;
        });
        timer->start(5ms);
        clock.advance(1s);
        QCOMPARE(calls, 1);
        QCOMPARE(clock.activeTimerCount(), 0);
    }

    void wallClockJumpLeavesTimersAlone()
    {
        ManualClock clock;
        auto timer = clock.createTimer();
        timer->setSingleShot(true);
        QSignalSpy spy(timer.get(), &Timer::timeout);
        timer->start(1h);
        const QDateTime jumped(QDate(2026, 3, 29), QTime(0, 59), QTimeZone::utc());
        clock.setNow(jumped);
        QCOMPARE(clock.now(), jumped);
        clock.advance(59min);
        QCOMPARE(spy.count(), 0);
        clock.advance(1min);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(clock.now(), jumped.addSecs(3600));
    }
};

RAPPORT_TEST_MAIN(TestClock)
#include "tst_clock.moc"
