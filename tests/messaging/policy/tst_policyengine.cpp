// The policy engine's rules, one at a time and in their order (COMPLIANCE.md; PolicyEngine.h
// lists the order), on facts written by hand (EngineFacts.h): each row starts from a customer
// in Chicago on Monday 2026-01-05 at 10:00 local — inside every window — and changes what the
// row names. The times of holds are in tst_policyholds.
#include "app/policy/PolicyEngine.h"
#include "app/policy/PolicyFactsLoader.h"
#include "app/policy/PolicyReason.h"

#include "EngineFacts.h"
#include "PolicyFixture.h"
#include "RapportTest.h"

#include <QRegularExpression>

using namespace rapport::app;
using namespace rapport::test;
using Verdict = PolicyDecision::Verdict;

class TestPolicyEngine final : public QObject, private PolicyFixture
{
    Q_OBJECT

    std::unique_ptr<PolicyFactsLoader> m_loader;
    std::unique_ptr<PolicyEngine> m_engine;
    int m_connection = 0;

private Q_SLOTS:
    void init()
    {
        QVERIFY(open(QStringLiteral("tst_policyengine-%1").arg(++m_connection)));
        m_loader = std::make_unique<PolicyFactsLoader>(*db, QTimeZone("America/Chicago"));
        m_engine = std::make_unique<PolicyEngine>(*m_loader, PolicyConfig::defaults(), business);
    }
    void cleanup()
    {
        m_engine.reset();
        m_loader.reset();
        close();
    }

    void rules_data()
    {
        QTest::addColumn<int>("purpose");
        QTest::addColumn<int>("origin");
        QTest::addColumn<QString>("flags"); // override, notice
        QTest::addColumn<QString>("facts");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("code");
        const int reply = int(MessagePurpose::Reply);
        const int service = int(MessagePurpose::Service);
        const int marketing = int(MessagePurpose::Marketing);
        const int manual = int(MessageOrigin::Manual);
        const int automation = int(MessageOrigin::Automation);
        const int campaign = int(MessageOrigin::Campaign);
        const int autoReply = int(MessageOrigin::AutoReply);
        const int send = int(Verdict::Send);
        const int hold = int(Verdict::Hold);
        const int refuse = int(Verdict::Refuse);
        const auto row
            = [](const char *name, int purpose, int origin, const char *flags, const char *facts,
                  const QDateTime &now, int verdict, const QString &code) {
                  QTest::newRow(name) << purpose << origin << QString::fromLatin1(flags)
                                      << QString::fromLatin1(facts) << now << verdict << code;
              };
        namespace R = PolicyReason;
        // Plain cases.
        row("reply", reply, manual, "", "", monday10, send, R::Allowed);
        row("service without any consent", service, automation, "", "", monday10, send, R::Allowed);
        row("marketing without opt-in", marketing, campaign, "", "", monday10, refuse,
            R::NoConsent);
        row("marketing with opt-in", marketing, campaign, "", "optin", monday10, send, R::Allowed);
        row("unknown number: reply", reply, manual, "", "unknown", monday10, send, R::Allowed);
        row("unknown number: service", service, automation, "", "unknown", monday10, send,
            R::Allowed);
        row("unknown number: marketing", marketing, campaign, "", "unknown,optin", monday10, refuse,
            R::NoConsent);
        row("unreadable number", reply, manual, "", "unreadable", monday10, refuse,
            R::InvalidNumber);
        // 1. Suppression.
        row("suppressed reply", reply, manual, "", "suppressed", monday10, refuse, R::Suppressed);
        row("suppressed marketing with opt-in", marketing, campaign, "", "suppressed,optin",
            monday10, refuse, R::Suppressed);
        row("suppressed: compliance notice goes", reply, autoReply, "notice", "suppressed",
            monday03, send, R::ComplianceNotice);
        row("suppressed: staff override after the customer wrote", reply, manual, "override",
            "suppressed,wrote-after", monday10, send, R::OptOutOverride);
        row("suppressed: override without a later message", reply, manual, "override",
            "suppressed,wrote-before", monday10, refuse, R::Suppressed);
        row("suppressed: never for an erased person", reply, manual, "override",
            "erased,wrote-after", monday10, refuse, R::Suppressed);
        row("suppressed: no override for service", service, manual, "override",
            "suppressed,wrote-after", monday10, refuse, R::Suppressed);
        // 2. Compliance notices.
        row("notice after STOP, at night", reply, autoReply, "notice", "stop", monday03, send,
            R::ComplianceNotice);
        row("notice as service", service, autoReply, "notice", "stop", monday03, send,
            R::ComplianceNotice);
        row("notice from a person", reply, manual, "notice", "", monday10, refuse,
            R::InvalidComplianceNotice);
        row("notice from an automation", service, automation, "notice", "", monday10, refuse,
            R::InvalidComplianceNotice);
        row("notice as marketing", marketing, autoReply, "notice", "optin", monday10, refuse,
            R::InvalidComplianceNotice);
        // 3. Opt-outs: STOP of any purpose stops everything.
        row("STOP stops marketing despite opt-in", marketing, campaign, "", "stop,optin", monday10,
            refuse, R::OptedOut);
        row("STOP stops service", service, automation, "", "stop", monday10, refuse, R::OptedOut);
        row("STOP stops replies", reply, manual, "", "stop", monday10, refuse, R::OptedOut);
        row("STOP: override answering a later message", reply, manual, "override",
            "stop,wrote-after", monday03, send, R::OptOutOverride);
        row("STOP: override with no later message", reply, manual, "override", "stop,wrote-before",
            monday10, refuse, R::OverrideNeedsCustomerMessage);
        row("STOP: the STOP itself is not a later message", reply, manual, "override",
            "stop,wrote-same-time", monday10, refuse, R::OverrideNeedsCustomerMessage);
        row("STOP: override with no message at all", reply, manual, "override", "stop", monday10,
            refuse, R::OverrideNeedsCustomerMessage);
        row("STOP: automations never override", reply, automation, "override", "stop,wrote-after",
            monday10, refuse, R::OverrideNotAllowed);
        row("STOP: campaigns never override", reply, campaign, "override", "stop,wrote-after",
            monday10, refuse, R::OverrideNotAllowed);
        row("STOP: auto-replies never override", reply, autoReply, "override", "stop,wrote-after",
            monday10, refuse, R::OverrideNotAllowed);
        row("override from an automation is refused even without opt-out", reply, automation,
            "override", "", monday10, refuse, R::OverrideNotAllowed);
        row("STOP: override cannot send marketing", marketing, manual, "override",
            "stop,optin,wrote-after", monday10, refuse, R::OptedOut);
        row("marketing opt-out leaves replies", reply, manual, "", "paper-no-marketing", monday10,
            send, R::Allowed);
        row("marketing opt-out leaves service", service, automation, "", "paper-no-marketing",
            monday10, send, R::Allowed);
        row("marketing opt-out stops marketing", marketing, campaign, "", "paper-no-marketing",
            monday10, refuse, R::OptedOut);
        row("service opt-out stops service", service, automation, "", "paper-no-service", monday10,
            refuse, R::OptedOut);
        row("service opt-out leaves marketing", marketing, campaign, "", "paper-no-service,optin",
            monday10, send, R::Allowed);
        // 4. Open reviews hold everything but replies.
        row("review holds service", service, automation, "", "review", monday10, hold,
            R::OptOutReview);
        row("review holds marketing", marketing, campaign, "", "review,optin", monday10, hold,
            R::OptOutReview);
        row("review leaves replies", reply, manual, "", "review", monday03, send, R::Allowed);
        row("opt-out comes before the review", service, automation, "", "review,stop", monday10,
            refuse, R::OptedOut);
        row("review comes before consent", marketing, campaign, "", "review", monday10, hold,
            R::OptOutReview);
        // 6. Quiet hours (service, marketing; never replies).
        row("service at 03:00", service, automation, "", "", monday03, hold, R::QuietHours);
        row("marketing at 03:00", marketing, campaign, "", "optin", monday03, hold, R::QuietHours);
        row("reply at 03:00", reply, manual, "", "", monday03, send, R::Allowed);
        row("consent comes before quiet hours", marketing, campaign, "", "", monday03, refuse,
            R::NoConsent);
        // 7. The cap (marketing only).
        row("cap reached", marketing, campaign, "", "optin,capped", monday10, hold,
            R::FrequencyCap);
        row("texts being sent count", marketing, campaign, "", "optin,two-sent-one-sending",
            monday10, hold, R::FrequencyCap);
        row("quiet hours come before the cap", marketing, campaign, "", "optin,capped", monday03,
            hold, R::QuietHours);
        row("the cap is for marketing only", service, automation, "", "capped", monday10, send,
            R::Allowed);
    }
    void rules()
    {
        QFETCH(int, purpose);
        QFETCH(int, origin);
        QFETCH(QString, flags);
        QFETCH(QString, facts);
        QFETCH(QDateTime, now);
        QFETCH(int, verdict);
        QFETCH(QString, code);
        PolicyRequest r = request(MessagePurpose(purpose), MessageOrigin(origin));
        r.overrideOptOut = flags.contains(QStringLiteral("override"));
        r.isComplianceNotice = flags.contains(QStringLiteral("notice"));
        const PolicyDecision d = m_engine->decideWith(r, factsFor(facts), now);
        QCOMPARE(d.reasonCode, code);
        QCOMPARE(int(d.verdict), verdict);
        QVERIFY(!d.reason.isEmpty());
        QCOMPARE(d.allowsSendingNow(), verdict == int(Verdict::Send));
        if (d.verdict == Verdict::Send)
            QVERIFY(!d.finalBody.isEmpty());
        else
            QVERIFY(d.finalBody.isEmpty());
        if (d.verdict != Verdict::Hold)
            QVERIFY(!d.notBefore.isValid());
        // Deterministic: the same question gives the same answer.
        const PolicyDecision again = m_engine->decideWith(r, factsFor(facts), now);
        QCOMPARE(again.reasonCode, d.reasonCode);
        QCOMPARE(again.reason, d.reason);
        QCOMPARE(again.notBefore, d.notBefore);
        QCOMPARE(again.finalBody, d.finalBody);
    }

    void reviewHoldHasNoTime()
    {
        const PolicyDecision d = m_engine->decideWith(
            request(MessagePurpose::Service), factsFor(QStringLiteral("review")), monday10);
        QCOMPARE(d.verdict, Verdict::Hold);
        QVERIFY(!d.notBefore.isValid());
    }

    void finalBody_data()
    {
        QTest::addColumn<int>("purpose");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("finalBody");
        const int marketing = int(MessagePurpose::Marketing);
        QTest::newRow("marketing gets both")
            << marketing << QStringLiteral("20% off roses")
            << QStringLiteral("Bloom Florist: 20% off roses\nReply STOP to opt out");
        QTest::newRow("already named")
            << marketing << QStringLiteral("BLOOM FLORIST here: 20% off")
            << QStringLiteral("BLOOM FLORIST here: 20% off\nReply STOP to opt out");
        QTest::newRow("already has the line")
            << marketing << QStringLiteral("20% off. reply stop to opt out.")
            << QStringLiteral("Bloom Florist: 20% off. reply stop to opt out.");
        QTest::newRow("trailing blank lines")
            << marketing << QStringLiteral("20% off \n\n")
            << QStringLiteral("Bloom Florist: 20% off\nReply STOP to opt out");
        QTest::newRow("complete already")
            << marketing << QStringLiteral("Bloom Florist: 20% off\nReply STOP to opt out")
            << QStringLiteral("Bloom Florist: 20% off\nReply STOP to opt out");
        QTest::newRow("service unchanged")
            << int(MessagePurpose::Service) << QStringLiteral("Your order is ready")
            << QStringLiteral("Your order is ready");
        QTest::newRow("reply unchanged")
            << int(MessagePurpose::Reply) << QStringLiteral("See you at 3")
            << QStringLiteral("See you at 3");
    }
    void finalBody()
    {
        QFETCH(int, purpose);
        QFETCH(QString, body);
        QFETCH(QString, finalBody);
        PolicyRequest r = request(MessagePurpose(purpose));
        r.body = body;
        const PolicyDecision d
            = m_engine->decideWith(r, factsFor(QStringLiteral("optin")), monday10);
        QCOMPARE(d.verdict, Verdict::Send);
        QCOMPARE(d.finalBody, finalBody);
        // Idempotent: deciding again on the final text changes nothing.
        r.body = d.finalBody;
        QCOMPARE(m_engine->decideWith(r, factsFor(QStringLiteral("optin")), monday10).finalBody,
            finalBody);
    }

    void complianceNoticeBodyIsUntouched()
    {
        PolicyRequest r = request(MessagePurpose::Reply, MessageOrigin::AutoReply);
        r.isComplianceNotice = true;
        r.body = QStringLiteral("You are unsubscribed. Reply START to opt back in.");
        const PolicyDecision d
            = m_engine->decideWith(r, factsFor(QStringLiteral("stop")), monday03);
        QCOMPARE(d.finalBody, r.body);
    }

    // When the database cannot answer, nothing goes; the outbox asks again a minute later.
    void unreadableDatabaseHolds()
    {
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("DROP TABLE opt_out_reviews")));
        PolicyRequest r = request(MessagePurpose::Reply);
        r.threadId = threadOf(newYorkNumber);
        r.customerId = 0;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Cannot load")));
        const PolicyDecision d = m_engine->decide(r, monday10);
        QCOMPARE(d.verdict, Verdict::Hold);
        QCOMPARE(d.reasonCode, PolicyReason::PolicyUnavailable);
        QCOMPARE(d.notBefore, monday10.addSecs(PolicyEngine::RetryAfterFailureSeconds));
    }
};

RAPPORT_TEST_MAIN(TestPolicyEngine)
#include "tst_policyengine.moc"
