// Each section of the Settings page reads what is stored, checks what is typed as it is typed,
// and saves through the app's stores (which audit): a round trip per section.
#include "RapportTest.h"

#include "SettingsFixture.h"
#include "app/inbound/InboundRouterConfig.h"
#include "app/phone/PhoneNumbers.h"
#include "app/policy/PolicyConfigStore.h"
#include "app/settings/BusinessSettings.h"
#include "ui/settings/BusinessSection.h"
#include "ui/settings/HoursSection.h"
#include "ui/settings/KeywordsSection.h"
#include "ui/settings/LanguageSection.h"
#include "ui/settings/LimitsSection.h"
#include "ui/settings/RegionComboBox.h"
#include "ui/settings/RepliesSection.h"
#include "ui/settings/TimeZoneComboBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

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

QPushButton *saveButton(QWidget *section)
{
    return child<QPushButton>(section, "saveButton");
}

// The control a screen reader would announce by this name.
template<typename T>
T *named(QWidget *section, const QString &accessibleName)
{
    for (T *control : section->findChildren<T *>()) {
        if (control->accessibleName() == accessibleName)
            return control;
    }
    qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(accessibleName));
    return nullptr;
}

QPushButton *buttonNamed(QWidget *section, const QString &accessibleName)
{
    return named<QPushButton>(section, accessibleName);
}

QCheckBox *dayBox(QWidget *section, const QString &accessibleName)
{
    return named<QCheckBox>(section, accessibleName);
}

} // namespace

class TestSettingsSections final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(m.open().isEmpty(), "database"); }
    void cleanup() { m.close(); }

    void businessProfileRoundTrip()
    {
        BusinessSection section(m.services());
        section.setActor(m.owner());
        auto *name = child<QLineEdit>(&section, "businessName");
        auto *region = child<RegionComboBox>(&section, "region");
        auto *zone = child<TimeZoneComboBox>(&section, "timeZone");
        auto *mobile = child<QLineEdit>(&section, "ownerMobile");
        QVERIFY(!saveButton(&section)->isEnabled()); // nothing changed yet

        name->clear();
        QTest::keyClicks(name, QStringLiteral("Salon Ana"));
        region->setRegion(QStringLiteral("GB"));
        // Choosing the country suggests its zone.
        QCOMPARE(zone->zone().id(), QByteArray("Europe/London"));
        QTest::keyClicks(mobile, QStringLiteral("07400 123"));
        QVERIFY(section.isDirty());
        QVERIFY(!saveButton(&section)->isEnabled());
        QVERIFY2(section.statusText().contains(QStringLiteral("Your mobile")),
            qPrintable(section.statusText()));
        QTest::keyClicks(mobile, QStringLiteral("456"));
        QVERIFY2(section.currentProblems().isEmpty(), qPrintable(section.statusText()));
        QVERIFY(saveButton(&section)->isEnabled());

        const int before = m.auditCount(app::AuditAction::SettingChanged);
        QTest::mouseClick(saveButton(&section), Qt::LeftButton);
        QVERIFY(!section.isDirty());
        QCOMPARE(section.statusText(), QStringLiteral("Saved."));
        const app::BusinessProfile stored = app::BusinessProfile::load(*m.settings);
        QCOMPARE(stored.name, QStringLiteral("Salon Ana"));
        QCOMPARE(stored.region, QStringLiteral("GB"));
        QCOMPARE(stored.zone.id(), QByteArray("Europe/London"));
        QCOMPARE(app::BusinessSettings::ownerMobile(*m.settings), QStringLiteral("+447400123456"));
        QCOMPARE(m.auditCount(app::AuditAction::SettingChanged), before + 4);

        // A fresh section shows what was stored, the number in national form.
        BusinessSection again(m.services());
        QCOMPARE(child<QLineEdit>(&again, "businessName")->text(), QStringLiteral("Salon Ana"));
        QCOMPARE(child<RegionComboBox>(&again, "region")->region(), QStringLiteral("GB"));
        QCOMPARE(child<QLineEdit>(&again, "ownerMobile")->text(), QStringLiteral("07400 123456"));

        // Revert drops unsaved edits.
        name->setText(QStringLiteral("Something else"));
        QTest::mouseClick(child<QPushButton>(&section, "revertButton"), Qt::LeftButton);
        QCOMPARE(name->text(), QStringLiteral("Salon Ana"));
        QVERIFY(!section.isDirty());
    }

    void businessNameIsRequired()
    {
        BusinessSection section(m.services());
        section.setActor(m.owner());
        child<QLineEdit>(&section, "businessName")->setText(QStringLiteral("   "));
        QVERIFY(!saveButton(&section)->isEnabled());
        QVERIFY(section.statusText().contains(QStringLiteral("Business name")));
        QVERIFY(!section.saveChanges());
        QCOMPARE(m.settings->valueOr(app::BusinessProfile::NameKey, QStringLiteral("-")),
            QStringLiteral("-"));
    }

    void hoursRoundTrip()
    {
        HoursSection section(m.services());
        section.setActor(m.owner());
        // Defaults: marketing Monday to Saturday.
        QCheckBox *sunday = dayBox(&section, QStringLiteral("Marketing texts on Sunday"));
        QVERIFY(!sunday->isChecked());
        sunday->setChecked(true);
        dayBox(&section, QStringLiteral("Reminders and other service texts on Saturday"))
            ->setChecked(false);
        QVERIFY2(section.saveChanges(), qPrintable(section.statusText()));
        const app::PolicyConfig stored = app::PolicyConfigStore(*m.settings).loadOrDefaults();
        QVERIFY(stored.marketingHours.on(Qt::Sunday).has_value());
        QCOMPARE(*stored.marketingHours.on(Qt::Sunday), app::DailyWindow::fromHours(9, 0, 19, 0));
        QVERIFY(!stored.serviceHours.on(Qt::Saturday).has_value());
        QCOMPARE(
            stored.serviceHours.on(Qt::Monday), app::PolicyConfig::defaults().serviceHours.on(1));
        QCOMPARE(m.auditCount(app::AuditAction::SettingChanged, app::PolicyConfig::SettingsKey), 1);
    }

    void daysWithoutMarketingAreAddedAndRemoved()
    {
        HoursSection section(m.services());
        section.setActor(m.owner());
        auto *list = section.findChild<QListWidget *>(QStringLiteral("holidays"));
        QVERIFY(list);
        // Empty: one line saying what the box is for, which is not a day.
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->flags(), Qt::NoItemFlags);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("No days yet")),
            qPrintable(list->item(0)->text()));

        const QDate boxingDay(2026, 12, 26);
        auto *day = section.findChild<QDateEdit *>();
        QVERIFY(day);
        day->setDate(boxingDay);
        buttonNamed(&section, QStringLiteral("Add day without marketing"))->click();
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toDate(), boxingDay);
        QVERIFY2(section.saveChanges(), qPrintable(section.statusText()));
        QCOMPARE(app::PolicyConfigStore(*m.settings).loadOrDefaults().businessHolidays,
            QList<QDate> {boxingDay});

        list->setCurrentRow(0);
        buttonNamed(&section, QStringLiteral("Remove the chosen day"))->click();
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->flags(), Qt::NoItemFlags);
        QVERIFY2(section.saveChanges(), qPrintable(section.statusText()));
        QVERIFY(app::PolicyConfigStore(*m.settings).loadOrDefaults().businessHolidays.isEmpty());
    }

    void noServiceDaysIsAProblem()
    {
        HoursSection section(m.services());
        section.setActor(m.owner());
        const QLocale locale;
        for (int day = 1; day <= 7; ++day)
            dayBox(&section,
                QStringLiteral("Reminders and other service texts on %1").arg(locale.dayName(day)))
                ->setChecked(false);
        QVERIFY(!saveButton(&section)->isEnabled());
        QVERIFY(section.statusText().contains(QStringLiteral("at least one day")));
    }

    void limitsRoundTrip()
    {
        LimitsSection section(m.services());
        section.setActor(m.owner());
        child<QSpinBox>(&section, "capCount")->setValue(5);
        child<QSpinBox>(&section, "capDays")->setValue(30);
        child<QCheckBox>(&section, "identifySender")->setChecked(false);
        child<QLineEdit>(&section, "optOutLine")->clear();
        QVERIFY(section.statusText().contains(QStringLiteral("opt-out line")));
        QVERIFY(!saveButton(&section)->isEnabled());
        child<QLineEdit>(&section, "optOutLine")->setText(QStringLiteral("Text STOP to end"));
        // A legal rule whose place is not a code is refused as you type.
        auto *table = child<QTableView>(&section, "legalRules");
        QAbstractItemModel *rules = table->model();
        const int rows = rules->rowCount();
        QTest::mouseClick(child<QPushButton>(&section, "addPlace"), Qt::LeftButton);
        QCOMPARE(rules->rowCount(), rows + 1);
        QVERIFY(!saveButton(&section)->isEnabled());
        QVERIFY(rules->setData(rules->index(rows, 0), QStringLiteral("de")));
        QVERIFY2(section.currentProblems().isEmpty(), qPrintable(section.statusText()));
        QVERIFY(section.saveChanges());

        const app::PolicyConfig stored = app::PolicyConfigStore(*m.settings).loadOrDefaults();
        QCOMPARE(stored.marketingCap.count, 5);
        QCOMPARE(stored.marketingCap.windowSeconds, 30LL * 86400);
        QVERIFY(!stored.identifySender);
        QCOMPARE(stored.optOutLine, QStringLiteral("Text STOP to end"));
        QVERIFY(stored.legalRules.contains(QStringLiteral("DE")));
        QCOMPARE(stored.legalRules.value(QStringLiteral("DE")).window,
            app::DailyWindow::fromHours(8, 0, 21, 0));
        QVERIFY(stored.legalRules.contains(QStringLiteral("US-FL"))); // the others are kept
    }

    void keywordsRoundTrip()
    {
        KeywordsSection section(m.services());
        section.setActor(m.owner());
        child<QLineEdit>(&section, "extraOptOut")->setText(QStringLiteral("ARRET, halt"));
        auto *questions = child<QTableWidget>(&section, "questions");
        QTest::mouseClick(child<QPushButton>(&section, "addQuestion"), Qt::LeftButton);
        QCOMPARE(questions->rowCount(), 1);
        // A question keyword may not be an opt-out word.
        questions->item(0, 0)->setText(QStringLiteral("Stop"));
        QVERIFY2(section.statusText().contains(QStringLiteral("opt-out words")),
            qPrintable(section.statusText()));
        QVERIFY(!saveButton(&section)->isEnabled());
        questions->item(0, 0)->setText(QStringLiteral("HOURS"));
        questions->item(0, 1)->setText(QStringLiteral("{business}: open 9 to 6"));
        QVERIFY2(section.currentProblems().isEmpty(), qPrintable(section.statusText()));
        QVERIFY(section.saveChanges());

        const app::InboundRouterConfig stored = app::InboundRouterConfig::load(*m.settings);
        QVERIFY(stored.keywords.optOut.contains(QStringLiteral("STOP")));
        QVERIFY(stored.keywords.optOut.contains(QStringLiteral("ARRET")));
        QVERIFY(stored.keywords.optOut.contains(QStringLiteral("halt")));
        QCOMPARE(
            stored.faq.value(QStringLiteral("HOURS")), QStringLiteral("{business}: open 9 to 6"));

        KeywordsSection again(m.services());
        QCOMPARE(child<QLineEdit>(&again, "extraOptOut")->text(), QStringLiteral("ARRET, halt"));
        QCOMPARE(child<QTableWidget>(&again, "questions")->rowCount(), 1);
    }

    void repliesRoundTrip()
    {
        QVERIFY(m.settings->setValue(
            m.owner(), *m.audit, app::BusinessProfile::NameKey, QStringLiteral("Salon Ana")));
        RepliesSection section(m.services());
        section.setActor(m.owner());
        auto *contact = child<QLineEdit>(&section, "contact");
        contact->setText(QStringLiteral("call 01632 960123"));
        auto *help = child<QPlainTextEdit>(&section, "helpAnswer");
        help->setPlainText(QStringLiteral("{business}: {contact}. {opening}"));
        QVERIFY2(section.statusText().contains(QStringLiteral("{opening}")),
            qPrintable(section.statusText()));
        QVERIFY(!saveButton(&section)->isEnabled());
        help->setPlainText(QStringLiteral("{business}: {contact}."));
        // The preview shows what the customer gets.
        const QList<QLabel *> labels = section.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text() == QStringLiteral("Customers get: Salon Ana: call 01632 960123.");
        }));
        child<QCheckBox>(&section, "awayEnabled")->setChecked(true);
        child<QSpinBox>(&section, "awayRepeat")->setValue(24);
        QVERIFY2(section.currentProblems().isEmpty(), qPrintable(section.statusText()));
        QVERIFY(section.saveChanges());

        const app::InboundRouterConfig stored = app::InboundRouterConfig::load(*m.settings);
        QCOMPARE(stored.contact, QStringLiteral("call 01632 960123"));
        QCOMPARE(stored.helpAnswer, QStringLiteral("{business}: {contact}."));
        QVERIFY(stored.awayEnabled);
        QCOMPARE(stored.awayRepeat.count(), 24);
        QCOMPARE(stored.hours.spans.size(), 5); // the default Monday to Friday
        QCOMPARE(stored.hours.spans.first().open, QTime(9, 0));
    }

    void languageIsAUserPreference()
    {
        QSettings().remove(QStringLiteral("ui/language"));
        LanguageSection section;
        // Anyone may choose their language.
        section.setActor(app::Actor::staffMember(7, app::StaffRole::Staff, QStringLiteral("Tom")));
        QVERIFY(section.isEditable());
        auto *combo = child<QComboBox>(&section, "language");
        QCOMPARE(combo->itemData(0).toString(), QString());
        const int german = combo->findData(QStringLiteral("de"));
        QVERIFY(german > 0);
        QCOMPARE(combo->itemText(german), QStringLiteral("Deutsch"));
        QVERIFY(combo->findData(QStringLiteral("en")) > 0);
        combo->setCurrentIndex(german);
        QVERIFY(section.saveChanges());
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        QVERIFY(section.statusText().contains(QStringLiteral("again")));
    }

private:
    test::SettingsFixture m;
};

RAPPORT_GUI_TEST_MAIN(TestSettingsSections)
#include "tst_settingssections.moc"
