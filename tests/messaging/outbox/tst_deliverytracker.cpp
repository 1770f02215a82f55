// Delivery tracking: status reports matched to parts by modem, reference, recipient (in any
// of the forms an SMSC writes it) and a time window; TP-Status classes per 3GPP TS 23.040
// §9.2.3.15; a long message delivered only when every part of its latest attempt is.
#include "FakeSmsChannel.h"
#include "OutboxFixture.h"
#include "app/outbox/DeliveryTracker.h"
#include "modem/PduEncoder.h"

#include "RapportTest.h"

#include <QSignalSpy>

using namespace rapport::app;
using namespace rapport::modem;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using rapport::test::FakeSmsChannel;
using rapport::test::OutboxFixture;

Q_DECLARE_METATYPE(rapport::modem::SmsAddress)

namespace {

struct Rig : OutboxFixture
{
    Rig()
        : tracker(*database, clock, events)
        , channel(u"sim-a"_s)
    {
        tracker.watch(&channel);
    }

    // A message that went out through sim-a as `references.size()` parts, `age` ago.
    qint64 sentMessage(const QList<int> &references, std::chrono::seconds age = 0s,
        const QString &to = u"+447400123456"_s, const QString &modem = u"sim-a"_s)
    {
        const qint64 id = enqueue(OutboxFixture::request(
            QString(references.size() == 1 ? 10 : 153 * int(references.size()), u'x'), to));
        exec(u"UPDATE messages SET state = 'sending', attempts = 1 WHERE id = ?"_s, {id});
        const QDateTime sentAt = clock.now().addSecs(-age.count());
        for (int i = 0; i < references.size(); ++i) {
            const auto recorded = tracker.recordPartSent(
                {id, 1, i + 1, int(references.size()), references.at(i), modem, to, sentAt});
            if (!recorded)
                qWarning() << "recordPartSent failed";
        }
        const auto sent = tracker.recordSent(id, sentAt);
        if (!sent)
            qWarning() << "recordSent failed";
        return id;
    }

    QString partStatus(qint64 id, int part, int attempt = 1) const
    {
        return value(u"SELECT status FROM message_parts WHERE message_id = ? AND part = ? "
                     "AND attempt = ?"_s,
            {id, part, attempt})
            .toString();
    }

    DeliveryTracker tracker;
    FakeSmsChannel channel;
};

SmsAddress number(const QString &typed)
{
    return *parseTypedNumber(typed);
}

// A stored status report ("SR" slot `index`), decoded as the modem session hands it over.
InboundPdu report(int reference, const SmsAddress &recipient, quint8 status, int index = 1,
    const QDateTime &discharge = {})
{
    SmsStatusReport tpdu;
    tpdu.messageReference = quint8(reference);
    tpdu.recipient = recipient;
    tpdu.status = status;
    tpdu.serviceCentreTime = QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc());
    tpdu.dischargeTime = discharge;
    InboundPdu pdu;
    pdu.location = {"SR", index};
    pdu.pdu = DecodedPdu {{}, tpdu};
    return pdu;
}

} // namespace

class TestDeliveryTracker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matching_data()
    {
        QTest::addColumn<SmsAddress>("recipient");
        QTest::addColumn<int>("reference");
        QTest::addColumn<int>("ageHours"); // of the part when the report arrives
        QTest::addColumn<QString>("sentTo");
        QTest::addColumn<bool>("matches");
        const QString uk = u"+447400123456"_s;
        // The same number in the forms SMSCs write (MODEM-NOTES.md, status reports).
        QTest::newRow("international") << number(u"+447400123456"_s) << 42 << 0 << uk << true;
        QTest::newRow("country code, no plus")
            << number(u"447400123456"_s) << 42 << 0 << uk << true;
        QTest::newRow("national with trunk 0") << number(u"07400123456"_s) << 42 << 0 << uk << true;
        QTest::newRow("TON national")
            << SmsAddress {TypeOfNumber::National, NumberingPlan::Isdn, u"7400123456"_s} << 42 << 0
            << uk << true;
        // National form in the recipient's own country, not the business's.
        QTest::newRow("french national")
            << number(u"0612345678"_s) << 42 << 0 << u"+33612345678"_s << true;
        QTest::newRow("another number") << number(u"07400999888"_s) << 42 << 0 << uk << false;
        QTest::newRow("another reference") << number(u"+447400123456"_s) << 43 << 0 << uk << false;
        QTest::newRow("alphanumeric") << alphanumericAddress(u"Shop"_s) << 42 << 0 << uk << false;
        QTest::newRow("six days old") << number(u"+447400123456"_s) << 42 << 6 * 24 << uk << true;
        QTest::newRow("eight days old")
            << number(u"+447400123456"_s) << 42 << 8 * 24 << uk << false;
    }

    void matching()
    {
        QFETCH(SmsAddress, recipient);
        QFETCH(int, reference);
        QFETCH(int, ageHours);
        QFETCH(QString, sentTo);
        QFETCH(bool, matches);
        Rig rig;
        const qint64 id = rig.sentMessage({42}, std::chrono::hours(ageHours), sentTo);
        QSignalSpy changed(&rig.events, &MessagingEvents::messageChanged);
        const auto match = rig.tracker.onStatusReport(u"sim-a"_s, report(reference, recipient, 0));
        QVERIFY(match);
        QVERIFY(match->isStatusReport);
        QCOMPARE(match->matched, matches);
        QCOMPARE(rig.stateOf(id), matches ? u"delivered"_s : u"sent"_s);
        QCOMPARE(rig.partStatus(id, 1), matches ? u"delivered"_s : u"sent"_s);
        QCOMPARE(changed.count(), matches ? 1 : 0);
        // Confirmed either way: an unmatched report would only fill the SIM.
        QCOMPARE(rig.channel.confirmed.size(), 1);
        QCOMPARE(rig.channel.confirmed.at(0), (MessageLocation {"SR", 1}));
    }

    void theModemAndTheMostRecentPartDecide()
    {
        Rig rig;
        const qint64 old = rig.sentMessage({7}, 72h);
        const qint64 recent = rig.sentMessage({7}, 1h);
        const qint64 otherModem = rig.sentMessage({7}, 0s, u"+447400123456"_s, u"sim-b"_s);
        const auto match
            = rig.tracker.onStatusReport(u"sim-a"_s, report(7, number(u"07400123456"_s), 0));
        QVERIFY(match && match->matched);
        QCOMPARE(match->messageId, recent);
        QCOMPARE(rig.stateOf(recent), u"delivered"_s);
        QCOMPARE(rig.stateOf(old), u"sent"_s);
        QCOMPARE(rig.stateOf(otherModem), u"sent"_s);
    }

    void statusClasses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("message");
        // 3GPP TS 23.040 §9.2.3.15, TP-Status.
        QTest::newRow("0x00 received by the SME") << 0x00 << u"delivered"_s << u"delivered"_s;
        QTest::newRow("0x01 forwarded, unconfirmed") << 0x01 << u"delivered"_s << u"delivered"_s;
        QTest::newRow("0x02 replaced") << 0x02 << u"delivered"_s << u"delivered"_s;
        QTest::newRow("0x1F completed, SC-specific") << 0x1F << u"delivered"_s << u"delivered"_s;
        QTest::newRow("0x20 congestion, still trying") << 0x20 << u"pending"_s << u"sent"_s;
        QTest::newRow("0x21 SME busy, still trying") << 0x21 << u"pending"_s << u"sent"_s;
        QTest::newRow("0x3F temporary, still trying") << 0x3F << u"pending"_s << u"sent"_s;
        QTest::newRow("0x40 remote procedure error") << 0x40 << u"failed"_s << u"failed"_s;
        QTest::newRow("0x41 incompatible destination") << 0x41 << u"failed"_s << u"failed"_s;
        QTest::newRow("0x46 validity period expired") << 0x46 << u"failed"_s << u"failed"_s;
        QTest::newRow("0x60 congestion, gave up") << 0x60 << u"failed"_s << u"failed"_s;
        QTest::newRow("0x62 no response, gave up") << 0x62 << u"failed"_s << u"failed"_s;
        QTest::newRow("0x7F temporary, gave up") << 0x7F << u"failed"_s << u"failed"_s;
        QTest::newRow("0x80 reserved bit") << 0x80 << u"failed"_s << u"failed"_s;
    }

    void statusClasses()
    {
        QFETCH(int, status);
        QFETCH(QString, part);
        QFETCH(QString, message);
        Rig rig;
        const qint64 id = rig.sentMessage({200});
        const QDateTime discharge = rig.clock.now().addSecs(90);
        rig.clock.advance(2min);
        const auto match = rig.tracker.onStatusReport(
            u"sim-a"_s, report(200, number(u"+447400123456"_s), quint8(status), 4, discharge));
        QVERIFY(match && match->matched);
        QCOMPARE(match->partStatus, part);
        QCOMPARE(messageStateKey(match->messageState), message);
        QCOMPARE(rig.partStatus(id, 1), part);
        QCOMPARE(rig.value(u"SELECT status_code FROM message_parts WHERE message_id = ?"_s, {id})
                     .toInt(),
            status);
        QCOMPARE(rig.stateOf(id), message);
        if (message == u"delivered"_s)
            QCOMPARE(rig.column(id, u"delivered_at"_s).toString(),
                discharge.toUTC().toString(Qt::ISODateWithMs));
        if (message == u"failed"_s) {
            const QString reason = rig.column(id, u"state_reason"_s).toString();
            QVERIFY2(reason.startsWith(u"Not delivered"_s), qPrintable(reason));
        }
    }

    void stillTryingNeverUndoesAFinalAnswer()
    {
        Rig rig;
        const qint64 id = rig.sentMessage({5});
        const SmsAddress to = number(u"+447400123456"_s);
        QVERIFY(rig.tracker.onStatusReport(u"sim-a"_s, report(5, to, 0x20)));
        QCOMPARE(rig.partStatus(id, 1), u"pending"_s);
        QCOMPARE(rig.stateOf(id), u"sent"_s);
        QVERIFY(rig.tracker.onStatusReport(u"sim-a"_s, report(5, to, 0x00, 2)));
        QCOMPARE(rig.stateOf(id), u"delivered"_s);
        // A late "still trying" (reports may arrive out of order).
        QVERIFY(rig.tracker.onStatusReport(u"sim-a"_s, report(5, to, 0x21, 3)));
        QCOMPARE(rig.partStatus(id, 1), u"delivered"_s);
        QCOMPARE(rig.stateOf(id), u"delivered"_s);
        QCOMPARE(rig.channel.confirmed.size(), 3);
    }

    void multipart_data()
    {
        QTest::addColumn<QList<int>>("reports"); // reference * 256 + TP-Status, in order
        QTest::addColumn<QString>("state");
        const auto r = [](int reference, int status) { return reference * 256 + status; };
        QTest::newRow("all delivered")
            << QList<int> {r(10, 0), r(11, 0), r(12, 0)} << u"delivered"_s;
        QTest::newRow("out of order")
            << QList<int> {r(12, 0), r(10, 0), r(11, 0)} << u"delivered"_s;
        QTest::newRow("one missing") << QList<int> {r(10, 0), r(12, 0)} << u"sent"_s;
        QTest::newRow("one pending") << QList<int> {r(10, 0), r(11, 0x20), r(12, 0)} << u"sent"_s;
        QTest::newRow("pending then delivered")
            << QList<int> {r(10, 0), r(11, 0x20), r(12, 0), r(11, 0)} << u"delivered"_s;
        QTest::newRow("one failed") << QList<int> {r(10, 0), r(11, 0x41), r(12, 0)} << u"failed"_s;
        QTest::newRow("first failed") << QList<int> {r(10, 0x46)} << u"failed"_s;
    }

    void multipart()
    {
        QFETCH(QList<int>, reports);
        QFETCH(QString, state);
        Rig rig;
        const qint64 id = rig.sentMessage({10, 11, 12});
        QCOMPARE(rig.column(id, u"part_count"_s).toInt(), 3);
        int index = 0;
        for (const int packed : std::as_const(reports)) {
            const auto match = rig.tracker.onStatusReport(u"sim-a"_s,
                report(packed / 256, number(u"+447400123456"_s), quint8(packed % 256), ++index));
            QVERIFY(match && match->matched);
            if (index < reports.size() && state == u"delivered"_s)
                QCOMPARE(rig.stateOf(id), u"sent"_s); // never before the last part
        }
        QCOMPARE(rig.stateOf(id), state);
    }

    void reportsQuickerThanTheLastPart()
    {
        // Both parts reported delivered while the modem was still busy: delivered once sent.
        Rig rig;
        const qint64 id = rig.enqueue(OutboxFixture::request(QString(200, u'x')));
        rig.exec(u"UPDATE messages SET state = 'sending', attempts = 1 WHERE id = ?"_s, {id});
        for (int part = 1; part <= 2; ++part) {
            QVERIFY(rig.tracker.recordPartSent(
                {id, 1, part, 2, 60 + part, u"sim-a"_s, u"+447400123456"_s, rig.clock.now()}));
            QVERIFY(rig.tracker.onStatusReport(
                u"sim-a"_s, report(60 + part, number(u"+447400123456"_s), 0, part)));
        }
        QCOMPARE(rig.stateOf(id), u"sending"_s);
        const auto state = rig.tracker.recordSent(id, rig.clock.now());
        QVERIFY(state);
        QCOMPARE(*state, MessageState::Delivered);
        QCOMPARE(rig.stateOf(id), u"delivered"_s);
    }

    void onlyTheLatestAttemptCounts()
    {
        Rig rig;
        const qint64 id = rig.sentMessage({5});
        // Sent again (attempt 2) after a retry; the first attempt's report arrives late.
        rig.exec(u"UPDATE messages SET state = 'sending', attempts = 2 WHERE id = ?"_s, {id});
        QVERIFY(rig.tracker.recordPartSent(
            {id, 2, 1, 1, 6, u"sim-a"_s, u"+447400123456"_s, rig.clock.now()}));
        QVERIFY(rig.tracker.recordSent(id, rig.clock.now()));
        const SmsAddress to = number(u"+447400123456"_s);
        QVERIFY(rig.tracker.onStatusReport(u"sim-a"_s, report(5, to, 0)));
        QCOMPARE(rig.partStatus(id, 1, 1), u"delivered"_s);
        QCOMPARE(rig.stateOf(id), u"sent"_s);
        QVERIFY(rig.tracker.onStatusReport(u"sim-a"_s, report(6, to, 0)));
        QCOMPARE(rig.stateOf(id), u"delivered"_s);
    }

    void onlyStatusReportsAreHandled()
    {
        Rig rig;
        SmsDeliver deliver;
        deliver.originator = number(u"+447400123456"_s);
        deliver.userData.text = u"Hi"_s;
        InboundPdu pdu;
        pdu.location = {"SM", 2};
        pdu.pdu = DecodedPdu {{}, deliver};
        const auto match = rig.tracker.onStatusReport(u"sim-a"_s, pdu);
        QVERIFY(match);
        QVERIFY(!match->isStatusReport);
        QVERIFY(rig.channel.confirmed.isEmpty()); // inbound routing's to confirm
    }

    void rawHexIsDecoded()
    {
        Rig rig;
        const qint64 id = rig.sentMessage({33});
        SmsStatusReport tpdu;
        tpdu.messageReference = 33;
        tpdu.recipient = number(u"447400123456"_s);
        tpdu.serviceCentreTime = rig.clock.now();
        tpdu.dischargeTime = rig.clock.now();
        tpdu.status = 0;
        const auto encoded = encodePdu(tpdu);
        QVERIFY(encoded);
        InboundPdu pdu;
        pdu.location = {"SR", 9};
        pdu.hex = encoded->hex();
        // Through the channel, as the dispatcher wires it.
        Q_EMIT rig.channel.received(pdu);
        QCOMPARE(rig.stateOf(id), u"delivered"_s);
        QCOMPARE(rig.channel.confirmed.size(), 1);
        QCOMPARE(rig.channel.confirmed.at(0).index, 9);
    }
};

RAPPORT_TEST_MAIN(TestDeliveryTracker)
#include "tst_deliverytracker.moc"
