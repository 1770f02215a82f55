// The app-side checks and saves behind the Settings page and the first-run wizard: permission
// in the core, keyword and reply rules, the inbound configuration read back as written, and the
// first-run setup stored whole or not at all.
#include "RapportTest.h"

#include "SettingsFixture.h"
#include "app/inbound/InboundRouterConfig.h"
#include "app/policy/PolicyConfigStore.h"
#include "app/settings/BusinessSettings.h"
#include "app/settings/FirstRunSetup.h"
#include "app/settings/InboundSettings.h"
#include "app/settings/StaffEditing.h"

using namespace rapport;
using namespace rapport::app;

class TestSettingsRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(m.open().isEmpty(), "database"); }
    void cleanup() { m.close(); }

    void profileProblems()
    {
        QVERIFY(BusinessSettings::problems(
            {QStringLiteral("Salon Ana"), QStringLiteral("GB"), QTimeZone("Europe/London")})
                    .isEmpty());
        QCOMPARE(
            BusinessSettings::problems({QString(), QStringLiteral("XX"), QTimeZone()}).size(), 3);
        QVERIFY(BusinessSettings::mobileProblem(QString(), QStringLiteral("GB")).isEmpty());
        QVERIFY(!BusinessSettings::mobileProblem(QString(), QStringLiteral("GB"), true).isEmpty());
        // A landline cannot get texts.
        QVERIFY(
            !BusinessSettings::mobileProblem(QStringLiteral("020 7946 0018"), QStringLiteral("GB"))
                 .isEmpty());
        QVERIFY(
            BusinessSettings::mobileProblem(QStringLiteral("07400 123456"), QStringLiteral("GB"))
                .isEmpty());
    }

    void savingNeedsTheSettingsPermission()
    {
        const Actor tom = Actor::staffMember(m.add(QStringLiteral("Tom"), StaffRole::Staff),
            StaffRole::Staff, QStringLiteral("Tom"));
        const auto refused
            = BusinessSettings::savePolicy(*m.settings, *m.audit, tom, PolicyConfig::defaults());
        QVERIFY(!refused);
        QCOMPARE(m.auditCount(AuditAction::PermissionDenied), 1);
        QVERIFY(!m.settings->value(PolicyConfig::SettingsKey)->has_value());
        QVERIFY(BusinessSettings::savePolicy(
            *m.settings, *m.audit, m.owner(), PolicyConfig::defaults()));
    }

    void inboundConfigReadsBackAsWritten()
    {
        InboundRouterConfig config = InboundRouterConfig::defaults();
        config.contact = QStringLiteral("call 01632 960123");
        config.awayEnabled = true;
        config.awayRepeat = std::chrono::hours(6);
        config.hours = BusinessHours::weekdays(QTime(8, 30), QTime(17, 0), QTimeZone::utc());
        config.faq.insert(QStringLiteral("HOURS"), QStringLiteral("Open 8:30 to 5"));
        config.keywords.optOut.append(QStringLiteral("ARRET"));
        QVERIFY(InboundSettings::problems(config).isEmpty());
        QVERIFY(InboundSettings::save(*m.database, *m.settings, *m.audit, m.owner(), config));
        const InboundRouterConfig loaded = InboundRouterConfig::load(*m.settings);
        QCOMPARE(loaded.contact, config.contact);
        QVERIFY(loaded.awayEnabled);
        QCOMPARE(loaded.awayRepeat.count(), 6);
        QCOMPARE(loaded.hours.spans.size(), 5);
        QCOMPARE(loaded.hours.spans.first().open, QTime(8, 30));
        QCOMPARE(loaded.faq, config.faq);
        QCOMPARE(loaded.keywords.optOut, config.keywords.optOut);
        QCOMPARE(loaded.optInConfirmation, config.optInConfirmation);
    }

    void keywordRules_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("STOP removed") << "drop-stop"
                                      << "must keep working";
        QTest::newRow("word in two lists") << "help-stop"
                                           << "in both";
        QTest::newRow("FAQ is an opt-out word") << "faq-stop"
                                                << "already one of";
        QTest::newRow("unknown placeholder") << "placeholder"
                                             << "{shop}";
        QTest::newRow("away without text") << "away-empty"
                                           << "Away message";
        QTest::newRow("punctuation only") << "punct"
                                          << "no letters";
    }
    void keywordRules()
    {
        QFETCH(QString, change);
        QFETCH(QString, expected);
        InboundRouterConfig config = InboundRouterConfig::defaults();
        if (change == QLatin1String("drop-stop"))
            config.keywords.optOut.removeAll(QStringLiteral("STOP"));
        else if (change == QLatin1String("help-stop"))
            config.keywords.help.append(QStringLiteral("stop!"));
        else if (change == QLatin1String("faq-stop"))
            config.faq.insert(QStringLiteral("Stop"), QStringLiteral("ok"));
        else if (change == QLatin1String("placeholder"))
            config.helpAnswer = QStringLiteral("{shop}: call us");
        else if (change == QLatin1String("away-empty")) {
            config.awayEnabled = true;
            config.awayMessage.clear();
        } else if (change == QLatin1String("punct"))
            config.keywords.optIn.append(QStringLiteral("!!"));
        const QStringList problems = InboundSettings::problems(config);
        QVERIFY2(problems.join(u'\n').contains(expected), qPrintable(problems.join(u'\n')));
        QVERIFY(!InboundSettings::save(*m.database, *m.settings, *m.audit, m.owner(), config));
    }

    void extraWords()
    {
        const QStringList builtIn {QStringLiteral("STOP"), QStringLiteral("OPT OUT")};
        QCOMPARE(InboundSettings::splitWords(QStringLiteral(" ARRET ,, halt;\nfin ")),
            (QStringList {QStringLiteral("ARRET"), QStringLiteral("halt"), QStringLiteral("fin")}));
        QCOMPARE(InboundSettings::extras(
                     {QStringLiteral("STOP"), QStringLiteral("optout"), QStringLiteral("ARRET")},
                     builtIn),
            QStringList {QStringLiteral("ARRET")});
        QCOMPARE(
            InboundSettings::withExtras(builtIn, {QStringLiteral("stop"), QStringLiteral("fin")}),
            (QStringList {
                QStringLiteral("STOP"), QStringLiteral("OPT OUT"), QStringLiteral("fin")}));
    }

    void staffEditsAreAllOrNothing()
    {
        const qint64 tom = m.add(QStringLiteral("Tom"), StaffRole::Staff);
        StaffChanges changes;
        changes.name = QStringLiteral("Thomas");
        changes.role = StaffRole::Manager;
        changes.pin = QStringLiteral("12"); // malformed: refused after the rename
        const auto refused = StaffEditing::apply(*m.database, *m.staff, m.owner(), tom, changes);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("4 to 8 digits")));
        QCOMPARE(m.staff->findById(tom)->name, QStringLiteral("Tom"));
        QCOMPARE(m.staff->findById(tom)->role, StaffRole::Staff);
        changes.pin = QStringLiteral("1234");
        QVERIFY(StaffEditing::apply(*m.database, *m.staff, m.owner(), tom, changes));
        QCOMPARE(m.staff->findById(tom)->name, QStringLiteral("Thomas"));
        QVERIFY(m.staff->findById(tom)->hasPin);
    }

    void firstRunStoresEverythingOrNothing()
    {
        m.close();
        QVERIFY(m.openEmpty().isEmpty());
        FirstRunChoices choices;
        choices.profile
            = {QStringLiteral("Salon Ana"), QStringLiteral("GB"), QTimeZone("Europe/London")};
        choices.ownerName = QStringLiteral("Ana");
        choices.ownerPin = QStringLiteral("1357");
        choices.ownerMobileE164 = QStringLiteral("+447400123456");
        choices.policy.optOutLine.clear(); // invalid: refused before anything is written
        QVERIFY(!FirstRunSetup::problems(choices).isEmpty());
        QVERIFY(!FirstRunSetup::apply(*m.database, *m.settings, *m.audit, *m.staff, choices));
        QVERIFY(*m.staff->isEmpty());
        QVERIFY(!m.settings->value(BusinessProfile::NameKey)->has_value());

        choices.policy = PolicyConfig::defaults();
        const auto owner
            = FirstRunSetup::apply(*m.database, *m.settings, *m.audit, *m.staff, choices);
        QVERIFY2(owner, owner ? "" : qPrintable(owner.error()));
        QCOMPARE(owner->role, StaffRole::Owner);
        QCOMPARE(owner->name, QStringLiteral("Ana"));
        QVERIFY(m.staff->verifyPin(owner->staffId, QStringLiteral("1357")));
        const BusinessProfile stored = BusinessProfile::load(*m.settings);
        QCOMPARE(stored.name, QStringLiteral("Salon Ana"));
        QCOMPARE(stored.region, QStringLiteral("GB"));
        QCOMPARE(stored.zone.id(), QByteArray("Europe/London"));
        QCOMPARE(BusinessSettings::ownerMobile(*m.settings), choices.ownerMobileE164);
        QVERIFY(PolicyConfigStore(*m.settings).load());
        // Written in the owner's name.
        const auto entries = m.audit->entries(AuditAction::SettingChanged);
        QVERIFY(entries && !entries->isEmpty());
        QCOMPARE(entries->first().staffId, owner->staffId);
    }

private:
    test::SettingsFixture m;
};

RAPPORT_TEST_MAIN(TestSettingsRules)
#include "tst_settingsrules.moc"
