// Keeping a modem connected over real pseudo-terminals: unplug and replug, a stick that comes back
// on another path (found by its IMEI), a hung modem, and ports that need the user. Port discovery:
// parallel probes and grouping by IMEI.
#include "RapportTest.h"
#include "modem/Clock.h"
#include "modem/ModemConnection.h"
#include "modem/PortProber.h"
#include "modem/SimulatedModem.h"
#include "modem/SimulatedModemPty.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace rapport::modem;
using namespace std::chrono_literals;
using rapport::Clock;

namespace {

struct PtyModem
{
    PtyModem(const QString &link, const QByteArray &imei)
        : modem(Clock::system(), SimulatedModemPreset::forVendor(Vendor::Generic))
        , pty(modem)
    {
        modem.setImei(imei);
        modem.setNetworkDelay(0ms);
        opened = pty.open(link);
    }
    SimulatedModem modem;
    SimulatedModemPty pty;
    bool opened = false;
};

bool waitForReady(ModemConnection &connection, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (connection.session() && connection.session()->state() == ModemSession::State::Ready)
            return true;
        QTest::qWait(20);
    }
    return false;
}

ModemConnection::Settings fastRetries()
{
    ModemConnection::Settings settings;
    settings.firstRetry = 50ms;
    settings.maxRetry = 400ms;
    settings.probeTimeout = 500ms;
    return settings;
}

} // namespace

class TestModemConnection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<PortError>(); }

    void reconnectsWhenTheModemComesBack()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("modem"));
        PtyModem sim(link, "356938035643809");
        QVERIFY(sim.opened);
        ModemConnection connection(Clock::system());
        connection.setSettings(fastRetries());
        QSignalSpy errors(&connection, &ModemConnection::portError);
        QSignalSpy started(&connection, &ModemConnection::sessionStarted);
        connection.open(link);
        QVERIFY(waitForReady(connection));
        QCOMPARE(connection.imei(), QStringLiteral("356938035643809"));

        QVERIFY(sim.pty.disappear());
        QVERIFY(errors.wait(5000));
        QCOMPARE(errors.constLast().at(0).value<PortError>().kind, PortErrorKind::Vanished);
        QVERIFY(!connection.session());
        QCOMPARE(connection.state(), ModemConnection::State::WaitingToRetry);

        QVERIFY(sim.pty.reappear());
        QVERIFY(waitForReady(connection));
        QCOMPARE(started.count(), 2);
        QCOMPARE(connection.path(), link);
    }

    void findsTheSameImeiOnAnotherPath()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("ttyUSB2"));
        const QString second = dir.filePath(QStringLiteral("ttyUSB5"));
        const QString other = dir.filePath(QStringLiteral("ttyUSB9"));
        auto original = std::make_unique<PtyModem>(first, "356938035643809");
        PtyModem stranger(other, "490154203237518"); // another modem: must not be taken
        QVERIFY(original->opened && stranger.opened);

        ModemConnection connection(Clock::system());
        connection.setSettings(fastRetries());
        std::unique_ptr<PtyModem> moved;
        connection.setCandidateProvider([&] {
            QStringList paths {other};
            if (moved)
                paths << second;
            return paths;
        });
        QSignalSpy relocated(&connection, &ModemConnection::relocated);
        connection.open(first);
        QVERIFY(waitForReady(connection));

        // Unplugged from one socket, plugged into another: a new device path.
        original.reset();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ModemConnection::State::WaitingToRetry, 5000);
        moved = std::make_unique<PtyModem>(second, "356938035643809");
        QVERIFY(moved->opened);
        QVERIFY(relocated.wait(10000));
        QCOMPARE(relocated.at(0).at(0).toString(), second);
        QVERIFY(waitForReady(connection));
        QCOMPARE(connection.path(), second);
    }

    void hungModemIsReopened()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("modem"));
        PtyModem sim(link, "356938035643809");
        ModemConnection connection(Clock::system());
        ModemConnection::Settings settings = fastRetries();
        connection.setSettings(settings);
        QSignalSpy ending(&connection, &ModemConnection::sessionEnding);
        connection.open(link);
        QVERIFY(waitForReady(connection));
        sim.modem.setSilent(true);
        connection.session()->sweepNow();
        QVERIFY(ending.wait(30000)); // three timeouts, then the session is dropped
        sim.modem.setSilent(false);
        QVERIFY(waitForReady(connection, 30000));
    }

    void portsThatNeedTheUserAreNotRetried()
    {
        ModemConnection connection(Clock::system());
        connection.setSettings(fastRetries());
        QSignalSpy retries(&connection, &ModemConnection::retryScheduled);
        connection.open(QStringLiteral("/etc/hostname"));
        QCOMPARE(connection.state(), ModemConnection::State::NeedsUser);
        QCOMPARE(connection.lastError()->kind, PortErrorKind::NotASerialPort);
        QVERIFY(!retries.wait(300));
    }

    void proberAsksEveryPortAtOnceAndGroupsByImei()
    {
        QTemporaryDir dir;
        const QString pcui = dir.filePath(QStringLiteral("ttyUSB2"));
        const QString data = dir.filePath(QStringLiteral("ttyUSB0"));
        const QString other = dir.filePath(QStringLiteral("ttyACM0"));
        const QString silent = dir.filePath(QStringLiteral("ttyUSB1"));
        const QString missing = dir.filePath(QStringLiteral("ttyUSB7"));
        PtyModem a(pcui, "356938035643809");
        PtyModem b(data, "356938035643809"); // the same stick's second port
        PtyModem c(other, "490154203237518");
        PtyModem d(silent, "111111111111111");
        d.modem.setSilent(true);

        PortProber prober(Clock::system());
        QSignalSpy finished(&prober, &PortProber::finished);
        const QStringList ranking {pcui, data, other, silent, missing};
        prober.probe(ranking, 800ms);
        QVERIFY(finished.wait(10000));
        const auto results = finished.at(0).at(0).value<QList<ProbeResult>>();
        QCOMPARE(results.size(), 5);
        QVERIFY(results.at(0).answersAt);
        QCOMPARE(results.at(0).imei, QStringLiteral("356938035643809"));
        QCOMPARE(results.at(0).manufacturer, QStringLiteral("Rapport"));
        QVERIFY(results.at(1).answersAt);
        QVERIFY(results.at(2).answersAt);
        QVERIFY(!results.at(3).answersAt);
        QVERIFY(!results.at(3).error);
        QVERIFY(!results.at(4).answersAt);
        QCOMPARE(results.at(4).error->kind, PortErrorKind::NotFound);

        const QList<ModemDevice> devices = PortProber::groupByDevice(results, ranking);
        QCOMPARE(devices.size(), 2);
        QCOMPARE(devices.at(0).imei, QStringLiteral("356938035643809"));
        QCOMPARE(devices.at(0).ports.size(), 2);
        QCOMPARE(devices.at(0).ports.at(0).path, pcui); // ranked first: the AT control port
        QCOMPARE(devices.at(1).imei, QStringLiteral("490154203237518"));
    }
};

RAPPORT_TEST_MAIN(TestModemConnection)
#include "tst_modemconnection.moc"
