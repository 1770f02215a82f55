#pragma once

#include "modem/ModemStatus.h"

#include <QObject>

#include <chrono>
#include <memory>

namespace rapport {
class Clock;
class Timer;
} // namespace rapport

namespace rapport::modem {

class AtChannel;

// Polls signal, registration (CS and, where supported, EPS) and the operator name. Polling rather
// than +CREG/+CSQ indications: they differ per vendor and some never stop once enabled.
class StatusMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusMonitor)
public:
    StatusMonitor(AtChannel &channel, Clock &clock, QObject *parent = nullptr);
    ~StatusMonitor() override;

    void start(std::chrono::milliseconds interval);
    void stop();
    void pollNow();
    [[nodiscard]] const ModemHealth &health() const { return m_health; }

Q_SIGNALS:
    void healthChanged(const rapport::modem::ModemHealth &health);

private:
    void publish(const ModemHealth &next);

    AtChannel &m_channel;
    std::unique_ptr<Timer> m_timer;
    ModemHealth m_health;
    bool m_polling = false;
    bool m_published = false;
    bool m_longNamesRequested = false;
    bool m_epsUnsupported = false;
};

} // namespace rapport::modem
