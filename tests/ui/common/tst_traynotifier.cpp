// The tray notifier: a customer's text arriving through a modem raises a notification naming
// the sender and counts as unread; our own sends do not; notifications can be switched off.
#include "RapportTest.h"

#include "app/desktop/ModemHub.h"
#include "app/desktop/Workspace.h"
#include "app/messaging/MessagingService.h"
#include "app/outbox/Outbox.h"
#include "app/threads/ThreadRepository.h"
#include "modem/Clock.h"
#include "modem/PortError.h"
#include "modem/SimulatedModem.h"
#include "modem/SimulatedModemPty.h"
#include "ui/common/TrayNotifier.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace rapport;
using namespace rapport::app;
using namespace rapport::ui;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWaitMs = 20000;
}

class TestTrayNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<modem::PortError>(); }

    void init()
    {
        QSettings().clear();
        auto opened = Workspace::openInMemory(Clock::system());
        QVERIFY(opened);
        m_workspace = std::move(*opened);
        QVERIFY(m_workspace->messaging().start());
        m_simulator = std::make_unique<modem::SimulatedModem>(Clock::system());
        m_pty = std::make_unique<modem::SimulatedModemPty>(*m_simulator);
        QVERIFY(m_pty->open(m_dir.filePath(u"ttyUSB0"_s)));
        const QString id = m_workspace->modems().addPort(Actor::system(), m_pty->linkPath());
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->modems().modem(id)->canSend(), kWaitMs);
    }

    void cleanup()
    {
        m_workspace.reset();
        m_pty.reset();
        m_simulator.reset();
    }

    void customersTextIsAnnouncedAndCounted()
    {
        TrayNotifier notifier(m_workspace->threads(), m_workspace->messaging().events());
        QCOMPARE(notifier.unreadCount(), 0);
        QSignalSpy unread(&notifier, &TrayNotifier::unreadChanged);
        QVERIFY(m_simulator->injectText(u"+447400123456"_s, u"Are my glasses ready?"_s));
        QTRY_COMPARE_WITH_TIMEOUT(notifier.unreadCount(), 1, kWaitMs);
        QVERIFY(unread.count() >= 1);
        QVERIFY2(
            notifier.lastTitle().startsWith(u"Text from "_s), qPrintable(notifier.lastTitle()));
        QVERIFY(notifier.lastTitle().contains(u"7400"_s));
        QCOMPARE(notifier.lastMessage(), u"Are my glasses ready?"_s);
        QVERIFY(notifier.trayIcon().toolTip().contains(u"1 unread"_s));
    }

    void ourOwnSendsAreNotNews()
    {
        TrayNotifier notifier(m_workspace->threads(), m_workspace->messaging().events());
        OutgoingRequest request;
        request.phoneE164 = u"+447400123457"_s;
        request.body = u"Your order is in."_s;
        QVERIFY(m_workspace->messaging().outbox().enqueue(request));
        QTRY_COMPARE_WITH_TIMEOUT(m_simulator->submissions().size(), 1, kWaitMs);
        QCOMPARE(notifier.lastTitle(), QString());
        QCOMPARE(notifier.unreadCount(), 0);
    }

    void switchedOffStaysQuietButStillCounts()
    {
        QSettings().setValue(TrayNotifier::NotifyKey, false);
        TrayNotifier notifier(m_workspace->threads(), m_workspace->messaging().events());
        QVERIFY(m_simulator->injectText(u"+447400123458"_s, u"Thanks!"_s));
        QTRY_COMPARE_WITH_TIMEOUT(notifier.unreadCount(), 1, kWaitMs);
        QCOMPARE(notifier.lastTitle(), QString());
    }

    void badgeDrawsTheCount()
    {
        const QIcon base(u":/icons/rapport.svg"_s);
        const QImage plain = base.pixmap(32, 32).toImage();
        const QImage badged = TrayNotifier::badged(base, 7).pixmap(32, 32).toImage();
        QCOMPARE(badged.size(), plain.size());
        QVERIFY(badged != plain);
        QCOMPARE(TrayNotifier::badged(base, 0).pixmap(32, 32).toImage(), plain);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<modem::SimulatedModem> m_simulator;
    std::unique_ptr<modem::SimulatedModemPty> m_pty;
};

RAPPORT_GUI_TEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"
