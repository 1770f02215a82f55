// InboundPipeline: every SMS-DELIVER from a channel ends up stored exactly once — parts out of
// order, a part twice, the +CMT and +CMTI copies of one part, a slot read again after a crash
// (recognised through inbound_seen and inbound_parts), a PDU that does not decode — and the SIM
// slot is freed only after the part is committed or known (ARCHITECTURE.md, data flow;
// MODEM-NOTES.md, Receiving). Numbers are libphonenumber's example GB mobile 07400 123456.
#include "InboundFixture.h"
#include "RapportTest.h"

#include "app/inbound/InboundFingerprint.h"
#include "app/inbound/InboundPipeline.h"
#include "app/messaging/MessagingEvents.h"

#include <QRegularExpression>
#include <QSignalSpy>

using namespace rapport::app;
using namespace rapport::modem;
using namespace rapport::test;
using namespace rapport::test::inbound;
using namespace std::chrono_literals;

namespace {

QList<SmsDeliver> threeParts(quint16 reference = 42)
{
    return composeParts(international(QStringLiteral("447400123456")), longText(400),
        {ReferenceWidth::EightBit, reference});
}

SmsDeliver single(const QString &text, const QDateTime &sent = stamp())
{
    return composeParts(international(QStringLiteral("447400123456")), text, {}, sent).constFirst();
}

InboundPipelineOptions gb()
{
    InboundPipelineOptions options;
    options.region = QStringLiteral("GB");
    return options;
}

} // namespace

class TestInboundPipeline final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<MessagingEvents> m_events;
    std::unique_ptr<FakeSmsChannel> m_channel;
    std::unique_ptr<InboundPipeline> m_pipeline;
    int m_opened = 0;

    Database &db() { return *m_db; }
    qint64 messages() { return countOf(db(), QStringLiteral("SELECT count(*) FROM messages")); }
    qint64 storedParts()
    {
        return countOf(db(), QStringLiteral("SELECT count(*) FROM inbound_parts"));
    }

    // A new pipeline over the same database, as after a restart (or a crash).
    void restart()
    {
        m_pipeline.reset();
        m_pipeline = std::make_unique<InboundPipeline>(db(), *m_clock, *m_events, gb());
        m_pipeline->attach(*m_channel);
        QVERIFY(m_pipeline->restore());
    }

private Q_SLOTS:
    void init()
    {
        m_db = openDatabase(QStringLiteral("inboundpipeline-%1").arg(++m_opened));
        m_clock = std::make_unique<ManualClock>();
        m_events = std::make_unique<MessagingEvents>();
        m_channel = std::make_unique<FakeSmsChannel>(QStringLiteral("modem-1"));
        // Every slot is freed only once its part is in the database (stored or seen).
        m_channel->onConfirm = [this](const MessageLocation &) {
            QVERIFY(countOf(db(),
                        QStringLiteral("SELECT (SELECT count(*) FROM inbound_parts)"
                                       " + (SELECT count(*) FROM inbound_seen)"))
                > 0);
        };
        m_pipeline = std::make_unique<InboundPipeline>(db(), *m_clock, *m_events, gb());
        m_pipeline->attach(*m_channel);
        QVERIFY(m_pipeline->restore());
    }
    void cleanup()
    {
        m_pipeline.reset();
        m_channel.reset();
        m_events.reset();
        m_clock.reset();
        m_db.reset();
    }

    void joinsPartsOutOfOrder()
    {
        QSignalSpy stored(m_pipeline.get(), &InboundPipeline::messageStored);
        QSignalSpy added(m_events.get(), &MessagingEvents::messageAdded);
        const QList<SmsDeliver> parts = threeParts();
        for (int i : {2, 0, 1}) {
            m_channel->deliver(inboundPdu(parts.at(i), simSlot(i + 1)));
            m_clock->advance(1s);
        }
        QCOMPARE(stored.count(), 1);
        QCOMPARE(added.count(), 1);
        QCOMPARE(messages(), 1);
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT body FROM messages")).toString(), longText(400));
        QCOMPARE(storedParts(), 0);
        QCOMPARE(
            m_channel->confirmed, QList<MessageLocation>({simSlot(3), simSlot(1), simSlot(2)}));
        QCOMPARE(stored.first().at(1).toLongLong(),
            scalar(db(), QStringLiteral("SELECT id FROM messages")).toLongLong());
    }

    void aDuplicatedPartIsStoredOnce()
    {
        const QList<SmsDeliver> parts = threeParts();
        QCOMPARE(m_pipeline->accept(*m_channel, inboundPdu(parts.at(0), simSlot(1))),
            InboundDisposition::Stored);
        QCOMPARE(m_pipeline->accept(*m_channel, inboundPdu(parts.at(0), simSlot(4))),
            InboundDisposition::Duplicate);
        QCOMPARE(storedParts(), 1);
        QCOMPARE(m_channel->confirmed, QList<MessageLocation>({simSlot(1), simSlot(4)}));
        m_pipeline->accept(*m_channel, inboundPdu(parts.at(1), simSlot(2)));
        m_pipeline->accept(*m_channel, inboundPdu(parts.at(2), simSlot(3)));
        QCOMPARE(messages(), 1);
        // A copy arriving after the release is recognised by its fingerprint in inbound_seen.
        QCOMPARE(m_pipeline->accept(*m_channel, inboundPdu(parts.at(1), simSlot(5))),
            InboundDisposition::Duplicate);
        QCOMPARE(messages(), 1);
        QVERIFY(m_channel->confirmed.contains(simSlot(5)));
    }

    // MODEM-NOTES.md: a direct copy (+CMT) and a stored copy (+CMTI) of one part, either first.
    void theDirectAndStoredCopiesAreOneMessage_data()
    {
        QTest::addColumn<bool>("directFirst");
        QTest::newRow("+CMT then +CMTI") << true;
        QTest::newRow("+CMTI then +CMT") << false;
    }
    void theDirectAndStoredCopiesAreOneMessage()
    {
        QFETCH(bool, directFirst);
        const SmsDeliver deliver = single(QStringLiteral("See you at 3"));
        const InboundPdu direct = inboundPdu(deliver);
        const InboundPdu stored = inboundPdu(deliver, simSlot(9));
        QCOMPARE(m_pipeline->accept(*m_channel, directFirst ? direct : stored),
            InboundDisposition::Stored);
        QCOMPARE(m_pipeline->accept(*m_channel, directFirst ? stored : direct),
            InboundDisposition::Duplicate);
        QCOMPARE(messages(), 1);
        QCOMPARE(m_channel->confirmed, QList<MessageLocation>({simSlot(9)}));
    }

    // The message was stored but the slot not yet deleted when the program died: the new run
    // reads the slot again and must know it.
    void aSlotReadAgainAfterACrashIsRecognised()
    {
        const SmsDeliver whole = single(QStringLiteral("Running late"));
        const QList<SmsDeliver> parts = threeParts();
        m_pipeline->accept(*m_channel, inboundPdu(whole, simSlot(1)));
        m_pipeline->accept(*m_channel, inboundPdu(parts.at(0), simSlot(2)));
        QCOMPARE(messages(), 1);
        QCOMPARE(storedParts(), 1);
        m_channel->confirmed.clear();

        restart(); // the in-memory duplicate memory is gone: only the database knows
        QSignalSpy stored(m_pipeline.get(), &InboundPipeline::messageStored);
        QCOMPARE(m_pipeline->accept(*m_channel, inboundPdu(whole, simSlot(1))),
            InboundDisposition::Duplicate);
        QCOMPARE(m_pipeline->accept(*m_channel, inboundPdu(parts.at(0), simSlot(2))),
            InboundDisposition::Duplicate);
        QCOMPARE(messages(), 1);
        QCOMPARE(storedParts(), 1);
        QCOMPARE(m_channel->confirmed, QList<MessageLocation>({simSlot(1), simSlot(2)}));
        // The restored part still completes its message.
        m_pipeline->accept(*m_channel, inboundPdu(parts.at(1), simSlot(3)));
        m_pipeline->accept(*m_channel, inboundPdu(parts.at(2), simSlot(4)));
        QCOMPARE(messages(), 2);
        QCOMPARE(stored.count(), 1);
    }

    // The same text from the same sender with another SMSC time stamp is another message.
    void theSameTextSentAgainIsANewMessage()
    {
        m_pipeline->accept(*m_channel, inboundPdu(single(QStringLiteral("ok"), stamp(1))));
        QCOMPARE(m_pipeline->accept(*m_channel, inboundPdu(single(QStringLiteral("ok"), stamp(2)))),
            InboundDisposition::Stored);
        QCOMPARE(messages(), 2);
    }

    void anUndecodablePduIsKeptAndItsSlotFreed()
    {
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(QStringLiteral("does not decode; keeping it as undecodable")));
        QSignalSpy stored(m_pipeline.get(), &InboundPipeline::messageStored);
        QCOMPARE(m_pipeline->accept(*m_channel, undecodablePdu(simSlot(6))),
            InboundDisposition::Undecodable);
        QCOMPARE(stored.count(), 1);
        QSqlQuery row(db().connection());
        QVERIFY(row.exec(QStringLiteral("SELECT m.kind, m.body, m.state_reason, m.modem_id,"
                                        " t.phone_e164, m.routed_at IS NULL FROM messages m"
                                        " JOIN threads t ON t.id = m.thread_id")));
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), QStringLiteral("undecodable"));
        QCOMPARE(row.value(1).toString(), QStringLiteral("0004"));
        QVERIFY(!row.value(2).toString().isEmpty());
        QCOMPARE(row.value(3).toString(), QStringLiteral("modem-1"));
        QCOMPARE(row.value(4).toString(), QStringLiteral("undecodable"));
        QVERIFY(row.value(5).toBool());
        QCOMPARE(m_channel->confirmed, QList<MessageLocation>({simSlot(6)}));
        // Read again (the delete failed): known.
        QCOMPARE(m_pipeline->accept(*m_channel, undecodablePdu(simSlot(6))),
            InboundDisposition::Duplicate);
        QCOMPARE(messages(), 1);
        QCOMPARE(m_channel->confirmed.size(), 2);
    }

    void aSlotIsFreedOnlyWhenThePartIsStored()
    {
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("the store refused a message")));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("a received part was not stored")));
        const SmsDeliver deliver = single(QStringLiteral("Hello"));
        exec(db(),
            QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON inbound_parts "
                           "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        QCOMPARE(m_pipeline->accept(*m_channel, inboundPdu(deliver, simSlot(2))),
            InboundDisposition::NotStored);
        QVERIFY(m_channel->confirmed.isEmpty());
        QCOMPARE(messages(), 0);
        exec(db(), QStringLiteral("DROP TRIGGER refuse"));
        // The next sweep reads the slot again.
        QCOMPARE(m_pipeline->accept(*m_channel, inboundPdu(deliver, simSlot(2))),
            InboundDisposition::Stored);
        QCOMPARE(m_channel->confirmed, QList<MessageLocation>({simSlot(2)}));
        QCOMPARE(messages(), 1);
    }

    void statusReportsAreNotOurs()
    {
        SmsStatusReport report;
        report.messageReference = 7;
        report.recipient = international(QStringLiteral("447400123456"));
        report.serviceCentreTime = stamp();
        report.dischargeTime = stamp(1);
        InboundPdu pdu;
        pdu.location = {QByteArrayLiteral("SR"), 1};
        pdu.hex = encodePdu(report)->hex();
        pdu.pdu = *decodePduHex(pdu.hex, SmscField::Present);
        QVERIFY(InboundPipeline::isStatusReport(pdu));
        QVERIFY(!InboundPipeline::isStatusReport(inboundPdu(single(QStringLiteral("x")))));
        QCOMPARE(m_pipeline->accept(*m_channel, pdu), InboundDisposition::Ignored);
        QVERIFY(m_channel->confirmed.isEmpty());
        QCOMPARE(messages(), 0);
    }

    void anIncompleteMessageIsReleasedAfterTheTimeout()
    {
        const QList<SmsDeliver> parts = threeParts();
        m_pipeline->accept(*m_channel, inboundPdu(parts.at(0), simSlot(1)));
        m_clock->advance(29min);
        QCOMPARE(messages(), 0);
        m_clock->advance(1min);
        QCOMPARE(messages(), 1);
        QVERIFY(scalar(db(), QStringLiteral("SELECT state_reason FROM messages"))
                    .toString()
                    .startsWith(QStringLiteral("incomplete")));
    }

    void oldFingerprintsArePrunedNowAndThen()
    {
        m_pipeline->accept(*m_channel, inboundPdu(single(QStringLiteral("old"))));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM inbound_seen")), 1);
        m_clock->advance(std::chrono::hours(24 * 7) - 1min);
        m_pipeline->accept(*m_channel, inboundPdu(single(QStringLiteral("new"), stamp(5))));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM inbound_seen")), 2);
        m_clock->advance(2h);
        m_pipeline->accept(*m_channel, inboundPdu(single(QStringLiteral("newer"), stamp(6))));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM inbound_seen")), 2);
        QCOMPARE(countOf(db(),
                     QStringLiteral("SELECT count(*) FROM inbound_seen WHERE "
                                    "fingerprint = ?"),
                     {inboundFingerprint(single(QStringLiteral("old")))}),
            0);
    }

    void restoreReleasesWhatTheLastRunLeftComplete()
    {
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("could not release a message")));
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(QStringLiteral("could not be stored; its parts stay")));
        // The last run stored every part but died before the release committed.
        const QList<SmsDeliver> parts = threeParts();
        exec(db(),
            QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON messages "
                           "BEGIN SELECT RAISE(ABORT, 'crash'); END"));
        for (int i = 0; i < 3; ++i)
            m_pipeline->accept(*m_channel, inboundPdu(parts.at(i), simSlot(i)));
        QCOMPARE(storedParts(), 3);
        exec(db(), QStringLiteral("DROP TRIGGER refuse"));
        m_pipeline.reset();
        m_pipeline = std::make_unique<InboundPipeline>(db(), *m_clock, *m_events, gb());
        m_pipeline->attach(*m_channel);
        QSignalSpy stored(m_pipeline.get(), &InboundPipeline::messageStored);
        QCOMPARE(*m_pipeline->restore(), 3);
        QCOMPARE(stored.count(), 1);
        QCOMPARE(messages(), 1);
        QCOMPARE(storedParts(), 0);
    }

    void eachChannelKeepsItsOwnParts()
    {
        FakeSmsChannel second(QStringLiteral("modem-2"));
        m_pipeline->attach(second);
        const QList<SmsDeliver> parts = threeParts();
        second.deliver(inboundPdu(parts.at(0), simSlot(1)));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT modem_id FROM inbound_parts")).toString(),
            QStringLiteral("modem-2"));
        QCOMPARE(second.confirmed.size(), 1);
        QVERIFY(m_channel->confirmed.isEmpty());
        second.deliver(inboundPdu(parts.at(1), simSlot(2)));
        second.deliver(inboundPdu(parts.at(2), simSlot(3)));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT modem_id FROM messages")).toString(),
            QStringLiteral("modem-2"));
    }
};

RAPPORT_TEST_MAIN(TestInboundPipeline)
#include "tst_inboundpipeline.moc"
