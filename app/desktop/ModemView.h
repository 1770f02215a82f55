#pragma once

#include <QDateTime>
#include <QString>

namespace rapport::app {

// One modem as the desktop shows it, in plain words: no modem-layer types, so ui/ can hold it.
struct ModemView
{
    enum class Phase {
        Connecting, // opening the port or setting the modem up
        NeedsPin, // the SIM asks for its PIN
        Ready, // sending and receiving
        Problem, // set-up failed or the port is unusable: see problem/fix
        Away, // unplugged or lost; Rapport retries on its own
    };

    QString id; // the hub's key: the port path, or "demo"
    QString label; // "Huawei E3372 on /dev/ttyUSB2", "Demo modem"
    QString port;
    bool isDemo = false;
    Phase phase = Phase::Connecting;
    int pinAttemptsLeft = -1; // with NeedsPin, when the modem says

    int signalBars = -1; // 0–5; -1 not known
    int signalDbm = 0; // when signalBars >= 0
    QString operatorName;
    QString registration; // "Registered (home network)", "Searching for a network" …
    bool registered = false;
    QString simState; // "Ready", "PIN needed", "No SIM card" …

    int sentToday = 0; // parts sent today through this SIM
    int dailyCap = 0; // 0: no cap
    int queueLength = 0; // texts waiting in the outbox for any modem
    int storageUsed = -1; // SIM message storage; -1 not known
    int storageTotal = -1;

    QString manufacturer;
    QString model;
    QString imei;

    QString problem; // the last error in plain words; empty when all is well
    QString fix; // what to do about it
    QDateTime problemAt;

    [[nodiscard]] bool canSend() const { return phase == Phase::Ready; }
};

} // namespace rapport::app
