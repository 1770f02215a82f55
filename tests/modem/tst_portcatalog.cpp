// Listing ports: USB interface names from sysfs, which port answers AT, and the ranking.
#include "RapportTest.h"
#include "modem/PortCatalog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace rapport::modem;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestPortCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("interfaceName");
        QTest::addColumn<QString>("description");
        QTest::addColumn<int>("role");
        // Interface strings as Huawei E3372/E173, ZTE MF190, Quectel EC25 and SIMCom SIM7600
        // report them in sysfs (lsusb -v listings in their vendors' Linux guides).
        QTest::newRow("huawei pcui") << QStringLiteral("Huawei Mobile Connect - PC UI Interface")
                                     << QString() << int(PortRole::AtControl);
        QTest::newRow("huawei modem")
            << QStringLiteral("Huawei Mobile Connect - Modem") << QString() << int(PortRole::Modem);
        QTest::newRow("huawei application")
            << QStringLiteral("Huawei Mobile Connect - Application Interface") << QString()
            << int(PortRole::NotForAt);
        QTest::newRow("zte diagnostics")
            << QStringLiteral("ZTE Diagnostics Interface") << QString() << int(PortRole::NotForAt);
        QTest::newRow("quectel nmea")
            << QString() << QStringLiteral("Quectel NMEA port") << int(PortRole::NotForAt);
        QTest::newRow("simcom at")
            << QStringLiteral("SimTech AT port") << QString() << int(PortRole::AtControl);
        QTest::newRow("cdc acm control") << QStringLiteral("CDC Abstract Control Model (ACM)")
                                         << QString() << int(PortRole::AtControl);
        QTest::newRow("nothing known")
            << QString() << QStringLiteral("ttyS0") << int(PortRole::Unknown);
    }
    void classify()
    {
        QFETCH(QString, interfaceName);
        QFETCH(QString, description);
        QFETCH(int, role);
        QCOMPARE(int(PortCatalog::classify(interfaceName, description)), role);
    }

    void readsUsbInterfaceFromSysfs()
    {
        // usb-serial layout (option driver): tty/ttyUSB2/device -> .../1-1.3:1.2/ttyUSB2
        QTemporaryDir sysfs;
        const QString interfaceDir = sysfs.path() + QStringLiteral("/devices/usb1/1-1.3/1-1.3:1.2");
        writeFile(interfaceDir + QStringLiteral("/bInterfaceNumber"), "02\n");
        writeFile(interfaceDir + QStringLiteral("/interface"),
            "Huawei Mobile Connect - PC UI Interface\n");
        QDir().mkpath(interfaceDir + QStringLiteral("/ttyUSB2"));
        QDir().mkpath(sysfs.path() + QStringLiteral("/class/tty/ttyUSB2"));
        QVERIFY(QFile::link(interfaceDir + QStringLiteral("/ttyUSB2"),
            sysfs.path() + QStringLiteral("/class/tty/ttyUSB2/device")));

        PortDescription port;
        port.name = QStringLiteral("ttyUSB2");
        PortCatalog::addUsbInterfaceInfo(port, sysfs.path());
        QCOMPARE(port.interfaceNumber, 2);
        QCOMPARE(port.interfaceName, QStringLiteral("Huawei Mobile Connect - PC UI Interface"));
        QCOMPARE(port.usbDevice, QStringLiteral("1-1.3"));
        QCOMPARE(port.role, PortRole::AtControl);

        // cdc-acm layout: tty/ttyACM0/device -> the interface directory itself
        const QString acmDir = sysfs.path() + QStringLiteral("/devices/usb1/1-2/1-2:1.0");
        writeFile(acmDir + QStringLiteral("/bInterfaceNumber"), "00\n");
        QDir().mkpath(sysfs.path() + QStringLiteral("/class/tty/ttyACM0"));
        QVERIFY(QFile::link(acmDir, sysfs.path() + QStringLiteral("/class/tty/ttyACM0/device")));
        PortDescription acm;
        acm.name = QStringLiteral("ttyACM0");
        acm.description = QStringLiteral("Sierra Wireless modem");
        PortCatalog::addUsbInterfaceInfo(acm, sysfs.path());
        QCOMPARE(acm.interfaceNumber, 0);
        QCOMPARE(acm.usbDevice, QStringLiteral("1-2"));
        QCOMPARE(acm.role, PortRole::Modem);

        PortDescription plain;
        plain.name = QStringLiteral("ttyS0");
        PortCatalog::addUsbInterfaceInfo(plain, sysfs.path());
        QCOMPARE(plain.interfaceNumber, -1);
        QCOMPARE(plain.role, PortRole::Unknown);
    }

    void ranksAtPortsOfKnownModemsFirst()
    {
        const auto make = [](const char *path, bool vendor, PortRole role, int interface) {
            PortDescription p;
            p.path = QLatin1String(path);
            p.knownModemVendor = vendor;
            p.role = role;
            p.usbDevice = QStringLiteral("1-1");
            p.interfaceNumber = interface;
            return p;
        };
        QList<PortDescription> ports {
            make("/dev/ttyS0", false, PortRole::Unknown, -1),
            make("/dev/ttyUSB0", true, PortRole::Modem, 0),
            make("/dev/ttyUSB1", true, PortRole::NotForAt, 1),
            make("/dev/ttyUSB2", true, PortRole::AtControl, 2),
        };
        PortCatalog::sortByLikelihood(ports);
        QStringList order;
        for (const auto &p : std::as_const(ports))
            order << p.path;
        QCOMPARE(order,
            (QStringList {QStringLiteral("/dev/ttyUSB2"), QStringLiteral("/dev/ttyUSB0"),
                QStringLiteral("/dev/ttyUSB1"), QStringLiteral("/dev/ttyS0")}));
    }

    void knownVendors()
    {
        QVERIFY(PortCatalog::isKnownModemVendor(0x12d1)); // Huawei
        QVERIFY(PortCatalog::isKnownModemVendor(0x2c7c)); // Quectel
        QVERIFY(!PortCatalog::isKnownModemVendor(0x0403)); // FTDI: a plain serial adapter
    }
};

RAPPORT_TEST_MAIN(TestPortCatalog)
#include "tst_portcatalog.moc"
