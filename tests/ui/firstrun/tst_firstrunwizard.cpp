// The first-run wizard driven as a shop owner would, over a real Workspace on an in-memory
// database and the demo modem, on a clock the test moves: every page, the test text followed
// until delivered, and everything stored at the end — or nothing, when cancelled.
#include "RapportTest.h"

#include "../settings/ScreenCheck.h"
#include "ManualClock.h"
#include "app/audit/AuditLog.h"
#include "app/desktop/ModemHub.h"
#include "app/desktop/ModemHubConfig.h"
#include "app/desktop/Workspace.h"
#include "app/policy/PolicyConfigStore.h"
#include "app/settings/BusinessSettings.h"
#include "app/settings/SettingsStore.h"
#include "app/staff/StaffDirectory.h"
#include "app/storage/Database.h"
#include "modem/Clock.h"
#include "modem/SimulatedModem.h"
#include "modem/SimulatedModemPty.h"
#include "ui/firstrun/FirstRunWizard.h"
#include "ui/firstrun/SetupTestPage.h"
#include "ui/settings/RegionComboBox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeEdit>

#include <functional>

using namespace rapport;
using namespace rapport::ui;
using namespace std::chrono_literals;

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

class TestFirstRunWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // A Tuesday morning in London.
        m_clock = std::make_unique<test::ManualClock>(
            QDateTime(QDate(2026, 6, 9), QTime(9, 0), QTimeZone::utc()));
        auto opened = app::Workspace::openInMemory(*m_clock);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
        m_workspace = std::move(*opened);
        QVERIFY(m_workspace->needsFirstRun());
        QVERIFY(m_workspace->startMessaging());
    }

    void cleanup()
    {
        m_looking = false;
        m_workspace.reset();
        m_clock.reset();
    }

    void setUpWithTheDemoModem()
    {
        FirstRunWizard wizard(*m_workspace);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        m_looking = true;
        QSignalSpy finished(&wizard, &FirstRunWizard::setupFinished);

        fillBusinessRegionHoursOwner(wizard);

        // The modem: the demo one, labelled as such.
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::Modem));
        auto *demo = child<QRadioButton>(wizard.currentPage(), "demoChoice");
        QVERIFY(demo->text().contains(QStringLiteral("messages do not leave this computer")));
        choose(demo);
        QVERIFY(!next(wizard)->isEnabled()); // not connected yet
        QTest::mouseClick(
            child<QAbstractButton>(wizard.currentPage(), "connectButton"), Qt::LeftButton);
        QVERIFY(m_workspace->modems().isDemoInUse());
        QVERIFY(runUntil([&] { return next(wizard)->isEnabled(); }));
        QVERIFY(child<QLabel>(wizard.currentPage(), "modemStatus")
                    ->text()
                    .startsWith(QStringLiteral("Ready")));
        look(wizard, QStringLiteral("modem"));
        // Still nothing stored.
        QVERIFY(m_workspace->needsFirstRun());
        QTest::mouseClick(next(wizard), Qt::LeftButton);

        // The test text: the setup is stored first, then the rules decide, then it travels.
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::TestMessage));
        auto *page = qobject_cast<SetupTestPage *>(wizard.currentPage());
        QVERIFY(child<QLabel>(page, "intro")->text().contains(QStringLiteral("+44 7400 123456")));
        QTest::mouseClick(child<QAbstractButton>(page, "sendTest"), Qt::LeftButton);
        QVERIFY2(wizard.isCommitted(), qPrintable(page->stateText()));
        QVERIFY(!m_workspace->needsFirstRun());
        QCOMPARE(page->decisionText(),
            QStringLiteral("Your setup is saved. Sending rules: May be sent now."));
        QVERIFY(page->messageId() > 0);
        QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
        QVERIFY2(
            runUntil([&] { return page->stateText().startsWith(QStringLiteral("Delivered")); }),
            qPrintable(page->stateText()));
        look(wizard, QStringLiteral("test"));

        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        // Everything stored through the app's stores, in the owner's name.
        const auto owner = finished.first().first().value<app::Actor>();
        QCOMPARE(owner.role, app::StaffRole::Owner);
        QCOMPARE(owner.name, QStringLiteral("Ana"));
        QCOMPARE(m_workspace->actor().staffId, owner.staffId);
        const app::BusinessProfile profile = app::BusinessProfile::load(m_workspace->settings());
        QCOMPARE(profile.name, QStringLiteral("Salon Ana"));
        QCOMPARE(profile.region, QStringLiteral("GB"));
        QCOMPARE(profile.zone.id(), QByteArray("Europe/London"));
        QCOMPARE(app::BusinessSettings::ownerMobile(m_workspace->settings()),
            QStringLiteral("+447400123456"));
        const auto policy = app::PolicyConfigStore(m_workspace->settings()).load();
        QVERIFY(policy);
        QCOMPARE(policy->legalRules.value(QStringLiteral("GB")).window,
            app::DailyWindow::fromHours(8, 30, 21, 0));
        QVERIFY(!policy->marketingHours.on(Qt::Saturday));
        QCOMPARE(policy->serviceHours, app::PolicyConfig::defaults().serviceHours);
        const auto ana = m_workspace->staff().findByName(QStringLiteral("Ana"));
        QVERIFY(ana);
        QVERIFY(ana->hasPin);
        QVERIFY(m_workspace->modems().isDemoInUse());
        // The modem tried on the way is configured for the next start, in the owner's name.
        const auto configured = m_workspace->settings().value(app::ModemHubConfig::Key);
        QVERIFY(configured && configured->has_value());
        const auto modems = app::ModemHubConfig::fromJson(**configured);
        QCOMPARE(modems.size(), 1);
        QVERIFY(modems.first().isDemo);
        const auto audited = m_workspace->audit().entries();
        QVERIFY(audited);
        const auto modemLine = std::find_if(audited->cbegin(), audited->cend(),
            [](const app::AuditEntry &e) { return e.subject == app::ModemHubConfig::Key; });
        QVERIFY(modemLine != audited->cend());
        QCOMPARE(modemLine->staffId, owner.staffId);

        QSqlQuery row(m_workspace->database().connection());
        QVERIFY(row.exec(QStringLiteral("SELECT template_key, purpose, origin, staff_id, state "
                                        "FROM messages WHERE id = %1")
                             .arg(page->messageId())));
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), QStringLiteral("first_run_test"));
        QCOMPARE(row.value(1).toString(), QStringLiteral("reply"));
        QCOMPARE(row.value(2).toString(), QStringLiteral("manual"));
        QCOMPARE(row.value(3).toLongLong(), owner.staffId);
        QCOMPARE(row.value(4).toString(), QStringLiteral("delivered"));
    }

    void cancellingStoresNothing()
    {
        FirstRunWizard wizard(*m_workspace);
        wizard.show();
        fillBusinessRegionHoursOwner(wizard);
        choose(child<QRadioButton>(wizard.currentPage(), "demoChoice"));
        QTest::mouseClick(
            child<QAbstractButton>(wizard.currentPage(), "connectButton"), Qt::LeftButton);
        QVERIFY(runUntil([&] { return next(wizard)->isEnabled(); }));
        wizard.reject();
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QVERIFY(m_workspace->needsFirstRun());
        QVERIFY(*m_workspace->staff().isEmpty());
        QVERIFY(!m_workspace->settings().value(app::BusinessProfile::NameKey)->has_value());
        QVERIFY(!m_workspace->settings().value(app::PolicyConfig::SettingsKey)->has_value());
        // The demo modem connected on the way is gone again, and left no trace.
        QVERIFY(!m_workspace->modems().isDemoInUse());
        QVERIFY(m_workspace->modems().modems().isEmpty());
        QVERIFY(!m_workspace->settings().value(app::ModemHubConfig::Key)->has_value());
        const auto audited = m_workspace->audit().entries();
        QVERIFY(audited);
        QVERIFY2(audited->isEmpty(), qPrintable(audited->value(0).action));
    }

    void pagesRefuseWhatCannotWork()
    {
        FirstRunWizard wizard(*m_workspace);
        wizard.show();
        QVERIFY(!next(wizard)->isEnabled()); // no business name yet
        QTest::keyClicks(
            child<QLineEdit>(wizard.currentPage(), "businessName"), QStringLiteral("Bob's Bikes"));
        QVERIFY(next(wizard)->isEnabled());
        QTest::mouseClick(next(wizard), Qt::LeftButton);

        // In the US the law's hours (08:00–21:00) can be made stricter, never looser.
        child<RegionComboBox>(wizard.currentPage(), "region")->setRegion(QStringLiteral("US"));
        QCOMPARE(wizard.choices().profile.zone.id(), QByteArray("America/New_York"));
        QTest::mouseClick(next(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::Hours));
        auto *from = child<QTimeEdit>(wizard.currentPage(), "quietFrom");
        QCOMPARE(from->time(), QTime(8, 0));
        from->setTime(QTime(7, 0));
        QVERIFY(!next(wizard)->isEnabled());
        QVERIFY(child<QLabel>(wizard.currentPage(), "problems")
                    ->text()
                    .contains(QStringLiteral("the law allows")));
        from->setTime(QTime(9, 0));
        QVERIFY(next(wizard)->isEnabled());
        QTest::mouseClick(next(wizard), Qt::LeftButton);

        // The owner's own number must be a mobile; a PIN is 4 to 8 digits.
        QWidget *owner = wizard.currentPage();
        QTest::keyClicks(child<QLineEdit>(owner, "ownerName"), QStringLiteral("Bob"));
        QVERIFY(next(wizard)->isEnabled()); // the PIN and the mobile are optional
        QTest::keyClicks(child<QLineEdit>(owner, "ownerMobile"), QStringLiteral("12"));
        QVERIFY(!next(wizard)->isEnabled());
        QVERIFY(child<QLabel>(owner, "problems")->text().contains(QStringLiteral("Your mobile")));
        child<QLineEdit>(owner, "ownerMobile")->setText(QStringLiteral("(201) 555-0123"));
        QVERIFY2(next(wizard)->isEnabled(), qPrintable(child<QLabel>(owner, "problems")->text()));
        QTest::keyClicks(child<QLineEdit>(owner, "ownerPin"), QStringLiteral("12"));
        QVERIFY(!next(wizard)->isEnabled());
        QTest::keyClicks(child<QLineEdit>(owner, "ownerPinAgain"), QStringLiteral("12"));
        QVERIFY(!next(wizard)->isEnabled()); // too short
        QTest::mouseClick(next(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::Owner));

        // Setting the modem up later is allowed; the test page then says why there is no test.
        child<QLineEdit>(owner, "ownerPin")->clear();
        child<QLineEdit>(owner, "ownerPinAgain")->clear();
        QTest::mouseClick(next(wizard), Qt::LeftButton);
        choose(child<QRadioButton>(wizard.currentPage(), "laterChoice"));
        QVERIFY(next(wizard)->isEnabled());
        QTest::mouseClick(next(wizard), Qt::LeftButton);
        QVERIFY(child<QLabel>(wizard.currentPage(), "intro")
                    ->text()
                    .contains(QStringLiteral("No modem is connected")));
        QVERIFY(!child<QAbstractButton>(wizard.currentPage(), "sendTest")->isEnabled());
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(!m_workspace->needsFirstRun());
        QCOMPARE(app::BusinessProfile::load(m_workspace->settings()).region, QStringLiteral("US"));
        const auto policy = app::PolicyConfigStore(m_workspace->settings()).loadOrDefaults();
        QCOMPARE(policy.legalRules.value(QStringLiteral("US")).window,
            app::DailyWindow::fromHours(9, 0, 21, 0));
        // The federal rule's source is kept; only its hours are stricter.
        QVERIFY(
            policy.legalRules.value(QStringLiteral("US")).source.contains(QStringLiteral("TCPA")));
    }

    // A real modem on a serial port (a pseudo-terminal with a simulated modem behind it, so on
    // the system clock) whose SIM wants its PIN: the page asks, and the modem comes up.
    void theSimPinIsAskedFor()
    {
        QTemporaryDir dir;
        modem::SimulatedModem simulator(Clock::system());
        simulator.sim().setPin("2468");
        modem::SimulatedModemPty pty(simulator);
        const QString link = dir.filePath(QStringLiteral("ttyUSB0"));
        QVERIFY(pty.open(link));
        auto opened = app::Workspace::openInMemory(Clock::system());
        QVERIFY(opened);
        std::unique_ptr<app::Workspace> workspace = std::move(*opened);

        m_looking = true;
        FirstRunWizard wizard(*workspace);
        wizard.setStartId(FirstRunWizard::Modem);
        wizard.restart();
        wizard.show();
        QWidget *page = wizard.currentPage();
        auto *path = child<QLineEdit>(page, "portPath");
        QTest::keyClicks(path, link);
        QVERIFY(child<QRadioButton>(page, "typedChoice")->isChecked());
        QTest::mouseClick(child<QAbstractButton>(page, "connectButton"), Qt::LeftButton);
        QWidget *pinBox = child<QWidget>(page, "pinBox");
        QTRY_VERIFY_WITH_TIMEOUT(pinBox->isVisible(), 20000);
        QVERIFY2(
            child<QLabel>(page, "modemStatus")->text().contains(QStringLiteral("asks for its PIN")),
            qPrintable(child<QLabel>(page, "modemStatus")->text()));
        look(wizard, QStringLiteral("modem-pin"));
        QVERIFY(!next(wizard)->isEnabled());
        QTest::keyClicks(child<QLineEdit>(page, "simPin"), QStringLiteral("2468"));
        QTest::mouseClick(child<QAbstractButton>(page, "unlockButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 20000);
        QVERIFY(!pinBox->isVisible());
        QVERIFY(child<QLabel>(page, "modemStatus")->text().startsWith(QStringLiteral("Ready")));
        // Cancelled: the modem is taken off again.
        wizard.reject();
        QVERIFY(workspace->modems().modems().isEmpty());
    }

    // A port that is not there: the page says so in plain words, with what to do.
    void aMissingPortIsExplained()
    {
        m_looking = true;
        FirstRunWizard wizard(*m_workspace);
        wizard.setStartId(FirstRunWizard::Modem);
        wizard.restart();
        wizard.show();
        QWidget *page = wizard.currentPage();
        QTest::keyClicks(child<QLineEdit>(page, "portPath"), QStringLiteral("/dev/ttyNOSUCH9"));
        QTest::mouseClick(child<QAbstractButton>(page, "connectButton"), Qt::LeftButton);
        auto *status = child<QLabel>(page, "modemStatus");
        QVERIFY(runUntil([&] {
            const auto view = m_workspace->modems().modem(QStringLiteral("/dev/ttyNOSUCH9"));
            return view && !view->problem.isEmpty();
        }));
        QVERIFY2(
            !status->text().contains(QStringLiteral("Connecting")), qPrintable(status->text()));
        QVERIFY(!next(wizard)->isEnabled());
        look(wizard, QStringLiteral("modem-problem"));
    }

private:
    static QAbstractButton *next(QWizard &wizard) { return wizard.button(QWizard::NextButton); }
    // A click on the round indicator itself: the button's box may be wider than its text.
    static void choose(QRadioButton *button)
    {
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
        QVERIFY(button->isChecked());
    }

    // Nothing on the page shows less than its text, at the wizard's own size; the page is kept
    // as a picture at that size and at 1280×800 (and in a dark palette once) for a person to
    // look at.
    void look(FirstRunWizard &wizard, const QString &name)
    {
        if (!m_looking)
            return;
        QCoreApplication::processEvents();
        QVERIFY2(
            wizard.minimumSizeHint().width() <= 1280 && wizard.minimumSizeHint().height() <= 800,
            qPrintable(name));
        const QStringList cut = test::clipped(wizard.currentPage());
        QVERIFY2(cut.isEmpty(), qPrintable(name + u": " + cut.join(u" | ")));
        const QStringList nameless = test::unnamed(wizard.currentPage());
        QVERIFY2(nameless.isEmpty(), qPrintable(name + u": " + nameless.join(u" | ")));
        test::keepPicture(&wizard, u"firstrun-" + name);
        if (qEnvironmentVariableIsEmpty("RAPPORT_SCREENSHOT_DIR"))
            return;
        const QSize natural = wizard.size();
        wizard.resize(1280, 800);
        QCoreApplication::processEvents();
        test::keepPicture(&wizard, u"firstrun-" + name + u"-1280");
        if (name == QLatin1String("hours") || name == QLatin1String("modem")) {
            const QPalette before = QApplication::palette();
            QApplication::setPalette(test::darkPalette());
            QCoreApplication::processEvents();
            test::keepPicture(&wizard, u"firstrun-" + name + u"-dark");
            QApplication::setPalette(before);
        }
        wizard.resize(natural);
        QCoreApplication::processEvents();
    }

    void fillBusinessRegionHoursOwner(FirstRunWizard &wizard)
    {
        QTest::keyClicks(
            child<QLineEdit>(wizard.currentPage(), "businessName"), QStringLiteral("Salon Ana"));
        look(wizard, QStringLiteral("business"));
        QTest::mouseClick(next(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::Region));
        auto *region = child<RegionComboBox>(wizard.currentPage(), "region");
        region->setFocus();
        region->lineEdit()->selectAll();
        QTest::keyClicks(region->lineEdit(), QStringLiteral("United Kingdom"));
        QCOMPARE(region->region(), QStringLiteral("GB"));
        look(wizard, QStringLiteral("region"));
        QTest::mouseClick(next(wizard), Qt::LeftButton);

        QCOMPARE(wizard.currentId(), int(FirstRunWizard::Hours));
        for (QCheckBox *day : wizard.currentPage()->findChildren<QCheckBox *>()) {
            if (day->accessibleName() == QStringLiteral("Marketing texts on Saturday"))
                day->setChecked(false);
        }
        child<QTimeEdit>(wizard.currentPage(), "quietFrom")->setTime(QTime(8, 30));
        look(wizard, QStringLiteral("hours"));
        QTest::mouseClick(next(wizard), Qt::LeftButton);

        QCOMPARE(wizard.currentId(), int(FirstRunWizard::Owner));
        QWidget *owner = wizard.currentPage();
        QTest::keyClicks(child<QLineEdit>(owner, "ownerName"), QStringLiteral("Ana"));
        QTest::keyClicks(child<QLineEdit>(owner, "ownerPin"), QStringLiteral("1357"));
        QTest::keyClicks(child<QLineEdit>(owner, "ownerPinAgain"), QStringLiteral("1357"));
        QTest::keyClicks(child<QLineEdit>(owner, "ownerMobile"), QStringLiteral("07400 123456"));
        QVERIFY(next(wizard)->isEnabled());
        look(wizard, QStringLiteral("owner"));
        QTest::mouseClick(next(wizard), Qt::LeftButton);
        look(wizard, QStringLiteral("modem-scanned"));
    }

    // Moves the clock in small steps, letting queued events run, until `done` or a minute of
    // simulated time has passed.
    bool runUntil(const std::function<bool()> &done)
    {
        for (auto spent = 0ms; spent < 60s; spent += 20ms) {
            QCoreApplication::processEvents();
            if (done())
                return true;
            m_clock->advance(20ms);
        }
        return done();
    }

    bool m_looking = false;
    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<app::Workspace> m_workspace;
};

RAPPORT_GUI_TEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
