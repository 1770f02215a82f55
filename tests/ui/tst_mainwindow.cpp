// The application shell: navigation, honest empty pages, shortcuts, remembered window state.
#include "RapportTest.h"
#include "app/AppIdentity.h"
#include "app/desktop/ModemHub.h"
#include "app/desktop/Workspace.h"
#include "modem/Clock.h"
#include "ui/EmptyStatePage.h"
#include "ui/MainWindow.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QToolButton>
#include <QTranslator>

using namespace rapport::ui;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rapport::app::AppIdentity::apply(); }
    void init()
    {
        QSettings().clear();
        auto opened = rapport::app::Workspace::openInMemory(rapport::Clock::system());
        QVERIFY(opened);
        m_workspace = std::move(*opened);
    }
    void cleanup() { m_workspace.reset(); }

    void everyPageIsReachableAndSaysWhatWillBeThere()
    {
        MainWindow window(*m_workspace);
        window.show();
        const auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        const QList<PageInfo> catalogue = PageCatalogue::pages();
        QCOMPARE(navigation->count(), 7);
        const QStringList expected {QStringLiteral("Inbox"), QStringLiteral("Customers"),
            QStringLiteral("Campaigns"), QStringLiteral("Automations"), QStringLiteral("Reports"),
            QStringLiteral("Modem"), QStringLiteral("Settings")};
        for (int row = 0; row < navigation->count(); ++row) {
            QCOMPARE(navigation->item(row)->text(), expected.at(row));
            window.showPage(catalogue.at(row).page);
            QCOMPARE(window.currentPage(), catalogue.at(row).page);
            QWidget *widget = window.pageWidget(window.currentPage());
            QVERIFY(widget);
            QVERIFY(widget->isVisible());
            QCOMPARE(widget->accessibleName(), expected.at(row));
            // Pages not built yet say what will be there.
            if (const auto *page = qobject_cast<EmptyStatePage *>(widget)) {
                QVERIFY2(page->body().size() > 60, qPrintable(page->body()));
                QVERIFY(!page->title().isEmpty());
            }
        }
    }

    void settingsPageNamesWhereTheDataLives()
    {
        const QString path
            = QDir(rapport::app::AppIdentity::dataDirectory()).filePath(QStringLiteral("shop.db"));
        auto onDisk = rapport::app::Workspace::open(path, rapport::Clock::system());
        QVERIFY(onDisk);
        MainWindow window(**onDisk);
        window.showPage(Page::Settings);
        const QList<QLabel *> labels = window.pageWidget(Page::Settings)->findChildren<QLabel *>();
        const bool named = std::any_of(labels.cbegin(), labels.cend(),
            [&path](const QLabel *label) { return label->text().contains(path); });
        QVERIFY(named);
    }

    void statusBarSaysWhatTheModemNeedsAndLeadsThere()
    {
        MainWindow window(*m_workspace);
        window.show();
        auto *status = window.findChild<QToolButton *>(QStringLiteral("modemStatus"));
        QVERIFY(status);
        QCOMPARE(status->text(), QStringLiteral("No modem set up — click here to add one"));
        QVERIFY(!status->icon().isNull());
        QTest::mouseClick(status, Qt::LeftButton);
        QCOMPARE(window.currentPage(), Page::Modem);

        m_workspace->modems().addDemo(rapport::app::Actor::system());
        QVERIFY(status->text().startsWith(QStringLiteral("Demo modem")));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("sent today")), 20000);
        QVERIFY(status->toolTip().contains(QStringLiteral("do not leave this computer")));
    }

    void keyboardShortcutsSwitchPages()
    {
        MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), Page::Customers);
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), Page::Modem);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), Page::Inbox);
    }

    void navigationFollowsArrowKeys()
    {
        MainWindow window(*m_workspace);
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Down);
        QTest::keyClick(navigation, Qt::Key_Down);
        QCOMPARE(window.currentPage(), Page::Campaigns);
        const auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(stack->currentWidget(), window.pageWidget(Page::Campaigns));
    }

    void windowStateIsRemembered()
    {
        QRect geometry;
        {
            MainWindow window(*m_workspace);
            window.restoreWindowState();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.setGeometry(QRect(40, 50, 900, 640));
            window.showPage(Page::Reports);
            geometry = window.geometry();
            window.close();
        }
        QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
        MainWindow reopened(*m_workspace);
        reopened.restoreWindowState();
        QCOMPARE(reopened.currentPage(), Page::Reports);
        QCOMPARE(reopened.size(), geometry.size());

        reopened.forgetWindowState();
        QVERIFY(!QSettings().contains(QStringLiteral("window/geometry")));
        MainWindow fresh(*m_workspace);
        fresh.restoreWindowState();
        QCOMPARE(fresh.currentPage(), Page::Inbox);
    }

    void germanTranslationIsEmbeddedAndFits()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/rapport_de.qm")));
        QCoreApplication::installTranslator(&translator);
        MainWindow window(*m_workspace);
        window.show();
        const auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Posteingang"));
        const int room = navigation->viewport()->width() - navigation->iconSize().width();
        for (int row = 0; row < navigation->count(); ++row) {
            const QString text = navigation->item(row)->text();
            QVERIFY2(navigation->fontMetrics().horizontalAdvance(text) < room, qPrintable(text));
        }
        QCoreApplication::removeTranslator(&translator);
    }

    void everyInteractiveControlHasAnAccessibleName()
    {
        MainWindow window(*m_workspace);
        window.show();
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(&window))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(),
                qPrintable(QString::fromLatin1(widget->metaObject()->className()) + u' '
                    + widget->objectName() + u" in "
                    + QString::fromLatin1(widget->parentWidget()->metaObject()->className()) + u' '
                    + widget->parentWidget()->objectName()));
        }
    }

private:
    std::unique_ptr<rapport::app::Workspace> m_workspace;
};

RAPPORT_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
