#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <memory>

namespace rapport {

// A timer created by a Clock. Engine and core code never use QTimer directly, so tests can drive
// every timeout, back-off and schedule with a ManualClock instead of waiting.
class Timer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Timer() override = default;

    virtual void start(std::chrono::milliseconds interval) = 0;
    virtual void stop() = 0;
    [[nodiscard]] virtual bool isActive() const = 0;
    virtual void setSingleShot(bool singleShot) = 0;

Q_SIGNALS:
    void timeout();
};

// The time seam: wall-clock time (UTC), a monotonic counter, and timers.
class Clock
{
public:
    virtual ~Clock() = default;

    [[nodiscard]] virtual QDateTime now() const = 0;
    [[nodiscard]] virtual std::chrono::milliseconds monotonic() const = 0;
    [[nodiscard]] virtual std::unique_ptr<Timer> createTimer() = 0;

    // The real clock, backed by QDateTime and QTimer; lives as long as the process.
    static Clock &system();
};

} // namespace rapport
