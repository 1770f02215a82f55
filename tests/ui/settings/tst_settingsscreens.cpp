// Every section of the Settings page with realistic data, in the room the main window gives it
// at 1280×800: nothing needs more width than that, and the pictures are kept for looking at
// when RAPPORT_SCREENSHOT_DIR is set (light and dark palettes, and as a member of staff).
#include "RapportTest.h"

#include "ScreenCheck.h"
#include "SettingsFixture.h"
#include "app/inbound/InboundRouterConfig.h"
#include "app/policy/PolicyConfigStore.h"
#include "app/settings/BusinessSettings.h"
#include "app/settings/InboundSettings.h"
#include "ui/settings/SettingsPage.h"
#include "ui/settings/SettingsSection.h"
#include "ui/settings/SwitchUserDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>

using namespace rapport;
using namespace rapport::ui;
using rapport::test::clipped;
using rapport::test::darkPalette;
using rapport::test::keepPicture;

namespace {

// The main window at 1280×800 leaves about this much for a page (navigation and status bar).
constexpr QSize PageRoom(1110, 730);

} // namespace

class TestSettingsScreens final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY2(m.open().isEmpty(), "database");
        fillRealisticData();
    }
    void cleanup() { m.close(); }

    void everySectionFitsTheMainWindow()
    {
        SettingsPage page(m.services(), m.owner(), std::make_unique<test::FakeSettingsDialogs>());
        page.resize(PageRoom);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY2(page.minimumSizeHint().width() <= PageRoom.width(),
            qPrintable(QString::number(page.minimumSizeHint().width())));
        for (SettingsSection *section : page.sections()) {
            page.showSection(section->key());
            QCoreApplication::processEvents();
            QVERIFY2(section->minimumSizeHint().width() <= PageRoom.width() - 150,
                qPrintable(section->key()));
            const QStringList cut = clipped(section);
            QVERIFY2(cut.isEmpty(), qPrintable(section->key() + u": " + cut.join(u" | ")));
            const QStringList nameless = test::unnamed(section);
            QVERIFY2(
                nameless.isEmpty(), qPrintable(section->key() + u": " + nameless.join(u" | ")));
            keepPicture(&page, u"settings-" + section->key());
        }
        // A section with a problem typed in, and one with unsaved changes.
        page.showSection(QStringLiteral("business"));
        page.section(QStringLiteral("business"))
            ->findChild<QLineEdit *>(QStringLiteral("ownerMobile"))
            ->setText(QStringLiteral("0770"));
        keepPicture(&page, QStringLiteral("settings-business-problem"));
        page.showSection(QStringLiteral("templates"));
        keepPicture(&page, QStringLiteral("settings-templates"));
    }

    void asAMemberOfStaff()
    {
        const auto tom = m.staff->findByName(QStringLiteral("Tom"));
        QVERIFY(tom);
        SettingsPage page(m.services(),
            app::Actor::staffMember(tom->id, app::StaffRole::Staff, QStringLiteral("Tom")),
            std::make_unique<test::FakeSettingsDialogs>());
        page.resize(PageRoom);
        page.show();
        for (const QString &key :
            {QStringLiteral("business"), QStringLiteral("staff"), QStringLiteral("backup")}) {
            page.showSection(key);
            QCoreApplication::processEvents();
            const QStringList cut = clipped(page.section(key));
            QVERIFY2(cut.isEmpty(), qPrintable(key + u": " + cut.join(u" | ")));
            keepPicture(&page, u"settings-staffview-" + key);
        }
    }

    void switchUserDialog()
    {
        SwitchUserDialog dialog(*m.staff, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        keepPicture(&dialog, QStringLiteral("switchuser"));
        auto *members = dialog.findChild<QListWidget *>(QStringLiteral("members"));
        members->setCurrentRow(0); // Ada, who has a PIN
        dialog.findChild<QLineEdit *>(QStringLiteral("pin"))->setText(QStringLiteral("1111"));
        dialog.accept();
        QVERIFY(!dialog.message().isEmpty());
        QCoreApplication::processEvents();
        const QStringList cut = clipped(&dialog);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u" | ")));
        QVERIFY(test::unnamed(&dialog).isEmpty());
        keepPicture(&dialog, QStringLiteral("switchuser-wrongpin"));
    }

    void inADarkPalette()
    {
        const QPalette before = QApplication::palette();
        QApplication::setPalette(darkPalette());
        {
            SettingsPage page(
                m.services(), m.owner(), std::make_unique<test::FakeSettingsDialogs>());
            page.resize(PageRoom);
            page.show();
            for (const QString &key : {QStringLiteral("business"), QStringLiteral("hours"),
                     QStringLiteral("limits"), QStringLiteral("staff")}) {
                page.showSection(key);
                QCoreApplication::processEvents();
                keepPicture(&page, u"settings-dark-" + key);
            }
            // Text is drawn in the palette's colours, not fixed ones.
            QCOMPARE(
                page.section(QStringLiteral("business"))->palette().color(QPalette::WindowText),
                QColor(230, 230, 230));
        }
        QApplication::setPalette(before);
    }

private:
    void fillRealisticData()
    {
        const app::Actor owner = m.owner();
        QVERIFY(app::BusinessSettings::saveProfile(*m.database, *m.settings, *m.audit, owner,
            {QStringLiteral("Salon Ana"), QStringLiteral("GB"), QTimeZone("Europe/London")},
            QStringLiteral("+447400123456")));
        app::PolicyConfig policy = app::PolicyConfig::defaults();
        policy.businessHolidays = {QDate(2026, 12, 25), QDate(2026, 12, 26), QDate(2027, 1, 1)};
        QVERIFY(app::BusinessSettings::savePolicy(*m.settings, *m.audit, owner, policy));
        app::InboundRouterConfig inbound = app::InboundRouterConfig::load(*m.settings);
        inbound.contact = QStringLiteral("call us on 01632 960123");
        inbound.keywords.optOut.append(QStringLiteral("ARRET"));
        inbound.faq.insert(QStringLiteral("HOURS"),
            QStringLiteral("{business}: We are open Tuesday to Saturday, 9:00 to 18:00."));
        inbound.faq.insert(QStringLiteral("PARKING"),
            QStringLiteral("{business}: Free parking behind the shop, entrance on Mill Lane."));
        QVERIFY(app::InboundSettings::save(*m.database, *m.settings, *m.audit, owner, inbound));
        m.add(QStringLiteral("Mia Lindqvist"), app::StaffRole::Manager, QStringLiteral("1357"));
        m.add(QStringLiteral("Tom"), app::StaffRole::Staff);
        const qint64 leo = m.add(QStringLiteral("Leo"), app::StaffRole::Staff);
        QVERIFY(m.staff->deactivate(owner, leo));
        for (const auto &[name, body, purpose] :
            {std::tuple {QStringLiteral("Appointment reminder"),
                 QStringLiteral("Hi {first_name|there}, a reminder of your appointment on "
                                "{appointment_date} at {appointment_time}. Reply C to confirm, R "
                                "to reschedule."),
                 app::MessagePurpose::Service},
                std::tuple {QStringLiteral("Order ready"),
                    QStringLiteral("Hi {first_name|there}, your order is ready to collect."),
                    app::MessagePurpose::Reply},
                std::tuple {QStringLiteral("Spring offer"),
                    QStringLiteral("Spring is here: 15% off colour treatments until Friday."),
                    app::MessagePurpose::Marketing}}) {
            app::StoredTemplate stored;
            stored.name = name;
            stored.body = body;
            stored.purpose = purpose;
            stored.isSavedReply = purpose == app::MessagePurpose::Reply;
            QVERIFY(m.templates->add(stored));
        }
    }

    test::SettingsFixture m;
};

RAPPORT_GUI_TEST_MAIN(TestSettingsScreens)
#include "tst_settingsscreens.moc"
