// The Settings page as a whole: who may change what (and the page says why not), the unsaved
// marks in the section list, Switch user from a locked section, and the list-and-form sections
// (templates, staff).
#include "RapportTest.h"

#include "SettingsFixture.h"
#include "app/settings/BusinessSettings.h"
#include "app/staff/StaffDirectory.h"
#include "ui/settings/RegionComboBox.h"
#include "ui/settings/SettingsPage.h"
#include "ui/settings/SettingsSection.h"
#include "ui/settings/SwitchUserDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

using namespace rapport;
using namespace rapport::ui;

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

const QStringList businessSections {QStringLiteral("business"), QStringLiteral("hours"),
    QStringLiteral("limits"), QStringLiteral("keywords"), QStringLiteral("replies"),
    QStringLiteral("templates")};

} // namespace

class TestSettingsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(m.open().isEmpty(), "database"); }
    void cleanup() { m.close(); }

    void staffCannotChangeBusinessSettingsAndAreToldWhy()
    {
        const qint64 tom = m.add(QStringLiteral("Tom"), app::StaffRole::Staff);
        const app::Actor staff
            = app::Actor::staffMember(tom, app::StaffRole::Staff, QStringLiteral("Tom"));
        SettingsPage page(m.services(), staff, std::make_unique<test::FakeSettingsDialogs>());
        page.resize(1100, 720);
        page.show();
        for (const QString &key : businessSections) {
            SettingsSection *section = page.section(key);
            QVERIFY(section);
            QVERIFY2(!section->isEditable(), qPrintable(key));
            QVERIFY2(section->lockedReason().contains(QStringLiteral("manager")),
                qPrintable(section->lockedReason()));
            QVERIFY(section->lockedReason().contains(QStringLiteral("Tom")));
            QVERIFY(!section->saveChanges());
        }
        auto *name = child<QLineEdit>(page.section(QStringLiteral("business")), "businessName");
        QVERIFY(!name->isEnabled());
        // Templates can still be read.
        QVERIFY(child<QListView>(page.section(QStringLiteral("templates")), "templateList")
                    ->isEnabled());
        // Their own PIN they may change; the team is the owner's.
        SettingsSection *staffSection = page.section(QStringLiteral("staff"));
        QVERIFY(staffSection->lockedReason().contains(QStringLiteral("own PIN")));
        QVERIFY(child<QLineEdit>(staffSection, "staffPin")->isEnabled());
        QVERIFY(!child<QLineEdit>(staffSection, "staffName")->isEnabled());
        QCOMPARE(child<QLineEdit>(staffSection, "staffName")->text(), QStringLiteral("Tom"));
        // Language is theirs to choose.
        QVERIFY(page.section(QStringLiteral("language"))->isEditable());
        QVERIFY(page.section(QStringLiteral("language"))->lockedReason().isEmpty());
        // Backups hold every customer: managers and owners only.
        QVERIFY(!page.section(QStringLiteral("backup"))->isEditable());

        // The core refuses too, whatever the screen shows, and logs the attempt.
        QCOMPARE(m.auditCount(app::AuditAction::PermissionDenied), 0);
        const auto refused = app::BusinessSettings::saveProfile(*m.database, *m.settings, *m.audit,
            staff, {QStringLiteral("Tom's shop"), QStringLiteral("GB"), QTimeZone("Europe/London")},
            {});
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("manager")));
        QCOMPARE(m.auditCount(app::AuditAction::PermissionDenied), 1);

        // A manager signing in unlocks them.
        page.setActor(app::Actor::staffMember(m.add(QStringLiteral("Mia"), app::StaffRole::Manager),
            app::StaffRole::Manager, QStringLiteral("Mia")));
        for (const QString &key : businessSections) {
            QVERIFY2(page.section(key)->isEditable(), qPrintable(key));
            QVERIFY(page.section(key)->lockedReason().isEmpty());
        }
        QVERIFY(name->isEnabled());
        QVERIFY(page.section(QStringLiteral("backup"))->isEditable());
    }

    void unsavedSectionsAreMarkedInTheList()
    {
        SettingsPage page(m.services(), m.owner(), std::make_unique<test::FakeSettingsDialogs>());
        auto *list = child<QListWidget>(&page, "sections");
        QCOMPARE(list->count(), 9);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Business"));
        QSignalSpy changed(&page, &SettingsPage::settingsChanged);
        auto *name = child<QLineEdit>(page.section(QStringLiteral("business")), "businessName");
        name->setText(QStringLiteral("Salon Ana"));
        QVERIFY(list->item(0)->text().endsWith(QStringLiteral("\u2022")));
        QVERIFY(page.hasUnsavedChanges());
        child<RegionComboBox>(page.section(QStringLiteral("business")), "region")
            ->setRegion(QStringLiteral("IE"));
        QVERIFY2(page.section(QStringLiteral("business"))->saveChanges(),
            qPrintable(page.section(QStringLiteral("business"))->statusText()));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Business"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!page.hasUnsavedChanges());
    }

    void switchUserFromALockedSection()
    {
        const qint64 tom = m.add(QStringLiteral("Tom"), app::StaffRole::Staff);
        SettingsPage page(m.services(),
            app::Actor::staffMember(tom, app::StaffRole::Staff, QStringLiteral("Tom")),
            std::make_unique<test::FakeSettingsDialogs>());
        page.show();
        QSignalSpy switched(&page, &SettingsPage::actorSwitched);
        bool answered = false;
        QTimer::singleShot(0, this, [&answered] {
            auto *dialog = qobject_cast<SwitchUserDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *members = child<QListWidget>(dialog, "members");
            for (int row = 0; row < members->count(); ++row) {
                if (members->item(row)->text().startsWith(QStringLiteral("Ada")))
                    members->setCurrentRow(row);
            }
            QTest::keyClicks(child<QLineEdit>(dialog, "pin"), QStringLiteral("2468"));
            QTest::mouseClick(child<QPushButton>(dialog, "switchButton"), Qt::LeftButton);
            answered = true;
        });
        SettingsSection *business = page.section(QStringLiteral("business"));
        QTest::mouseClick(child<QPushButton>(business, "switchUser"), Qt::LeftButton);
        QVERIFY(answered);
        QCOMPARE(switched.count(), 1);
        const auto actor = switched.first().first().value<app::Actor>();
        QCOMPARE(actor.staffId, m.ownerId);
        QCOMPARE(actor.role, app::StaffRole::Owner);
        QVERIFY(business->isEditable());
    }

    void templatesAreCheckedAsTypedAndAudited()
    {
        SettingsPage page(m.services(), m.owner(), std::make_unique<test::FakeSettingsDialogs>());
        SettingsSection *section = page.section(QStringLiteral("templates"));
        QTest::mouseClick(child<QPushButton>(section, "newTemplate"), Qt::LeftButton);
        child<QLineEdit>(section, "templateName")->setText(QStringLiteral("Ready"));
        auto *body = child<QPlainTextEdit>(section, "templateBody");
        body->setPlainText(QStringLiteral("Hi {frist_name}, your order is ready."));
        QVERIFY2(section->statusText().contains(QStringLiteral("{first_name}")),
            qPrintable(section->statusText())); // "Did you mean {first_name}?"
        QVERIFY(!section->saveChanges());
        body->setPlainText(QStringLiteral("Hi {first_name|there}, your order is ready."));
        QVERIFY(
            child<QLabel>(section, "templateCounter")->text().contains(QStringLiteral("1 text")));
        QVERIFY2(section->currentProblems().isEmpty(), qPrintable(section->statusText()));
        // One template at a time: the list waits while this one has changes.
        QVERIFY(!child<QListView>(section, "templateList")->isEnabled());
        QVERIFY(section->saveChanges());
        QVERIFY(child<QListView>(section, "templateList")->isEnabled());
        const auto stored = m.templates->findByName(QStringLiteral("Ready"));
        QVERIFY(stored);
        QCOMPARE(stored->body, QStringLiteral("Hi {first_name|there}, your order is ready."));
        QCOMPARE(m.auditCount(app::AuditAction::SettingChanged, QStringLiteral("template:")), 1);

        QTest::mouseClick(child<QPushButton>(section, "deleteTemplate"), Qt::LeftButton);
        QVERIFY(!m.templates->findByName(QStringLiteral("Ready")));
        QCOMPARE(m.auditCount(app::AuditAction::SettingChanged, QStringLiteral("template:")), 2);
    }

    void staffAreAddedWithAPinAndTheLastOwnerIsProtected()
    {
        SettingsPage page(m.services(), m.owner(), std::make_unique<test::FakeSettingsDialogs>());
        SettingsSection *section = page.section(QStringLiteral("staff"));
        // Ada is the only owner: her role cannot be changed here.
        QCOMPARE(child<QLineEdit>(section, "staffName")->text(), QStringLiteral("Ada"));
        QVERIFY(!child<QComboBox>(section, "staffRole")->isEnabled());
        QVERIFY(!child<QCheckBox>(section, "formerStaff")->isEnabled());

        QSignalSpy staffChanged(&page, &SettingsPage::staffChanged);
        QTest::mouseClick(child<QPushButton>(section, "addPerson"), Qt::LeftButton);
        child<QLineEdit>(section, "staffName")->setText(QStringLiteral("Mia"));
        auto *role = child<QComboBox>(section, "staffRole");
        role->setCurrentIndex(role->findData(int(app::StaffRole::Manager)));
        QTest::keyClicks(child<QLineEdit>(section, "staffPin"), QStringLiteral("1357"));
        QTest::keyClicks(child<QLineEdit>(section, "staffPinAgain"), QStringLiteral("1358"));
        QVERIFY(section->statusText().contains(QStringLiteral("not the same")));
        QVERIFY(!section->saveChanges());
        child<QLineEdit>(section, "staffPinAgain")->setText(QStringLiteral("1357"));
        QVERIFY2(section->saveChanges(), qPrintable(section->statusText()));
        QCOMPARE(staffChanged.count(), 1);
        const auto mia = m.staff->findByName(QStringLiteral("Mia"));
        QVERIFY(mia);
        QCOMPARE(mia->role, app::StaffRole::Manager);
        QVERIFY(mia->hasPin);
        QVERIFY(m.staff->verifyPin(mia->id, QStringLiteral("1357")));

        // Now Ada may make Mia an owner, and then stop being one herself.
        role->setCurrentIndex(role->findData(int(app::StaffRole::Owner)));
        QVERIFY2(section->saveChanges(), qPrintable(section->statusText()));
        auto *list = child<QListView>(section, "staffList");
        list->setCurrentIndex(list->model()->index(0, 0)); // Ada (sorted by name)
        QCOMPARE(child<QLineEdit>(section, "staffName")->text(), QStringLiteral("Ada"));
        QVERIFY(role->isEnabled());
    }

    void aMemberChangesTheirOwnPin()
    {
        const qint64 tom
            = m.add(QStringLiteral("Tom"), app::StaffRole::Staff, QStringLiteral("1111"));
        SettingsPage page(m.services(),
            app::Actor::staffMember(tom, app::StaffRole::Staff, QStringLiteral("Tom")),
            std::make_unique<test::FakeSettingsDialogs>());
        SettingsSection *section = page.section(QStringLiteral("staff"));
        child<QLineEdit>(section, "staffPin")->setText(QStringLiteral("2222"));
        child<QLineEdit>(section, "staffPinAgain")->setText(QStringLiteral("2222"));
        QVERIFY2(section->saveChanges(), qPrintable(section->statusText()));
        QCOMPARE(section->statusText(), QStringLiteral("PIN changed."));
        QVERIFY(m.staff->verifyPin(tom, QStringLiteral("2222")));
    }

private:
    test::SettingsFixture m;
};

RAPPORT_GUI_TEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
