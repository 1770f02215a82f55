#pragma once

#include "modem/Clock.h"

#include <QTimeZone>

#include <vector>

namespace rapport::test {

class ManualTimer;

// A clock that only moves when the test says so. advance() fires every timer that falls due, in
// order of due time, with now() set to each timer's due moment while it fires.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(
        QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc()));
    ~ManualClock() override;
    ManualClock(const ManualClock &) = delete;
    ManualClock &operator=(const ManualClock &) = delete;

    QDateTime now() const override;
    std::chrono::milliseconds monotonic() const override { return m_monotonic; }
    std::unique_ptr<Timer> createTimer() override;

    void advance(std::chrono::milliseconds by);
    // A wall-clock jump (user changed the system time, NTP correction); monotonic time and
    // timers are unaffected, as on a real system.
    void setNow(const QDateTime &now);
    [[nodiscard]] int activeTimerCount() const;
    // Time until the next timer is due, or -1 ms when none is active.
    [[nodiscard]] std::chrono::milliseconds nextDue() const;

private:
    friend class ManualTimer;
    void attach(ManualTimer *timer);
    void detach(ManualTimer *timer);
    quint64 nextSequence() { return ++m_sequence; }

    QDateTime m_wallAtZero;
    std::chrono::milliseconds m_monotonic {0};
    std::vector<ManualTimer *> m_timers;
    quint64 m_sequence = 0;
};

class ManualTimer final : public Timer
{
    Q_OBJECT
public:
    explicit ManualTimer(ManualClock &clock);
    ~ManualTimer() override;

    void start(std::chrono::milliseconds interval) override;
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    void setSingleShot(bool singleShot) override { m_singleShot = singleShot; }

private:
    friend class ManualClock;
    ManualClock *m_clock;
    std::chrono::milliseconds m_interval {0};
    std::chrono::milliseconds m_due {0};
    quint64 m_sequence = 0; // start order breaks ties between timers due at the same moment
    bool m_active = false;
    bool m_singleShot = false;
};

} // namespace rapport::test
