// The simulated modem on a real pseudo-terminal, opened through QSerialPort the way a USB modem
// is: what `rapportctl modem simulate --link PATH` serves. Real time (the system clock), so the
// waits are QSignalSpy::wait on real I/O, never sleeps.
#include "RapportTest.h"
#include "modem/AtChannel.h"
#include "modem/AtReplies.h"
#include "modem/Clock.h"
#include "modem/SerialLink.h"
#include "modem/SimulatedModem.h"
#include "modem/SimulatedModemPty.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace rapport::modem;

class TestSimulatedModemPty final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<PortError>(); }

    void servesAModemThatVanishesAndComesBack()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(u"modem0"_s);
        SimulatedModem modem(rapport::Clock::system());
        modem.setImei("356938035643809");
        SimulatedModemPty pty(modem);
        QVERIFY2(pty.open(link), qPrintable(pty.errorString()));
        QCOMPARE(QFileInfo(link).symLinkTarget(), pty.slavePath());

        SerialLink serial;
        QVERIFY(serial.open(link).hasValue());
        AtChannel channel(serial.device(), rapport::Clock::system());

        std::optional<AtResponse> answer;
        channel.enqueue(
            AtCommand::withBareLines("AT+CGSN"), [&answer](const AtResponse &r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
        QVERIFY(answer->isOk());
        // The boot line (RDY) may come in front of the answer as one more bare line.
        QString imei;
        for (const QByteArray &line : answer->lines) {
            if (imei.isEmpty())
                imei = AtReplies::imei(line);
        }
        QCOMPARE(imei, u"356938035643809"_s);

        // Unplugged: the host's port notices and closes itself once.
        QSignalSpy lost(&serial, &SerialLink::lost);
        QSignalSpy channelClosed(&channel, &AtChannel::closed);
        QVERIFY(modem.disappear());
        QVERIFY(lost.wait(5000));
        QCOMPARE(lost.count(), 1);
        QVERIFY(!serial.isOpen());
        QCOMPARE(channelClosed.count(), 1);
        QVERIFY(!QFileInfo(link).isSymLink());

        // Plugged in again: same link, fresh modem.
        QSignalSpy reappeared(&pty, &SimulatedModemPty::slavePathChanged);
        QVERIFY(modem.reappear());
        QCOMPARE(reappeared.count(), 1);
        QCOMPARE(QFileInfo(link).symLinkTarget(), pty.slavePath());
        SerialLink again;
        QVERIFY(again.open(link).hasValue());
        AtChannel second(again.device(), rapport::Clock::system());
        answer.reset();
        second.enqueue(AtCommand::withPrefix("AT+CSQ", "+CSQ:"),
            [&answer](const AtResponse &r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
        QVERIFY(answer->isOk());
        QCOMPARE(answer->lines.value(0), "+CSQ: 20,99"_ba);
    }
};

RAPPORT_TEST_MAIN(TestSimulatedModemPty)
#include "tst_simulatedmodem_pty.moc"
