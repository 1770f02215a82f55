#include "modem/SimulatedScheduler.h"

#include <QPointer>

#include <algorithm>

namespace rapport::modem {

using std::chrono::milliseconds;

SimulatedScheduler::SimulatedScheduler(Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(clock.createTimer())
{
    m_timer->setSingleShot(true);
    connect(m_timer.get(), &Timer::timeout, this, &SimulatedScheduler::onTimeout);
}

SimulatedScheduler::~SimulatedScheduler() = default;

SimulatedScheduler::EventId SimulatedScheduler::schedule(
    milliseconds delay, std::function<void()> action)
{
    Event event {
        ++m_lastId, m_clock.monotonic() + std::max(delay, milliseconds(0)), std::move(action)};
    // Upper bound on the due time keeps events of equal due time in scheduling order.
    const auto at = std::upper_bound(m_events.begin(), m_events.end(), event.due,
        [](milliseconds due, const Event &e) { return due < e.due; });
    const EventId id = event.id;
    m_events.insert(at, std::move(event));
    rearm();
    return id;
}

bool SimulatedScheduler::cancel(EventId id)
{
    const auto it = std::find_if(
        m_events.begin(), m_events.end(), [id](const Event &e) { return e.id == id; });
    if (it == m_events.end())
        return false;
    m_events.erase(it);
    rearm();
    return true;
}

void SimulatedScheduler::cancelAll()
{
    m_events.clear();
    m_timer->stop();
}

void SimulatedScheduler::onTimeout()
{
    QPointer<SimulatedScheduler> self(this);
    // One at a time from the front: an action may schedule (a zero delay lands behind what is
    // already due) or cancel anything, including the rest of this batch.
    while (self && !m_events.empty() && m_events.front().due <= m_clock.monotonic()) {
        Event event = std::move(m_events.front());
        m_events.erase(m_events.begin());
        if (event.action)
            event.action();
    }
    if (self)
        rearm();
}

void SimulatedScheduler::rearm()
{
    if (m_events.empty()) {
        m_timer->stop();
        return;
    }
    const milliseconds wait = std::max(m_events.front().due - m_clock.monotonic(), milliseconds(0));
    m_timer->start(wait);
}

} // namespace rapport::modem
