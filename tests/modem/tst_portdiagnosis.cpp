// Why a port could not be opened: the decision table behind "add yourself to dialout" and
// "another program holds the port".
#include "RapportTest.h"
#include "modem/PortDiagnosis.h"

using namespace rapport::modem;

namespace {

// A typical USB modem node on Debian: crw-rw---- root:dialout (gid 20).
PortFacts usbModem()
{
    PortFacts facts;
    facts.path = QStringLiteral("/dev/ttyUSB2");
    facts.exists = true;
    facts.isCharacterDevice = true;
    facts.ownerId = 0;
    facts.groupId = 20;
    facts.groupName = QStringLiteral("dialout");
    facts.mode = 0660;
    facts.userId = 1000;
    facts.userGroupIds = {1000, 24, 27};
    return facts;
}

} // namespace

Q_DECLARE_METATYPE(rapport::modem::PortFacts)

class TestPortDiagnosis final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diagnose_data()
    {
        QTest::addColumn<PortFacts>("facts");
        QTest::addColumn<int>("qtError");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("group");

        PortFacts missing = usbModem();
        missing.exists = false;
        QTest::newRow("unplugged") << missing << int(QSerialPort::DeviceNotFoundError)
                                   << int(PortErrorKind::NotFound) << QString();

        QTest::newRow("not in dialout")
            << usbModem() << int(QSerialPort::PermissionError)
            << int(PortErrorKind::PermissionDenied) << QStringLiteral("dialout");

        PortFacts member = usbModem();
        member.userGroupIds << 20;
        QTest::newRow("in dialout, port held exclusively")
            << member << int(QSerialPort::PermissionError) << int(PortErrorKind::Busy) << QString();

        PortFacts root = usbModem();
        root.userId = 0;
        root.userGroupIds = {0};
        QTest::newRow("root is never denied")
            << root << int(QSerialPort::PermissionError) << int(PortErrorKind::Busy) << QString();

        PortFacts owner = usbModem();
        owner.ownerId = 1000;
        owner.mode = 0600;
        QTest::newRow("owner with rw (pty)")
            << owner << int(QSerialPort::OpenError) << int(PortErrorKind::Busy) << QString();

        PortFacts ownerReadOnly = owner;
        ownerReadOnly.mode = 0400;
        QTest::newRow("owner without write")
            << ownerReadOnly << int(QSerialPort::PermissionError)
            << int(PortErrorKind::PermissionDenied) << QStringLiteral("dialout");

        PortFacts worldWritable = usbModem();
        worldWritable.mode = 0666;
        QTest::newRow("world rw, unknown failure")
            << worldWritable << int(QSerialPort::UnknownError) << int(PortErrorKind::Io)
            << QString();

        PortFacts file = usbModem();
        file.isCharacterDevice = false;
        QTest::newRow("regular file") << file << int(QSerialPort::OpenError)
                                      << int(PortErrorKind::NotASerialPort) << QString();

        PortFacts held = member;
        held.holders = {QStringLiteral("ModemManager")};
        QTest::newRow("holder seen")
            << held << int(QSerialPort::UnknownError) << int(PortErrorKind::Busy) << QString();
    }
    void diagnose()
    {
        QFETCH(PortFacts, facts);
        QFETCH(int, qtError);
        QFETCH(int, expected);
        QFETCH(QString, group);
        const PortError error = PortDiagnosis::diagnose(
            facts, QSerialPort::SerialPortError(qtError), QStringLiteral("system says no"));
        QCOMPARE(int(error.kind), expected);
        QCOMPARE(error.requiredGroup, group);
        QCOMPARE(error.path, facts.path);
        QCOMPARE(error.detail, QStringLiteral("system says no"));
        QCOMPARE(error.holders, facts.holders);
    }

    void gatherReadsTheRealSystem()
    {
        // /dev/null is a character device everybody may open.
        const PortFacts facts = PortDiagnosis::gather(QStringLiteral("/dev/null"));
        QVERIFY(facts.exists);
        QVERIFY(facts.isCharacterDevice);
        QCOMPARE(facts.mode, 0666u);
        QVERIFY(PortDiagnosis::userMayOpen(facts));

        const PortFacts absent = PortDiagnosis::gather(QStringLiteral("/dev/rapport-no-such-port"));
        QVERIFY(!absent.exists);
    }
};

RAPPORT_TEST_MAIN(TestPortDiagnosis)
#include "tst_portdiagnosis.moc"
