#pragma once

#include "modem/AtCommand.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace rapport::modem {

class AtChannel;

enum class Vendor { Generic, Huawei, Zte, Simcom, Quectel, SierraWavecom };

// What differs between modem makers, in one place: extra set-up commands, noise to ignore, the
// lines that mean "I have just reset", how to read the remaining PIN attempts, and answers that
// deviate from 27.007. Picked from the manufacturer and model the modem reports.
struct VendorProfile
{
    Vendor vendor = Vendor::Generic;
    QString name; // "Huawei", for logs and the modem page

    // Sent after echo off and CMEE, before any SIM or SMS command. Failures are tolerated.
    QList<QByteArray> initCommands;
    // Extra lines that end a command with an error ("COMMAND NOT SUPPORT").
    QList<QByteArray> extraErrorFinals;
    // Unsolicited status chatter to swallow without logging it as unknown.
    QList<QByteArray> noiseUrcs;
    // Lines that mean the modem restarted: the session re-initialises.
    QList<QByteArray> resetUrcs;
    // The command and reply prefix that tell the remaining PIN/PUK attempts, if the vendor has one.
    std::optional<AtCommand> pinAttemptsQuery;
    // AT+CPIN? answered with "+CPIN: READY" and no OK (Wavecom/Sierra).
    bool cpinWithoutOk = false;
    // Message indices start at 0 (Huawei) rather than 1; only matters for sweeps of empty slots.
    bool zeroBasedIndices = false;
    // AT+CMMS=1 is worth trying; some Huawei firmware answers +CMS ERROR: 500 and is then left alone.
    bool tryCmms = true;

    static VendorProfile generic();
    static VendorProfile forVendor(Vendor vendor);
    // From the +CGMI / +CGMM answers, case-insensitively ("huawei", "ZTE CORPORATION",
    // "SIMCOM INCORPORATED", "Quectel", "Sierra Wireless, Incorporated", "WAVECOM MODEM").
    static VendorProfile forIdentity(const QString &manufacturer, const QString &model);
    // Parses the command-line/config name ("huawei", "zte", "simcom", "quectel", "sierra",
    // "generic").
    static std::optional<Vendor> vendorFromName(QStringView name);
    static QString nameOf(Vendor vendor);

    // Adds the vendor's final codes and quiet URC prefixes to a channel; returns the URC handler
    // ids so the caller can remove them before applying a profile again.
    QList<quint64> applyTo(AtChannel &channel) const;
    // Lines modems print while they start up, whatever the vendor. Registered as URCs before the
    // identity is read, so a late "+CFUN: 1" is never taken for the manufacturer's name.
    static QList<QByteArray> bootNoise();
};

} // namespace rapport::modem
