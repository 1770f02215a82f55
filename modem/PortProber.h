#pragma once

#include "modem/PortCatalog.h"
#include "modem/PortError.h"

#include <QList>
#include <QObject>

#include <chrono>
#include <optional>

namespace rapport {
class Clock;
}

namespace rapport::modem {

struct ProbeResult
{
    QString path;
    bool answersAt = false;
    QString manufacturer;
    QString model;
    QString imei;
    std::optional<PortError> error; // the port could not be opened
};

// One device and its ports, the port to use for AT commands first.
struct ModemDevice
{
    QString imei;
    QList<ProbeResult> ports;
};

// Asks each candidate port "AT?" at once, with short timeouts, and reads who answers. Runs every
// probe in parallel: a port that never answers costs one timeout, not one per port.
class PortProber final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortProber)
public:
    explicit PortProber(Clock &clock, QObject *parent = nullptr);
    ~PortProber() override;

    void probe(const QStringList &paths,
        std::chrono::milliseconds timeout = std::chrono::milliseconds(1500));
    [[nodiscard]] bool isRunning() const { return m_pending > 0; }

    // Ports that answered, grouped by IMEI, in the order of `ranking` (the catalogue's order:
    // the AT control port before the data port).
    static QList<ModemDevice> groupByDevice(
        const QList<ProbeResult> &results, const QStringList &ranking);

Q_SIGNALS:
    void finished(const QList<rapport::modem::ProbeResult> &results);

private:
    void probeOne(int slot, const QString &path, std::chrono::milliseconds timeout);
    void done(int slot, ProbeResult result);

    Clock &m_clock;
    QList<ProbeResult> m_results;
    int m_pending = 0;
};

} // namespace rapport::modem
