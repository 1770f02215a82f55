#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace rapport::modem {

// How likely a port is to be the one that answers AT commands, from its USB interface name.
enum class PortRole {
    AtControl, // "PC UI", "AT", "Control": best for AT commands while data may run elsewhere
    Modem, // the data/PPP port; answers AT as well
    Unknown, // no interface information (plain serial, some CDC-ACM devices)
    NotForAt, // "Diagnostic", "Application", "NMEA", "GPS", QMI/MBIM: never probe
};

struct PortDescription
{
    QString path; // /dev/ttyUSB2
    QString name; // ttyUSB2
    QString description; // from the driver
    QString manufacturer;
    QString serialNumber;
    std::optional<quint16> vendorId;
    std::optional<quint16> productId;
    int interfaceNumber = -1; // USB bInterfaceNumber, -1 when unknown
    QString interfaceName; // the USB interface string, e.g. "PC UI Interface"
    QString usbDevice; // sysfs id of the USB device ("1-1.3"); groups one stick's ports
    PortRole role = PortRole::Unknown;
    bool knownModemVendor = false;
};

class PortCatalog final
{
public:
    // Every serial port the system lists (ptys are not listed: they are typed as paths),
    // enriched from sysfs on Linux and sorted so the best AT candidates come first.
    static QList<PortDescription> list();

    // The pieces list() uses, exposed so they can be tested with a fake sysfs tree.
    static void addUsbInterfaceInfo(PortDescription &port, const QString &sysfsRoot);
    static PortRole classify(const QString &interfaceName, const QString &description);
    static bool isKnownModemVendor(quint16 vendorId);
    static void sortByLikelihood(QList<PortDescription> &ports);
};

} // namespace rapport::modem
