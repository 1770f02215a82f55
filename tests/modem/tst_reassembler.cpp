// The reassembler joining parts: orders, duplicates, interleaving, keys, split characters.
// Restart, timeouts and store failures are in tst_reassembler_recovery.cpp.
#include "InboundTestParts.h"
#include "ManualClock.h"
#include "RapportTest.h"

#include "modem/InMemoryReassemblyStore.h"
#include "modem/Reassembler.h"

#include <QSignalSpy>

using namespace rapport::modem;
using namespace rapport::test::inbound;
using rapport::test::ManualClock;

namespace {

struct Harness
{
    explicit Harness(ReassemblerOptions options = {})
        : reassembler(store, clock, options)
        , spy(&reassembler, &Reassembler::messageReleased)
    { }

    PartOutcome feed(
        const SmsDeliver &deliver, const QByteArray &key, PartOrigin origin = PartOrigin::direct())
    {
        return reassembler.accept(received(deliver, key, std::move(origin)));
    }

    [[nodiscard]] QList<ReassembledMessage> messages() const
    {
        QList<ReassembledMessage> result;
        for (const QList<QVariant> &arguments : spy)
            result.append(arguments.at(0).value<ReassembledMessage>());
        return result;
    }

    ManualClock clock;
    InMemoryReassemblyStore store;
    Reassembler reassembler;
    QSignalSpy spy;
};

QByteArray keyOf(int index)
{
    return "part-" + QByteArray::number(index);
}

} // namespace

class TestReassembler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeMessagePassesThrough()
    {
        Harness h;
        const SmsDeliver deliver = composeParts(
            international(QStringLiteral("447700900123")), QStringLiteral("Hello"), {})
                                       .constFirst();
        const PartOutcome outcome
            = h.feed(deliver, "k1", PartOrigin::stored(QStringLiteral("SM"), 0));
        QCOMPARE(outcome.disposition, PartDisposition::Released);
        QVERIFY(outcome.sourceMayBeDeleted());
        QCOMPARE(h.spy.count(), 1);
        const ReassembledMessage message = h.messages().constFirst();
        QVERIFY(message.isComplete());
        QVERIFY(!message.key);
        QCOMPARE(message.total, 1);
        QCOMPARE(message.text(), QStringLiteral("Hello"));
        QCOMPARE(message.partKeys(), QList<QByteArray> {"k1"});
        QCOMPARE(message.parts.constFirst().origin, PartOrigin::stored(QStringLiteral("SM"), 0));
        QCOMPARE(message.originator().toString(), QStringLiteral("+447700900123"));
        QCOMPARE(message.serviceCentreTime(), stamp());
        QCOMPARE(message.reason, ReleaseReason::Complete);
        QVERIFY(h.store.pendingParts().isEmpty());
        QCOMPARE(h.store.releasedMessages().size(), 1);
        QCOMPARE(h.reassembler.pendingMessageCount(), 0);
    }

    void wholeMessageCopyIsADuplicate()
    {
        Harness h;
        const SmsAddress from = international(QStringLiteral("447700900123"));
        const SmsDeliver deliver = composeParts(from, QStringLiteral("Yes"), {}).constFirst();
        QCOMPARE(h.feed(deliver, "direct").disposition, PartDisposition::Released);
        const PartOutcome copy
            = h.feed(deliver, "stored", PartOrigin::stored(QStringLiteral("SM"), 4));
        QCOMPARE(copy.disposition, PartDisposition::Duplicate);
        QCOMPARE(copy.duplicateOf, QByteArray("direct"));
        QVERIFY(copy.sourceMayBeDeleted());
        // The same words sent again later are a new message: the SMSC stamps each submission.
        const SmsDeliver again
            = composeParts(from, QStringLiteral("Yes"), {}, stamp(1)).constFirst();
        QCOMPARE(h.feed(again, "again").disposition, PartDisposition::Released);
        QCOMPARE(h.spy.count(), 2);
    }

    void totalOfOneIsAWholeMessage()
    {
        Harness h;
        const SmsDeliver deliver = customPart(international(QStringLiteral("447700900123")),
            SmsAlphabet::Gsm7, gsm7Units(QStringLiteral("just one")), {concat8(3, 1, 1)});
        QCOMPARE(h.feed(deliver, "k").disposition, PartDisposition::Released);
        QCOMPARE(h.spy.count(), 1);
        QCOMPARE(h.messages().constFirst().text(), QStringLiteral("just one"));
        QVERIFY(!h.messages().constFirst().key);
    }

    void sequenceOutsideTotalIsAWholeMessage()
    {
        // TS 23.040 §9.2.3.24.1: the element is ignored, so the part is a message of its own.
        Harness h;
        const SmsDeliver deliver = customPart(international(QStringLiteral("447700900123")),
            SmsAlphabet::Gsm7, gsm7Units(QStringLiteral("stray")), {concat8(3, 2, 3)});
        QCOMPARE(h.feed(deliver, "k").disposition, PartDisposition::Released);
        QCOMPARE(h.messages().constFirst().text(), QStringLiteral("stray"));
    }

    void arrivalOrders_data()
    {
        QTest::addColumn<int>("partCount");
        QTest::addColumn<QList<int>>("order");
        QTest::addColumn<ReferenceWidth>("width");
        QTest::newRow("2 in order") << 2 << inOrder(2) << ReferenceWidth::EightBit;
        QList<int> reversed3 = inOrder(3);
        std::reverse(reversed3.begin(), reversed3.end());
        QTest::newRow("3 reversed") << 3 << reversed3 << ReferenceWidth::EightBit;
        QTest::newRow("5 shuffled seed 1") << 5 << shuffled(5, 1) << ReferenceWidth::EightBit;
        QTest::newRow("7 shuffled seed 2, 16-bit")
            << 7 << shuffled(7, 2) << ReferenceWidth::SixteenBit;
        QList<int> reversed60 = inOrder(60);
        std::reverse(reversed60.begin(), reversed60.end());
        QTest::newRow("60 reversed") << 60 << reversed60 << ReferenceWidth::EightBit;
        QTest::newRow("60 shuffled seed 3") << 60 << shuffled(60, 3) << ReferenceWidth::EightBit;
        QTest::newRow("255 shuffled seed 4") << 255 << shuffled(255, 4) << ReferenceWidth::EightBit;
    }

    void arrivalOrders()
    {
        QFETCH(int, partCount);
        QFETCH(QList<int>, order);
        QFETCH(ReferenceWidth, width);
        const int perPart = width == ReferenceWidth::EightBit ? 153 : 152;
        const QString text = longText(perPart * (partCount - 1) + 10);
        const QList<SmsDeliver> parts
            = composeParts(international(QStringLiteral("447700900123")), text, {width, 200});
        QCOMPARE(parts.size(), partCount);

        Harness h;
        for (qsizetype i = 0; i < order.size(); ++i) {
            const PartOutcome outcome = h.feed(parts.at(order.at(i)), keyOf(order.at(i)));
            const bool last = i == order.size() - 1;
            QCOMPARE(
                outcome.disposition, last ? PartDisposition::Released : PartDisposition::Pending);
            QCOMPARE(h.spy.count(), last ? 1 : 0);
            QCOMPARE(h.store.pendingParts().size(), last ? 0 : i + 1);
        }
        const ReassembledMessage message = h.messages().constFirst();
        QVERIFY(message.isComplete());
        QCOMPARE(message.reason, ReleaseReason::Complete);
        QCOMPARE(message.total, partCount);
        QCOMPARE(message.text(), text);
        QCOMPARE(message.key->reference, 200);
        QCOMPARE(message.key->width, width);
        QList<QByteArray> expectedKeys;
        for (int i = 0; i < partCount; ++i)
            expectedKeys.append(keyOf(i));
        QCOMPARE(message.partKeys(), expectedKeys);
        // The header the classifier sees is the first part's.
        QCOMPARE(message.deliver.userData.header->concatenation()->sequence, 1);
        QCOMPARE(h.reassembler.pendingMessageCount(), 0);
    }

    void duplicatesAreAcceptedOnce_data()
    {
        QTest::addColumn<QList<int>>("order"); // index 2i: direct copy of part i, 2i+1: stored copy
        QTest::newRow("each part twice in a row") << inOrder(8);
        QList<int> directFirst;
        for (int i = 0; i < 4; ++i)
            directFirst.append(2 * i);
        for (int i = 3; i >= 0; --i)
            directFirst.append(2 * i + 1);
        QTest::newRow("all direct, then stored copies reversed") << directFirst;
        QTest::newRow("shuffled seed 7") << shuffled(8, 7);
    }

    void duplicatesAreAcceptedOnce()
    {
        QFETCH(QList<int>, order);
        const QString text = longText(153 * 3 + 20);
        const QList<SmsDeliver> parts = composeParts(
            international(QStringLiteral("447700900123")), text, {ReferenceWidth::EightBit, 9});
        Harness h;
        QHash<int, QByteArray> firstKey;
        int duplicates = 0;
        for (const int copy : order) {
            const int part = copy / 2;
            const bool direct = copy % 2 == 0;
            const QByteArray key = (direct ? "direct-" : "stored-") + QByteArray::number(part);
            const PartOutcome outcome = h.feed(parts.at(part), key,
                direct ? PartOrigin::direct() : PartOrigin::stored(QStringLiteral("SM"), part));
            QVERIFY(outcome.sourceMayBeDeleted());
            if (firstKey.contains(part)) {
                QCOMPARE(outcome.disposition, PartDisposition::Duplicate);
                QCOMPARE(outcome.duplicateOf, firstKey.value(part));
                ++duplicates;
            } else {
                QVERIFY(outcome.disposition != PartDisposition::Duplicate);
                firstKey.insert(part, key);
            }
        }
        QCOMPARE(duplicates, 4);
        QCOMPARE(h.spy.count(), 1);
        const ReassembledMessage message = h.messages().constFirst();
        QCOMPARE(message.text(), text);
        QCOMPARE(message.parts.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(message.parts.at(i).partKey, firstKey.value(i));
        QVERIFY(h.store.pendingParts().isEmpty());
    }

    void interleavedMessagesFromSeveralSenders()
    {
        // Three senders, two long messages each, all using references 1 and 2: only the
        // originator tells the messages apart.
        struct Expected
        {
            SmsAddress from;
            quint16 reference;
            QString text;
        };
        QList<Expected> expected;
        QList<std::pair<SmsDeliver, QByteArray>> parts;
        for (int sender = 0; sender < 3; ++sender) {
            const SmsAddress from = international(QStringLiteral("4477009001%1").arg(sender));
            for (quint16 reference = 1; reference <= 2; ++reference) {
                const QString text
                    = longText(153 * (sender + reference) + 20, sender * 2 + reference);
                expected.append({from, reference, text});
                const QList<SmsDeliver> composed
                    = composeParts(from, text, {ReferenceWidth::EightBit, reference});
                for (qsizetype i = 0; i < composed.size(); ++i)
                    parts.append({composed.at(i),
                        QStringLiteral("%1/%2/%3").arg(sender).arg(reference).arg(i).toLatin1()});
            }
        }
        Harness h;
        for (const int index : shuffled(static_cast<int>(parts.size()), 42))
            QVERIFY(h.feed(parts.at(index).first, parts.at(index).second).sourceMayBeDeleted());
        QCOMPARE(h.spy.count(), 6);
        for (const ReassembledMessage &message : h.messages()) {
            QVERIFY(message.isComplete());
            QVERIFY(message.key);
            QVERIFY(message.total >= 2);
            const auto match = std::find_if(
                expected.cbegin(), expected.cend(), [&](const Expected &e) {
                    return e.from == message.originator() && e.reference == message.key->reference;
                });
            QVERIFY(match != expected.cend());
            QCOMPARE(message.text(), match->text);
        }
        QCOMPARE(h.reassembler.pendingMessageCount(), 0);
        QVERIFY(h.store.pendingParts().isEmpty());
    }

    void referenceZeroFromAndroidSuite()
    {
        // AOSP GsmSmsTest.java, testMultipart: two GSM 7-bit parts with concatenation reference 0.
        const SmsDeliver first
            = decodeDeliverHex("07916163838408F6440B816105224431F700007060217175830AA0050003"
                               "00020162B1582C168BC562B1582C168BC562B1582C168BC562B1582C"
                               "168BC562B1582C168BC562B1582C168BC562B1582C168BC562B1582C"
                               "168BC562B1582C168BC562B1582C168BC562B1582C168BC562B1582C"
                               "168BC562B1582C168BC562B1582C168BC562B1582C168BC562B1582C"
                               "168BC562B1582C168BC562B1582C168BC562B1582C168BC562");
        const SmsDeliver second
            = decodeDeliverHex("07916163838408F6440B816105224431F700007060217185000A23050003"
                               "00020262B1582C168BC96432994C2693C96432994C2693C96432990C");
        Harness h;
        QCOMPARE(h.feed(second, "2").disposition, PartDisposition::Pending);
        QCOMPARE(h.feed(first, "1").disposition, PartDisposition::Released);
        const ReassembledMessage message = h.messages().constFirst();
        QCOMPARE(message.key->reference, 0);
        QCOMPARE(message.text(),
            QString(153, QLatin1Char('1')) + QStringLiteral("1111111222222222222222222222"));
        QCOMPARE(message.originator().value, QStringLiteral("16502244137"));
    }

    void partsThroughDifferentServiceCentres()
    {
        // ModemManager src/tests/test-sms-part-3gpp.c, test_pdu_multipart: the two parts came
        // through SMSCs +12063130025 and +12063130026; the SMSC is not part of the key.
        const SmsDeliver first = decodeDeliverHex(
            "07912160130320F5440B916171056429F5000021405291650569A00500034C0201A9E8F41C949E"
            "83C2207B599E07B1DFEE33885E9ED341E4F23C7D7697C920FA1B54C697E5E3F4BC0C6AD7D9F434"
            "081E96D341E3303C2C4EB3D3F4BC0B94A483E6E8779D4D06CDD1EF3BA80E0785E7A0B7BB0C6A97"
            "E7F3F0B9CC02B9DF7450780EA2DFDF2C50780EA2A3CBA0BA9B5C96B3F369F71954768FDFE4B4FB"
            "0C9297E1F2F2BCECA6CF41");
        const SmsDeliver second = decodeDeliverHex(
            "07912160130320F6440B916171056429F5000021405291651569320500034C0202E9E8301D4447"
            "9741F0B09C3E0785E56590BCCC0ED3CB6410FD0D7ABBCBA0B0FB4D4797E52E10");
        Harness h;
        h.feed(first, "1", PartOrigin::stored(QStringLiteral("SM"), 1));
        h.feed(second, "2", PartOrigin::stored(QStringLiteral("ME"), 0));
        QCOMPARE(h.spy.count(), 1);
        const ReassembledMessage message = h.messages().constFirst();
        QCOMPARE(message.text(),
            QStringLiteral(
                "This is a very long test designed to exercise multi part capability. It "
                "should show up as one message, not as two, as the underlying encoding "
                "represents that the parts are related to one another. "));
        QCOMPARE(message.originator().toString(), QStringLiteral("+16175046925"));
        // The first part's time stamp, not the last one's.
        QCOMPARE(message.serviceCentreTime(), first.serviceCentreTime);
        QCOMPARE(message.parts.at(1).origin, PartOrigin::stored(QStringLiteral("ME"), 0));
    }

    void extraHeaderElements_data()
    {
        QTest::addColumn<QList<UdhElement>>("before");
        QTest::addColumn<QList<UdhElement>>("after");
        QTest::addColumn<bool>("sixteenBit");
        // IEI 0x0A text formatting (4 octets), 0x0B predefined sound (2), 0x24 national single
        // shift (1): TS 23.040 §9.2.3.24.10.1, elements a reassembler does not act on.
        const UdhElement formatting {0x0A, QByteArray("\x00\x05\x00\x00", 4)};
        const UdhElement sound {0x0B, QByteArray("\x02\x01", 2)};
        const UdhElement unknown {0x70, QByteArray("\x01", 1)};
        QTest::newRow("before") << QList<UdhElement> {formatting} << QList<UdhElement> {} << false;
        QTest::newRow("after") << QList<UdhElement> {} << QList<UdhElement> {sound} << false;
        QTest::newRow("both sides")
            << QList<UdhElement> {formatting} << QList<UdhElement> {sound, unknown} << false;
        QTest::newRow("16-bit, after")
            << QList<UdhElement> {} << QList<UdhElement> {unknown} << true;
    }

    void extraHeaderElements()
    {
        QFETCH(QList<UdhElement>, before);
        QFETCH(QList<UdhElement>, after);
        QFETCH(bool, sixteenBit);
        const SmsAddress from = international(QStringLiteral("447700900123"));
        const QStringList pieces {QStringLiteral("First piece, "), QStringLiteral("second piece, "),
            QStringLiteral("last piece.")};
        Harness h;
        for (const int i : {2, 0, 1}) {
            const auto sequence = static_cast<quint8>(i + 1);
            const UdhElement concatenation
                = sixteenBit ? concat16(0xBEEF, 3, sequence) : concat8(77, 3, sequence);
            const SmsDeliver part = customPart(from, SmsAlphabet::Gsm7, gsm7Units(pieces.at(i)),
                before + QList<UdhElement> {concatenation} + after);
            h.feed(part, keyOf(i));
        }
        QCOMPARE(h.spy.count(), 1);
        QCOMPARE(h.messages().constFirst().text(), pieces.join(QString()));
    }

    void referenceWidthsKeptApart()
    {
        // The same sender uses reference 5 as an 8-bit and as a 16-bit reference at once.
        const SmsAddress from = international(QStringLiteral("447700900123"));
        const QString eight = longText(200, 1);
        const QString sixteen = longText(200, 2);
        const QList<SmsDeliver> a = composeParts(from, eight, {ReferenceWidth::EightBit, 5});
        const QList<SmsDeliver> b = composeParts(from, sixteen, {ReferenceWidth::SixteenBit, 5});
        Harness h;
        h.feed(a.at(0), "a1");
        h.feed(b.at(0), "b1");
        QCOMPARE(h.reassembler.pendingMessageCount(), 2);
        h.feed(a.at(1), "a2");
        h.feed(b.at(1), "b2");
        const QList<ReassembledMessage> messages = h.messages();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).text(), eight);
        QCOMPARE(messages.at(0).key->width, ReferenceWidth::EightBit);
        QCOMPARE(messages.at(1).text(), sixteen);
        QCOMPARE(messages.at(1).key->width, ReferenceWidth::SixteenBit);
    }

    void typesOfAddressKeptApart()
    {
        // The same digits as an international number and as a number of unknown type are two
        // originators (see ReassemblyKey): the key compares the type-of-address octet as sent.
        const QString intlText = longText(200, 3);
        const QString unknownText = longText(200, 4);
        const QList<SmsDeliver> a = composeParts(
            international(QStringLiteral("447700900123")), intlText, {ReferenceWidth::EightBit, 9});
        const QList<SmsDeliver> b = composeParts(unknownType(QStringLiteral("447700900123")),
            unknownText, {ReferenceWidth::EightBit, 9});
        Harness h;
        h.feed(a.at(0), "a1");
        h.feed(b.at(0), "b1");
        QCOMPARE(h.reassembler.pendingMessageCount(), 2);
        h.feed(b.at(1), "b2");
        h.feed(a.at(1), "a2");
        const QList<ReassembledMessage> messages = h.messages();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).text(), unknownText);
        QCOMPARE(messages.at(0).originator().typeOfNumber, TypeOfNumber::Unknown);
        QCOMPARE(messages.at(1).text(), intlText);
        QCOMPARE(messages.at(1).originator().typeOfNumber, TypeOfNumber::International);
    }

    void partsThroughDifferentStorages()
    {
        const QString text = longText(153 * 3 + 1);
        const QList<SmsDeliver> parts = composeParts(
            international(QStringLiteral("447700900123")), text, {ReferenceWidth::EightBit, 12});
        const QList<PartOrigin> origins {PartOrigin::stored(QStringLiteral("SM"), 3),
            PartOrigin::stored(QStringLiteral("ME"), 0), PartOrigin::direct(),
            PartOrigin::stored(QStringLiteral("MT"), 7)};
        Harness h;
        for (const int i : {3, 1, 0, 2})
            h.feed(parts.at(i), keyOf(i), origins.at(i));
        QCOMPARE(h.spy.count(), 1);
        const ReassembledMessage message = h.messages().constFirst();
        QCOMPARE(message.text(), text);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(message.parts.at(i).origin, origins.at(i));
            QCOMPARE(message.parts.at(i).sequence, i + 1);
        }
    }

    void emojiSplitBetweenPartsRejoins()
    {
        // A sender split U+1F600 (D83D DE00) between parts 1 and 2; decoding the joined UTF-16
        // once rejoins it.
        const SmsAddress from = international(QStringLiteral("447700900123"));
        const SmsDeliver first = customPart(from, SmsAlphabet::Ucs2,
            ucs2Units(QStringLiteral("Hi ")) + QByteArray("\xD8\x3D", 2), {concat8(4, 2, 1)});
        const SmsDeliver second = customPart(from, SmsAlphabet::Ucs2,
            QByteArray("\xDE\x00", 2) + ucs2Units(QStringLiteral(" there")), {concat8(4, 2, 2)});
        Harness h;
        h.feed(second, "2");
        h.feed(first, "1");
        QCOMPARE(h.messages().constFirst().text(), QStringLiteral("Hi \U0001F600 there"));
    }

    void gsm7EscapeSplitBetweenPartsRejoins()
    {
        // Part 1 ends with the escape septet, part 2 starts with 0x65: together the euro sign.
        const SmsAddress from = international(QStringLiteral("447700900123"));
        const SmsDeliver first = customPart(from, SmsAlphabet::Gsm7,
            gsm7Units(QStringLiteral("Price: 5")) + QByteArray(1, '\x1B'), {concat8(6, 2, 1)});
        const SmsDeliver second = customPart(from, SmsAlphabet::Gsm7,
            QByteArray(1, '\x65') + gsm7Units(QStringLiteral(" only")), {concat8(6, 2, 2)});
        Harness h;
        h.feed(first, "1");
        h.feed(second, "2");
        QCOMPARE(h.messages().constFirst().text(), QStringLiteral("Price: 5\u20AC only"));
    }

    void partsInDifferentAlphabetsJoin()
    {
        // Some phones code each part on its own: a GSM 7-bit part followed by a UCS-2 one.
        const SmsAddress from = international(QStringLiteral("447700900123"));
        const SmsDeliver first = customPart(
            from, SmsAlphabet::Gsm7, gsm7Units(QStringLiteral("Hello ")), {concat8(8, 2, 1)});
        const SmsDeliver second = customPart(from, SmsAlphabet::Ucs2,
            ucs2Units(QStringLiteral("w\u00F6rld \u2713")), {concat8(8, 2, 2)});
        Harness h;
        h.feed(second, "2");
        h.feed(first, "1");
        QCOMPARE(h.messages().constFirst().text(), QStringLiteral("Hello w\u00F6rld \u2713"));
    }

    void referenceReusedAfterCompletionStartsANewMessage()
    {
        const SmsAddress from = international(QStringLiteral("447700900123"));
        const QString firstText = longText(300, 1);
        const QList<SmsDeliver> a
            = composeParts(from, firstText, {ReferenceWidth::EightBit, 7}, stamp(0));
        const QList<SmsDeliver> b
            = composeParts(from, longText(300, 2), {ReferenceWidth::EightBit, 7}, stamp(5));
        // The same text again with the same reference: only the SMSC time stamp differs.
        const QList<SmsDeliver> c
            = composeParts(from, firstText, {ReferenceWidth::EightBit, 7}, stamp(9));
        Harness h;
        h.feed(a.at(0), "a1");
        h.feed(a.at(1), "a2");
        QCOMPARE(h.spy.count(), 1);
        QCOMPARE(h.feed(b.at(0), "b1").disposition, PartDisposition::Pending);
        // A late copy of the finished message's part, while the new one is waiting.
        const PartOutcome late
            = h.feed(a.at(1), "a2-copy", PartOrigin::stored(QStringLiteral("SM"), 2));
        QCOMPARE(late.disposition, PartDisposition::Duplicate);
        QCOMPARE(late.duplicateOf, QByteArray("a2"));
        QCOMPARE(h.feed(b.at(1), "b2").disposition, PartDisposition::Released);
        QCOMPARE(h.feed(c.at(1), "c2").disposition, PartDisposition::Pending);
        QCOMPARE(h.feed(c.at(0), "c1").disposition, PartDisposition::Released);
        const QList<ReassembledMessage> messages = h.messages();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(1).text(), longText(300, 2));
        QCOMPARE(messages.at(2).text(), firstText);
        QCOMPARE(messages.at(2).partKeys(), (QList<QByteArray> {"c1", "c2"}));
    }

    void referenceReusedBeforeCompletionReleasesTheOldMessage()
    {
        const SmsAddress from = international(QStringLiteral("447700900123"));
        const QList<SmsDeliver> a
            = composeParts(from, longText(153 * 2 + 5, 1), {ReferenceWidth::EightBit, 7}, stamp(0));
        const QList<SmsDeliver> b
            = composeParts(from, longText(153 * 2 + 5, 2), {ReferenceWidth::EightBit, 7}, stamp(3));
        Harness h;
        h.feed(a.at(0), "a1");
        h.feed(a.at(1), "a2");
        QCOMPARE(h.feed(b.at(0), "b1").disposition, PartDisposition::Pending);
        QCOMPARE(h.spy.count(), 1);
        const ReassembledMessage old = h.messages().constFirst();
        QCOMPARE(old.reason, ReleaseReason::ReferenceReused);
        QCOMPARE(old.missing, QList<quint8> {3});
        QCOMPARE(old.partKeys(), (QList<QByteArray> {"a1", "a2"}));
        h.feed(b.at(2), "b3");
        h.feed(b.at(1), "b2");
        QCOMPARE(h.spy.count(), 2);
        QCOMPARE(h.messages().at(1).text(), longText(153 * 2 + 5, 2));
        QCOMPARE(h.store.pendingParts().size(), 0);
    }
};

RAPPORT_TEST_MAIN(TestReassembler)
#include "tst_reassembler.moc"
