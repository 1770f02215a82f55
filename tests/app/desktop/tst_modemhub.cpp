// ModemHub: the desktop's modems as plain-word views — the demo modem, a modem on a
// pseudo-terminal (with and without its SIM PIN), a port that is not there, the remembered
// configuration, the opt-in wire log and the counters the modem page shows.
#include "RapportTest.h"

#include "app/desktop/ModemHub.h"
#include "app/desktop/ModemHubConfig.h"
#include "app/desktop/Workspace.h"
#include "app/messaging/MessagingService.h"
#include "app/outbox/Outbox.h"
#include "app/settings/SettingsStore.h"
#include "modem/Clock.h"
#include "modem/PortError.h"
#include "modem/SimulatedModem.h"
#include "modem/SimulatedModemPty.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace rapport;
using namespace rapport::app;
using namespace Qt::StringLiterals;

namespace {

constexpr int kReadyMs = 20000;

ModemView::Phase phaseOf(const ModemHub &hub, const QString &id)
{
    const auto view = hub.modem(id);
    return view ? view->phase : ModemView::Phase::Problem;
}

const Actor kOwner = Actor::staffMember(1, StaffRole::Owner, u"Maria"_s);

} // namespace

class TestModemHub final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<modem::PortError>(); }

    void init()
    {
        auto opened = Workspace::openInMemory(Clock::system());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
        m_workspace = std::move(*opened);
        QVERIFY(m_workspace->messaging().start());
    }

    void cleanup() { m_workspace.reset(); }

    void demoModemBecomesReadyLabelledAndRemembered()
    {
        ModemHub &hub = m_workspace->modems();
        QSignalSpy added(&hub, &ModemHub::modemAdded);
        const QString id = hub.addDemo(kOwner);
        QCOMPARE(added.count(), 1);
        QVERIFY(hub.isDemoInUse());
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(hub, id), ModemView::Phase::Ready, kReadyMs);
        const ModemView view = *hub.modem(id);
        QVERIFY(view.isDemo);
        QCOMPARE(view.label, u"Demo modem"_s);
        QVERIFY(view.problem.isEmpty());
        QCOMPARE(view.simState, u"Ready"_s);
        // Adding it twice keeps one.
        QCOMPARE(hub.addDemo(kOwner), id);
        QCOMPARE(hub.modems().size(), 1);
        const QString stored = m_workspace->settings().valueOr(ModemHubConfig::Key, QString());
        QCOMPARE(
            ModemHubConfig::fromJson(stored), QList<ModemHubConfig::Item>({{QString(), true}}));
        // Signal and operator come with the first status poll after set-up.
        QTRY_VERIFY_WITH_TIMEOUT(hub.modem(id)->signalBars >= 0, kReadyMs);
        QVERIFY(!hub.modem(id)->operatorName.isEmpty());
        QVERIFY(hub.modem(id)->registered);
    }

    void sentTextsCountAgainstTheCapAndTheQueueEmpties()
    {
        ModemHub &hub = m_workspace->modems();
        const QString id = hub.addDemo(kOwner);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(hub, id), ModemView::Phase::Ready, kReadyMs);
        QCOMPARE(hub.modem(id)->sentToday, 0);
        OutgoingRequest request;
        request.phoneE164 = u"+447400123456"_s;
        request.body = u"Your glasses are ready to collect."_s;
        request.actor = Actor::system(); // kOwner is not on the staff table here
        const auto queued = m_workspace->messaging().outbox().enqueue(request);
        QVERIFY2(queued, queued ? "" : qPrintable(queued.error()));
        QTRY_COMPARE_WITH_TIMEOUT(hub.modem(id)->sentToday, 1, kReadyMs);
        QVERIFY(hub.modem(id)->dailyCap > 0);
        QTRY_COMPARE_WITH_TIMEOUT(hub.modem(id)->queueLength, 0, kReadyMs);
    }

    void wireLogIsKeptOnlyWhileSwitchedOn()
    {
        ModemHub &hub = m_workspace->modems();
        const QString id = hub.addDemo(kOwner);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(hub, id), ModemView::Phase::Ready, kReadyMs);
        QVERIFY(!hub.isWireLogEnabled(id));
        QVERIFY(hub.wireLog(id).isEmpty());

        hub.setWireLogEnabled(id, true);
        QSignalSpy lines(&hub, &ModemHub::wireLine);
        OutgoingRequest request;
        request.phoneE164 = u"+447400123457"_s;
        request.body = u"Wire log check"_s;
        request.actor = Actor::system(); // kOwner is not on the staff table here
        QVERIFY(m_workspace->messaging().outbox().enqueue(request));
        QTRY_VERIFY_WITH_TIMEOUT(hub.wireLog(id).join(u'\n').contains(u"→ AT+CMGS="_s), kReadyMs);
        // The modem's answers: the prompt for the PDU, then the message reference.
        QTRY_VERIFY_WITH_TIMEOUT(hub.wireLog(id).join(u'\n').contains(u"← +CMGS:"_s), kReadyMs);
        QVERIFY(lines.count() > 0);

        hub.setWireLogEnabled(id, false);
        QVERIFY(hub.wireLog(id).isEmpty());
    }

    void ptyModemAsksForItsPinAndRunsOnceGiven()
    {
        QTemporaryDir dir;
        modem::SimulatedModem simulator(Clock::system());
        simulator.setImei("356938035643809");
        simulator.sim().setPin("4321");
        modem::SimulatedModemPty pty(simulator);
        const QString link = dir.filePath(u"ttyUSB0"_s);
        QVERIFY2(pty.open(link), qPrintable(pty.errorString()));

        ModemHub &hub = m_workspace->modems();
        QSignalSpy asked(&hub, &ModemHub::pinRequired);
        const QString id = hub.addPort(kOwner, link);
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, kReadyMs);
        QCOMPARE(asked.first().at(0).toString(), id);
        QCOMPARE(phaseOf(hub, id), ModemView::Phase::NeedsPin);
        QCOMPARE(hub.modem(id)->simState, u"Waiting for the PIN"_s);

        hub.providePin(id, u"4321"_s);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(hub, id), ModemView::Phase::Ready, kReadyMs);
        QCOMPARE(hub.modem(id)->imei, u"356938035643809"_s);
        QVERIFY(hub.modem(id)->label.endsWith(link));
        hub.remove(kOwner, id);
    }

    void pinGivenWhenAddedIsUsedOnce()
    {
        QTemporaryDir dir;
        modem::SimulatedModem simulator(Clock::system());
        simulator.sim().setPin("4321");
        modem::SimulatedModemPty pty(simulator);
        const QString link = dir.filePath(u"ttyUSB1"_s);
        QVERIFY(pty.open(link));

        ModemHub &hub = m_workspace->modems();
        QSignalSpy asked(&hub, &ModemHub::pinRequired);
        const QString id = hub.addPort(kOwner, link, u"4321"_s);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(hub, id), ModemView::Phase::Ready, kReadyMs);
        QCOMPARE(asked.count(), 0);
        hub.remove(kOwner, id);
    }

    void missingPortSaysWhatToDo()
    {
        ModemHub &hub = m_workspace->modems();
        const QString id = hub.addPort(kOwner, u"/dev/rapport-no-such-port"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!hub.modem(id)->problem.isEmpty(), kReadyMs);
        const ModemView view = *hub.modem(id);
        QVERIFY(view.phase == ModemView::Phase::Away || view.phase == ModemView::Phase::Problem);
        QVERIFY(!view.fix.isEmpty());
        QVERIFY(!view.canSend());
        QCOMPARE(view.signalBars, -1);
    }

    void configuredModemsAreRestoredAndRemovalIsRemembered()
    {
        QVERIFY(m_workspace->settings().setValue(kOwner, m_workspace->audit(), ModemHubConfig::Key,
            ModemHubConfig::toJson({{QString(), true}, {u"/dev/rapport-gone"_s, false}})));
        ModemHub &hub = m_workspace->modems();
        QSignalSpy added(&hub, &ModemHub::modemAdded);
        hub.restoreConfigured();
        QCOMPARE(added.count(), 2);
        QCOMPARE(hub.modems().size(), 2);
        QVERIFY(hub.isDemoInUse());

        QSignalSpy removed(&hub, &ModemHub::modemRemoved);
        hub.remove(kOwner, u"/dev/rapport-gone"_s);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(hub.modems().size(), 1);
        QCOMPARE(ModemHubConfig::fromJson(
                     m_workspace->settings().valueOr(ModemHubConfig::Key, QString())),
            QList<ModemHubConfig::Item>({{QString(), true}}));
    }

private:
    std::unique_ptr<Workspace> m_workspace;
};

RAPPORT_TEST_MAIN(TestModemHub)
#include "tst_modemhub.moc"
