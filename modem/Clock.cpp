#include "modem/Clock.h"

#include <QElapsedTimer>
#include <QTimer>

namespace rapport {
namespace {

class SystemTimer final : public Timer
{
public:
    SystemTimer()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &Timer::timeout);
    }

    void start(std::chrono::milliseconds interval) override { m_timer.start(interval); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }
    void setSingleShot(bool singleShot) override { m_timer.setSingleShot(singleShot); }

private:
    QTimer m_timer;
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_started.start(); }

    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    std::chrono::milliseconds monotonic() const override
    {
        return std::chrono::milliseconds(m_started.elapsed());
    }
    std::unique_ptr<Timer> createTimer() override { return std::make_unique<SystemTimer>(); }

private:
    QElapsedTimer m_started;
};

} // namespace

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace rapport
