// Rapport's real schema: a database left at every earlier version, holding data written by that
// version, opens at the current version with every row intact and every constraint holding.
#include "RapportTest.h"
#include "app/storage/Database.h"
#include "app/storage/Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rapport::app;

namespace {

// What a shop would have written with each version, in the tables that version introduced.
QStringList seedFor(int version)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('business.region', 'GB')"),
            QStringLiteral("INSERT INTO audit_log (at, action, subject) VALUES "
                           "('2025-01-01T09:00:00.000Z', 'settings.changed', 'business.region')")};
    case 2:
        return {QStringLiteral("INSERT INTO customers (id, first_name, last_name, phone_e164, "
                               "created_at, updated_at) VALUES (1, 'Ana', 'Silva', '+447400123456',"
                               " '2025-01-02T10:00:00.000Z', '2025-01-02T10:00:00.000Z')"),
            QStringLiteral("INSERT INTO customer_tags (customer_id, tag) VALUES (1, 'vip')"),
            QStringLiteral("INSERT INTO visits (customer_id, visited_on, amount_cents) VALUES "
                           "(1, '2025-01-02', 4500)")};
    case 3:
        return {QStringLiteral("INSERT INTO staff (id, name, role, created_at) VALUES "
                               "(1, 'Olive', 'owner', '2025-02-01T08:00:00.000Z')"),
            QStringLiteral("INSERT INTO consent_events (customer_id, phone_e164, purpose, action, "
                           "source, wording, wording_version, staff_id, recorded_at) VALUES "
                           "(1, '+447400123456', 'marketing', 'opt_in', 'in_person', "
                           "'Offers by text?', '2025-01', 1, '2025-02-01T08:05:00.000Z')")};
    case 4:
        return {QStringLiteral("INSERT INTO threads (id, customer_id, phone_e164) VALUES "
                               "(1, 1, '+447400123456')"),
            QStringLiteral("INSERT INTO messages (thread_id, direction, body, state, created_at) "
                           "VALUES (1, 'in', 'See you Tuesday', 'received', "
                           "'2025-03-01T12:00:00.000Z')")};
    case 5:
        return {QStringLiteral("INSERT INTO visits (customer_id, visited_on, amount_cents) VALUES "
                               "(1, '2025-04-01', 1500)")};
    case 6:
        return {
            QStringLiteral("INSERT INTO messages (thread_id, direction, body, purpose, origin, "
                           "state, created_at, part_count) VALUES (1, 'out', 'Your frames are "
                           "ready', 'service', 'manual', 'sent', '2025-05-01T09:00:00.000Z', 1)"),
            QStringLiteral("INSERT INTO message_parts (message_id, attempt, part, part_count, "
                           "reference, modem_id, recipient, sent_at) VALUES (2, 1, 1, 1, 17, "
                           "'356938035643809', '+447400123456', '2025-05-01T09:00:01.000Z')"),
            QStringLiteral(
                "INSERT INTO thread_notes (thread_id, staff_id, body, created_at) VALUES "
                "(1, 1, 'Prefers mornings', '2025-05-01T09:05:00.000Z')")};
    case 7:
        // Stored but not routed: what the version's index is for.
        return {QStringLiteral("INSERT INTO messages (thread_id, direction, body, state, "
                               "created_at) VALUES (1, 'in', 'Open on Saturday?', 'received', "
                               "'2025-06-01T08:00:00.000Z')")};
    case 8:
        // One booked by the owner, one cancelled: the panel's "next appointment" skips it.
        return {QStringLiteral("INSERT INTO appointments (customer_id, starts_at, "
                               "duration_minutes, what, booked_by, booked_at) VALUES (1, "
                               "'2025-07-01T09:30:00.000Z', 45, 'Cut and colour', 1, "
                               "'2025-06-20T15:00:00.000Z')"),
            QStringLiteral("INSERT INTO appointments (customer_id, starts_at, duration_minutes, "
                           "booked_at, cancelled_at, cancelled_by) VALUES (1, "
                           "'2025-07-02T10:00:00.000Z', 30, '2025-06-20T15:05:00.000Z', "
                           "'2025-06-21T08:00:00.000Z', 1)")};
    default:
        return {};
    }
}

// Rows each table should hold once every version up to `version` has seeded it.
QList<QPair<QString, int>> expectedRows(int version)
{
    QList<QPair<QString, int>> rows;
    if (version >= 1)
        rows << qMakePair(QStringLiteral("settings"), 1)
             << qMakePair(QStringLiteral("audit_log"), 1);
    if (version >= 2)
        rows << qMakePair(QStringLiteral("customers"), 1)
             << qMakePair(QStringLiteral("customer_tags"), 1)
             << qMakePair(QStringLiteral("visits"), version >= 5 ? 2 : 1);
    if (version >= 3)
        rows << qMakePair(QStringLiteral("staff"), 1)
             << qMakePair(QStringLiteral("consent_events"), 1);
    if (version >= 4)
        rows << qMakePair(QStringLiteral("threads"), 1)
             << qMakePair(QStringLiteral("messages"),
                    version >= 7       ? 3
                        : version >= 6 ? 2
                                       : 1);
    if (version >= 6)
        rows << qMakePair(QStringLiteral("message_parts"), 1)
             << qMakePair(QStringLiteral("thread_notes"), 1);
    if (version >= 8)
        rows << qMakePair(QStringLiteral("appointments"), 2);
    return rows;
}

int count(const Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestSchemaMigrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySeedVersionIsKnown()
    {
        // A new migration needs a seed here, or this test would stop covering it.
        QVERIFY(!seedFor(Schema::currentVersion()).isEmpty());
        QCOMPARE(Schema::migrations().size(), Schema::currentVersion());
    }

    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int from = 0; from < Schema::currentVersion(); ++from)
            QTest::addRow("from v%d", from) << from;
    }
    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rapport.db"));
        {
            auto old
                = Database::open(path, QStringLiteral("old"), Schema::migrations().mid(0, from));
            QVERIFY(old);
            QCOMPARE((*old)->schemaVersion(), from);
            QSqlQuery query((*old)->connection());
            for (int version = 1; version <= from; ++version) {
                for (const QString &sql : seedFor(version))
                    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
            }
        }
        auto db = Database::open(path, QStringLiteral("current"));
        QVERIFY2(db, db ? "" : qPrintable(db.error().detail));
        QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
        for (const auto &[table, rows] : expectedRows(from))
            QCOMPARE(count(**db, table), rows);

        // The newer versions' tables take data after the upgrade, with the old rows.
        QSqlQuery query((*db)->connection());
        for (int version = from + 1; version <= Schema::currentVersion(); ++version) {
            for (const QString &sql : seedFor(version))
                QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        for (const auto &[table, rows] : expectedRows(Schema::currentVersion()))
            QCOMPARE(count(**db, table), rows);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!query.next());
        // Visit summaries: backfilled by the migration, then kept by the triggers.
        QVERIFY(query.exec(QStringLiteral(
                    "SELECT visit_count, spend_cents, first_visit, last_visit FROM customers"))
            && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        QCOMPARE(query.value(1).toInt(), 6000);
        QCOMPARE(query.value(2).toString(), QStringLiteral("2025-01-02"));
        QCOMPARE(query.value(3).toString(), QStringLiteral("2025-04-01"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    }

    void visitSummariesFollowEveryChange()
    {
        auto db = Database::openInMemory(QStringLiteral("summaries"));
        QVERIFY(db);
        QSqlQuery query((*db)->connection());
        for (int version = 1; version <= 2; ++version) {
            for (const QString &sql : seedFor(version))
                QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        const auto summary = [&query]() {
            query.exec(QStringLiteral("SELECT visit_count, spend_cents, coalesce(first_visit, '-'),"
                                      " coalesce(last_visit, '-') FROM customers WHERE id = 1"));
            query.next();
            return QStringLiteral("%1 %2 %3 %4")
                .arg(query.value(0).toString(), query.value(1).toString(),
                    query.value(2).toString(), query.value(3).toString());
        };
        QCOMPARE(summary(), QStringLiteral("1 4500 2025-01-02 2025-01-02"));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO visits (customer_id, visited_on, "
                                          "amount_cents) VALUES (1, '2024-06-01', 500)")));
        QCOMPARE(summary(), QStringLiteral("2 5000 2024-06-01 2025-01-02"));
        QVERIFY(query.exec(QStringLiteral("UPDATE visits SET amount_cents = 1000, visited_on = "
                                          "'2025-02-02' WHERE visited_on = '2024-06-01'")));
        QCOMPARE(summary(), QStringLiteral("2 5500 2025-01-02 2025-02-02"));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO customers (id, first_name, created_at, updated_at) VALUES "
                           "(2, 'Bo', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")));
        // Moving a visit (a merge) updates both customers.
        QVERIFY(query.exec(QStringLiteral("UPDATE visits SET customer_id = 2 WHERE "
                                          "visited_on = '2025-02-02'")));
        QCOMPARE(summary(), QStringLiteral("1 4500 2025-01-02 2025-01-02"));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM visits WHERE customer_id = 1")));
        QCOMPARE(summary(), QStringLiteral("0 0 - -"));
        QVERIFY(query.exec(QStringLiteral("SELECT visit_count, spend_cents FROM customers "
                                          "WHERE id = 2"))
            && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toInt(), 1000);
    }

    // Messages written before version 6 are found by the full-text index built on upgrade, and
    // the index follows every later insert, edit and delete.
    void messageSearchCoversOldAndNewMessages()
    {
        auto db = Database::openInMemory(QStringLiteral("fts"));
        QVERIFY(db);
        QSqlQuery query((*db)->connection());
        for (int version = 1; version <= 6; ++version) {
            for (const QString &sql : seedFor(version))
                QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        const auto matches = [&query](const QString &words) -> QString {
            query.prepare(QStringLiteral("SELECT group_concat(rowid) FROM messages_fts WHERE "
                                         "messages_fts MATCH ?"));
            query.addBindValue(words);
            if (!query.exec() || !query.next())
                return QStringLiteral("error: ") + query.lastError().text();
            return query.value(0).toString();
        };
        QCOMPARE(matches(QStringLiteral("frames")), QStringLiteral("2"));
        QCOMPARE(matches(QStringLiteral("tuesday")), QStringLiteral("1"));
        QVERIFY(query.exec(QStringLiteral("UPDATE messages SET body = 'Glasses collected' "
                                          "WHERE id = 2")));
        QCOMPARE(matches(QStringLiteral("frames")), QString());
        QCOMPARE(matches(QStringLiteral("glasses")), QStringLiteral("2"));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM messages WHERE id = 1")));
        QCOMPARE(matches(QStringLiteral("tuesday")), QString());
    }

    void inMemoryDatabasesAreCurrentAndSeparate()
    {
        auto first = Database::openInMemory(QStringLiteral("memory-1"));
        auto second = Database::openInMemory(QStringLiteral("memory-2"));
        QVERIFY(first && second);
        QCOMPARE((*first)->schemaVersion(), Schema::currentVersion());
        QVERIFY((*first)->isInMemory());
        QSqlQuery query((*first)->connection());
        QVERIFY(query.exec(seedFor(1).constFirst()));
        QCOMPARE(count(**first, QStringLiteral("settings")), 1);
        QCOMPARE(count(**second, QStringLiteral("settings")), 0);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        const auto restored = (*first)->restoreFrom(QStringLiteral("/nonexistent.db"));
        QVERIFY(!restored);
    }

    void unroutedInboundTextsAreFoundWithoutReadingEveryMessage()
    {
        // The start-up routing check asks this; with the table scanned instead, a million
        // messages cost about 0.2 s before the window could open.
        auto db = Database::openInMemory(QStringLiteral("unrouted"));
        QVERIFY(db);
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT m.id FROM messages m JOIN threads t ON t.id = m.thread_id"
            " WHERE m.id > 0 AND m.direction = 'in' AND m.routed_at IS NULL ORDER BY m.id")));
        QStringList plan;
        while (query.next())
            plan << query.value(3).toString();
        QVERIFY2(plan.join(u'\n').contains(QStringLiteral("USING INDEX messages_unrouted")),
            qPrintable(plan.join(u'\n')));
    }

    void nextAppointmentIsFoundThroughTheCustomerIndex()
    {
        // The inbox's customer panel asks this for every thread opened.
        auto db = Database::openInMemory(QStringLiteral("appointments"));
        QVERIFY(db);
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(
            QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM appointments WHERE customer_id = 1"
                           " AND cancelled_at IS NULL AND starts_at > '2025-07-01T00:00:00.000Z'"
                           " ORDER BY starts_at, id")));
        QStringList plan;
        while (query.next())
            plan << query.value(3).toString();
        const QString joined = plan.join(u'\n');
        QVERIFY2(joined.contains(QStringLiteral("USING INDEX appointments_customer_start")),
            qPrintable(joined));
        QVERIFY2(!joined.contains(QStringLiteral("TEMP B-TREE")), qPrintable(joined));
    }

    void consentEventsCannotBeRewritten()
    {
        auto db = Database::openInMemory(QStringLiteral("ledger"));
        QVERIFY(db);
        QSqlQuery query((*db)->connection());
        for (int version = 1; version <= 3; ++version) {
            for (const QString &sql : seedFor(version))
                QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        QVERIFY(!query.exec(QStringLiteral("UPDATE consent_events SET action = 'opt_out'")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE consent_events SET wording = 'other words'")));
        // Moving an event to another customer is how a merge keeps history: allowed.
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO customers (id, first_name, created_at, updated_at) VALUES "
                           "(2, 'Bo', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")));
        const auto current = [&query](int customer) {
            query.exec(QStringLiteral("SELECT group_concat(purpose || '=' || action) FROM "
                                      "consent_current WHERE customer_id = %1")
                           .arg(customer));
            query.next();
            return query.value(0).toString();
        };
        QCOMPARE(current(1), QStringLiteral("marketing=opt_in"));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO consent_events (customer_id, purpose, action, source, inbound_text, "
            "recorded_at) VALUES (1, 'marketing', 'opt_out', 'keyword', 'STOP', "
            "'2025-03-01T08:00:00.000Z')")));
        QCOMPARE(current(1), QStringLiteral("marketing=opt_out"));
        QVERIFY2(query.exec(QStringLiteral("UPDATE consent_events SET customer_id = 2")),
            qPrintable(query.lastError().text()));
        QCOMPARE(current(1), QString());
        QCOMPARE(current(2), QStringLiteral("marketing=opt_out"));
    }
};

RAPPORT_TEST_MAIN(TestSchemaMigrations)
#include "tst_schemamigrations.moc"
