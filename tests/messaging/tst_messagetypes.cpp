#include "app/messaging/MessageTypes.h"

#include "RapportTest.h"

#include <QSet>
#include <QTest>

using namespace rapport::app;

// The stored words are part of the file format: every value has its own, and each reads back.
class TestMessageTypes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTripAndAreDistinct()
    {
        QSet<QString> seen;
        for (MessagePurpose p : allMessagePurposes) {
            QCOMPARE(messagePurposeFromKey(messagePurposeKey(p)), p);
            seen.insert(messagePurposeKey(p));
        }
        QCOMPARE(seen.size(), int(allMessagePurposes.size()));
        seen.clear();
        for (MessageOrigin o : allMessageOrigins) {
            QCOMPARE(messageOriginFromKey(messageOriginKey(o)), o);
            seen.insert(messageOriginKey(o));
        }
        QCOMPARE(seen.size(), int(allMessageOrigins.size()));
        seen.clear();
        for (MessageState s : allMessageStates) {
            QCOMPARE(messageStateFromKey(messageStateKey(s)), s);
            QVERIFY(!messageStateName(s).isEmpty());
            seen.insert(messageStateKey(s));
        }
        QCOMPARE(seen.size(), int(allMessageStates.size()));
    }

    void storedWordsMatchTheSchema()
    {
        // The CHECK constraints of schema version 4 name exactly these.
        QCOMPARE(messagePurposeKey(MessagePurpose::Marketing), QStringLiteral("marketing"));
        QCOMPARE(messageOriginKey(MessageOrigin::AutoReply), QStringLiteral("auto_reply"));
        QCOMPARE(messageStateKey(MessageState::Received), QStringLiteral("received"));
        QVERIFY(!messageStateFromKey(QStringLiteral("Delivered")));
        QVERIFY(!messagePurposeFromKey(QString()));
    }

    void pendingStatesAreTheOnesTheOutboxMoves()
    {
        QVERIFY(isPendingState(MessageState::Queued));
        QVERIFY(isPendingState(MessageState::Held));
        QVERIFY(isPendingState(MessageState::Sending));
        QVERIFY(!isPendingState(MessageState::Sent));
        QVERIFY(!isPendingState(MessageState::Cancelled));
        QVERIFY(!isPendingState(MessageState::Received));
    }
};

RAPPORT_TEST_MAIN(TestMessageTypes)
#include "tst_messagetypes.moc"
