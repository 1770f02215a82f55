// When the engine holds a text, until when, and how it says so: the next opening in the
// recipient's local time (named with its zone), the exact moment a frequency cap allows one
// more, a state's cap on top of the business's, and configured hours that never open.
#include "app/policy/PolicyEngine.h"
#include "app/policy/PolicyFactsLoader.h"
#include "app/policy/PolicyReason.h"

#include "EngineFacts.h"
#include "PolicyFixture.h"
#include "RapportTest.h"

using namespace rapport::app;
using namespace rapport::test;
using Verdict = PolicyDecision::Verdict;

class TestPolicyHolds final : public QObject, private PolicyFixture
{
    Q_OBJECT

    std::unique_ptr<PolicyFactsLoader> m_loader;
    std::unique_ptr<PolicyEngine> m_engine;
    int m_connection = 0;

private Q_SLOTS:
    void init()
    {
        QVERIFY(open(QStringLiteral("tst_policyholds-%1").arg(++m_connection)));
        m_loader = std::make_unique<PolicyFactsLoader>(*db, QTimeZone("America/Chicago"));
        m_engine = std::make_unique<PolicyEngine>(*m_loader, PolicyConfig::defaults(), business);
    }
    void cleanup()
    {
        m_engine.reset();
        m_loader.reset();
        close();
    }

    void quietHoursInTheRecipientsTerms_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("jurisdiction");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("notBefore");
        QTest::addColumn<QString>("reason");
        QTest::newRow("Chicago, Monday 03:00")
            << QByteArray("America/Chicago") << QStringLiteral("US") << monday03
            << utcAt(2026, 1, 5, 15)
            << QStringLiteral("Held until Mon 09:00 — quiet hours in America/Chicago");
        QTest::newRow("Chicago, Saturday 20:00")
            << QByteArray("America/Chicago") << QStringLiteral("US") << utcAt(2026, 1, 11, 2)
            << utcAt(2026, 1, 12, 15)
            << QStringLiteral("Held until Mon 09:00 — quiet hours in America/Chicago");
        QTest::newRow("Paris, Sunday")
            << QByteArray("Europe/Paris") << QStringLiteral("FR") << utcAt(2026, 1, 11, 10)
            << utcAt(2026, 1, 12, 8)
            << QStringLiteral("Held until Mon 09:00 — no texts of this kind on this weekday "
                              "(Europe/Paris time)");
        QTest::newRow("Kolkata, 08:00")
            << QByteArray("Asia/Kolkata") << QString() << utcAt(2026, 1, 5, 2, 30)
            << utcAt(2026, 1, 5, 3, 30)
            << QStringLiteral("Held until Mon 09:00 — quiet hours in Asia/Kolkata");
        QTest::newRow("Connecticut, 08:30")
            << QByteArray("America/New_York") << QStringLiteral("US-CT")
            << utcAt(2026, 1, 5, 13, 30) << utcAt(2026, 1, 5, 14)
            << QStringLiteral("Held until Mon 09:00 — quiet hours in America/New_York");
    }
    void quietHoursInTheRecipientsTerms()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, jurisdiction);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, notBefore);
        QFETCH(QString, reason);
        PolicyFacts facts = factsFor(QStringLiteral("optin"));
        facts.zone = QTimeZone(zone);
        facts.jurisdiction = Jurisdiction::fromCode(jurisdiction);
        const PolicyDecision d
            = m_engine->decideWith(request(MessagePurpose::Marketing), facts, now);
        QCOMPARE(d.verdict, Verdict::Hold);
        QCOMPARE(d.reasonCode, PolicyReason::QuietHours);
        QCOMPARE(d.notBefore, notBefore);
        QCOMPARE(d.reason, reason);
        // Asked again at that moment, it goes.
        QCOMPARE(m_engine->decideWith(request(MessagePurpose::Marketing), facts, notBefore).verdict,
            Verdict::Send);
    }

    void capHoldsUntilTheExactMoment()
    {
        PolicyFacts facts = factsFor(QStringLiteral("optin"));
        // Sent Fri 10:00:01.5, Sat and Sun (Chicago); the oldest leaves the 7-day window on
        // Friday 2026-01-09 at 16:00:01.500Z (10:00:01.5 in Chicago, inside the hours).
        facts.recentMarketingSentAt = {utcAt(2026, 1, 4, 16), utcAt(2026, 1, 3, 16),
            utcAt(2026, 1, 2, 16, 0, 1).addMSecs(500)};
        const QDateTime release = utcAt(2026, 1, 9, 16, 0, 1).addMSecs(500);
        const PolicyDecision d
            = m_engine->decideWith(request(MessagePurpose::Marketing), facts, monday10);
        QCOMPARE(d.reasonCode, PolicyReason::FrequencyCap);
        QCOMPARE(d.notBefore, release);
        QVERIFY2(d.reason.contains(QStringLiteral("America/Chicago")), qPrintable(d.reason));
        QVERIFY2(d.reason.contains(QStringLiteral("Fri 10:00:01")), qPrintable(d.reason));
        QVERIFY2(d.reason.contains(QStringLiteral("7 days")), qPrintable(d.reason));
        QCOMPARE(
            m_engine->decideWith(request(MessagePurpose::Marketing), facts, release.addMSecs(-1))
                .reasonCode,
            PolicyReason::FrequencyCap);
        QCOMPARE(m_engine->decideWith(request(MessagePurpose::Marketing), facts, release).verdict,
            Verdict::Send);
    }

    // When the cap opens at night, asking then would only hold again: the hold runs to the
    // next opening instead.
    void capReleaseInQuietHoursWaitsForTheMorning()
    {
        PolicyFacts facts = factsFor(QStringLiteral("optin"));
        // The oldest went on Tuesday 2025-12-30 at 20:30 in Chicago, so it leaves the 7-day
        // window on Tuesday 2026-01-06 at 20:30 — after 19:00: the hold runs to Wed 09:00.
        facts.recentMarketingSentAt
            = {utcAt(2025, 12, 31, 2, 30), utcAt(2026, 1, 2, 16), utcAt(2026, 1, 3, 16)};
        const PolicyDecision d
            = m_engine->decideWith(request(MessagePurpose::Marketing), facts, monday10);
        QCOMPARE(d.reasonCode, PolicyReason::FrequencyCap);
        QCOMPARE(d.notBefore, utcAt(2026, 1, 7, 15));
        QVERIFY2(d.reason.startsWith(QStringLiteral("Held until Wed 09:00")), qPrintable(d.reason));
    }

    // A state's cap applies on top of the business's when it is stricter in the short run.
    void floridaCap()
    {
        PolicyConfig config = PolicyConfig::defaults();
        config.marketingCap = FrequencyCap {10, 7 * 24 * 3600};
        m_engine->setConfig(config);
        PolicyFacts facts = factsFor(QStringLiteral("optin"));
        facts.zone = QTimeZone("America/New_York");
        facts.recentMarketingSentAt
            = {monday10.addSecs(-3600), monday10.addSecs(-7200), monday10.addSecs(-3 * 3600)};
        const PolicyDecision us
            = m_engine->decideWith(request(MessagePurpose::Marketing), facts, monday10);
        QCOMPARE(us.verdict, Verdict::Send);
        facts.jurisdiction = Jurisdiction::fromCode(QStringLiteral("US-FL"));
        const PolicyDecision florida
            = m_engine->decideWith(request(MessagePurpose::Marketing), facts, monday10);
        QCOMPARE(florida.reasonCode, PolicyReason::FrequencyCap);
        // The oldest leaves the 24 hours at 13:00Z, 08:00 in New York: Florida allows 08:00,
        // but the business's marketing hours start at 09:00 (14:00Z).
        QCOMPARE(florida.notBefore, utcAt(2026, 1, 6, 14));
        QVERIFY2(florida.reason.contains(QStringLiteral("at most 3 marketing texts per 24 hours")),
            qPrintable(florida.reason));
    }

    void noSendingWindow()
    {
        PolicyConfig config = PolicyConfig::defaults();
        config.serviceHours = WeeklySchedule {};
        m_engine->setConfig(config);
        const PolicyDecision d
            = m_engine->decideWith(request(MessagePurpose::Service), factsFor({}), monday10);
        QCOMPARE(d.verdict, Verdict::Hold);
        QCOMPARE(d.reasonCode, PolicyReason::NoSendingWindow);
        QVERIFY(!d.notBefore.isValid());
        QVERIFY(d.reason.contains(QStringLiteral("America/Chicago")));
    }
};

RAPPORT_TEST_MAIN(TestPolicyHolds)
#include "tst_policyholds.moc"
