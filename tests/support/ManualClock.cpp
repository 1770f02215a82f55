#include "ManualClock.h"

#include <algorithm>

namespace rapport::test {

using std::chrono::milliseconds;

ManualClock::ManualClock(QDateTime start)
    : m_wallAtZero(std::move(start))
{ }

ManualClock::~ManualClock()
{
    for (ManualTimer *timer : m_timers)
        timer->m_clock = nullptr;
}

QDateTime ManualClock::now() const
{
    return m_wallAtZero.addMSecs(m_monotonic.count());
}

std::unique_ptr<Timer> ManualClock::createTimer()
{
    return std::make_unique<ManualTimer>(*this);
}

void ManualClock::advance(milliseconds by)
{
    const milliseconds target = m_monotonic + std::max(by, milliseconds(0));
    for (;;) {
        ManualTimer *next = nullptr;
        for (ManualTimer *timer : m_timers) {
            if (!timer->m_active || timer->m_due > target)
                continue;
            if (!next || timer->m_due < next->m_due
                || (timer->m_due == next->m_due && timer->m_sequence < next->m_sequence))
                next = timer;
        }
        if (!next)
            break;
        m_monotonic = std::max(m_monotonic, next->m_due);
        if (next->m_singleShot) {
            next->m_active = false;
        } else {
            // A zero interval would fire forever within one advance; Qt would fire it once per
            // event-loop pass, which a manual clock approximates as once per millisecond.
            next->m_due += std::max(next->m_interval, milliseconds(1));
            next->m_sequence = nextSequence();
        }
        // The slot may delete the timer; the clock only touches it before the emission.
        Q_EMIT next->timeout();
    }
    m_monotonic = target;
}

void ManualClock::setNow(const QDateTime &now)
{
    m_wallAtZero = now.addMSecs(-m_monotonic.count());
}

int ManualClock::activeTimerCount() const
{
    return int(std::count_if(
        m_timers.cbegin(), m_timers.cend(), [](const ManualTimer *t) { return t->m_active; }));
}

milliseconds ManualClock::nextDue() const
{
    milliseconds best(-1);
    for (const ManualTimer *timer : m_timers) {
        if (timer->m_active && (best.count() < 0 || timer->m_due - m_monotonic < best))
            best = timer->m_due - m_monotonic;
    }
    return best;
}

void ManualClock::attach(ManualTimer *timer)
{
    m_timers.push_back(timer);
}

void ManualClock::detach(ManualTimer *timer)
{
    m_timers.erase(std::remove(m_timers.begin(), m_timers.end(), timer), m_timers.end());
}

ManualTimer::ManualTimer(ManualClock &clock)
    : m_clock(&clock)
{
    clock.attach(this);
}

ManualTimer::~ManualTimer()
{
    if (m_clock)
        m_clock->detach(this);
}

void ManualTimer::start(milliseconds interval)
{
    if (!m_clock)
        return;
    m_interval = std::max(interval, milliseconds(0));
    m_due = m_clock->monotonic() + m_interval;
    m_sequence = m_clock->nextSequence();
    m_active = true;
}

} // namespace rapport::test
