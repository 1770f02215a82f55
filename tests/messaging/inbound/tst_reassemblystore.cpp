// DatabaseReassemblyStore: parts saved as the PDU hex they came in and decoded again on load,
// only this modem's parts, a released message stored in its thread in the same transaction that
// records its fingerprints and deletes its parts (or none of it), the kinds a message is stored
// as (MODEM-NOTES.md, Receiving: classify before showing), and a restart that carries on.
// Numbers are libphonenumber's example GB mobile 07400 123456; the MMS notification is AOSP's
// GsmSmsTest testUdh capture.
#include "InboundFixture.h"
#include "RapportTest.h"

#include "app/inbound/DatabaseReassemblyStore.h"
#include "app/inbound/InboundFingerprint.h"
#include "modem/Reassembler.h"

#include <QRegularExpression>
#include <QSignalSpy>

using namespace rapport::app;
using namespace rapport::modem;
using namespace rapport::test;
using namespace rapport::test::inbound;
using namespace std::chrono_literals;

namespace {

const QString kModem = QStringLiteral("modem-1");
const QString kNumber = QStringLiteral("+447400123456");

const char aospWapPart1[] = "07914140279510F6440A8111110301003BF56080207130138A8C0B05040B8423F"
                            "000032A02010106276170706C69636174696F6E2F766E642E7761702E6D6D732D"
                            "6D65737361676500AF848D0185B4848C8298524E453955304A6D7135514141426"
                            "66C414141414D7741414236514141414141008D908918802B3135313232393737"
                            "3638332F545950453D504C4D4E008A808E022B918805810306977F83687474703"
                            "A2F2F36";
const char aospWapPart2[] = "07914140279510F6440A8111110301003BF56080207130238A3B0B05040B8423F"
                            "000032A0202362E3130322E3137312E3135302F524E453955304A6D7135514141"
                            "42666C414141414D774141423651414141414100";

QList<SmsDeliver> threeParts()
{
    return composeParts(international(QStringLiteral("447400123456")), longText(400),
        {ReferenceWidth::EightBit, 42});
}

ReceivedPart part(const SmsDeliver &deliver, const char *key, int slot, const QDateTime &at)
{
    return received(deliver, QByteArray(key), PartOrigin::stored(QStringLiteral("SM"), slot), at);
}

} // namespace

class TestReassemblyStore final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    int m_opened = 0;

    Database &db() { return *m_db; }

private Q_SLOTS:
    void init() { m_db = openDatabase(QStringLiteral("reassemblystore-%1").arg(++m_opened)); }
    void cleanup() { m_db.reset(); }

    void savesTheHexAndDecodesItOnLoad()
    {
        const QList<SmsDeliver> parts = threeParts();
        const QDateTime at(QDate(2026, 1, 5), QTime(9, 0, 1, 250), QTimeZone::utc());
        const InboundPdu pdu = inboundPdu(parts.at(1));
        {
            DatabaseReassemblyStore store(db(), kModem, QStringLiteral("GB"));
            store.noteRawPdu("key-2", pdu.hex);
            QVERIFY(store.savePart(part(parts.at(1), "key-2", 7, at)));
        }
        QCOMPARE(scalar(db(), QStringLiteral("SELECT pdu FROM inbound_parts")).toString(),
            QString::fromLatin1(pdu.hex));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT fingerprint FROM inbound_parts")).toString(),
            inboundFingerprint(parts.at(1)));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT slot FROM inbound_parts")).toInt(), 7);

        // A new instance knows only the row: the part comes back from the hex.
        DatabaseReassemblyStore reopened(db(), kModem, QStringLiteral("GB"));
        const auto loaded = reopened.loadPendingParts();
        QVERIFY(loaded);
        QCOMPARE(loaded->size(), 1);
        QCOMPARE(loaded->first(), part(parts.at(1), "key-2", 7, at));

        // The row is the evidence: change it and the load follows it.
        exec(db(), QStringLiteral("UPDATE inbound_parts SET pdu = ?"),
            {QString::fromLatin1(inboundPdu(parts.at(2)).hex)});
        QCOMPARE(reopened.loadPendingParts()->first().deliver, parts.at(2));
    }

    void savingWithoutTheRawPduEncodesThePart()
    {
        const SmsDeliver deliver = threeParts().constFirst();
        DatabaseReassemblyStore store(db(), kModem, QStringLiteral("GB"));
        QVERIFY(store.savePart(received(deliver, "direct")));
        QCOMPARE(scalar(db(),
                     QStringLiteral("SELECT storage IS NULL AND slot IS NULL FROM "
                                    "inbound_parts"))
                     .toBool(),
            true);
        QCOMPARE(store.loadPendingParts()->first().deliver, deliver);
    }

    void loadsOnlyItsOwnModemInSaveOrder()
    {
        const QList<SmsDeliver> parts = threeParts();
        const QDateTime at = QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc());
        DatabaseReassemblyStore first(db(), kModem, QStringLiteral("GB"));
        DatabaseReassemblyStore second(db(), QStringLiteral("modem-2"), QStringLiteral("GB"));
        QVERIFY(first.savePart(part(parts.at(2), "c", 3, at)));
        QVERIFY(second.savePart(part(parts.at(1), "b", 2, at)));
        QVERIFY(first.savePart(part(parts.at(0), "a", 1, at)));
        const auto loaded = first.loadPendingParts();
        QVERIFY(loaded);
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(loaded->at(0).partKey, QByteArray("c"));
        QCOMPARE(loaded->at(1).partKey, QByteArray("a"));
        QCOMPARE(second.loadPendingParts()->size(), 1);
    }

    void releaseStoresTheMessageRecordsFingerprintsAndDeletesParts()
    {
        ManualClock clock;
        const QList<SmsDeliver> parts = threeParts();
        DatabaseReassemblyStore store(db(), kModem, QStringLiteral("GB"));
        Reassembler reassembler(store, clock);
        QSignalSpy released(&reassembler, &Reassembler::messageReleased);
        const char *keys[] = {"k1", "k2", "k3"};
        for (int i : {2, 0, 1}) {
            QVERIFY(reassembler.accept(part(parts.at(i), keys[i], i + 1, clock.now()))
                        .sourceMayBeDeleted());
            clock.advance(2s);
        }
        QCOMPARE(released.count(), 1);
        const auto message = released.first().at(0).value<ReassembledMessage>();
        const auto stored = store.takeReleased(message.parts.constFirst().partKey);
        QVERIFY(stored);
        QVERIFY(!store.takeReleased(message.parts.constFirst().partKey)); // once

        QSqlQuery row(db().connection());
        QVERIFY(row.exec(QStringLiteral(
            "SELECT m.direction, m.state, m.kind, m.body, m.modem_id, m.created_at,"
            " m.routed_at IS NULL, m.part_count, t.phone_e164, m.thread_id FROM messages m"
            " JOIN threads t ON t.id = m.thread_id WHERE m.id = %1")
                             .arg(stored->messageId)));
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), QStringLiteral("in"));
        QCOMPARE(row.value(1).toString(), QStringLiteral("received"));
        QCOMPARE(row.value(2).toString(), QStringLiteral("text"));
        QCOMPARE(row.value(3).toString(), longText(400));
        QCOMPARE(row.value(4).toString(), kModem);
        // Received when its last part arrived (4 s after the first).
        QCOMPARE(row.value(5).toString(), QStringLiteral("2026-01-05T09:00:04.000Z"));
        QVERIFY(row.value(6).toBool());
        QCOMPARE(row.value(7).toInt(), 3);
        QCOMPARE(row.value(8).toString(), kNumber);
        QCOMPARE(row.value(9).toLongLong(), stored->threadId);

        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM inbound_parts")), 0);
        QCOMPARE(countOf(db(),
                     QStringLiteral("SELECT count(*) FROM inbound_seen WHERE "
                                    "message_id = ?"),
                     {stored->messageId}),
            3);
        for (const SmsDeliver &deliver : parts)
            QCOMPARE(countOf(db(),
                         QStringLiteral("SELECT count(*) FROM inbound_seen WHERE fingerprint = ?"),
                         {inboundFingerprint(deliver)}),
                1);
    }

    // A failing release leaves everything as it was (one transaction); the next start
    // releases the message from the parts that stayed.
    void aFailedReleaseChangesNothingAndTheNextStartReleasesIt()
    {
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("could not release a message")));
        ManualClock clock;
        const QList<SmsDeliver> parts = threeParts();
        exec(db(),
            QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON inbound_seen "
                           "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        {
            DatabaseReassemblyStore store(db(), kModem, QStringLiteral("GB"));
            Reassembler reassembler(store, clock);
            for (int i = 0; i < 3; ++i)
                reassembler.accept(part(parts.at(i), QByteArray::number(i).constData(), i, {}));
            QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM messages")), 0);
            QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM threads")), 0);
            QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM inbound_parts")), 3);
        }
        exec(db(), QStringLiteral("DROP TRIGGER refuse"));
        DatabaseReassemblyStore store(db(), kModem, QStringLiteral("GB"));
        Reassembler restarted(store, clock);
        QSignalSpy released(&restarted, &Reassembler::messageReleased);
        QCOMPARE(*restarted.restore(), 3);
        QCOMPARE(released.count(), 1);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM messages")), 1);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM inbound_parts")), 0);
    }

    void aRestartCarriesOnWithTheStoredParts()
    {
        ManualClock clock;
        const QList<SmsDeliver> parts = threeParts();
        {
            DatabaseReassemblyStore store(db(), kModem, QStringLiteral("GB"));
            Reassembler before(store, clock);
            before.accept(part(parts.at(0), "a", 1, {}));
            before.accept(part(parts.at(2), "c", 3, {}));
        }
        DatabaseReassemblyStore store(db(), kModem, QStringLiteral("GB"));
        Reassembler after(store, clock);
        QSignalSpy released(&after, &Reassembler::messageReleased);
        QCOMPARE(*after.restore(), 2);
        QCOMPARE(after.pendingPartCount(), 2);
        QCOMPARE(
            after.accept(part(parts.at(1), "b", 2, {})).disposition, PartDisposition::Released);
        QCOMPARE(released.count(), 1);
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT body FROM messages")).toString(), longText(400));
    }

    void aRestoredIncompleteMessageIsReleasedAfterTheTimeout()
    {
        ManualClock clock;
        const QList<SmsDeliver> parts = threeParts();
        {
            DatabaseReassemblyStore store(db(), kModem, QStringLiteral("GB"));
            Reassembler before(store, clock);
            before.accept(part(parts.at(0), "a", 1, {}));
        }
        DatabaseReassemblyStore store(db(), kModem, QStringLiteral("GB"));
        Reassembler after(store, clock);
        QVERIFY(after.restore());
        clock.advance(29min);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM messages")), 0);
        clock.advance(2min);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT state_reason FROM messages")).toString(),
            QStringLiteral("incomplete: missing part 2,3 of 3"));
        QVERIFY(scalar(db(), QStringLiteral("SELECT body FROM messages"))
                    .toString()
                    .endsWith(ReassembledMessage::gapMarker()));
    }

    void aRowThatNoLongerDecodesBecomesAnUndecodableMessage()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no longer decodes")));
        exec(db(),
            QStringLiteral("INSERT INTO inbound_parts (part_key, fingerprint, modem_id, pdu,"
                           " received_at) VALUES ('x', 'f', ?, '0004',"
                           " '2026-01-05T09:00:00.000Z')"),
            {kModem});
        DatabaseReassemblyStore store(db(), kModem, QStringLiteral("GB"));
        const auto loaded = store.loadPendingParts();
        QVERIFY(loaded);
        QVERIFY(loaded->isEmpty());
        const QList<StoredInbound> kept = store.takeUnclaimed();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT kind || ' ' || body FROM messages WHERE id = ?"),
                {kept.first().messageId})
                .toString(),
            QStringLiteral("undecodable 0004"));
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM inbound_parts")), 0);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM inbound_seen")), 1);
        QVERIFY(store.takeUnclaimed().isEmpty());
    }

    void storesEachKindInItsThread_data()
    {
        QTest::addColumn<SmsDeliver>("deliver");
        QTest::addColumn<QString>("kind"); // empty: nothing stored
        QTest::addColumn<QString>("thread");
        QTest::addColumn<QString>("body");

        const SmsAddress gb = international(QStringLiteral("447400123456"));
        QTest::newRow("text") << composeParts(gb, QStringLiteral("Hi"), {}).constFirst()
                              << QStringLiteral("text") << kNumber << QStringLiteral("Hi");
        QTest::newRow("national number → E.164 thread")
            << composeParts(unknownType(QStringLiteral("07400123456")), QStringLiteral("Hi"), {})
                   .constFirst()
            << QStringLiteral("text") << kNumber << QStringLiteral("Hi");
        QTest::newRow("international digits without '+', TON unknown")
            << composeParts(unknownType(QStringLiteral("447400123456")), QStringLiteral("Hi"), {})
                   .constFirst()
            << QStringLiteral("text") << kNumber << QStringLiteral("Hi");
        QTest::newRow("short code keyed as presented")
            << composeParts(unknownType(QStringLiteral("80082")), QStringLiteral("Hi"), {})
                   .constFirst()
            << QStringLiteral("text") << QStringLiteral("80082") << QStringLiteral("Hi");
        QTest::newRow("flash, class 0 [TS 23.038 §4]")
            << composeParts(gb, QStringLiteral("Now!"), {}, stamp(), true).constFirst()
            << QStringLiteral("flash") << kNumber << QStringLiteral("Now!");
        QTest::newRow("alphanumeric sender keyed by its name [TS 23.040 §9.1.2.5]")
            << composeParts(alphanumericAddress(QStringLiteral("InternetSMS")),
                   QStringLiteral("Code 1234"), {})
                   .constFirst()
            << QStringLiteral("text") << QStringLiteral("InternetSMS")
            << QStringLiteral("Code 1234");
        QTest::newRow("8-bit data is binary, never text [TS 23.038 §4]")
            << customPart(gb, SmsAlphabet::EightBit, QByteArray("\x01\x02\x03", 3), {})
            << QStringLiteral("binary") << kNumber << QString();
        QTest::newRow("replace type 1, PID 0x41 [TS 23.040 §9.2.3.9]")
            << customPart(gb, SmsAlphabet::Gsm7, gsm7Units(QStringLiteral("v2")), {}, stamp(), 0x41)
            << QStringLiteral("replace") << kNumber << QStringLiteral("v2");
        QTest::newRow("voicemail indication, DCS 0xC8 discard [TS 23.038 §4]") << customPart(gb,
            SmsAlphabet::Gsm7, gsm7Units(QStringLiteral("1 new")), {}, stamp(), 0,
            0xC8) << QStringLiteral("voicemail") << kNumber << QString();
        QTest::newRow("type 0 is dropped, PID 0x40 [TS 23.040 §9.2.3.9]") << customPart(gb,
            SmsAlphabet::Gsm7, gsm7Units(QStringLiteral("ping")), {}, stamp(),
            0x40) << QString() << QString() << QString();
    }
    void storesEachKindInItsThread()
    {
        QFETCH(SmsDeliver, deliver);
        QFETCH(QString, kind);
        QFETCH(QString, thread);
        QFETCH(QString, body);
        ManualClock clock;
        DatabaseReassemblyStore store(db(), kModem, QStringLiteral("GB"));
        Reassembler reassembler(store, clock);
        QCOMPARE(
            reassembler.accept(received(deliver, "only")).disposition, PartDisposition::Released);
        const auto stored = store.takeReleased("only");
        QVERIFY(stored);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM inbound_seen")), 1);
        if (kind.isEmpty()) {
            QCOMPARE(stored->messageId, 0);
            QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM messages")), 0);
            return;
        }
        QSqlQuery row(db().connection());
        QVERIFY(row.exec(QStringLiteral("SELECT m.kind, t.phone_e164, m.body FROM messages m JOIN "
                                        "threads t ON t.id = m.thread_id")));
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), kind);
        QCOMPARE(row.value(1).toString(), thread);
        QCOMPARE(row.value(2).toString(), body);
    }

    // The SMS comes from the operator's MMSC; the thread is the person's, from the notification.
    void anMmsNotificationGoesToTheSendersThread()
    {
        ManualClock clock;
        DatabaseReassemblyStore store(db(), kModem, QStringLiteral("US"));
        Reassembler reassembler(store, clock);
        store.noteRawPdu("w1", QByteArray(aospWapPart1));
        reassembler.accept(received(decodeDeliverHex(aospWapPart1), "w1"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT pdu FROM inbound_parts")).toString(),
            QString::fromLatin1(aospWapPart1));
        reassembler.accept(received(decodeDeliverHex(aospWapPart2), "w2"));
        QSqlQuery row(db().connection());
        QVERIFY(row.exec(QStringLiteral("SELECT m.kind, t.phone_e164, m.part_count FROM messages m"
                                        " JOIN threads t ON t.id = m.thread_id")));
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), QStringLiteral("mms_notification"));
        QCOMPARE(row.value(1).toString(), QStringLiteral("+15122977683"));
        QCOMPARE(row.value(2).toInt(), 2);
    }
};

RAPPORT_TEST_MAIN(TestReassemblyStore)
#include "tst_reassemblystore.moc"
