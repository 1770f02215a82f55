// A real serial port: the slave side of a pseudo-terminal, opened through QSerialPort.
#include "RapportTest.h"
#include "modem/PseudoTerminal.h"
#include "modem/SerialLink.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace rapport::modem;

class TestSerialLink final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<PortError>(); }

    void bytesFlowBothWays()
    {
        PseudoTerminal far;
        QVERIFY2(far.create(), qPrintable(far.errorString()));
        SerialLink link;
        const auto opened = link.open(far.slavePath());
        QVERIFY(opened.hasValue());
        QVERIFY(link.isOpen());

        QSignalSpy farReady(&far, &QIODevice::readyRead);
        link.device()->write("AT\r");
        QVERIFY(farReady.wait(5000));
        QCOMPARE(far.readAll(), QByteArray("AT\r"));

        QSignalSpy linkReady(link.device(), &QIODevice::readyRead);
        far.write("\r\nOK\r\n");
        QVERIFY(linkReady.wait(5000));
        QByteArray received = link.device()->readAll();
        while (received.size() < 6 && linkReady.wait(5000))
            received += link.device()->readAll();
        QCOMPARE(received, QByteArray("\r\nOK\r\n"));
    }

    void symlinkPathIsAcceptedAsTyped()
    {
        QTemporaryDir dir;
        const QString linkPath = dir.filePath(QStringLiteral("modem0"));
        PseudoTerminal far;
        QVERIFY(far.create(linkPath));
        QCOMPARE(QFileInfo(linkPath).symLinkTarget(), far.slavePath());
        SerialLink link;
        QVERIFY(link.open(linkPath).hasValue());
        QCOMPARE(link.path(), linkPath);
        far.close();
        QVERIFY(!QFileInfo(linkPath).isSymLink());
    }

    void farSideVanishingClosesThePortOnce()
    {
        auto far = std::make_unique<PseudoTerminal>();
        QVERIFY(far->create());
        SerialLink link;
        QVERIFY(link.open(far->slavePath()).hasValue());
        QSignalSpy lost(&link, &SerialLink::lost);
        far.reset(); // the USB stick is pulled out
        QVERIFY(lost.wait(5000));
        QVERIFY(!link.isOpen());
        const auto error = lost.at(0).at(0).value<PortError>();
        QCOMPARE(error.kind, PortErrorKind::Vanished);
        // Closed on the first error: no flood of further reports.
        QVERIFY(!lost.wait(200));
        QCOMPARE(lost.count(), 1);
    }

    void missingDeviceIsNotFound()
    {
        SerialLink link;
        const auto result = link.open(QStringLiteral("/dev/rapport-no-such-modem"));
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().kind, PortErrorKind::NotFound);
        QCOMPARE(result.error().path, QStringLiteral("/dev/rapport-no-such-modem"));
    }

    void regularFileIsNotASerialPort()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not-a-port"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        SerialLink link;
        const auto result = link.open(path);
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().kind, PortErrorKind::NotASerialPort);
    }

    void portHeldByAnotherOpenerIsBusy()
    {
        PseudoTerminal far;
        QVERIFY(far.create());
        SerialLink first;
        QVERIFY(first.open(far.slavePath()).hasValue());
        SerialLink second;
        const auto result = second.open(far.slavePath());
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().kind, PortErrorKind::Busy);
        QVERIFY2(result.error().holders.contains(QCoreApplication::applicationName().left(15)),
            qPrintable(result.error().holders.join(u',')));
    }
};

RAPPORT_TEST_MAIN(TestSerialLink)
#include "tst_seriallink.moc"
