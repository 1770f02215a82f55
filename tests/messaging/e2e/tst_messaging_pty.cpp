// The messaging core end to end over one simulated modem on a pseudo-terminal, wired as
// `rapportctl serve --modem PATH --min-gap-ms 0` wires it: texts go in at Outbox::enqueue and
// come back delivered from the simulated network's status reports; long texts arrive out of
// order and twice and become one message; STOP is honoured with exactly one confirmation
// (COMPLIANCE.md, Keywords).
#include "MessagingRig.h"

#include "RapportTest.h"

#include "app/consent/ConsentLedger.h"
#include "app/customers/CustomerRepository.h"
#include "app/inbound/InboundPipeline.h"
#include "app/inbound/InboundRouterConfig.h"
#include "app/policy/PolicyReason.h"
#include "app/policy/PolicyWording.h"

using namespace rapport;
using namespace rapport::app;
using namespace rapport::modem;
using namespace rapport::test;
using namespace Qt::StringLiterals;

namespace {

// Real time on a shared 2-core machine: generous, and only ever reached when something is wrong.
constexpr int kReadyMs = 20000;
constexpr int kSettleMs = 30000;

const QString kCustomer = u"+447400123456"_s;
const QString kOther = u"+447400123499"_s;

// Numbered words, so a part out of place or missing shows in the text.
QString numberedText(int words)
{
    QStringList all;
    for (int i = 1; i <= words; ++i)
        all << QStringLiteral("w%1").arg(i, 3, 10, QLatin1Char('0'));
    return all.join(u' ');
}

} // namespace

class TestMessagingPty final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<PortError>();
        qRegisterMetaType<SendOutcome>();
        qRegisterMetaType<InboundPdu>();
    }

    void sentAndDelivered_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("parts");
        QTest::newRow("single part") << u"Your new glasses are ready to collect."_s << 1;
        // 80 words of 4 characters: 399 septets, 3 parts of at most 153 (3GPP TS 23.040
        // 9.2.3.24: 160 septets less 7 for the concatenation header).
        QTest::newRow("three parts") << numberedText(80) << 3;
    }

    void sentAndDelivered()
    {
        QFETCH(QString, body);
        QFETCH(int, parts);
        MessagingRig rig;
        QVERIFY(rig.open());
        PtyModem *sim = rig.addModem(u"ttyUSB0"_s, "356938035643809");
        QVERIFY(sim);
        QVERIFY(rig.start());
        QTRY_VERIFY_WITH_TIMEOUT(rig.allReady(), kReadyMs);

        const auto queued = rig.enqueue(kCustomer, body);
        QVERIFY2(queued, queued ? "" : qPrintable(queued.error()));
        QCOMPARE(queued->state, MessageState::Queued);
        const qint64 id = queued->messageId;
        QTRY_COMPARE_WITH_TIMEOUT(rig.stateOf(id), u"delivered"_s, kSettleMs);

        // What reached the network: each part once, in order, the concatenation header on
        // every part of a long text and on none of a short one (3GPP TS 23.040 9.2.3.24.1).
        const QList<SimulatedSubmission> submitted = sim->submissionsTo(kCustomer);
        QCOMPARE(submitted.size(), parts);
        QString joined;
        for (int i = 0; i < parts; ++i) {
            const SimulatedSubmission &part = submitted.at(i);
            joined += part.text;
            QVERIFY(part.statusReportRequested);
            if (parts == 1) {
                QVERIFY(!part.concatenation);
                continue;
            }
            QVERIFY(part.concatenation);
            QCOMPARE(int(part.concatenation->total), parts);
            QCOMPARE(int(part.concatenation->sequence), i + 1);
            QCOMPARE(part.concatenation->reference, submitted.at(0).concatenation->reference);
        }
        QCOMPARE(joined, body);
        QCOMPARE(sim->modem.submissions().size(), parts); // nothing else went out

        // The database: the message delivered through this SIM, every part delivered under
        // the reference the network gave it.
        QCOMPARE(rig.value(u"SELECT part_count FROM messages WHERE id = ?"_s, {id}).toInt(), parts);
        QCOMPARE(
            rig.value(u"SELECT modem_id FROM messages WHERE id = ?"_s, {id}).toString(), sim->imei);
        QVERIFY(!rig.value(u"SELECT delivered_at FROM messages WHERE id = ?"_s, {id}).isNull());
        QCOMPARE(
            rig.count(u"SELECT count(*) FROM message_parts WHERE message_id = ?"_s, {id}), parts);
        QCOMPARE(rig.count(u"SELECT count(*) FROM message_parts WHERE message_id = ? "
                           "AND status = 'delivered'"_s,
                     {id}),
            parts);
        for (int i = 0; i < parts; ++i) {
            QCOMPARE(rig.value(u"SELECT reference FROM message_parts WHERE message_id = ? "
                               "AND part = ?"_s,
                            {id, i + 1})
                         .toInt(),
                int(submitted.at(i).messageReference));
        }
    }

    void multipartArrivesOnce_data()
    {
        using O = SimulatedInjectOptions;
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("duplicate");
        QTest::addColumn<int>("duplicatePart");
        QTest::addColumn<bool>("split");
        // 4 parts of GSM 7-bit text; 3 parts of UCS-2 with a surrogate pair (67 units a part).
        const QString gsm = numberedText(110);
        const QString ucs2 = QString(150, QChar(0x00E9)) + u"😀 à bientôt"_s;
        QTest::newRow("reversed") << gsm << int(O::Order::Reversed) << int(O::Duplicate::None) << 0
                                  << false;
        QTest::newRow("shuffled, part 2 direct and stored")
            << gsm << int(O::Order::Shuffled) << int(O::Duplicate::DirectAndStored) << 2 << false;
        QTest::newRow("reversed, part 1 stored twice")
            << gsm << int(O::Order::Reversed) << int(O::Duplicate::StoredTwice) << 1 << false;
        QTest::newRow("shuffled across SM and ME, part 3 stored twice")
            << gsm << int(O::Order::Shuffled) << int(O::Duplicate::StoredTwice) << 3 << true;
        QTest::newRow("ucs-2, reversed, last part direct and stored")
            << ucs2 << int(O::Order::Reversed) << int(O::Duplicate::DirectAndStored) << 3 << false;
    }

    void multipartArrivesOnce()
    {
        QFETCH(QString, text);
        QFETCH(int, order);
        QFETCH(int, duplicate);
        QFETCH(int, duplicatePart);
        QFETCH(bool, split);
        MessagingRig rig;
        QVERIFY(rig.open());
        PtyModem *sim = rig.addModem(u"ttyUSB0"_s, "356938035643809");
        QVERIFY(sim);
        QVERIFY(rig.start());
        QTRY_VERIFY_WITH_TIMEOUT(rig.allReady(), kReadyMs);

        SimulatedInjectOptions options;
        options.order = SimulatedInjectOptions::Order(order);
        options.shuffleSeed = 7;
        options.duplicate = SimulatedInjectOptions::Duplicate(duplicate);
        options.duplicatePart = duplicatePart;
        options.splitAcrossStorages = split;
        if (split)
            options.route = SimulatedInjectOptions::Route::Stored;
        const auto injected = sim->modem.injectText(kCustomer, text, options);
        QVERIFY(injected);
        QVERIFY(*injected >= 3);

        // Settled: the message is in its thread and routed, and every copy on the SIM — the
        // duplicate too — was deleted once its part was committed (MODEM-NOTES.md, Receiving).
        const QString inThread = u"SELECT count(*) FROM messages m JOIN threads t "
                                 "ON t.id = m.thread_id WHERE t.phone_e164 = ? "
                                 "AND m.direction = 'in' AND m.routed_at IS NOT NULL"_s;
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(inThread, {kCustomer}), 1, kSettleMs);
        QTRY_COMPARE_WITH_TIMEOUT(sim->storedMessages(), 0, kSettleMs);

        QCOMPARE(rig.count(u"SELECT count(*) FROM messages WHERE direction = 'in'"_s), 1);
        QCOMPARE(rig.count(inThread, {kCustomer}), 1);
        const qint64 thread = rig.threadOf(kCustomer);
        QVERIFY(thread);
        QCOMPARE(rig.value(u"SELECT body FROM messages WHERE thread_id = ? AND direction = 'in'"_s,
                        {thread})
                     .toString(),
            text);
        QCOMPARE(rig.value(u"SELECT part_count FROM messages WHERE thread_id = ? "
                           "AND direction = 'in'"_s,
                        {thread})
                     .toInt(),
            *injected);
        QCOMPARE(rig.count(u"SELECT count(*) FROM inbound_parts"_s), 0);
        QCOMPARE(rig.messaging().inbound().pendingPartCount(), 0);
        QCOMPARE(
            rig.value(u"SELECT unread_count FROM threads WHERE id = ?"_s, {thread}).toInt(), 1);
        QCOMPARE(sim->modem.submissions().size(), 0); // an ordinary message: no automatic answer
    }

    void stopIsHonouredOnce()
    {
        MessagingRig rig;
        QVERIFY(rig.open());
        PtyModem *sim = rig.addModem(u"ttyUSB0"_s, "356938035643809");
        QVERIFY(sim);
        QVERIFY(rig.start());

        // A customer who opted in at the counter to everything.
        CustomerRepository customers(rig.database(), u"GB"_s, [] { return Clock::system().now(); });
        Customer ada;
        ada.firstName = u"Ada"_s;
        ada.phoneE164 = kCustomer;
        const auto customerId = customers.add(ada);
        QVERIFY(customerId);
        for (const ConsentPurpose purpose : allConsentPurposes) {
            ConsentEvent optIn;
            optIn.customerId = *customerId;
            optIn.purpose = purpose;
            optIn.action = ConsentAction::OptIn;
            optIn.source = ConsentSource::InPerson;
            optIn.wording = u"Yes, text me reminders and offers. Reply STOP to opt out."_s;
            optIn.wordingVersion = u"2025-01"_s;
            QVERIFY(rig.messaging().consent().record(Actor::commandLine(), optIn));
        }
        QTRY_VERIFY_WITH_TIMEOUT(rig.allReady(), kReadyMs);

        QVERIFY(sim->modem.injectText(kCustomer, u"STOP"_s));
        const QString confirmations = u"SELECT count(*) FROM messages WHERE direction = 'out' "
                                      "AND template_key = 'inbound.opt_out'"_s;
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(confirmations
                                      + u" AND state IN ('sent', "
                                        "'delivered')"_s),
            1, kSettleMs);
        const InboundRouterConfig config = InboundRouterConfig::defaults(kBusinessName);
        QCOMPARE(sim->submissionsTo(kCustomer).size(), 1);
        QCOMPARE(
            sim->submissionsTo(kCustomer).at(0).text, config.render(config.optOutConfirmation));

        // Every purpose opted out, by keyword, with the customer's own words kept.
        const auto consent = rig.messaging().consent().current(*customerId);
        QVERIFY(consent);
        for (const ConsentPurpose purpose : allConsentPurposes) {
            QCOMPARE(consent->of(purpose).status, ConsentStatus::OptedOut);
            QCOMPARE(consent->of(purpose).source, ConsentSource::Keyword);
        }
        const auto history = rig.messaging().consent().history(*customerId);
        QVERIFY(history);
        QCOMPARE(history->constLast().inboundText, u"STOP"_s);

        // STOP again: routed as an opt-out, and no second confirmation (COMPLIANCE.md: at most
        // one).
        QVERIFY(sim->modem.injectText(kCustomer, u"stop."_s));
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(u"SELECT count(*) FROM messages WHERE direction = "
                                            "'in' AND routed_at IS NOT NULL"_s),
            2, kSettleMs);
        QCOMPARE(rig.count(confirmations), 1);

        // Marketing and service to that number are refused on the spot, with the reason.
        for (const MessagePurpose purpose : {MessagePurpose::Marketing, MessagePurpose::Service}) {
            const auto refused = rig.enqueue(kCustomer, u"20% off frames this week"_s, purpose);
            QVERIFY2(refused, refused ? "" : qPrintable(refused.error()));
            QCOMPARE(refused->state, MessageState::Failed);
            QCOMPARE(refused->decision.reasonCode, PolicyReason::OptedOut);
            QCOMPARE(rig.stateOf(refused->messageId), u"failed"_s);
            QCOMPARE(
                rig.value(u"SELECT state_reason FROM messages WHERE id = ?"_s, {refused->messageId})
                    .toString(),
                PolicyWording::optedOut(purpose, true));
        }

        // A text to someone else goes out behind them: by then anything queued for the
        // customer would have gone too. Nothing did.
        const auto other = rig.enqueue(kOther, u"Your order is in."_s);
        QVERIFY(other);
        QTRY_COMPARE_WITH_TIMEOUT(sim->submissionsTo(kOther).size(), 1, kSettleMs);
        QCOMPARE(sim->submissionsTo(kCustomer).size(), 1);
        QCOMPARE(sim->modem.submissions().size(), 2);
        QCOMPARE(rig.count(confirmations), 1);
    }
};

RAPPORT_TEST_MAIN(TestMessagingPty)
#include "tst_messaging_pty.moc"
