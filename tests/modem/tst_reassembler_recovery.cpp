// The reassembler over time and trouble: incomplete messages after the timeout, restarts from
// the store, a store that fails, capacity, and slots that feed it again.
#include "InboundTestParts.h"
#include "ManualClock.h"
#include "RapportTest.h"

#include "modem/InMemoryReassemblyStore.h"
#include "modem/Reassembler.h"

#include <QSignalSpy>

using namespace rapport::modem;
using namespace rapport::test::inbound;
using namespace std::chrono_literals;
using rapport::test::ManualClock;

namespace {

QList<ReassembledMessage> messagesOf(const QSignalSpy &spy)
{
    QList<ReassembledMessage> result;
    for (const QList<QVariant> &arguments : spy)
        result.append(arguments.at(0).value<ReassembledMessage>());
    return result;
}

ReassemblerOptions withTimeout(std::chrono::milliseconds timeout)
{
    ReassemblerOptions options;
    options.incompleteTimeout = timeout;
    return options;
}

// A store that can be told to refuse, in front of an in-memory one.
class FlakyStore final : public ReassemblyStore
{
public:
    rapport::Result<void, QString> savePart(const ReceivedPart &part) override
    {
        if (refuseSaves)
            return rapport::fail(QStringLiteral("disk full"));
        return inner.savePart(part);
    }
    rapport::Result<QList<ReceivedPart>, QString> loadPendingParts() override
    {
        if (refuseLoad)
            return rapport::fail(QStringLiteral("database locked"));
        return inner.loadPendingParts();
    }
    rapport::Result<void, QString> releaseGroup(const ReassembledMessage &message) override
    {
        if (refuseReleases)
            return rapport::fail(QStringLiteral("constraint failed"));
        return inner.releaseGroup(message);
    }

    InMemoryReassemblyStore inner;
    bool refuseSaves = false;
    bool refuseLoad = false;
    bool refuseReleases = false;
};

const SmsAddress alice = international(QStringLiteral("447700900123"));

} // namespace

class TestReassemblerRecovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeoutReleasesAnIncompleteMessageWithGapMarkers()
    {
        const QString text = longText(153 * 4 + 30);
        const QList<SmsDeliver> parts = composeParts(alice, text, {ReferenceWidth::EightBit, 3});
        QCOMPARE(parts.size(), 5);
        ManualClock clock;
        InMemoryReassemblyStore store;
        Reassembler reassembler(store, clock, withTimeout(10min));
        QSignalSpy spy(&reassembler, &Reassembler::messageReleased);
        reassembler.accept(received(parts.at(3), "p4"));
        reassembler.accept(received(parts.at(1), "p2"));
        clock.advance(10min - 1ms);
        QCOMPARE(spy.count(), 0);
        clock.advance(1ms);
        QCOMPARE(spy.count(), 1);

        const ReassembledMessage message = messagesOf(spy).constFirst();
        QVERIFY(!message.isComplete());
        QCOMPARE(message.reason, ReleaseReason::TimedOut);
        QCOMPARE(message.missing, (QList<quint8> {1, 3, 5}));
        const QString marker = ReassembledMessage::gapMarker();
        QCOMPARE(message.text(),
            marker + parts.at(1).userData.text + marker + parts.at(3).userData.text + marker);
        QCOMPARE(message.partKeys(), (QList<QByteArray> {"p2", "p4"}));
        // Part 2 is the lowest held: its header and time stamp stand for the message.
        QCOMPARE(message.deliver.userData.header->concatenation()->sequence, 2);
        QVERIFY(store.pendingParts().isEmpty());
        QCOMPARE(clock.activeTimerCount(), 0);
    }

    void adjacentPartsNeedNoMarker()
    {
        const QList<SmsDeliver> parts
            = composeParts(alice, longText(153 * 2 + 10), {ReferenceWidth::EightBit, 3});
        ManualClock clock;
        InMemoryReassemblyStore store;
        Reassembler reassembler(store, clock, withTimeout(1min));
        QSignalSpy spy(&reassembler, &Reassembler::messageReleased);
        reassembler.accept(received(parts.at(0), "p1"));
        reassembler.accept(received(parts.at(1), "p2"));
        clock.advance(1min);
        const ReassembledMessage message = messagesOf(spy).constFirst();
        QCOMPARE(message.missing, QList<quint8> {3});
        QCOMPARE(message.text(),
            parts.at(0).userData.text + parts.at(1).userData.text
                + ReassembledMessage::gapMarker());
    }

    void halfAnEmojiBesideAGapIsReplaced()
    {
        const SmsDeliver first = customPart(alice, SmsAlphabet::Ucs2,
            ucs2Units(QStringLiteral("Hi ")) + QByteArray("\xD8\x3D", 2), {concat8(4, 3, 1)});
        ManualClock clock;
        InMemoryReassemblyStore store;
        Reassembler reassembler(store, clock, withTimeout(1min));
        QSignalSpy spy(&reassembler, &Reassembler::messageReleased);
        reassembler.accept(received(first, "1"));
        clock.advance(1min);
        QCOMPARE(messagesOf(spy).constFirst().text(),
            QStringLiteral("Hi \uFFFD") + ReassembledMessage::gapMarker());
    }

    void timeoutCountsFromTheLastPart()
    {
        const QList<SmsDeliver> parts
            = composeParts(alice, longText(153 * 3 + 10), {ReferenceWidth::EightBit, 3});
        ManualClock clock;
        InMemoryReassemblyStore store;
        Reassembler reassembler(store, clock, withTimeout(30min));
        QSignalSpy spy(&reassembler, &Reassembler::messageReleased);
        reassembler.accept(received(parts.at(0), "p1"));
        clock.advance(20min);
        reassembler.accept(received(parts.at(2), "p3"));
        clock.advance(29min);
        QCOMPARE(spy.count(), 0); // 49 minutes after the first part, 29 after the last
        clock.advance(1min);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(messagesOf(spy).constFirst().missing, (QList<quint8> {2, 4}));
    }

    void incompleteBinaryHasNoText()
    {
        const SmsDeliver first = customPart(
            alice, SmsAlphabet::EightBit, QByteArray("\x01\x06\x00\xFF", 4), {concat8(4, 2, 1)});
        ManualClock clock;
        InMemoryReassemblyStore store;
        Reassembler reassembler(store, clock, withTimeout(1min));
        QSignalSpy spy(&reassembler, &Reassembler::messageReleased);
        reassembler.accept(received(first, "1"));
        clock.advance(1min);
        const ReassembledMessage message = messagesOf(spy).constFirst();
        QVERIFY(message.text().isEmpty());
        QCOMPARE(message.deliver.userData.units, QByteArray("\x01\x06\x00\xFF", 4));
    }

    void restartCompletesFromTheStore()
    {
        const QString text = longText(153 * 2 + 10);
        const QList<SmsDeliver> parts = composeParts(alice, text, {ReferenceWidth::EightBit, 3});
        ManualClock clock;
        InMemoryReassemblyStore store;
        {
            Reassembler before(store, clock);
            before.accept(received(parts.at(2), "p3", PartOrigin::stored(QStringLiteral("SM"), 1)));
            before.accept(received(parts.at(0), "p1"));
        }
        QCOMPARE(store.pendingParts().size(), 2);

        Reassembler after(store, clock);
        QSignalSpy spy(&after, &Reassembler::messageReleased);
        const auto restored = after.restore();
        QVERIFY(restored.hasValue());
        QCOMPARE(*restored, 2);
        QCOMPARE(after.pendingMessageCount(), 1);
        QCOMPARE(after.pendingPartCount(), 2);
        // A copy of a part loaded from the store is still recognised.
        QCOMPARE(after.accept(received(parts.at(0), "p1-again")).disposition,
            PartDisposition::Duplicate);
        QCOMPARE(after.accept(received(parts.at(1), "p2")).disposition, PartDisposition::Released);
        const ReassembledMessage message = messagesOf(spy).constFirst();
        QCOMPARE(message.text(), text);
        QCOMPARE(message.partKeys(), (QList<QByteArray> {"p1", "p2", "p3"}));
        QCOMPARE(message.parts.at(2).origin, PartOrigin::stored(QStringLiteral("SM"), 1));
        QVERIFY(store.pendingParts().isEmpty());
    }

    void restartKeepsTheTimeoutOfStoredParts()
    {
        const QList<SmsDeliver> parts
            = composeParts(alice, longText(153 * 2 + 10), {ReferenceWidth::EightBit, 3});
        ManualClock clock;
        InMemoryReassemblyStore store;
        {
            Reassembler before(store, clock, withTimeout(30min));
            before.accept(received(parts.at(0), "p1", PartOrigin::direct(), clock.now()));
        }
        clock.advance(20min); // the application was not running

        Reassembler after(store, clock, withTimeout(30min));
        QSignalSpy spy(&after, &Reassembler::messageReleased);
        QVERIFY(after.restore().hasValue());
        QCOMPARE(clock.nextDue(), 10min);
        clock.advance(10min - 1ms);
        QCOMPARE(spy.count(), 0);
        clock.advance(1ms);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(messagesOf(spy).constFirst().reason, ReleaseReason::TimedOut);
    }

    void restartReleasesOverdueMessagesAtOnce()
    {
        const QList<SmsDeliver> parts
            = composeParts(alice, longText(153 * 2 + 10), {ReferenceWidth::EightBit, 3});
        ManualClock clock;
        InMemoryReassemblyStore store;
        QVERIFY(store.savePart(received(parts.at(1), "p2", PartOrigin::direct(), clock.now()))
                    .hasValue());
        clock.advance(2h);
        Reassembler after(store, clock, withTimeout(30min));
        QSignalSpy spy(&after, &Reassembler::messageReleased);
        QVERIFY(after.restore().hasValue());
        clock.advance(0ms);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(messagesOf(spy).constFirst().missing, (QList<quint8> {1, 3}));
    }

    void wallClockSetBackDoesNotHoldAMessageForever()
    {
        const QList<SmsDeliver> parts
            = composeParts(alice, longText(153 * 2 + 10), {ReferenceWidth::EightBit, 3});
        ManualClock clock;
        InMemoryReassemblyStore store;
        QVERIFY(store.savePart(received(parts.at(1), "p2", PartOrigin::direct(), clock.now()))
                    .hasValue());
        clock.setNow(clock.now().addDays(-3));
        Reassembler after(store, clock, withTimeout(30min));
        QVERIFY(after.restore().hasValue());
        QCOMPARE(clock.nextDue(), 30min);
    }

    void restartReleasesWhatTheStoreHeldComplete()
    {
        // A crash between saving the last part and releasing the message.
        const QString text = longText(200);
        const QList<SmsDeliver> parts = composeParts(alice, text, {ReferenceWidth::EightBit, 3});
        const SmsDeliver whole = composeParts(alice, QStringLiteral("single"), {}).constFirst();
        ManualClock clock;
        InMemoryReassemblyStore store;
        QVERIFY(store.savePart(received(parts.at(0), "p1")).hasValue());
        QVERIFY(store.savePart(received(whole, "w")).hasValue());
        QVERIFY(store.savePart(received(parts.at(1), "p2")).hasValue());
        Reassembler after(store, clock);
        QSignalSpy spy(&after, &Reassembler::messageReleased);
        QCOMPARE(*after.restore(), 3);
        const QList<ReassembledMessage> messages = messagesOf(spy);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).text(), QStringLiteral("single"));
        QCOMPARE(messages.at(1).text(), text);
        QVERIFY(store.pendingParts().isEmpty());
    }

    void storedTwiceBothRowsAreReleased()
    {
        const QList<SmsDeliver> parts
            = composeParts(alice, longText(200), {ReferenceWidth::EightBit, 3});
        ManualClock clock;
        InMemoryReassemblyStore store;
        QVERIFY(store.savePart(received(parts.at(0), "p1")).hasValue());
        QVERIFY(store.savePart(received(parts.at(0), "p1-copy")).hasValue());
        Reassembler after(store, clock);
        QSignalSpy spy(&after, &Reassembler::messageReleased);
        QVERIFY(after.restore().hasValue());
        after.accept(received(parts.at(1), "p2"));
        const ReassembledMessage message = messagesOf(spy).constFirst();
        QCOMPARE(message.partKeys(), (QList<QByteArray> {"p1", "p1-copy", "p2"}));
        QVERIFY(store.pendingParts().isEmpty());
    }

    void refusedPartKeepsItsSource()
    {
        const QList<SmsDeliver> parts
            = composeParts(alice, longText(200), {ReferenceWidth::EightBit, 3});
        ManualClock clock;
        FlakyStore store;
        Reassembler reassembler(store, clock);
        QSignalSpy spy(&reassembler, &Reassembler::messageReleased);
        store.refuseSaves = true;
        const PartOutcome refused = reassembler.accept(received(parts.at(0), "p1"));
        QCOMPARE(refused.disposition, PartDisposition::NotStored);
        QVERIFY(!refused.sourceMayBeDeleted());
        QCOMPARE(refused.error, QStringLiteral("disk full"));
        QCOMPARE(reassembler.pendingMessageCount(), 0);
        QCOMPARE(
            reassembler
                .accept(received(composeParts(alice, QStringLiteral("hi"), {}).constFirst(), "w"))
                .disposition,
            PartDisposition::NotStored);
        QCOMPARE(spy.count(), 0);
        // The next sweep reads the same slot again: now it goes in.
        store.refuseSaves = false;
        QCOMPARE(
            reassembler.accept(received(parts.at(0), "p1")).disposition, PartDisposition::Pending);
        QCOMPARE(
            reassembler.accept(received(parts.at(1), "p2")).disposition, PartDisposition::Released);
        QCOMPARE(spy.count(), 1);
    }

    void failedLoadIsReported()
    {
        ManualClock clock;
        FlakyStore store;
        store.refuseLoad = true;
        Reassembler reassembler(store, clock);
        const auto restored = reassembler.restore();
        QVERIFY(!restored.hasValue());
        QCOMPARE(restored.error(), QStringLiteral("database locked"));
    }

    void failedReleaseKeepsThePartsForTheNextStart()
    {
        const QString text = longText(200);
        const QList<SmsDeliver> parts = composeParts(alice, text, {ReferenceWidth::EightBit, 3});
        ManualClock clock;
        FlakyStore store;
        {
            Reassembler before(store, clock);
            QSignalSpy spy(&before, &Reassembler::messageReleased);
            store.refuseReleases = true;
            before.accept(received(parts.at(0), "p1"));
            before.accept(received(parts.at(1), "p2"));
            QCOMPARE(spy.count(), 1); // shown now …
        }
        QCOMPARE(store.inner.pendingParts().size(), 2);
        store.refuseReleases = false;
        Reassembler after(store, clock);
        QSignalSpy spy(&after, &Reassembler::messageReleased);
        QVERIFY(after.restore().hasValue());
        // … and again after the restart, with the same part keys: at least once, never lost.
        QCOMPARE(spy.count(), 1);
        QCOMPARE(messagesOf(spy).constFirst().partKeys(), (QList<QByteArray> {"p1", "p2"}));
        QVERIFY(store.inner.pendingParts().isEmpty());
    }

    void tooManyWaitingMessagesReleasesTheOldest()
    {
        ReassemblerOptions options;
        options.maxPendingMessages = 2;
        ManualClock clock;
        InMemoryReassemblyStore store;
        Reassembler reassembler(store, clock, options);
        QSignalSpy spy(&reassembler, &Reassembler::messageReleased);
        for (quint16 reference = 1; reference <= 3; ++reference) {
            const QList<SmsDeliver> parts = composeParts(
                alice, longText(200, reference), {ReferenceWidth::EightBit, reference});
            reassembler.accept(received(parts.at(0), QByteArray::number(reference)));
            clock.advance(1s);
        }
        QCOMPARE(spy.count(), 1);
        const ReassembledMessage oldest = messagesOf(spy).constFirst();
        QCOMPARE(oldest.reason, ReleaseReason::CapacityExceeded);
        QCOMPARE(oldest.key->reference, 1);
        QCOMPARE(reassembler.pendingMessageCount(), 2);
    }

    void slotMayFeedTheReassemblerAgain()
    {
        const QList<SmsDeliver> a
            = composeParts(alice, longText(200, 1), {ReferenceWidth::EightBit, 1});
        const QList<SmsDeliver> b
            = composeParts(alice, longText(200, 2), {ReferenceWidth::EightBit, 2});
        ManualClock clock;
        InMemoryReassemblyStore store;
        Reassembler reassembler(store, clock);
        QSignalSpy spy(&reassembler, &Reassembler::messageReleased);
        QList<PartDisposition> inner;
        connect(
            &reassembler, &Reassembler::messageReleased, this, [&](const ReassembledMessage &m) {
                if (m.key && m.key->reference == 1)
                    inner.append(reassembler.accept(received(b.at(1), "b2")).disposition);
            });
        reassembler.accept(received(b.at(0), "b1"));
        reassembler.accept(received(a.at(0), "a1"));
        reassembler.accept(received(a.at(1), "a2"));
        QCOMPARE(inner, QList<PartDisposition> {PartDisposition::Released});
        const QList<ReassembledMessage> messages = messagesOf(spy);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).key->reference, 1);
        QCOMPARE(messages.at(1).key->reference, 2);
        QCOMPARE(reassembler.pendingMessageCount(), 0);
    }

    void lateCopyAfterTimeoutIsADuplicateButAMissingPartStartsAFragment()
    {
        const QList<SmsDeliver> parts
            = composeParts(alice, longText(153 * 2 + 10), {ReferenceWidth::EightBit, 3});
        ManualClock clock;
        InMemoryReassemblyStore store;
        Reassembler reassembler(store, clock, withTimeout(1min));
        QSignalSpy spy(&reassembler, &Reassembler::messageReleased);
        reassembler.accept(received(parts.at(0), "p1"));
        clock.advance(1min);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(reassembler.accept(received(parts.at(0), "p1-copy")).disposition,
            PartDisposition::Duplicate);
        // The released message cannot change; the late part waits as its own fragment.
        QCOMPARE(
            reassembler.accept(received(parts.at(1), "p2")).disposition, PartDisposition::Pending);
        clock.advance(1min);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(messagesOf(spy).at(1).missing, (QList<quint8> {1, 3}));
    }
};

RAPPORT_TEST_MAIN(TestReassemblerRecovery)
#include "tst_reassembler_recovery.moc"
