#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace rapport::modem {

// What the modem reports about itself, as values the session publishes and the UI words.

enum class SimState {
    Unknown,
    Ready,
    PinRequired,
    PukRequired, // the SIM is blocked: only the PUK from the operator unlocks it
    Pin2Required,
    Puk2Required,
    PhoneLocked, // PH-SIM PIN and other device locks
    NotInserted,
    Failure,
};

enum class RegistrationState {
    NotRegistered, // not searching
    Home,
    Searching,
    Denied,
    Unknown,
    Roaming,
    SmsOnlyHome, // 27.007 values 6 and 7: registered for SMS only
    SmsOnlyRoaming,
    EmergencyOnly,
};

struct Registration
{
    RegistrationState state = RegistrationState::Unknown;
    QString locationArea; // LAC/TAC as the modem gives it (hex)
    QString cellId;
    std::optional<int> accessTechnology; // 0 GSM, 2 UTRAN, 7 E-UTRAN …

    [[nodiscard]] bool isRegistered() const
    {
        return state == RegistrationState::Home || state == RegistrationState::Roaming
            || state == RegistrationState::SmsOnlyHome
            || state == RegistrationState::SmsOnlyRoaming;
    }
};

struct SignalQuality
{
    int rssi = 99; // 0–31, 99 = not known or not detectable (27.007 +CSQ)
    int ber = 99;

    [[nodiscard]] bool isKnown() const { return rssi >= 0 && rssi <= 31; }
    [[nodiscard]] int dBm() const { return isKnown() ? -113 + 2 * rssi : 0; }
    // 0–5 bars, on the thresholds most phones use for +CSQ.
    [[nodiscard]] int bars() const
    {
        if (!isKnown() || rssi < 2)
            return 0;
        if (rssi < 7)
            return 1;
        if (rssi < 12)
            return 2;
        if (rssi < 17)
            return 3;
        if (rssi < 22)
            return 4;
        return 5;
    }
};

struct StorageUsage
{
    QByteArray storage; // "SM", "ME", "MT", "SR" …
    int used = 0;
    int total = 0;

    [[nodiscard]] bool isFull() const { return total > 0 && used >= total; }
    friend bool operator==(const StorageUsage &, const StorageUsage &) = default;
};

// Signal, registration and operator as last polled.
struct ModemHealth
{
    SignalQuality signal;
    Registration registration;
    QString operatorName;

    friend bool operator==(const ModemHealth &a, const ModemHealth &b)
    {
        return a.signal.rssi == b.signal.rssi && a.registration.state == b.registration.state
            && a.operatorName == b.operatorName;
    }
};

struct ModemIdentity
{
    QString manufacturer;
    QString model;
    QString firmware;
    QString imei;
    QString imsi;
};

} // namespace rapport::modem
