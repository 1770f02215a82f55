// Start-up reconciliation: a message left in 'sending' by a crash is marked sent when the modem
// had confirmed every part of its current attempt, and queued again (it may arrive twice, it
// is never lost) when it had not.
#include "OutboxFixture.h"

#include "RapportTest.h"

#include <QSignalSpy>

using namespace rapport::app;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using rapport::test::OutboxFixture;

namespace {

// The dispatcher's trace of an attempt that was in flight when the program stopped.
void crashWhileSending(OutboxFixture &f, qint64 id, int attempt, int partCount, int partsConfirmed)
{
    f.exec(u"UPDATE messages SET state = 'sending', attempts = ?, part_count = ?, modem_id = "
           "'sim-a' WHERE id = ?"_s,
        {attempt, partCount, id});
    for (int part = 1; part <= partsConfirmed; ++part) {
        f.exec(u"INSERT INTO message_parts (message_id, attempt, part, part_count, reference, "
               "modem_id, recipient, sent_at) VALUES (?, ?, ?, ?, ?, 'sim-a', "
               "'+447400123456', ?)"_s,
            {id, attempt, part, partCount, 40 + part, f.nowText()});
    }
}

} // namespace

class TestOutboxReconcile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interruptedSends_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("partCount");
        QTest::addColumn<int>("confirmed");
        QTest::addColumn<int>("earlierAttemptParts"); // confirmed parts of attempt - 1
        QTest::addColumn<QString>("state");
        QTest::newRow("single part confirmed") << 1 << 1 << 1 << 0 << u"sent"_s;
        QTest::newRow("all three parts confirmed") << 1 << 3 << 3 << 0 << u"sent"_s;
        QTest::newRow("nothing confirmed") << 1 << 1 << 0 << 0 << u"queued"_s;
        QTest::newRow("two of three confirmed") << 1 << 3 << 2 << 0 << u"queued"_s;
        // Only the current attempt counts: a complete earlier attempt says nothing about it.
        QTest::newRow("earlier attempt complete") << 2 << 1 << 0 << 1 << u"queued"_s;
    }

    void interruptedSends()
    {
        QFETCH(int, attempt);
        QFETCH(int, partCount);
        QFETCH(int, confirmed);
        QFETCH(int, earlierAttemptParts);
        QFETCH(QString, state);
        OutboxFixture f;
        const qint64 id = f.enqueue(OutboxFixture::request(QString(partCount * 150, u'x')));
        QVERIFY(id);
        if (earlierAttemptParts)
            crashWhileSending(f, id, attempt - 1, partCount, earlierAttemptParts);
        crashWhileSending(f, id, attempt, partCount, confirmed);
        const qint64 untouched = f.enqueue(OutboxFixture::request(u"still queued"_s));

        f.clock.advance(5min); // the program starts again
        QSignalSpy changed(&f.events, &MessagingEvents::messageChanged);
        const auto result = f.outbox.reconcile();
        QVERIFY(result);
        QCOMPARE(result->interrupted, 1);
        QCOMPARE(result->confirmedSent, state == u"sent"_s ? 1 : 0);
        QCOMPARE(result->requeued, state == u"queued"_s ? 1 : 0);
        QCOMPARE(f.stateOf(id), state);
        QCOMPARE(f.column(id, u"attempts"_s).toInt(), attempt); // the next attempt is a new one
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1).toLongLong(), id);
        if (state == u"sent"_s) {
            QCOMPARE(f.column(id, u"sent_at"_s).toString(), u"2026-01-05T09:00:00.000Z"_s);
            QVERIFY(f.column(id, u"state_reason"_s).isNull());
        } else {
            QVERIFY(f.column(id, u"next_attempt_at"_s).isNull()); // due at once
            const QString reason = f.column(id, u"state_reason"_s).toString();
            QVERIFY2(reason.contains(u"interrupted"_s), qPrintable(reason));
            QVERIFY2(reason.contains(u"twice"_s), qPrintable(reason));
        }
        QCOMPARE(f.stateOf(untouched), u"queued"_s);

        // A second start finds nothing.
        const auto again = f.outbox.reconcile();
        QVERIFY(again);
        QCOMPARE(again->interrupted, 0);
    }

    void reportsThatCameBeforeTheCrashCount()
    {
        // Both parts were confirmed and both status reports were stored before the crash: the
        // message was delivered.
        OutboxFixture f;
        const qint64 id = f.enqueue(OutboxFixture::request(QString(300, u'x')));
        crashWhileSending(f, id, 1, 2, 2);
        QVERIFY(f.exec(u"UPDATE message_parts SET status = 'delivered', status_code = 0, "
                       "status_at = ? WHERE message_id = ?"_s,
            {f.nowText(), id}));
        const auto result = f.outbox.reconcile();
        QVERIFY(result);
        QCOMPARE(result->confirmedSent, 1);
        QCOMPARE(f.stateOf(id), u"delivered"_s);
        QCOMPARE(f.column(id, u"delivered_at"_s).toString(), f.nowText());
    }

    void nothingInFlight()
    {
        OutboxFixture f;
        QVERIFY(f.enqueue(OutboxFixture::request()));
        QSignalSpy changed(&f.events, &MessagingEvents::messageChanged);
        const auto result = f.outbox.reconcile();
        QVERIFY(result);
        QCOMPARE(result->interrupted, 0);
        QCOMPARE(changed.count(), 0);
    }
};

RAPPORT_TEST_MAIN(TestOutboxReconcile)
#include "tst_outboxreconcile.moc"
