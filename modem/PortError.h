#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace rapport::modem {

// Why a serial port could not be used. modem/ reports the kind and the facts; app/ and ui/ turn
// them into words with the fix (e.g. "add yourself to the dialout group").
enum class PortErrorKind {
    NotFound, // no such device (unplugged, or a typo in the path)
    PermissionDenied, // the user may not open it; requiredGroup says which group grants access
    Busy, // another program holds it (holders names it when we can see it)
    NotASerialPort, // the path exists but is not a character device
    Vanished, // it was open and disappeared (unplugged, modem reset)
    Io, // any other I/O error reported by the driver
};

struct PortError
{
    PortErrorKind kind = PortErrorKind::Io;
    QString path;
    QString detail; // the system's own message, for logs and "Details…"
    QString requiredGroup; // PermissionDenied: the device's group (usually "dialout")
    QStringList holders; // Busy: names of processes that have the device open
    bool modemManagerRunning = false; // Busy: ModemManager grabs modems unless told not to
};

} // namespace rapport::modem

Q_DECLARE_METATYPE(rapport::modem::PortError)
