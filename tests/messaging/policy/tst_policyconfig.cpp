// PolicyConfig: the defaults (COMPLIANCE.md), validation with sentences naming the setting,
// the JSON form and its storage in the settings, and how a subdivision's legal rule builds on
// its country's.
#include "app/audit/AuditLog.h"
#include "app/policy/PolicyConfig.h"
#include "app/policy/PolicyConfigStore.h"
#include "app/settings/SettingsStore.h"
#include "app/staff/Actor.h"
#include "app/storage/Database.h"

#include "RapportTest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace rapport::app;

namespace {

Jurisdiction at(const char *code)
{
    return Jurisdiction::fromCode(QString::fromLatin1(code));
}

} // namespace

class TestPolicyConfig final : public QObject
{
    Q_OBJECT

    int m_connection = 0;

private Q_SLOTS:
    void defaults()
    {
        const PolicyConfig config = PolicyConfig::defaults();
        QVERIFY2(config.problems().isEmpty(), qPrintable(config.problems().join(u'\n')));
        QCOMPARE(config.marketingHours.on(Qt::Monday), DailyWindow::fromHours(9, 0, 19, 0));
        QCOMPARE(config.marketingHours.on(Qt::Saturday), DailyWindow::fromHours(9, 0, 19, 0));
        QVERIFY(!config.marketingHours.on(Qt::Sunday));
        QCOMPARE(config.serviceHours.on(Qt::Sunday), DailyWindow::fromHours(8, 0, 20, 0));
        QCOMPARE(config.marketingCap.count, 3);
        QCOMPARE(config.marketingCap.windowSeconds, qint64(7 * 24 * 3600));
        QCOMPARE(config.optOutLine, QStringLiteral("Reply STOP to opt out"));
        QVERIFY(config.identifySender);
        QCOMPARE(config.legalRules.keys(),
            (QStringList {QStringLiteral("FR"), QStringLiteral("US"), QStringLiteral("US-CT"),
                QStringLiteral("US-FL")}));
    }

    void legalRules_data()
    {
        QTest::addColumn<QString>("jurisdiction");
        QTest::addColumn<QString>("hours"); // empty: any hour
        QTest::addColumn<bool>("noSundays");
        QTest::addColumn<bool>("noPublicHolidays");
        QTest::addColumn<int>("caps"); // how many caps a marketing text must pass
        const auto row = [](const char *name, const char *code, const char *hours, bool sundays,
                             bool holidays, int caps) {
            QTest::newRow(name) << QString::fromLatin1(code) << QString::fromUtf8(hours) << sundays
                                << holidays << caps;
        };
        row("US", "US", "08:00–21:00", false, false, 1);
        row("Florida", "US-FL", "08:00–20:00", false, false, 2);
        row("Connecticut", "US-CT", "09:00–21:00", false, false, 1);
        row("New York inherits the US rule", "US-NY", "08:00–21:00", false, false, 1);
        row("France", "FR", "08:00–22:00", true, true, 1);
        row("no rule for GB", "GB", "", false, false, 1);
        row("no jurisdiction", "", "", false, false, 1);
    }
    void legalRules()
    {
        QFETCH(QString, jurisdiction);
        QFETCH(QString, hours);
        QFETCH(bool, noSundays);
        QFETCH(bool, noPublicHolidays);
        QFETCH(int, caps);
        const PolicyConfig config = PolicyConfig::defaults();
        const Jurisdiction j = Jurisdiction::fromCode(jurisdiction);
        const LegalRule rule = config.legalRuleFor(j);
        QCOMPARE(rule.window ? rule.window->toText() : QString(), hours);
        QCOMPARE(rule.noSundays, noSundays);
        QCOMPARE(rule.noPublicHolidays, noPublicHolidays);
        QCOMPARE(config.marketingCaps(j).size(), caps);
        QCOMPARE(config.marketingCaps(j).constFirst(), config.marketingCap);
    }

    // Federal law binds in every state: a state rule can narrow the hours, never widen them,
    // and adds its bans and cap to the country's.
    void subdivisionBuildsOnItsCountry()
    {
        PolicyConfig config = PolicyConfig::defaults();
        LegalRule wide;
        wide.window = DailyWindow::fromHours(7, 0, 22, 0);
        wide.noSundays = true;
        wide.marketingCap = FrequencyCap {10, 24 * 3600};
        config.legalRules.insert(QStringLiteral("US-XX"), wide);
        const LegalRule rule = config.legalRuleFor(at("US-XX"));
        QCOMPARE(rule.window, DailyWindow::fromHours(8, 0, 21, 0));
        QVERIFY(rule.noSundays);
        const QList<FrequencyCap> caps = config.marketingCaps(at("US-XX"));
        QCOMPARE(caps.size(), 2);
        QVERIFY(caps.contains(FrequencyCap {10, 24 * 3600}));
        QVERIFY(caps.contains(config.marketingCap));
        QCOMPARE(config.longestCapWindowSeconds(), qint64(7 * 24 * 3600));

        // A country cap and a subdivision cap both apply, with the business's.
        config.legalRules[QStringLiteral("US")].marketingCap = FrequencyCap {5, 30 * 24 * 3600};
        QCOMPARE(config.marketingCaps(at("US-FL")).size(), 3);
        QCOMPARE(config.longestCapWindowSeconds(), qint64(30 * 24 * 3600));

        // Hours that never meet leave no hour at all.
        LegalRule night;
        night.window = DailyWindow::fromHours(22, 0, 23, 0);
        config.legalRules.insert(QStringLiteral("US-YY"), night);
        const LegalRule none = config.legalRuleFor(at("US-YY"));
        QVERIFY(none.window);
        QVERIFY(!none.window->isValid());
        QVERIFY(
            config.sendingWindow(MessagePurpose::Service, at("US-YY"))
                .at(QDateTime(QDate(2026, 1, 5), QTime(12, 0), QTimeZone::utc()), QTimeZone::utc())
                .never());
    }

    void repliesHaveNoQuietHours()
    {
        const PolicyConfig config = PolicyConfig::defaults();
        const QDateTime night(QDate(2026, 1, 11), QTime(3, 0), QTimeZone::utc());
        QVERIFY(config.sendingWindow(MessagePurpose::Reply, at("FR"))
                    .at(night, QTimeZone("Europe/Paris"))
                    .openNow);
        QVERIFY(!config.sendingWindow(MessagePurpose::Service, at("FR"))
                     .at(night, QTimeZone("Europe/Paris"))
                     .openNow);
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("defaults") << 0;
        QTest::newRow("everything changed") << 1;
    }
    void jsonRoundTrip()
    {
        QFETCH(int, variant);
        PolicyConfig config = PolicyConfig::defaults();
        if (variant == 1) {
            config.serviceHours.on(Qt::Sunday).reset();
            config.marketingHours.on(Qt::Friday) = DailyWindow {9 * 3600 + 30 * 60 + 15, 86400};
            config.businessHolidays = {QDate(2026, 1, 7), QDate(2026, 12, 24)};
            config.marketingCap = FrequencyCap {2, 36 * 3600};
            config.identifySender = false;
            config.optOutLine = QStringLiteral("Text STOP to end");
            LegalRule gb;
            gb.window = DailyWindow::fromHours(8, 0, 20, 0);
            gb.noSundays = true;
            gb.marketingCap = FrequencyCap {1, 24 * 3600};
            gb.source = QStringLiteral("house rule");
            config.legalRules.insert(QStringLiteral("GB"), gb);
            config.legalRules.remove(QStringLiteral("US-CT"));
        }
        const QByteArray json = config.toJson();
        const auto back = PolicyConfig::fromJson(json);
        QVERIFY2(back, back ? "" : qPrintable(back.error().describe()));
        QVERIFY(*back == config);
        QCOMPARE(back->toJson(), json);
        if (variant == 1)
            QVERIFY(!(*back == PolicyConfig::defaults()));
    }

    void missingKeysTakeDefaults()
    {
        const auto config
            = PolicyConfig::fromJson(R"({"marketingCap": {"count": 2, "windowHours": 48}})");
        QVERIFY(config);
        QCOMPARE(config->marketingCap, (FrequencyCap {2, 48 * 3600}));
        PolicyConfig expected = PolicyConfig::defaults();
        expected.marketingCap = FrequencyCap {2, 48 * 3600};
        QVERIFY(*config == expected);
        // A day left out of an hours object is closed.
        const auto partial = PolicyConfig::fromJson(
            R"({"marketingHours": {"mon": {"from": "10:00", "until": "12:00"}}})");
        QVERIFY(partial);
        QCOMPARE(partial->marketingHours.on(Qt::Monday), DailyWindow::fromHours(10, 0, 12, 0));
        QVERIFY(!partial->marketingHours.on(Qt::Tuesday));
    }

    void badJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions"); // the message must name what is wrong
        const int notJson = int(PolicyConfigError::Code::NotJson);
        const int invalid = int(PolicyConfigError::Code::Invalid);
        QTest::newRow("not JSON") << QByteArray("{\"marketingCap\": ") << notJson
                                  << QStringLiteral("at character");
        QTest::newRow("an array") << QByteArray("[]") << notJson << QStringLiteral("object");
        QTest::newRow("unknown key")
            << QByteArray(R"({"quietHours": {}})") << invalid << QStringLiteral("quietHours");
        QTest::newRow("unknown nested key")
            << QByteArray(R"({"marketingCap": {"count": 3, "windowHours": 1, "per": "week"}})")
            << invalid << QStringLiteral("marketingCap.per");
        QTest::newRow("time not HH:MM")
            << QByteArray(R"({"marketingHours": {"mon": {"from": "9am", "until": "19:00"}}})")
            << invalid << QStringLiteral("marketingHours.mon.from");
        QTest::newRow("closes before it opens")
            << QByteArray(R"({"serviceHours": {"tue": {"from": "20:00", "until": "08:00"}}})")
            << invalid << QStringLiteral("20:00–08:00");
        QTest::newRow("25:00") << QByteArray(
            R"({"serviceHours": {"tue": {"from": "08:00", "until": "25:00"}}})")
                               << invalid << QStringLiteral("serviceHours.tue.until");
        QTest::newRow("cap of zero")
            << QByteArray(R"({"marketingCap": {"count": 0, "windowHours": 24}})") << invalid
            << QStringLiteral("Marketing limit");
        QTest::newRow("cap count not whole")
            << QByteArray(R"({"marketingCap": {"count": 2.5, "windowHours": 24}})") << invalid
            << QStringLiteral("marketingCap.count");
        QTest::newRow("bad jurisdiction")
            << QByteArray(R"({"legalRules": {"USA": {}}})") << invalid << QStringLiteral("USA");
        QTest::newRow("lower-case jurisdiction")
            << QByteArray(R"({"legalRules": {"us-fl": {}}})") << invalid << QStringLiteral("us-fl");
        QTest::newRow("holidays of an unknown country")
            << QByteArray(R"({"legalRules": {"GB": {"noPublicHolidays": true}}})") << invalid
            << QStringLiteral("GB");
        QTest::newRow("flag not a boolean")
            << QByteArray(R"({"legalRules": {"FR": {"noSundays": "yes"}}})") << invalid
            << QStringLiteral("legalRules.FR.noSundays");
        QTest::newRow("bad date") << QByteArray(R"({"businessHolidays": ["2026-02-30"]})")
                                  << invalid << QStringLiteral("businessHolidays");
        QTest::newRow("empty opt-out line")
            << QByteArray(R"({"optOutLine": " "})") << invalid << QStringLiteral("opt-out");
        QTest::newRow("newer format")
            << QByteArray(R"({"version": 99})") << invalid << QStringLiteral("99");
    }
    void badJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const auto config = PolicyConfig::fromJson(json);
        QVERIFY(!config);
        QCOMPARE(int(config.error().code), code);
        const QString sentence = config.error().describe();
        QVERIFY(!sentence.isEmpty());
        QVERIFY2(sentence.contains(mentions), qPrintable(sentence));
    }

    void storedInTheSettings()
    {
        auto opened
            = Database::openInMemory(QStringLiteral("tst_policyconfig-%1").arg(++m_connection));
        QVERIFY(opened);
        Database &db = **opened;
        SettingsStore settings(db);
        AuditLog audit(db);
        PolicyConfigStore store(settings);

        // Nothing stored: the defaults.
        auto loaded = store.load();
        QVERIFY(loaded);
        QVERIFY(*loaded == PolicyConfig::defaults());

        PolicyConfig changed = PolicyConfig::defaults();
        changed.marketingCap = FrequencyCap {1, 24 * 3600};
        QVERIFY(store.save(Actor::commandLine(), audit, changed));
        QVERIFY(settings.value(PolicyConfig::SettingsKey)->has_value());
        loaded = store.load();
        QVERIFY(loaded);
        QVERIFY(*loaded == changed);
        QCOMPARE(audit.entries(AuditAction::SettingChanged)->size(), 1);

        // An invalid configuration is refused and leaves the stored one alone.
        PolicyConfig broken = changed;
        broken.optOutLine.clear();
        const auto refused = store.save(Actor::commandLine(), audit, broken);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, PolicyConfigError::Code::Invalid);
        QVERIFY(*store.load() == changed);

        // Damaged text: a clear error from load(), the defaults from loadOrDefaults().
        QVERIFY(settings.setValue(
            Actor::commandLine(), audit, PolicyConfig::SettingsKey, QStringLiteral("{oops")));
        const auto damaged = store.load();
        QVERIFY(!damaged);
        QCOMPARE(damaged.error().code, PolicyConfigError::Code::NotJson);
        QVERIFY(damaged.error().describe().contains(QStringLiteral("built-in rules")));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("built-in sending rules")));
        QVERIFY(store.loadOrDefaults() == PolicyConfig::defaults());
    }

    void jsonIsReadable()
    {
        const QJsonObject root
            = QJsonDocument::fromJson(PolicyConfig::defaults().toJson()).object();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), PolicyConfig::FormatVersion);
        const QJsonObject monday = root.value(QStringLiteral("marketingHours"))
                                       .toObject()
                                       .value(QStringLiteral("mon"))
                                       .toObject();
        QCOMPARE(monday.value(QStringLiteral("from")).toString(), QStringLiteral("09:00"));
        QCOMPARE(monday.value(QStringLiteral("until")).toString(), QStringLiteral("19:00"));
        QVERIFY(root.value(QStringLiteral("marketingHours"))
                    .toObject()
                    .value(QStringLiteral("sun"))
                    .isNull());
    }
};

RAPPORT_TEST_MAIN(TestPolicyConfig)
#include "tst_policyconfig.moc"
