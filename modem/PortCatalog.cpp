#include "modem/PortCatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSerialPortInfo>

#include <algorithm>
#include <array>

namespace rapport::modem {
namespace {

QString readTrimmed(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll()).trimmed();
}

int roleRank(PortRole role)
{
    switch (role) {
    case PortRole::AtControl:
        return 0;
    case PortRole::Modem:
        return 1;
    case PortRole::Unknown:
        return 2;
    case PortRole::NotForAt:
        return 3;
    }
    return 3;
}

} // namespace

QList<PortDescription> PortCatalog::list()
{
    QList<PortDescription> ports;
    const QList<QSerialPortInfo> infos = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : infos) {
        PortDescription port;
        port.path = info.systemLocation();
        port.name = info.portName();
        port.description = info.description();
        port.manufacturer = info.manufacturer();
        port.serialNumber = info.serialNumber();
        if (info.hasVendorIdentifier()) {
            port.vendorId = info.vendorIdentifier();
            port.knownModemVendor = isKnownModemVendor(info.vendorIdentifier());
        }
        if (info.hasProductIdentifier())
            port.productId = info.productIdentifier();
        addUsbInterfaceInfo(port, QStringLiteral("/sys"));
        ports << port;
    }
    sortByLikelihood(ports);
    return ports;
}

void PortCatalog::addUsbInterfaceInfo(PortDescription &port, const QString &sysfsRoot)
{
    // /sys/class/tty/<name>/device points at the USB interface (cdc-acm) or at a child of it
    // (usb-serial drivers such as option, used by most Huawei/ZTE/Quectel sticks).
    const QString link
        = sysfsRoot + QStringLiteral("/class/tty/") + port.name + QStringLiteral("/device");
    QString interfaceDir = QFileInfo(link).canonicalFilePath();
    if (interfaceDir.isEmpty()) {
        port.role = classify(QString(), port.description);
        return;
    }
    if (!QFileInfo::exists(interfaceDir + QStringLiteral("/bInterfaceNumber")))
        interfaceDir = QFileInfo(interfaceDir).path();
    const QString number = readTrimmed(interfaceDir + QStringLiteral("/bInterfaceNumber"));
    bool ok = false;
    const int parsed = number.toInt(&ok, 16);
    if (ok) {
        port.interfaceNumber = parsed;
        port.interfaceName = readTrimmed(interfaceDir + QStringLiteral("/interface"));
        // The interface directory is "<usb device>:<config>.<interface>", e.g. "1-1.3:1.2".
        const QString base = QFileInfo(interfaceDir).fileName();
        port.usbDevice = base.left(base.indexOf(u':'));
    }
    port.role = classify(port.interfaceName, port.description);
}

PortRole PortCatalog::classify(const QString &interfaceName, const QString &description)
{
    const QString text = (interfaceName + u' ' + description).toLower();
    const auto has = [&text](const char *word) { return text.contains(QLatin1String(word)); };
    if (has("diag") || has("application") || has("nmea") || has("gps") || has("qmi") || has("mbim")
        || has("debug") || has("dm port"))
        return PortRole::NotForAt;
    if (has("pc ui") || has("pcui") || has(" at ") || text.startsWith(QLatin1String("at "))
        || has("control") || has("at port") || has("at interface"))
        return PortRole::AtControl;
    if (has("modem") || has("data"))
        return PortRole::Modem;
    return PortRole::Unknown;
}

bool PortCatalog::isKnownModemVendor(quint16 vendorId)
{
    // USB vendor IDs of GSM modem makers (usb.ids): Huawei, ZTE, SIMCom, Quectel, Sierra Wireless,
    // Telit, u-blox, Wavecom, Qualcomm (many white-label sticks), Fibocom, Option, Novatel.
    static constexpr std::array<quint16, 12> vendors {0x12d1, 0x19d2, 0x1e0e, 0x2c7c, 0x1199,
        0x1bc7, 0x1546, 0x114f, 0x05c6, 0x2cb7, 0x0af0, 0x1410};
    return std::find(vendors.cbegin(), vendors.cend(), vendorId) != vendors.cend();
}

void PortCatalog::sortByLikelihood(QList<PortDescription> &ports)
{
    std::stable_sort(
        ports.begin(), ports.end(), [](const PortDescription &a, const PortDescription &b) {
            if (a.knownModemVendor != b.knownModemVendor)
                return a.knownModemVendor;
            if (roleRank(a.role) != roleRank(b.role))
                return roleRank(a.role) < roleRank(b.role);
            if (a.usbDevice != b.usbDevice)
                return a.usbDevice < b.usbDevice;
            if (a.interfaceNumber != b.interfaceNumber)
                return a.interfaceNumber < b.interfaceNumber;
            return a.path < b.path;
        });
}

} // namespace rapport::modem
