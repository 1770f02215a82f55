// The Modem page over a real ModemHub: the empty state, the demo modem labelled as such, a
// modem on a pseudo-terminal that asks for its PIN, the opt-in log and removing a modem.
#include "RapportTest.h"

#include "app/desktop/ModemHub.h"
#include "app/desktop/Workspace.h"
#include "app/messaging/MessagingService.h"
#include "modem/Clock.h"
#include "modem/PortError.h"
#include "modem/SimulatedModem.h"
#include "modem/SimulatedModemPty.h"
#include "ui/modems/ModemCard.h"
#include "ui/modems/ModemPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>

using namespace rapport;
using namespace rapport::app;
using namespace rapport::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int kReadyMs = 20000;

// With RAPPORT_SCREENSHOT_DIR set, the states the tests reach are saved for looking at.
void keepPicture(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget->grab().save(folder + u'/' + name + u".png");
}

QString labelText(QWidget *parent, const QString &name)
{
    auto *label = parent->findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

} // namespace

class TestModemPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<modem::PortError>(); }

    void init()
    {
        auto opened = Workspace::openInMemory(Clock::system());
        QVERIFY(opened);
        m_workspace = std::move(*opened);
        QVERIFY(m_workspace->messaging().start());
        m_page = std::make_unique<ModemPage>(
            m_workspace->modems(), Clock::system(), [] { return Actor::system(); });
        m_page->resize(900, 700);
        m_page->show();
    }

    void cleanup()
    {
        m_page.reset();
        m_workspace.reset();
    }

    void emptyStateOffersTheDemoModem()
    {
        auto *demo = m_page->findChild<QPushButton *>(u"emptyDemo"_s);
        QVERIFY(demo);
        QVERIFY(demo->isVisible());
        keepPicture(m_page.get(), u"modem-empty"_s);
        QTest::mouseClick(demo, Qt::LeftButton);
        QVERIFY(m_workspace->modems().isDemoInUse());
        ModemCard *card = m_page->card(u"demo"_s);
        QVERIFY(card);
        QVERIFY(card->isVisible());
        QVERIFY(!demo->isVisible());
        QVERIFY(card->findChildren<QLabel *>().size() > 5);
        bool labelled = false;
        for (const QLabel *label : card->findChildren<QLabel *>())
            labelled |= label->isVisible()
                && label->text().contains(u"messages do not leave this computer"_s);
        QVERIFY(labelled);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(card, u"sim"_s), u"Ready"_s, kReadyMs);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(card, u"operator"_s) != u"Not known yet"_s, kReadyMs);
        auto *today = card->findChild<QProgressBar *>(u"sentToday"_s);
        QVERIFY(today);
        QVERIFY(today->format().contains(u"sent today"_s));
        keepPicture(m_page.get(), u"modem-demo"_s);
    }

    void pinIsAskedForAndTheModemComesUp()
    {
        QTemporaryDir dir;
        modem::SimulatedModem simulator(Clock::system());
        simulator.sim().setPin("2468");
        modem::SimulatedModemPty pty(simulator);
        const QString link = dir.filePath(u"ttyUSB0"_s);
        QVERIFY(pty.open(link));

        int asked = 0;
        m_page->setPinAsker([&asked](QWidget *, const ModemView &modem) {
            ++asked;
            return modem.phase == ModemView::Phase::NeedsPin ? std::optional<QString>(u"2468"_s)
                                                             : std::nullopt;
        });
        m_page->setAddRunner([&link](QWidget *) {
            return std::optional<ModemChoice>(ModemChoice {false, link, QString()});
        });
        auto *add = m_page->findChild<QPushButton *>(u"addModem"_s);
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(asked, 1, kReadyMs);
        ModemCard *card = m_page->card(link);
        QVERIFY(card);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(card, u"sim"_s), u"Ready"_s, kReadyMs);
        QVERIFY(labelText(card, u"device"_s).contains(link));
        keepPicture(m_page.get(), u"modem-pty"_s);

        // Removing asks first; "no" keeps it.
        bool confirm = false;
        m_page->setRemoveConfirmer([&confirm](QWidget *, const ModemView &) { return confirm; });
        auto removeButton = [card] {
            for (QPushButton *button : card->findChildren<QPushButton *>())
                if (button->text() == u"Remove"_s)
                    return button;
            return static_cast<QPushButton *>(nullptr);
        }();
        QVERIFY(removeButton);
        QTest::mouseClick(removeButton, Qt::LeftButton);
        QCOMPARE(m_workspace->modems().modems().size(), 1);
        confirm = true;
        QTest::mouseClick(removeButton, Qt::LeftButton);
        QCOMPARE(m_workspace->modems().modems().size(), 0);
        QVERIFY(!m_page->card(link));
        QVERIFY(m_page->findChild<QPushButton *>(u"emptyDemo"_s)->isVisible());
    }

    void wireLogIsShownOnlyWhenAskedFor()
    {
        m_page->useDemoModem();
        ModemCard *card = m_page->card(u"demo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(card, u"sim"_s), u"Ready"_s, kReadyMs);
        auto *log = m_page->findChild<QPlainTextEdit *>(u"wireLog"_s);
        QVERIFY(log);
        QVERIFY(!log->isVisible());
        auto *toggle = card->findChild<QCheckBox *>();
        QVERIFY(toggle);
        toggle->setChecked(true);
        QVERIFY(log->isVisible());
        QVERIFY(m_workspace->modems().isWireLogEnabled(u"demo"_s));
        // The modem's periodic status poll shows up in the log.
        m_workspace->modems().retry(u"demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(u"→ AT"_s), kReadyMs);
        QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(u"← OK"_s), kReadyMs);
        keepPicture(m_page.get(), u"modem-log"_s);
        toggle->setChecked(false);
        QVERIFY(!log->isVisible());
        QVERIFY(!m_workspace->modems().isWireLogEnabled(u"demo"_s));
    }

private:
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ModemPage> m_page;
};

RAPPORT_GUI_TEST_MAIN(TestModemPage)
#include "tst_modempage.moc"
