#pragma once

#include "modem/PortError.h"

#include <QList>
#include <QSerialPort>

namespace rapport::modem {

// What the system says about a device path and the current user, gathered once so that the
// decision (diagnose) is pure and testable without root, real devices or a second process.
struct PortFacts
{
    QString path;
    bool exists = false;
    bool isCharacterDevice = false;
    uint ownerId = 0;
    uint groupId = 0;
    QString groupName;
    uint mode = 0; // permission bits, as in stat's st_mode & 0777
    uint userId = 0;
    QList<uint> userGroupIds;
    QStringList holders;
    bool modemManagerRunning = false;
};

class PortDiagnosis final
{
public:
    // Reads stat(), the process credentials and /proc (Linux) for the path.
    static PortFacts gather(const QString &path);
    // Why opening failed, given the facts and what QSerialPort reported.
    static PortError diagnose(
        const PortFacts &facts, QSerialPort::SerialPortError qtError, const QString &qtMessage);
    // Whether the user's credentials allow read and write access to the device.
    static bool userMayOpen(const PortFacts &facts);
};

} // namespace rapport::modem
