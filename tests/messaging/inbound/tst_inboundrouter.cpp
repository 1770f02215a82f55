// InboundRouter: COMPLIANCE.md's keywords (one opt-out confirmation, none again within 24 h;
// START with the CTIA confirmation; HELP; plain-language revocations held for review), reply
// codes scoped to the thread's open, unexpired question (PRODUCT.md: "a C confirms only while
// that customer has an open reminder asking for it"), YES as opt-in only when no question takes
// it, the away message at most once per thread per 12 h, FAQ words, the thread's unread count and
// reopening, and routing after a crash. Numbers are libphonenumber's example GB mobiles.
#include "InboundFixture.h"
#include "RapportTest.h"

#include "app/audit/AuditLog.h"
#include "app/consent/ConsentLedger.h"
#include "app/consent/SuppressionList.h"
#include "app/customers/CustomerRepository.h"
#include "app/inbound/InboundPipeline.h"
#include "app/inbound/InboundRouter.h"
#include "app/messaging/MessagingEvents.h"
#include "app/settings/SettingsStore.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace rapport::app;
using namespace rapport::test;
using namespace std::chrono_literals;
using Route = InboundRouter::Route;

namespace {

const QString kAda = QStringLiteral("+447400123456"); // a customer
const QString kStranger = QStringLiteral("+447400123457"); // nobody we know
const QString kModem = QStringLiteral("modem-2");

InboundRouterConfig salonConfig()
{
    InboundRouterConfig config = InboundRouterConfig::defaults(QStringLiteral("Bella Salon"));
    config.contact = QStringLiteral("call 020 7946 0000");
    config.faq.insert(QStringLiteral("HOURS"), QStringLiteral("{business}: Mon-Fri 9-6."));
    return config;
}

} // namespace

class TestInboundRouter final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    // Monday 5 January 2026, 09:00 UTC.
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<MessagingEvents> m_events;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<ConsentLedger> m_ledger;
    std::unique_ptr<SuppressionList> m_suppression;
    std::unique_ptr<RecordingEnqueuer> m_enqueuer;
    std::unique_ptr<InboundRouter> m_router;
    qint64 m_ada = 0;
    int m_opened = 0;

    Database &db() { return *m_db; }
    InboundRouter &router() { return *m_router; }
    const QList<OutgoingRequest> &sent() const { return m_enqueuer->requests; }

    void makeRouter(InboundRouterConfig config = salonConfig())
    {
        m_router.reset();
        m_router = std::make_unique<InboundRouter>(db(), *m_ledger, *m_suppression, *m_enqueuer,
            *m_audit, *m_clock, *m_events, std::move(config));
    }

    // A received message as the pipeline stores it: in its thread, not yet routed.
    qint64 store(const QString &from, const QString &body)
    {
        auto thread = ensureThread(db(), from);
        if (!thread)
            qFatal("ensureThread failed");
        exec(db(),
            QStringLiteral("INSERT INTO messages (thread_id, direction, body, state, created_at,"
                           " modem_id, kind) VALUES (?, 'in', ?, 'received', ?, ?, 'text')"),
            {thread->threadId, body, m_clock->now().toString(Qt::ISODateWithMs), kModem});
        return scalar(db(), QStringLiteral("SELECT max(id) FROM messages")).toLongLong();
    }

    Route receive(const QString &from, const QString &body)
    {
        QSignalSpy routed(m_router.get(), &InboundRouter::messageRouted);
        const qint64 id = store(from, body);
        const auto count = router().routePending();
        if (!count || *count != 1 || routed.count() != 1)
            qFatal("routing failed for %s", qPrintable(body));
        if (routed.first().at(1).toLongLong() != id)
            qFatal("routed another message");
        return routed.first().at(2).value<Route>();
    }

    qint64 threadOf(const QString &phone)
    {
        return scalar(db(), QStringLiteral("SELECT id FROM threads WHERE phone_e164 = ?"), {phone})
            .toLongLong();
    }

    ConsentStatus consent(ConsentPurpose purpose)
    {
        return m_ledger->current(m_ada)->of(purpose).status;
    }

    bool suppressed(const QString &phone) { return *m_suppression->contains(phone); }

private Q_SLOTS:
    void init()
    {
        m_db = openDatabase(QStringLiteral("inboundrouter-%1").arg(++m_opened));
        m_clock = std::make_unique<ManualClock>();
        const auto clock = [this] { return m_clock->now(); };
        m_events = std::make_unique<MessagingEvents>();
        m_audit = std::make_unique<AuditLog>(db(), clock);
        m_ledger = std::make_unique<ConsentLedger>(db(), *m_audit, clock);
        m_suppression = std::make_unique<SuppressionList>(db(), clock);
        m_enqueuer = std::make_unique<RecordingEnqueuer>(db(), *m_clock);
        CustomerRepository customers(db(), QStringLiteral("GB"), clock);
        Customer ada;
        ada.firstName = QStringLiteral("Ada");
        ada.phoneE164 = kAda;
        m_ada = *customers.add(ada);
        makeRouter();
    }
    void cleanup()
    {
        m_router.reset();
        m_enqueuer.reset();
        m_suppression.reset();
        m_ledger.reset();
        m_audit.reset();
        m_events.reset();
        m_clock.reset();
        m_db.reset();
    }

    void stopOptsACustomerOutAndConfirmsOnce()
    {
        QCOMPARE(receive(kAda, QStringLiteral("Stop.")), Route::OptOut);
        for (ConsentPurpose purpose : allConsentPurposes)
            QCOMPARE(consent(purpose), ConsentStatus::OptedOut);
        const auto history = m_ledger->history(m_ada);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->first().source, ConsentSource::Keyword);
        QCOMPARE(history->first().inboundText, QStringLiteral("Stop."));
        QCOMPARE(history->first().confirmationText, sent().first().body);

        QCOMPARE(sent().size(), 1);
        const OutgoingRequest &confirmation = sent().first();
        QCOMPARE(confirmation.phoneE164, kAda);
        QCOMPARE(confirmation.origin, MessageOrigin::AutoReply);
        QCOMPARE(confirmation.purpose, MessagePurpose::Reply);
        QVERIFY(confirmation.isComplianceNotice);
        QCOMPARE(confirmation.preferredModemId, kModem);
        QCOMPARE(confirmation.templateKey, InboundRouter::OptOutTemplate);
        QVERIFY(confirmation.body.startsWith(QStringLiteral("Bella Salon: ")));
        QVERIFY(confirmation.body.contains(QStringLiteral("START"))); // how to opt back in

        // The same again within 24 h: recorded, never confirmed twice (COMPLIANCE.md).
        m_clock->advance(1h);
        QCOMPARE(receive(kAda, QStringLiteral("STOP")), Route::OptOut);
        QCOMPARE(sent().size(), 1);
        QCOMPARE(m_ledger->history(m_ada)->size(), 6);
        QVERIFY(m_ledger->history(m_ada)->last().confirmationText.isEmpty());
        m_clock->advance(22h);
        receive(kAda, QStringLiteral("stop"));
        QCOMPARE(sent().size(), 1);
        m_clock->advance(2h); // 25 h after the confirmation
        receive(kAda, QStringLiteral("stop"));
        QCOMPARE(sent().size(), 2);
    }

    void stopFromANonCustomerSuppressesTheNumber()
    {
        QCOMPARE(receive(kStranger, QStringLiteral("UNSUBSCRIBE")), Route::OptOut);
        QVERIFY(suppressed(kStranger));
        QVERIFY(!suppressed(kAda));
        QCOMPARE(sent().size(), 1);
        QVERIFY(sent().first().isComplianceNotice);
        QCOMPARE(m_audit->entries(InboundConsent::SuppressedAction)->size(), 1);
        // Nothing automatic follows: the FAQ word gets no answer now.
        QCOMPARE(receive(kStranger, QStringLiteral("hours")), Route::Inbox);
        QCOMPARE(sent().size(), 1);
    }

    void aStopAfterStartIsConfirmedAgain()
    {
        receive(kAda, QStringLiteral("STOP"));
        m_clock->advance(10min);
        QCOMPARE(receive(kAda, QStringLiteral("START")), Route::OptIn);
        m_clock->advance(10min);
        receive(kAda, QStringLiteral("STOP"));
        QCOMPARE(sent().size(), 3);
        QCOMPARE(sent().last().templateKey, InboundRouter::OptOutTemplate);
    }

    void startOptsBackInWithTheCtiaConfirmation()
    {
        receive(kAda, QStringLiteral("STOP"));
        QCOMPARE(receive(kAda, QStringLiteral("unstop")), Route::OptIn);
        QCOMPARE(consent(ConsentPurpose::Marketing), ConsentStatus::OptedIn);
        QCOMPARE(consent(ConsentPurpose::Service), ConsentStatus::OptedIn);
        QCOMPARE(consent(ConsentPurpose::Feedback), ConsentStatus::OptedOut);
        QCOMPARE(m_ledger->history(m_ada)->last().source, ConsentSource::Keyword);
        const OutgoingRequest &confirmation = sent().last();
        QCOMPARE(confirmation.templateKey, InboundRouter::OptInTemplate);
        QVERIFY(confirmation.body.contains(QStringLiteral("Bella Salon")));
        QVERIFY(confirmation.body.contains(QStringLiteral("Up to 4 msgs/month")));
        QVERIFY(confirmation.body.contains(QStringLiteral("Reply STOP to opt out, HELP for help")));

        receive(kStranger, QStringLiteral("STOP"));
        QVERIFY(suppressed(kStranger));
        QCOMPARE(receive(kStranger, QStringLiteral("Start!")), Route::OptIn);
        QVERIFY(!suppressed(kStranger));
    }

    void helpAnswersWithWhatCtiaAsks()
    {
        QCOMPARE(receive(kStranger, QStringLiteral("help?")), Route::Help);
        QCOMPARE(sent().size(), 1);
        const OutgoingRequest &answer = sent().first();
        QVERIFY(answer.isComplianceNotice);
        QCOMPARE(answer.origin, MessageOrigin::AutoReply);
        for (const char *needed : {"Bella Salon", "call 020 7946 0000", "Up to 4 msgs/month",
                 "Msg&data rates may apply", "Reply STOP to opt out"})
            QVERIFY2(answer.body.contains(QString::fromLatin1(needed)), needed);
        QCOMPARE(receive(kStranger, QStringLiteral("INFO")), Route::Help);
    }

    void aPlainLanguageOptOutIsHeldForReview()
    {
        const qint64 closedThread = ensureThread(db(), kAda)->threadId;
        exec(db(), QStringLiteral("UPDATE threads SET is_open = 0"));
        QCOMPARE(receive(kAda, QStringLiteral("Please stop texting me")), Route::Review);
        QVERIFY(sent().isEmpty());
        QCOMPARE(m_ledger->history(m_ada)->size(), 0);
        const auto open = router().openReviews();
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().threadId, closedThread);
        // The message still goes to the thread as usual.
        QCOMPARE(countOf(db(), QStringLiteral("SELECT unread_count FROM threads WHERE id = ?"),
                     {closedThread}),
            1);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT is_open FROM threads")), 1);
        // A second one in the same thread joins the open review.
        receive(kAda, QStringLiteral("remove me"));
        QCOMPARE(router().openReviews()->size(), 1);

        exec(db(),
            QStringLiteral("INSERT INTO staff (id, name, role, created_at) VALUES (5, 'Mo',"
                           " 'manager', '2026-01-01T00:00:00.000Z')"));
        const Actor mo = Actor::staffMember(5, StaffRole::Manager, QStringLiteral("Mo"));
        QVERIFY(router().resolveReview(open->first().id, mo, ReviewOutcome::OptedOut));
        QCOMPARE(consent(ConsentPurpose::Marketing), ConsentStatus::OptedOut);
        QCOMPARE(m_ledger->history(m_ada)->first().inboundText,
            QStringLiteral("Please stop texting me"));
        QCOMPARE(m_ledger->history(m_ada)->first().staffId, 5);
        QCOMPARE(sent().size(), 1);
        QCOMPARE(sent().first().templateKey, InboundRouter::OptOutTemplate);
        QVERIFY(router().openReviews()->isEmpty());
        QCOMPARE(scalar(db(),
                     QStringLiteral("SELECT outcome || ' ' || resolved_by FROM "
                                    "opt_out_reviews"))
                     .toString(),
            QStringLiteral("opted_out 5"));
        QVERIFY(!router().resolveReview(open->first().id, mo, ReviewOutcome::NotAnOptOut));
        QVERIFY(!router().resolveReview(999, mo, ReviewOutcome::NotAnOptOut));
        QCOMPARE(m_audit->entries(InboundRouter::ReviewResolvedAction)->size(), 1);
    }

    void aReviewThatWasNoOptOutChangesNoConsent()
    {
        receive(kStranger, QStringLiteral("wrong number?"));
        const qint64 review = router().openReviews()->first().id;
        QVERIFY(router().resolveReview(review, Actor::system(), ReviewOutcome::NotAnOptOut));
        QVERIFY(!suppressed(kStranger));
        QVERIFY(sent().isEmpty());
        QCOMPARE(scalar(db(), QStringLiteral("SELECT outcome FROM opt_out_reviews")).toString(),
            QStringLiteral("not_an_opt_out"));
    }

    void replyCodesAnswerOnlyTheThreadsOpenQuestion()
    {
        const qint64 adaThread = ensureThread(db(), kAda)->threadId;
        QVERIFY(ensureThread(db(), kStranger));
        QJsonObject codes;
        codes.insert(QStringLiteral("C"), QStringLiteral("confirm"));
        codes.insert(QStringLiteral("R"), QStringLiteral("reschedule"));
        const auto question = router().ask(adaThread, QStringLiteral("reminder"), codes,
            QStringLiteral("appointment:12"), 0, m_clock->now().addDays(1));
        QVERIFY(question);
        QSignalSpy answered(m_events.get(), &MessagingEvents::questionAnswered);

        // Another number's "C" is just a message.
        QCOMPARE(receive(kStranger, QStringLiteral("C")), Route::Inbox);
        QCOMPARE(answered.count(), 0);

        QCOMPARE(receive(kAda, QStringLiteral(" c. ")), Route::Answer);
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.first().at(0).toLongLong(), *question);
        QCOMPARE(answered.first().at(1).toLongLong(), adaThread);
        QCOMPARE(answered.first().at(2).toString(), QStringLiteral("C"));
        QSqlQuery row(db().connection());
        QVERIFY(row.exec(QStringLiteral("SELECT answer, answered_at, answer_message_id FROM "
                                        "open_questions")));
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), QStringLiteral("C"));
        QCOMPARE(row.value(1).toString(), QStringLiteral("2026-01-05T09:00:00.000Z"));
        QCOMPARE(row.value(2).toLongLong(),
            scalar(db(), QStringLiteral("SELECT max(id) FROM messages WHERE direction = 'in'"))
                .toLongLong());
        // Answered: a second code is an ordinary message.
        QCOMPARE(receive(kAda, QStringLiteral("R")), Route::Inbox);
        QCOMPARE(answered.count(), 1);
        QVERIFY(sent().isEmpty());
    }

    void replyCodesExpire()
    {
        const qint64 thread = ensureThread(db(), kAda)->threadId;
        QVERIFY(router().ask(thread, QStringLiteral("survey"), QStringLiteral("1-10"), {}, 0,
            m_clock->now().addSecs(3600)));
        QCOMPARE(receive(kAda, QStringLiteral("11")), Route::Inbox);
        m_clock->advance(61min);
        QCOMPARE(receive(kAda, QStringLiteral("7")), Route::Inbox);
        QVERIFY(router().ask(thread, QStringLiteral("survey"), QStringLiteral("1-10"), {}, 0,
            m_clock->now().addSecs(3600)));
        QCOMPARE(receive(kAda, QStringLiteral("7!")), Route::Answer);
        QCOMPARE(scalar(db(),
                     QStringLiteral("SELECT answer FROM open_questions WHERE "
                                    "answered_at IS NOT NULL"))
                     .toString(),
            QStringLiteral("7"));
    }

    void yesIsAnOptInOnlyWithoutAnOpenQuestion()
    {
        receive(kAda, QStringLiteral("STOP"));
        const qint64 thread = threadOf(kAda);
        QJsonObject codes;
        codes.insert(QStringLiteral("YES"), QStringLiteral("confirm"));
        QVERIFY(router().ask(
            thread, QStringLiteral("reminder"), codes, {}, 0, m_clock->now().addDays(1)));
        m_clock->advance(1min);
        QCOMPARE(receive(kAda, QStringLiteral("Yes")), Route::Answer);
        QCOMPARE(consent(ConsentPurpose::Marketing), ConsentStatus::OptedOut);
        m_clock->advance(1min);
        QCOMPARE(receive(kAda, QStringLiteral("YES")), Route::OptIn);
        QCOMPARE(consent(ConsentPurpose::Marketing), ConsentStatus::OptedIn);
        QCOMPARE(sent().last().templateKey, InboundRouter::OptInTemplate);
    }

    void theAwayMessageGoesOncePerThreadPerTwelveHours()
    {
        InboundRouterConfig config = salonConfig();
        config.awayEnabled = true;
        config.hours = BusinessHours::weekdays(QTime(9, 0), QTime(18, 0), QTimeZone::utc());
        makeRouter(config);
        // Monday 09:30: open.
        m_clock->advance(30min);
        QCOMPARE(receive(kAda, QStringLiteral("Hi, can I book?")), Route::Inbox);
        // Monday 19:00: closed.
        m_clock->advance(9h + 30min);
        QCOMPARE(receive(kAda, QStringLiteral("Hello?")), Route::Away);
        QCOMPARE(sent().size(), 1);
        QCOMPARE(sent().first().templateKey, InboundRouter::AwayTemplate);
        QVERIFY(!sent().first().isComplianceNotice);
        QCOMPARE(sent().first().purpose, MessagePurpose::Reply);
        QVERIFY(sent().first().body.startsWith(QStringLiteral("Bella Salon: ")));
        m_clock->advance(3h);
        QCOMPARE(receive(kAda, QStringLiteral("anyone?")), Route::Inbox);
        // Another thread gets its own.
        QCOMPARE(receive(kStranger, QStringLiteral("hello")), Route::Away);
        // Friday 22:00: closed, and 12 h have passed.
        m_clock->advance(std::chrono::hours(24 * 4));
        QCOMPARE(receive(kAda, QStringLiteral("still there?")), Route::Away);
        QCOMPARE(sent().size(), 3);
    }

    void aBacklogGetsNoAutomaticAnswersButKeywordsStillCount()
    {
        InboundRouterConfig config = salonConfig();
        config.awayEnabled = true;
        config.hours = BusinessHours::weekdays(QTime(9, 0), QTime(18, 0), QTimeZone::utc());
        makeRouter(config);
        // Monday 19:00, closed: texts arrive while Rapport is not routing (the computer was
        // off), and are routed the next morning.
        m_clock->advance(10h);
        store(kStranger, QStringLiteral("Hours?"));
        store(kAda, QStringLiteral("Hello, are you there?"));
        store(kAda, QStringLiteral("STOP"));
        m_clock->advance(14h);
        const auto routed = router().routePending();
        QVERIFY(routed);
        QCOMPARE(*routed, 3);
        // Neither the FAQ answer nor the away message: the questions are a day old. The STOP
        // is honoured and confirmed, as the rules require whatever its age.
        QCOMPARE(sent().size(), 1);
        QCOMPARE(sent().first().templateKey, InboundRouter::OptOutTemplate);
        QCOMPARE(consent(ConsentPurpose::Marketing), ConsentStatus::OptedOut);

        // Within the hour an answer still goes.
        m_clock->advance(9h + 30min); // Tuesday 19:30, closed
        store(kStranger, QStringLiteral("Hello?"));
        m_clock->advance(50min);
        QVERIFY(router().routePending());
        QCOMPARE(sent().size(), 2);
        QCOMPARE(sent().last().templateKey, InboundRouter::AwayTemplate);
    }

    void faqWordsGetTheirAnswer()
    {
        QCOMPARE(receive(kStranger, QStringLiteral("Hours?")), Route::Faq);
        QCOMPARE(sent().size(), 1);
        QCOMPARE(sent().first().body, QStringLiteral("Bella Salon: Mon-Fri 9-6."));
        QCOMPARE(sent().first().templateKey, InboundRouter::FaqTemplate);
        QCOMPARE(receive(kStranger, QStringLiteral("what are your hours")), Route::Inbox);
    }

    void theThreadIsUpdatedAndReopened()
    {
        QSignalSpy changed(m_events.get(), &MessagingEvents::threadChanged);
        receive(kStranger, QStringLiteral("Hi"));
        const qint64 thread = threadOf(kStranger);
        exec(db(), QStringLiteral("UPDATE threads SET is_open = 0"));
        m_clock->advance(5min);
        receive(kStranger, QStringLiteral("Hello again"));
        QSqlQuery row(db().connection());
        QVERIFY(row.exec(QStringLiteral("SELECT unread_count, last_message_at, is_open,"
                                        " customer_id IS NULL FROM threads WHERE id = %1")
                             .arg(thread)));
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toInt(), 2);
        QCOMPARE(row.value(1).toString(), QStringLiteral("2026-01-05T09:05:00.000Z"));
        QCOMPARE(row.value(2).toInt(), 1);
        QVERIFY(row.value(3).toBool()); // an unknown number has a thread of its own
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(0).toLongLong(), thread);
    }

    // The pipeline stores, the router routes: an unknown number's text becomes a thread.
    void anUnknownNumbersTextFromTheModemGetsAThread()
    {
        FakeSmsChannel channel(kModem);
        InboundPipelineOptions options;
        options.region = QStringLiteral("GB");
        InboundPipeline pipeline(db(), *m_clock, *m_events, options);
        connect(&pipeline, &InboundPipeline::messageStored, m_router.get(),
            [this] { QVERIFY(router().routePending()); });
        pipeline.attach(channel);
        QVERIFY(pipeline.restore());
        channel.deliver(
            inboundPdu(inbound::composeParts(inbound::unknownType(QStringLiteral("07400123457")),
                           QStringLiteral("HELP"), {})
                           .constFirst(),
                simSlot(1)));
        QCOMPARE(countOf(db(),
                     QStringLiteral("SELECT unread_count FROM threads WHERE phone_e164 = "
                                    "? AND customer_id IS NULL"),
                     {kStranger}),
            1);
        QCOMPARE(sent().size(), 1);
        QCOMPARE(sent().first().phoneE164, kStranger);
        QCOMPARE(sent().first().preferredModemId, kModem);
        QCOMPARE(countOf(db(),
                     QStringLiteral("SELECT count(*) FROM messages WHERE direction = "
                                    "'in' AND routed_at IS NULL")),
            0);
    }

    // Stored, then the program died before routing: the next start routes, once.
    void routePendingRoutesWhatACrashLeft()
    {
        store(kAda, QStringLiteral("STOP"));
        store(kStranger, QStringLiteral("Hi there"));
        store(QStringLiteral("InternetSMS"), QStringLiteral("STOP")); // cannot be answered
        makeRouter(); // the next start
        QSignalSpy routed(m_router.get(), &InboundRouter::messageRouted);
        QCOMPARE(*router().routePending(), 3);
        QCOMPARE(routed.count(), 3);
        QCOMPARE(routed.at(2).at(2).value<Route>(), Route::Inbox);
        QCOMPARE(sent().size(), 1);
        QCOMPARE(consent(ConsentPurpose::Service), ConsentStatus::OptedOut);
        QCOMPARE(countOf(db(),
                     QStringLiteral("SELECT count(*) FROM messages WHERE direction = "
                                    "'in' AND routed_at IS NULL")),
            0);
        makeRouter();
        QCOMPARE(*router().routePending(), 0);
        QCOMPARE(sent().size(), 1);
    }

    // A failure inside the routing transaction leaves the message unrouted, with nothing sent,
    // and the next call routes it.
    void aFailedRouteIsRetried()
    {
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("could not route message")));
        exec(db(),
            QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE UPDATE OF routed_at ON "
                           "messages BEGIN SELECT RAISE(ABORT, 'busy'); END"));
        store(kAda, QStringLiteral("STOP"));
        QCOMPARE(*router().routePending(), 0);
        QVERIFY(sent().isEmpty());
        QCOMPARE(m_ledger->history(m_ada)->size(), 0); // rolled back with the rest
        exec(db(), QStringLiteral("DROP TRIGGER refuse"));
        QCOMPARE(*router().routePending(), 1);
        QCOMPARE(sent().size(), 1);
        QCOMPARE(m_ledger->history(m_ada)->size(), 3);
    }

    void loadsItsConfigurationFromSettings()
    {
        exec(db(),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('business.name', "
                           "'Bella'), ('business.time_zone', 'Europe/London'),"
                           " ('keywords.config', '{\"optOut\": [\"STOP\", \"ARRET\"]}'),"
                           " ('inbound.config', ?)"),
            {QStringLiteral("{\"contact\": \"ring 01632 960000\", \"away\": {\"enabled\": true,"
                            " \"repeatHours\": 6, \"hours\": {\"sat\": [[\"10:00\", \"13:00\"]]}},"
                            " \"faq\": {\"PARKING\": \"Behind the shop.\"}}")});
        const InboundRouterConfig config = InboundRouterConfig::load(SettingsStore(db()));
        QCOMPARE(config.businessName, QStringLiteral("Bella"));
        QCOMPARE(config.contact, QStringLiteral("ring 01632 960000"));
        QVERIFY(config.awayEnabled);
        QCOMPARE(config.awayRepeat, std::chrono::hours(6));
        QCOMPARE(config.hours.zone, QTimeZone("Europe/London"));
        QVERIFY(config.hours.isOpen(QDateTime(QDate(2026, 1, 10), QTime(11, 0), QTimeZone::utc())));
        QVERIFY(!config.hours.isOpen(QDateTime(QDate(2026, 1, 5), QTime(11, 0), QTimeZone::utc())));
        QCOMPARE(config.faq.value(QStringLiteral("PARKING")), QStringLiteral("Behind the shop."));
        QCOMPARE(
            config.keywords.optOut, QStringList({QStringLiteral("STOP"), QStringLiteral("ARRET")}));
        makeRouter(config);
        QCOMPARE(receive(kStranger, QStringLiteral("arret")), Route::OptOut);
        QVERIFY(sent().first().body.startsWith(QStringLiteral("Bella: ")));
    }
};

RAPPORT_TEST_MAIN(TestInboundRouter)
#include "tst_inboundrouter.moc"
