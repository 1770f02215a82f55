#pragma once

#include "modem/Clock.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace rapport::modem {

// Everything the simulator does later — slow answers, the network's delays, status reports,
// noise — on one Clock timer that runs only while something is due, so an idle simulator costs
// nothing and a ManualClock drives it deterministically.
class SimulatedScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedScheduler)
public:
    using EventId = quint64;

    explicit SimulatedScheduler(Clock &clock, QObject *parent = nullptr);
    ~SimulatedScheduler() override;

    // Runs action after delay; events due at the same moment run in the order they were
    // scheduled. Actions may schedule and cancel.
    EventId schedule(std::chrono::milliseconds delay, std::function<void()> action);
    bool cancel(EventId id);
    void cancelAll();

    [[nodiscard]] bool isIdle() const { return m_events.empty(); }
    [[nodiscard]] qsizetype pendingCount() const { return qsizetype(m_events.size()); }

private:
    struct Event
    {
        EventId id = 0;
        std::chrono::milliseconds due {0};
        std::function<void()> action;
    };

    void onTimeout();
    void rearm();

    Clock &m_clock;
    std::unique_ptr<Timer> m_timer;
    std::vector<Event> m_events; // sorted by due time, then by id
    EventId m_lastId = 0;
};

} // namespace rapport::modem
