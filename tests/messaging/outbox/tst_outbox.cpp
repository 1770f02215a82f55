// The outbox's one door (MessageEnqueuer): what is stored for each policy verdict, what is
// refused before anything is stored, the audit of opt-out overrides, and cancel / retry / list.
#include "OutboxFixture.h"
#include "app/outbox/OutboxStore.h"

#include "RapportTest.h"

#include <QSignalSpy>

using namespace rapport::app;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using rapport::test::OutboxFixture;
using rapport::test::ScriptedSendPolicy;

Q_DECLARE_METATYPE(rapport::app::PolicyDecision)
Q_DECLARE_METATYPE(rapport::app::OutgoingRequest)

class TestOutbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enqueueStoresThePolicysVerdict_data()
    {
        const QDateTime later(QDate(2026, 1, 5), QTime(10, 0), QTimeZone::utc());
        QTest::addColumn<PolicyDecision>("decision");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("heldUntil");
        QTest::addColumn<QString>("reason");
        QTest::newRow("send") << ScriptedSendPolicy::send() << u"queued"_s << QString()
                              << QString();
        QTest::newRow("hold until a moment")
            << ScriptedSendPolicy::hold(later, u"Held until 10:00 — quiet hours"_s) << u"held"_s
            << u"2026-01-05T10:00:00.000Z"_s << u"Held until 10:00 — quiet hours"_s;
        // An opt-out review: only a person can release it, so there is no moment to wait for.
        QTest::newRow("hold for a person")
            << ScriptedSendPolicy::hold({}, u"Held until someone reviews the reply"_s) << u"held"_s
            << QString() << u"Held until someone reviews the reply"_s;
        QTest::newRow("refuse") << ScriptedSendPolicy::refuse(u"No consent to marketing"_s)
                                << u"failed"_s << QString() << u"No consent to marketing"_s;
    }

    void enqueueStoresThePolicysVerdict()
    {
        QFETCH(PolicyDecision, decision);
        QFETCH(QString, state);
        QFETCH(QString, heldUntil);
        QFETCH(QString, reason);
        OutboxFixture f;
        QSignalSpy added(&f.events, &MessagingEvents::messageAdded);
        const qint64 staffId = f.addStaff(u"Jo"_s);
        f.policy.script << decision;
        OutgoingRequest request = OutboxFixture::request();
        request.actor = Actor::staffMember(staffId, StaffRole::Staff, u"Jo"_s);
        request.origin = MessageOrigin::Campaign;
        request.purpose = MessagePurpose::Marketing;
        request.templateKey = u"spring-offer"_s;
        request.campaignId = 12;
        request.preferredModemId = u"356938035643809"_s;

        const auto result = f.outbox.enqueue(request);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->decision.verdict, decision.verdict);
        QCOMPARE(messageStateKey(result->state), state);
        const qint64 id = result->messageId;
        QCOMPARE(f.stateOf(id), state);
        QCOMPARE(f.column(id, u"direction"_s).toString(), u"out"_s);
        QCOMPARE(f.column(id, u"body"_s).toString(), u"Your table is ready"_s);
        QCOMPARE(f.column(id, u"purpose"_s).toString(), u"marketing"_s);
        QCOMPARE(f.column(id, u"origin"_s).toString(), u"campaign"_s);
        QCOMPARE(f.column(id, u"staff_id"_s).toLongLong(), staffId);
        QCOMPARE(f.column(id, u"template_key"_s).toString(), u"spring-offer"_s);
        QCOMPARE(f.column(id, u"campaign_id"_s).toLongLong(), 12);
        QCOMPARE(f.column(id, u"modem_id"_s).toString(), u"356938035643809"_s);
        QCOMPARE(f.column(id, u"overrides_opt_out"_s).toInt(), 0);
        QCOMPARE(f.column(id, u"kind"_s).toString(), u"text"_s);
        QCOMPARE(f.column(id, u"attempts"_s).toInt(), 0);
        QCOMPARE(f.column(id, u"part_count"_s).toInt(), 1);
        QCOMPARE(f.column(id, u"encoding"_s).toString(), u"gsm7"_s);
        QCOMPARE(f.column(id, u"created_at"_s).toString(), u"2026-01-05T09:00:00.000Z"_s);
        QCOMPARE(f.column(id, u"updated_at"_s).toString(), u"2026-01-05T09:00:00.000Z"_s);
        QCOMPARE(f.column(id, u"held_until"_s).toString(), heldUntil);
        QCOMPARE(f.column(id, u"next_attempt_at"_s).toString(), heldUntil);
        QCOMPARE(f.column(id, u"state_reason"_s).toString(), reason);
        QCOMPARE(f.value(u"SELECT last_message_at FROM threads WHERE id = ?"_s, {result->threadId})
                     .toString(),
            u"2026-01-05T09:00:00.000Z"_s);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).toLongLong(), result->threadId);
        QCOMPARE(added.at(0).at(1).toLongLong(), id);
    }

    void thePolicyIsAskedAboutTheRequest()
    {
        OutboxFixture f;
        const qint64 customerId = f.addCustomer(u"+447400123456"_s);
        OutgoingRequest request = OutboxFixture::request(u"See you at 3"_s);
        request.purpose = MessagePurpose::Reply;
        request.origin = MessageOrigin::Manual;
        const auto result = f.outbox.enqueue(request);
        QVERIFY(result);
        QCOMPARE(f.policy.asked.size(), 1);
        const PolicyRequest &asked = f.policy.asked.constFirst();
        QCOMPARE(asked.messageId, 0); // not stored yet: excluded from its own cap count
        QCOMPARE(asked.threadId, result->threadId);
        QCOMPARE(asked.customerId, customerId);
        QCOMPARE(asked.phoneE164, u"+447400123456"_s);
        QCOMPARE(asked.purpose, MessagePurpose::Reply);
        QCOMPARE(asked.origin, MessageOrigin::Manual);
        QCOMPARE(asked.body, u"See you at 3"_s);
        QVERIFY(!asked.overrideOptOut);
        QVERIFY(!asked.isComplianceNotice);
        QCOMPARE(f.policy.askedAt.constFirst(), f.clock.now());
        // The same number again: the same thread.
        const auto again = f.outbox.enqueue(request);
        QVERIFY(again);
        QCOMPARE(again->threadId, result->threadId);
    }

    void theFinalBodyIsStoredWithItsParts_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("footer");
        QTest::addColumn<int>("parts");
        QTest::addColumn<QString>("encoding");
        // 3GPP TS 23.040 limits: 160 septets in one part, 153 per part when concatenated;
        // UCS-2 70 / 67 units.
        QTest::newRow("short") << u"Hello"_s << QString() << 1 << u"gsm7"_s;
        QTest::newRow("160 septets") << QString(160, u'a') << QString() << 1 << u"gsm7"_s;
        QTest::newRow("footer makes two")
            << QString(150, u'a') << u" Reply STOP to opt out"_s << 2 << u"gsm7"_s;
        QTest::newRow("emoji forces ucs2") << u"Thanks 😀"_s << QString() << 1 << u"ucs2"_s;
        QTest::newRow("71 ucs2 units") << QString(71, QChar(0x0416)) << QString() << 2 << u"ucs2"_s;
    }

    void theFinalBodyIsStoredWithItsParts()
    {
        QFETCH(QString, body);
        QFETCH(QString, footer);
        QFETCH(int, parts);
        QFETCH(QString, encoding);
        OutboxFixture f;
        f.policy.footer = footer;
        const qint64 id = f.enqueue(OutboxFixture::request(body));
        QVERIFY(id);
        QCOMPARE(f.column(id, u"body"_s).toString(), QString(body + footer));
        QCOMPARE(f.column(id, u"part_count"_s).toInt(), parts);
        QCOMPARE(f.column(id, u"encoding"_s).toString(), encoding);
    }

    void invalidRequestsStoreNothing_data()
    {
        QTest::addColumn<OutgoingRequest>("request");
        QTest::addColumn<QString>("words"); // a piece of the sentence
        OutgoingRequest r = OutboxFixture::request();
        r.phoneE164 = u"07400123456"_s; // national form: not E.164
        QTest::newRow("national number") << r << u"number"_s;
        r = OutboxFixture::request();
        r.phoneE164 = u"+44123"_s;
        QTest::newRow("too short") << r << u"too short"_s;
        r = OutboxFixture::request();
        r.phoneE164 = u"+442079460123"_s; // a London landline: texts cannot reach it
        QTest::newRow("landline") << r << u"text"_s;
        r = OutboxFixture::request();
        r.phoneE164.clear();
        QTest::newRow("no number") << r << u"No number"_s;
        r = OutboxFixture::request(u"  \n "_s);
        QTest::newRow("empty body") << r << u"empty"_s;
        r = OutboxFixture::request();
        r.overrideOptOut = true; // automation
        QTest::newRow("override by automation") << r << u"opted out"_s;
        r = OutboxFixture::request();
        r.origin = MessageOrigin::Manual;
        r.purpose = MessagePurpose::Marketing;
        r.overrideOptOut = true;
        QTest::newRow("override for marketing") << r << u"opted out"_s;
        r = OutboxFixture::request();
        r.origin = MessageOrigin::Manual;
        r.isComplianceNotice = true;
        QTest::newRow("notice by hand") << r << u"compliance notices"_s;
        r = OutboxFixture::request();
        r.origin = MessageOrigin::AutoReply;
        r.purpose = MessagePurpose::Marketing;
        r.isComplianceNotice = true;
        QTest::newRow("notice as marketing") << r << u"marketing"_s;
    }

    void invalidRequestsStoreNothing()
    {
        QFETCH(OutgoingRequest, request);
        QFETCH(QString, words);
        OutboxFixture f;
        QSignalSpy added(&f.events, &MessagingEvents::messageAdded);
        const auto result = f.outbox.enqueue(request);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(words, Qt::CaseInsensitive), qPrintable(result.error()));
        QVERIFY(result.error().endsWith(u'.')); // a sentence for people
        QCOMPARE(f.count(u"messages"_s), 0);
        QCOMPARE(f.count(u"threads"_s), 0);
        QCOMPARE(f.count(u"audit_log"_s), 0);
        QVERIFY(f.policy.asked.isEmpty());
        QCOMPARE(added.count(), 0);
    }

    void anOptOutOverrideIsAudited()
    {
        OutboxFixture f;
        const qint64 staffId = f.addStaff(u"Sam"_s);
        OutgoingRequest request = OutboxFixture::request(u"Sorry, your order is late"_s);
        request.origin = MessageOrigin::Manual;
        request.purpose = MessagePurpose::Reply;
        request.overrideOptOut = true;
        request.actor = Actor::staffMember(staffId, StaffRole::Staff, u"Sam"_s);
        const qint64 id = f.enqueue(request);
        QVERIFY(id);
        QCOMPARE(f.column(id, u"overrides_opt_out"_s).toInt(), 1);
        QVERIFY(f.policy.asked.constFirst().overrideOptOut);
        const auto entries = f.audit.entries(OutboxAuditAction::OptOutOverridden);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().staffId, staffId);
        QCOMPARE(entries->constFirst().subject, QStringLiteral("message:%1").arg(id));
        QVERIFY(!entries->constFirst().detail.contains(u"+44"_s)); // no numbers in the log

        // Without the override, no audit line.
        request.overrideOptOut = false;
        QVERIFY(f.enqueue(request));
        QCOMPARE(f.count(u"audit_log"_s), 1);
    }

    void aComplianceNoticeIsRememberedForTheLastDecision()
    {
        OutboxFixture f;
        OutgoingRequest request = OutboxFixture::request(u"You will get no more texts"_s);
        request.origin = MessageOrigin::AutoReply;
        request.purpose = MessagePurpose::Service;
        request.isComplianceNotice = true;
        const qint64 id = f.enqueue(request);
        QVERIFY(id);
        QVERIFY(f.policy.asked.constFirst().isComplianceNotice);
        QCOMPARE(f.column(id, u"kind"_s).toString(), OutboxStore::ComplianceNoticeKind);
        // The dispatcher asks again from the stored row: it must still say so.
        const auto row = OutboxStore(*f.database).load(id);
        QVERIFY(row && *row);
        QVERIFY((*row)->request.isComplianceNotice);
        QCOMPARE((*row)->request.origin, MessageOrigin::AutoReply);
    }

    void cancel_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("queued") << u"queued"_s << true;
        QTest::newRow("held") << u"held"_s << true;
        QTest::newRow("sending") << u"sending"_s << false;
        QTest::newRow("sent") << u"sent"_s << false;
        QTest::newRow("failed") << u"failed"_s << false;
        QTest::newRow("cancelled") << u"cancelled"_s << false;
    }

    void cancel()
    {
        QFETCH(QString, state);
        QFETCH(bool, allowed);
        OutboxFixture f;
        const qint64 id = f.enqueue(OutboxFixture::request());
        QVERIFY(f.exec(u"UPDATE messages SET state = ? WHERE id = ?"_s, {state, id}));
        QSignalSpy changed(&f.events, &MessagingEvents::messageChanged);
        const auto result = f.outbox.cancel(id, Actor::commandLine());
        QCOMPARE(bool(result), allowed);
        if (!allowed) {
            QCOMPARE(f.stateOf(id), state);
            QVERIFY(!result.error().isEmpty());
            QCOMPARE(changed.count(), 0);
            return;
        }
        QCOMPARE(*result, MessageState::Cancelled);
        QCOMPARE(f.stateOf(id), u"cancelled"_s);
        QVERIFY(f.column(id, u"state_reason"_s).toString().contains(u"rapportctl"_s));
        QCOMPARE(changed.count(), 1);
        const auto entries = f.audit.entries(OutboxAuditAction::Cancelled);
        QVERIFY(entries && entries->size() == 1);
    }

    void cancelUnknownMessage()
    {
        OutboxFixture f;
        QVERIFY(!f.outbox.cancel(42, Actor::commandLine()));
        QVERIFY(!f.outbox.retry(42, Actor::commandLine()));
    }

    void retryAsksThePolicyAgain_data()
    {
        QTest::addColumn<PolicyDecision>("decision");
        QTest::addColumn<QString>("state");
        QTest::newRow("now allowed") << ScriptedSendPolicy::send() << u"queued"_s;
        QTest::newRow("held") << ScriptedSendPolicy::hold(
            QDateTime(QDate(2026, 1, 5), QTime(20, 0), QTimeZone::utc()), u"Quiet hours"_s)
                              << u"held"_s;
        QTest::newRow("still refused")
            << ScriptedSendPolicy::refuse(u"Opted out on 2 January"_s) << u"failed"_s;
    }

    void retryAsksThePolicyAgain()
    {
        QFETCH(PolicyDecision, decision);
        QFETCH(QString, state);
        OutboxFixture f;
        f.policy.script << ScriptedSendPolicy::refuse(u"No consent"_s);
        const qint64 id = f.enqueue(OutboxFixture::request());
        QCOMPARE(f.stateOf(id), u"failed"_s);
        // Two attempts went out before (their parts stay, renumbered below attempt 1).
        QVERIFY(f.exec(u"UPDATE messages SET attempts = 2 WHERE id = ?"_s, {id}));
        for (int attempt = 1; attempt <= 2; ++attempt) {
            QVERIFY(f.exec(u"INSERT INTO message_parts (message_id, attempt, part, part_count, "
                           "reference, modem_id, recipient, sent_at) "
                           "VALUES (?, ?, 1, 1, ?, 'sim', '+447400123456', ?)"_s,
                {id, attempt, 10 + attempt, f.nowText()}));
        }

        f.clock.advance(10min);
        f.policy.script << decision;
        QSignalSpy changed(&f.events, &MessagingEvents::messageChanged);
        const auto result = f.outbox.retry(id, Actor::commandLine());
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(messageStateKey(*result), state);
        QCOMPARE(f.stateOf(id), state);
        QCOMPARE(f.policy.asked.size(), 2);
        QCOMPARE(f.policy.asked.at(1).messageId, id);
        QCOMPARE(f.policy.askedAt.at(1), f.clock.now());
        QCOMPARE(f.column(id, u"attempts"_s).toInt(), 0);
        QCOMPARE(f.column(id, u"state_reason"_s).toString(), decision.reason);
        QCOMPARE(f.value(u"SELECT count(*) FROM message_parts WHERE message_id = ? "
                         "AND attempt <= 0"_s,
                      {id})
                     .toInt(),
            2);
        QCOMPARE(f.value(u"SELECT reference FROM message_parts WHERE attempt = 0"_s).toInt(), 12);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.audit.entries(OutboxAuditAction::Retried)->size(), 1);

        // Only failed messages are retried.
        if (state != u"failed"_s)
            QVERIFY(!f.outbox.retry(id, Actor::commandLine()));
    }

    void aHoldOnlyAPersonCanReleaseIsRecheckedOnRequest()
    {
        OutboxFixture f;
        f.policy.script << ScriptedSendPolicy::hold({}, u"Held until someone reviews it"_s)
                        << ScriptedSendPolicy::hold({}, u"Held until someone reviews it"_s);
        const qint64 first = f.enqueue(OutboxFixture::request(u"one"_s));
        const qint64 second = f.enqueue(OutboxFixture::request(u"two"_s));
        const qint64 elsewhere = f.enqueue(OutboxFixture::request(u"x"_s, u"+447400999888"_s));
        const qint64 threadId = f.column(first, u"thread_id"_s).toLongLong();
        // The review is resolved: the policy now lets one go and refuses the other.
        f.policy.script << ScriptedSendPolicy::send() << ScriptedSendPolicy::refuse(u"Opted out"_s);
        QSignalSpy changed(&f.events, &MessagingEvents::messageChanged);
        const auto released = f.outbox.recheckHeld(threadId);
        QVERIFY(released);
        QCOMPARE(*released, 1);
        QCOMPARE(f.stateOf(first), u"queued"_s);
        QCOMPARE(f.stateOf(second), u"failed"_s);
        QCOMPARE(f.stateOf(elsewhere), u"queued"_s);
        QCOMPARE(f.policy.asked.size(), 5);
        QCOMPARE(changed.count(), 2);
    }

    void listAndCount()
    {
        OutboxFixture f;
        f.policy.script << ScriptedSendPolicy::send()
                        << ScriptedSendPolicy::hold(f.clock.now().addSecs(600), u"Later"_s)
                        << ScriptedSendPolicy::refuse(u"Never"_s) << ScriptedSendPolicy::send();
        const qint64 first = f.enqueue(OutboxFixture::request(u"one"_s));
        const qint64 second = f.enqueue(OutboxFixture::request(u"two"_s));
        const qint64 third = f.enqueue(OutboxFixture::request(u"three"_s));
        const qint64 fourth = f.enqueue(OutboxFixture::request(u"four"_s, u"+447400999888"_s));
        // An inbound message is not the outbox's.
        f.addInbound(
            f.value(u"SELECT thread_id FROM messages WHERE id = ?"_s, {first}).toLongLong(),
            u"sim"_s);

        const auto all = f.outbox.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->at(0).id, fourth); // newest first
        QCOMPARE(all->at(0).phoneE164, u"+447400999888"_s);
        QCOMPARE(all->at(1).id, third);
        QCOMPARE(all->at(1).state, MessageState::Failed);
        QCOMPARE(all->at(1).stateReason, u"Never"_s);
        QCOMPARE(all->at(2).id, second);
        QCOMPARE(all->at(2).heldUntil, f.clock.now().addSecs(600));
        QCOMPARE(all->at(3).body, u"one"_s);
        QCOMPARE(all->at(3).createdAt, f.clock.now());
        QCOMPARE(all->at(3).purpose, MessagePurpose::Service);
        QCOMPARE(all->at(3).origin, MessageOrigin::Automation);

        OutboxQuery queued;
        queued.state = MessageState::Queued;
        const auto onlyQueued = f.outbox.list(queued);
        QVERIFY(onlyQueued);
        QCOMPARE(onlyQueued->size(), 2);
        QCOMPARE(onlyQueued->at(0).id, fourth);
        QCOMPARE(onlyQueued->at(1).id, first);

        OutboxQuery page;
        page.limit = 2;
        page.offset = 2;
        const auto secondPage = f.outbox.list(page);
        QVERIFY(secondPage);
        QCOMPARE(secondPage->size(), 2);
        QCOMPARE(secondPage->at(0).id, second);

        const auto counts = f.outbox.counts();
        QVERIFY(counts);
        QCOMPARE(counts->value(MessageState::Queued), 2);
        QCOMPARE(counts->value(MessageState::Held), 1);
        QCOMPARE(counts->value(MessageState::Failed), 1);
        QCOMPARE(counts->value(MessageState::Sending), 0);
        QVERIFY(counts->contains(MessageState::Delivered));
        QVERIFY(!counts->contains(MessageState::Received));
    }
};

RAPPORT_TEST_MAIN(TestOutbox)
#include "tst_outbox.moc"
