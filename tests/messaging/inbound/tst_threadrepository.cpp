// ThreadRepository: the inbox's filters and order, summaries (name or number, first line of the
// last message), unread counts, assignment and open/closed with their audit lines, notes,
// keyset and offset paging, full-text search that no typed input can break (FTS5 query syntax:
// sqlite.org/fts5.html §3), and paging a 10,000-message thread through the (thread_id, id) index.
// Numbers are libphonenumber's example GB mobiles.
#include "InboundFixture.h"
#include "RapportTest.h"

#include "app/audit/AuditLog.h"
#include "app/messaging/MessagingEvents.h"
#include "app/storage/Transaction.h"
#include "app/threads/FtsQuery.h"
#include "app/threads/ThreadRepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>

#include <limits>

using namespace rapport::app;
using namespace rapport::test;
using namespace std::chrono_literals;
using Box = ThreadFilter::Box;

Q_DECLARE_METATYPE(rapport::app::ThreadFilter::Box)

namespace {

const QString kAda = QStringLiteral("+447400123456");
const QString kBen = QStringLiteral("+447400123457");
const QString kCal = QStringLiteral("+447400123458");
const QString kDee = QStringLiteral("+447400123459");

QList<qint64> idsOf(const QList<ThreadSummary> &threads)
{
    QList<qint64> ids;
    for (const ThreadSummary &thread : threads)
        ids.append(thread.threadId);
    return ids;
}

} // namespace

class TestThreadRepository final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<MessagingEvents> m_events;
    std::unique_ptr<ThreadRepository> m_threads;
    int m_opened = 0;
    qint64 m_appointment = 0; // the message that says "appointment"

    Database &db() { return *m_db; }
    ThreadRepository &threads() { return *m_threads; }

    qint64 message(qint64 thread, const char *direction, const QString &body, const char *at,
        const char *kind = "text")
    {
        exec(db(),
            QStringLiteral("INSERT INTO messages (thread_id, direction, body, state, created_at,"
                           " kind) VALUES (?, ?, ?, ?, ?, ?)"),
            {thread, QString::fromLatin1(direction), body,
                QString::fromLatin1(qstrcmp(direction, "in") == 0 ? "received" : "sent"),
                QString::fromLatin1(at), QString::fromLatin1(kind)});
        return scalar(db(), QStringLiteral("SELECT max(id) FROM messages")).toLongLong();
    }

    Actor mo() const { return Actor::staffMember(2, StaffRole::Manager, QStringLiteral("Mo")); }

    // Four threads: 1 Ada (customer, Sam's, 2 unread), 2 Ben (newest), 3 Cal (closed, 1
    // unread), 4 Dee (no messages yet).
    void populate()
    {
        exec(db(),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('business.region', "
                           "'GB')"));
        exec(db(),
            QStringLiteral("INSERT INTO staff (id, name, role, created_at) VALUES"
                           " (1, 'Sam', 'staff', '2026-01-01T00:00:00.000Z'),"
                           " (2, 'Mo', 'manager', '2026-01-01T00:00:00.000Z')"));
        exec(db(),
            QStringLiteral("INSERT INTO customers (id, first_name, last_name, phone_e164,"
                           " created_at, updated_at) VALUES (7, 'Ada', 'Lovelace', ?,"
                           " '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"),
            {kAda});
        for (const QString &phone : {kAda, kBen, kCal, kDee})
            QVERIFY(ensureThread(db(), phone));
        message(1, "out", QStringLiteral("Sure, see you then"), "2026-01-05T09:04:00.000Z");
        message(1, "in", QStringLiteral("  Hi there  \nsecond line"), "2026-01-05T09:05:00.000Z");
        m_appointment = message(2, "in", QStringLiteral("Can I book an appointment for Tuesday?"),
            "2026-01-05T09:10:00.000Z");
        message(3, "in", QStringLiteral("0004ABCDEF"), "2026-01-05T09:01:00.000Z", "undecodable");
        exec(db(),
            QStringLiteral("UPDATE threads SET last_message_at = CASE id"
                           " WHEN 1 THEN '2026-01-05T09:05:00.000Z'"
                           " WHEN 2 THEN '2026-01-05T09:10:00.000Z'"
                           " WHEN 3 THEN '2026-01-05T09:01:00.000Z' END,"
                           " unread_count = CASE id WHEN 1 THEN 2 WHEN 3 THEN 1 ELSE 0 END,"
                           " assigned_staff_id = CASE id WHEN 1 THEN 1 END,"
                           " is_open = CASE id WHEN 3 THEN 0 ELSE 1 END"));
        m_threads = std::make_unique<ThreadRepository>(db(), *m_clock, *m_events);
    }

private Q_SLOTS:
    void init()
    {
        m_db = openDatabase(QStringLiteral("threadrepository-%1").arg(++m_opened));
        m_clock = std::make_unique<ManualClock>();
        m_events = std::make_unique<MessagingEvents>();
        populate();
    }
    void cleanup()
    {
        m_threads.reset();
        m_events.reset();
        m_clock.reset();
        m_db.reset();
    }

    void filters_data()
    {
        QTest::addColumn<Box>("box");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("all, newest first, silent threads last")
            << Box::All << QString() << QList<qint64> {2, 1, 3, 4};
        QTest::newRow("unread") << Box::Unread << QString() << QList<qint64> {1, 3};
        QTest::newRow("mine (Sam)") << Box::Mine << QString() << QList<qint64> {1};
        QTest::newRow("unassigned") << Box::Unassigned << QString() << QList<qint64> {2, 3, 4};
        QTest::newRow("open") << Box::Open << QString() << QList<qint64> {2, 1, 4};
        QTest::newRow("closed") << Box::Closed << QString() << QList<qint64> {3};
        QTest::newRow("name") << Box::All << QStringLiteral("ada") << QList<qint64> {1};
        QTest::newRow("last name, any case")
            << Box::All << QStringLiteral("LOVEL") << QList<qint64> {1};
        QTest::newRow("national number")
            << Box::All << QStringLiteral("07400 123457") << QList<qint64> {2};
        QTest::newRow("digits") << Box::All << QStringLiteral("123458") << QList<qint64> {3};
        QTest::newRow("all numbers")
            << Box::All << QStringLiteral("+4474001234") << QList<qint64> {2, 1, 3, 4};
        QTest::newRow("LIKE wildcards are literal")
            << Box::All << QStringLiteral("%") << QList<qint64> {};
        QTest::newRow("underscore literal") << Box::All << QStringLiteral("_") << QList<qint64> {};
        QTest::newRow("unread and name")
            << Box::Unread << QStringLiteral("Ada") << QList<qint64> {1};
    }
    void filters()
    {
        QFETCH(Box, box);
        QFETCH(QString, search);
        QFETCH(QList<qint64>, expected);
        ThreadFilter filter;
        filter.box = box;
        filter.staffId = 1;
        filter.search = search;
        const auto found = threads().list(filter);
        QVERIFY2(found, found ? "" : qPrintable(found.error().detail));
        QCOMPARE(idsOf(*found), expected);
    }

    void summariesSayWhoAndWhat()
    {
        const auto all = threads().list({});
        QVERIFY(all);
        const ThreadSummary &ada = all->at(1);
        QCOMPARE(ada.customerId, 7);
        QCOMPARE(ada.displayName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(ada.phoneE164, kAda);
        QCOMPARE(ada.preview, QStringLiteral("Hi there"));
        QVERIFY(ada.lastMessageIncoming);
        QCOMPARE(ada.lastMessageAt, QDateTime(QDate(2026, 1, 5), QTime(9, 5), QTimeZone::utc()));
        QCOMPARE(ada.unreadCount, 2);
        QCOMPARE(ada.assigneeId, 1);
        QCOMPARE(ada.assigneeName, QStringLiteral("Sam"));
        QVERIFY(ada.isOpen);
        const ThreadSummary &ben = all->at(0);
        QCOMPARE(ben.customerId, 0);
        QCOMPARE(ben.displayName, QStringLiteral("07400 123457"));
        QCOMPARE(ben.assigneeId, 0);
        const ThreadSummary &cal = all->at(2);
        QCOMPARE(cal.lastMessageKind, QStringLiteral("undecodable"));
        QVERIFY(cal.preview.isEmpty()); // hex is never shown as text
        QVERIFY(!cal.isOpen);
        const ThreadSummary &dee = all->at(3);
        QVERIFY(dee.lastMessageKind.isEmpty());
        QVERIFY(!dee.lastMessageAt.isValid());
        const auto found = threads().find(1);
        QVERIFY(found && *found);
        QCOMPARE((*found)->displayName, QStringLiteral("Ada Lovelace"));
        QVERIFY(!*threads().find(99));
    }

    void pagesByKeysetAndOffsetAlike()
    {
        QList<qint64> keyset;
        ThreadFilter filter;
        filter.limit = 2;
        for (int page = 0; page < 3; ++page) {
            const auto rows = threads().list(filter);
            QVERIFY(rows);
            if (rows->isEmpty())
                break;
            keyset += idsOf(*rows);
            filter.after = rows->last().cursor();
        }
        QCOMPARE(keyset, QList<qint64>({2, 1, 3, 4}));
        ThreadFilter second;
        second.limit = 2;
        second.offset = 2;
        QCOMPARE(idsOf(*threads().list(second)), QList<qint64>({3, 4}));
    }

    void readStateAndTotals()
    {
        QSignalSpy changed(m_events.get(), &MessagingEvents::threadChanged);
        QCOMPARE(*threads().unreadTotal(), 3);
        QVERIFY(threads().markRead(1));
        QCOMPARE(*threads().unreadTotal(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toLongLong(), 1);
        QVERIFY(threads().markRead(1)); // nothing to change, nothing announced
        QCOMPARE(changed.count(), 1);
        ThreadFilter unread;
        unread.box = Box::Unread;
        QCOMPARE(idsOf(*threads().list(unread)), QList<qint64>({3}));
    }

    void assignmentAndClosingAreAuditedAndAnnounced()
    {
        QSignalSpy changed(m_events.get(), &MessagingEvents::threadChanged);
        QVERIFY(threads().assign(2, 1, mo()));
        QCOMPARE((*threads().find(2))->assigneeName, QStringLiteral("Sam"));
        QVERIFY(threads().assign(2, std::nullopt, mo()));
        QCOMPARE((*threads().find(2))->assigneeId, 0);
        QVERIFY(threads().setOpen(2, false, mo()));
        QVERIFY(!(*threads().find(2))->isOpen);
        QVERIFY(threads().setOpen(2, true, mo()));
        QVERIFY((*threads().find(2))->isOpen);
        QCOMPARE(changed.count(), 4);
        QVERIFY(!threads().assign(99, 1, mo()));
        QVERIFY(!threads().setOpen(99, true, mo()));
        QCOMPARE(changed.count(), 4);

        AuditLog audit(db());
        const auto assigned = audit.entries(ThreadRepository::AssignedAction);
        QCOMPARE(assigned->size(), 2);
        QCOMPARE(assigned->last().detail, QStringLiteral("staff:1"));
        QCOMPARE(assigned->first().detail, QStringLiteral("nobody"));
        QCOMPARE(assigned->first().actor, QStringLiteral("Mo"));
        QCOMPARE(assigned->first().subject, QStringLiteral("thread:2"));
        QCOMPARE(audit.entries(ThreadRepository::ClosedAction)->size(), 1);
        QCOMPARE(audit.entries(ThreadRepository::ReopenedAction)->size(), 1);
    }

    void notesAreKeptInOrder()
    {
        QSignalSpy changed(m_events.get(), &MessagingEvents::threadChanged);
        const Actor sam = Actor::staffMember(1, StaffRole::Staff, QStringLiteral("Sam"));
        QVERIFY(threads().addNote(1, sam, QStringLiteral("  Prefers mornings ")));
        m_clock->advance(1min);
        QVERIFY(threads().addNote(1, Actor::system(), QStringLiteral("Reminder sent")));
        QVERIFY(!threads().addNote(1, sam, QStringLiteral("   ")));
        QVERIFY(!threads().addNote(99, sam, QStringLiteral("lost")));
        QCOMPARE(changed.count(), 2);
        const auto notes = threads().notes(1);
        QVERIFY(notes);
        QCOMPARE(notes->size(), 2);
        QCOMPARE(notes->first().body, QStringLiteral("Prefers mornings"));
        QCOMPARE(notes->first().staffName, QStringLiteral("Sam"));
        QCOMPARE(notes->first().createdAt, m_clock->now().addSecs(-60));
        QCOMPARE(notes->last().staffId, 0);
        QVERIFY(threads().notes(2)->isEmpty());
    }

    void searchFindsWordsByPrefixWithMarks()
    {
        const auto hits = threads().search(QStringLiteral("appoint TUES"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().messageId, m_appointment);
        QCOMPARE(hits->first().threadId, 2);
        const QString marked = QString(SearchHit::markStart) + QStringLiteral("appointment")
            + QString(SearchHit::markEnd);
        QVERIFY2(hits->first().snippet.contains(marked), qPrintable(hits->first().snippet));
        QCOMPARE(threads().search(QStringLiteral("appoint wednesday"))->size(), 0);
        QCOMPARE(threads().search(QStringLiteral("0004ABCDEF"))->size(), 0); // not text
        QCOMPARE(threads().search(QStringLiteral("   "))->size(), 0);
        QCOMPARE(threads().search(QStringLiteral("hi"))->size(), 1);
    }

    void searchTakesTheNewestStoredAndListsThemByDate()
    {
        // Stored out of date order (a phone that was off sends its texts late).
        const qint64 newest
            = message(1, "in", QStringLiteral("frames ready?"), "2026-01-09T10:00:00.000Z");
        const qint64 oldest
            = message(1, "in", QStringLiteral("frames fit?"), "2026-01-06T10:00:00.000Z");
        const qint64 middle
            = message(2, "in", QStringLiteral("new frames"), "2026-01-07T10:00:00.000Z");
        const auto two = threads().search(QStringLiteral("frames"), 2);
        QVERIFY(two);
        QCOMPARE(two->size(), 2);
        // The limit keeps the last two stored; they are shown newest first by date.
        QCOMPARE(two->at(0).messageId, middle);
        QCOMPARE(two->at(1).messageId, oldest);
        const auto all = threads().search(QStringLiteral("frames"));
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).messageId, newest);
        QCOMPARE(all->at(2).messageId, oldest);
    }

    void searchSurvivesHostileInput_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("hits");
        const auto row = [](const char *typed, int hits) {
            QTest::newRow(typed) << QString::fromUtf8(typed) << hits;
        };
        row("\"", 0);
        row("\"\"\"", 0);
        row("appointment\"", 1);
        row("\"appointment", 1);
        row("AND(", 0);
        row("appointment AND(", 0);
        row("*", 0);
        row("appoint*", 1);
        row("a*b", 0);
        row("NEAR(book tuesday)", 0);
        row("NOT", 0);
        row("OR appointment", 0);
        row("-appointment", 1);
        row("^can", 1);
        row("body:appointment", 0);
        row("{body}: book", 0);
        row("(((", 0);
        row("'; DROP TABLE messages; --", 0);
        row("book + tuesday", 1);
        row("ÀPPOINTMENT", 1); // remove_diacritics 2
    }
    void searchSurvivesHostileInput()
    {
        QFETCH(QString, typed);
        QFETCH(int, hits);
        const auto found = threads().search(typed);
        QVERIFY2(found, found ? "" : qPrintable(found.error().detail));
        QCOMPARE(found->size(), hits);
        QCOMPARE(countOf(db(), QStringLiteral("SELECT count(*) FROM messages")), 4);
    }

    void matchExpressionsQuoteEveryTerm()
    {
        QCOMPARE(FtsQuery::matchExpression(QStringLiteral(" say \"hi\"  AND( * ")),
            QStringLiteral("\"say\"* \"\"\"hi\"\"\"* \"AND(\"*"));
        QVERIFY(FtsQuery::matchExpression(QStringLiteral("* \" ( ")).isEmpty());
    }

    void messagesPageNewestFirst()
    {
        QList<qint64> all;
        qint64 before = 0;
        for (;;) {
            const auto page = threads().messages(1, before, 1);
            QVERIFY(page);
            if (page->isEmpty())
                break;
            all.append(page->first().id);
            before = page->first().id;
        }
        QCOMPARE(all, QList<qint64>({2, 1}));
        const auto first = threads().messages(1);
        QCOMPARE(first->size(), 2);
        QVERIFY(first->at(0).incoming);
        QCOMPARE(first->at(0).state, MessageState::Received);
        QCOMPARE(first->at(1).state, MessageState::Sent);
        QCOMPARE(first->at(1).body, QStringLiteral("Sure, see you then"));
    }

    // PRODUCT.md: long threads stay fast. The page query must walk the (thread_id, id) index
    // from the end, never sort the thread.
    void aTenThousandMessageThreadPagesThroughTheIndex()
    {
        {
            Transaction transaction(db());
            QSqlQuery insert(db().connection());
            QVERIFY(insert.prepare(QStringLiteral(
                "INSERT INTO messages (thread_id, direction, body, state, created_at)"
                " VALUES (4, 'in', ?, 'received', '2026-01-05T10:00:00.000Z')")));
            for (int i = 0; i < 10000; ++i) {
                insert.addBindValue(QStringLiteral("message %1").arg(i));
                QVERIFY(insert.exec());
            }
            QVERIFY(transaction.commit());
        }
        QSqlQuery plan(db().connection());
        QVERIFY(plan.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT id FROM messages WHERE thread_id = 4 AND id < "
            "9223372036854775807 ORDER BY id DESC LIMIT 50")));
        QString details;
        while (plan.next())
            details += plan.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(details.contains(QStringLiteral("messages_thread")), qPrintable(details));
        QVERIFY2(!details.contains(QStringLiteral("TEMP B-TREE")), qPrintable(details));

        QElapsedTimer timer;
        timer.start();
        qint64 before = 0;
        qint64 previous = std::numeric_limits<qint64>::max();
        int seen = 0;
        for (;;) {
            const auto page = threads().messages(4, before, 100);
            QVERIFY(page);
            if (page->isEmpty())
                break;
            for (const ThreadMessage &m : *page) {
                QVERIFY(m.id < previous);
                QCOMPARE(m.threadId, 4);
                previous = m.id;
            }
            seen += int(page->size());
            before = page->last().id;
        }
        QCOMPARE(seen, 10000);
        QCOMPARE(threads().messages(4, 0, 1)->first().body, QStringLiteral("message 9999"));
        // 100 pages; without the index each would sort 10,000 rows. Printed, not asserted: a
        // time bound fails on a loaded machine under ASan while nothing is wrong.
        qInfo("100 pages of a 10,000-message thread in %lld ms", timer.elapsed());
        // The list's last-message lookup uses the same index.
        QCOMPARE((*threads().find(4))->preview, QStringLiteral("message 9999"));
    }
};

RAPPORT_TEST_MAIN(TestThreadRepository)
#include "tst_threadrepository.moc"
