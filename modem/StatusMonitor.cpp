#include "modem/StatusMonitor.h"

#include "modem/AtChannel.h"
#include "modem/AtReplies.h"
#include "modem/Clock.h"

#include <QPointer>

namespace rapport::modem {

StatusMonitor::StatusMonitor(AtChannel &channel, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_timer(clock.createTimer())
{
    connect(m_timer.get(), &Timer::timeout, this, &StatusMonitor::pollNow);
}

StatusMonitor::~StatusMonitor() = default;

void StatusMonitor::start(std::chrono::milliseconds interval)
{
    m_timer->start(interval);
    pollNow();
}

void StatusMonitor::stop()
{
    m_timer->stop();
}

void StatusMonitor::pollNow()
{
    if (m_polling)
        return;
    m_polling = true;
    QPointer<StatusMonitor> self(this);
    if (!m_longNamesRequested) {
        // Long alphanumeric operator names ("Vodafone UK" rather than "23415").
        m_longNamesRequested = true;
        m_channel.enqueue(AtCommand::plain("AT+COPS=3,0"));
    }
    auto next = std::make_shared<ModemHealth>(m_health);
    m_channel.enqueue(AtCommand::withPrefix("AT+CSQ", "+CSQ:"), [self, next](const AtResponse &r) {
        for (const QByteArray &line : r.lines) {
            if (const auto quality = AtReplies::signalQuality(line))
                next->signal = *quality;
        }
    });
    m_channel.enqueue(
        AtCommand::withPrefix("AT+CREG?", "+CREG:"), [self, next](const AtResponse &r) {
            for (const QByteArray &line : r.lines) {
                if (const auto reg = AtReplies::registration(line, true))
                    next->registration = *reg;
            }
        });
    if (!m_epsUnsupported) {
        // LTE-only modems register for SMS on EPS; +CREG may then say "searching".
        m_channel.enqueue(
            AtCommand::withPrefix("AT+CEREG?", "+CEREG:"), [self, next](const AtResponse &r) {
                if (!self)
                    return;
                if (!r.isOk() && r.modemAnswered()) {
                    self->m_epsUnsupported = true;
                    return;
                }
                for (const QByteArray &line : r.lines) {
                    const auto reg = AtReplies::registration(line, true);
                    if (reg && reg->isRegistered() && !next->registration.isRegistered())
                        next->registration = *reg;
                }
            });
    }
    m_channel.enqueue(
        AtCommand::withPrefix("AT+COPS?", "+COPS:"), [self, next](const AtResponse &r) {
            if (!self)
                return;
            for (const QByteArray &line : r.lines) {
                if (const auto name = AtReplies::operatorName(line))
                    next->operatorName = *name;
            }
            self->m_polling = false;
            self->publish(*next);
        });
}

void StatusMonitor::publish(const ModemHealth &next)
{
    // The first poll is always published, so a caller waiting for "the status" hears about it.
    if (next == m_health && m_published)
        return;
    m_published = true;
    m_health = next;
    Q_EMIT healthChanged(m_health);
}

} // namespace rapport::modem
