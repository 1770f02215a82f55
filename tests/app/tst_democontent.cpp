// What a demo database says: threads that agree with their messages, texts inside the shop's
// sending window, people, consent and messages that look like a real shop's; and the
// calendar arithmetic behind the timestamps.
#include "DemoTestSupport.h"
#include "RapportTest.h"
#include "app/demo/DemoCalendar.h"

#include <QRegularExpression>

#include <algorithm>

using namespace rapport::app;
using namespace rapport::test::demo;

class TestDemoContent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threadsAgreeWithTheirMessages()
    {
        auto db = openDatabase();
        mustGenerate(*db, options(200, 2000));
        QCOMPARE(scalar(*db,
                     QStringLiteral("SELECT count(*) FROM threads t WHERE last_message_at IS"
                                    " NOT (SELECT max(created_at) FROM messages m"
                                    " WHERE m.thread_id = t.id)"))
                     .toInt(),
            0);
        // Unread are the inbound messages after the shop's last reply: all of them or none.
        QSqlQuery unread(db->connection());
        QVERIFY(unread.exec(QStringLiteral(
            "SELECT t.unread_count, (SELECT count(*) FROM messages m WHERE m.thread_id = t.id"
            " AND m.direction = 'in' AND m.id > coalesce((SELECT max(o.id) FROM messages o"
            " WHERE o.thread_id = t.id AND o.direction = 'out'), 0)) FROM threads t")));
        int threadsWithUnread = 0;
        while (unread.next()) {
            const int stored = unread.value(0).toInt();
            QVERIFY(stored == 0 || stored == unread.value(1).toInt());
            threadsWithUnread += stored > 0 ? 1 : 0;
        }
        QVERIFY(threadsWithUnread > 0);
        // Time runs forward within every thread, inside the last two years.
        QCOMPARE(scalar(*db,
                     QStringLiteral("SELECT count(*) FROM messages a JOIN messages b"
                                    " ON b.thread_id = a.thread_id AND b.id > a.id"
                                    " AND b.created_at <= a.created_at"))
                     .toInt(),
            0);
        const QString earliest
            = scalar(*db, QStringLiteral("SELECT min(created_at) FROM messages")).toString();
        const QString latest
            = scalar(*db, QStringLiteral("SELECT max(created_at) FROM messages")).toString();
        QVERIFY(QDateTime::fromString(earliest, Qt::ISODateWithMs).date()
            >= kToday.addYears(-2).addDays(-1));
        QVERIFY(QDateTime::fromString(latest, Qt::ISODateWithMs)
            <= QDateTime(kToday, QTime(18, 0), QTimeZone("Europe/London")));
        // The shop keeps its own quiet hours: Monday to Friday, 09:00-18:00 local time.
        const QTimeZone london("Europe/London");
        for (const QString &created :
            column(*db, QStringLiteral("SELECT created_at FROM messages"))) {
            const QDateTime local
                = QDateTime::fromString(created, Qt::ISODateWithMs).toTimeZone(london);
            QVERIFY2(local.date().dayOfWeek() <= 5 && local.time() >= QTime(9, 0)
                    && local.time() <= QTime(18, 0),
                qPrintable(created));
        }
        // States fit directions.
        QCOMPARE(count(*db,
                     QStringLiteral("messages WHERE direction = 'in' AND (state <> 'received'"
                                    " OR purpose IS NOT NULL OR origin IS NOT NULL)")),
            0);
        QCOMPARE(count(*db,
                     QStringLiteral("messages WHERE direction = 'out' AND (state NOT IN"
                                    " ('delivered', 'sent', 'failed') OR purpose IS NULL"
                                    " OR origin IS NULL)")),
            0);
        QCOMPARE(
            count(*db, QStringLiteral("messages WHERE state = 'failed' AND state_reason IS NULL")),
            0);
        // Failures carry the outbox's sentences, as a real failure would, never a code.
        QCOMPARE(
            count(*db,
                QStringLiteral("messages WHERE state = 'failed' AND state_reason NOT LIKE "
                               "'Not sent: %.' AND state_reason NOT LIKE 'Not delivered: %.'")),
            0);
        QCOMPARE(count(*db,
                     QStringLiteral("messages WHERE state = 'delivered' AND delivered_at IS NULL")),
            0);
        QCOMPARE(
            count(*db, QStringLiteral("messages WHERE origin = 'manual' AND staff_id IS NULL")), 0);
        for (const char *state : {"delivered", "sent", "failed"})
            QVERIFY(
                count(*db, QStringLiteral("messages WHERE state = '%1'").arg(QLatin1String(state)))
                > 0);
    }

    void contentLooksLikeARealShop()
    {
        auto db = openDatabase();
        mustGenerate(*db, options(500, 5000));
        const QStringList names
            = column(*db, QStringLiteral("SELECT first_name || ' ' || last_name FROM customers"));
        int accented = 0;
        int apostrophes = 0;
        for (const QString &name : names) {
            accented += std::any_of(
                name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 0x7f; });
            apostrophes += name.contains(QLatin1Char('\'')) ? 1 : 0;
        }
        QVERIFY(accented > 10);
        QVERIFY(apostrophes > 0);
        const QStringList emails
            = column(*db, QStringLiteral("SELECT email FROM customers WHERE email IS NOT NULL"));
        QVERIFY(emails.size() > 250 && emails.size() < 350);
        static const QRegularExpression address(
            QStringLiteral("^[a-z0-9._]+@example\\.(com|org)$"));
        for (const QString &email : emails)
            QVERIFY2(address.match(email).hasMatch(), qPrintable(email));
        const qint64 birthdays
            = count(*db, QStringLiteral("customers WHERE birthday_day IS NOT NULL"));
        QVERIFY(birthdays > 300 && birthdays < 400);
        QVERIFY(count(*db,
                    QStringLiteral("customers WHERE birthday_day IS NOT NULL"
                                   " AND birthday_year IS NULL"))
            > 30);
        QVERIFY(
            count(*db, QStringLiteral("customers WHERE birthday_day = 29 AND birthday_month = 2"))
            > 0);
        QCOMPARE(count(*db,
                     QStringLiteral("customers WHERE birthday_day = 29 AND birthday_month = 2"
                                    " AND birthday_year % 4 <> 0")),
            0);
        QVERIFY(scalar(*db, QStringLiteral("SELECT min(anniversary) FROM customers")).toString()
            >= kToday.addYears(-5).addDays(-2).toString(Qt::ISODate));
        QVERIFY(count(*db, QStringLiteral("customers WHERE language <> 'en'")) > 10);
        QVERIFY(count(*db, QStringLiteral("customers WHERE language <> 'en'")) < 150);
        QVERIFY(count(*db, QStringLiteral("customers WHERE time_zone IS NOT NULL")) > 0);
        QVERIFY(count(*db, QStringLiteral("customers WHERE notes IS NOT NULL")) > 20);
        QCOMPARE(column(*db, QStringLiteral("SELECT DISTINCT tag FROM customer_tags ORDER BY tag")),
            (QStringList {QStringLiteral("newsletter"), QStringLiteral("referral"),
                QStringLiteral("student"), QStringLiteral("vip"), QStringLiteral("walk-in")}));
        QCOMPARE(count(*db,
                     QStringLiteral("customer_tags t WHERE tag = 'newsletter' AND NOT EXISTS"
                                    " (SELECT 1 FROM consent_events e WHERE e.customer_id ="
                                    " t.customer_id AND e.purpose = 'marketing')")),
            0);
        QCOMPARE(column(*db, QStringLiteral("SELECT type FROM custom_fields ORDER BY name")),
            (QStringList {QStringLiteral("choice"), QStringLiteral("number")}));
        QVERIFY(scalar(*db,
                    QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM visits"
                                   " GROUP BY customer_id)"))
                    .toInt()
            <= 40);
        QCOMPARE(count(*db, QStringLiteral("visits WHERE amount_cents <= 0")), 0);

        // The consent ledger: counter opt-ins with the exact wording, about half for marketing,
        // a few STOPs that each match a STOP text in the customer's thread.
        QVERIFY(count(*db,
                    QStringLiteral("consent_events WHERE purpose = 'service' AND"
                                   " action = 'opt_in' AND source = 'in_person' AND"
                                   " wording = 'Can we text you about your appointments?'"
                                   " AND wording_version = '2024-01' AND staff_id IS NOT NULL"))
            > 350);
        const qint64 marketing = count(*db,
            QStringLiteral("consent_events WHERE purpose ="
                           " 'marketing' AND action = 'opt_in'"));
        QVERIFY(marketing > 225 && marketing < 325);
        QVERIFY(
            count(*db, QStringLiteral("consent_events WHERE source IN ('paper_form', 'import')"))
            > 0);
        const QStringList stopped = column(*db,
            QStringLiteral("SELECT DISTINCT customer_id FROM consent_events WHERE action ="
                           " 'opt_out' AND source = 'keyword' AND inbound_text = 'STOP'"
                           " AND confirmation_text IS NOT NULL"));
        QVERIFY(stopped.size() >= 10 && stopped.size() <= 45);
        QCOMPARE(count(*db,
                     QStringLiteral("consent_events WHERE action = 'opt_out'"
                                    " AND inbound_text IS NOT 'STOP'")),
            0);
        for (const QString &id : stopped) {
            const QString lastIn = scalar(*db,
                QStringLiteral("SELECT body FROM messages WHERE direction = 'in' AND thread_id ="
                               " (SELECT id FROM threads WHERE customer_id = %1)"
                               " ORDER BY id DESC LIMIT 1")
                    .arg(id))
                                       .toString();
            QCOMPARE(lastIn, QStringLiteral("STOP"));
        }
        // Messages read like texts: confirmations, emoji, offers only to those who agreed.
        QVERIFY(count(*db, QStringLiteral("messages WHERE body = 'C'")) > 0);
        QVERIFY(count(*db, QStringLiteral("messages WHERE body LIKE '%Reply C to confirm%'")) > 0);
        QVERIFY(count(*db, QStringLiteral("messages WHERE body = '👍'")) > 0);
        QCOMPARE(count(*db,
                     QStringLiteral("messages m JOIN threads t ON t.id = m.thread_id"
                                    " WHERE m.purpose = 'marketing' AND NOT EXISTS"
                                    " (SELECT 1 FROM consent_events e WHERE e.customer_id ="
                                    " t.customer_id AND e.purpose = 'marketing')")),
            0);
    }

    void isoTimesMatchQt_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc());
        QTest::newRow("leap day") << QDateTime(
            QDate(2024, 2, 29), QTime(23, 59, 59, 999), QTimeZone::utc());
        QTest::newRow("century") << QDateTime(
            QDate(2000, 3, 1), QTime(0, 0, 0, 1), QTimeZone::utc());
        QTest::newRow("before epoch")
            << QDateTime(QDate(1969, 12, 31), QTime(12, 30), QTimeZone::utc());
        QTest::newRow("future") << QDateTime(
            QDate(2100, 12, 31), QTime(8, 5, 7, 42), QTimeZone::utc());
    }
    void isoTimesMatchQt()
    {
        QFETCH(QDateTime, at);
        QCOMPARE(
            DemoCalendar::isoUtc(at.toMSecsSinceEpoch()), at.toUTC().toString(Qt::ISODateWithMs));
    }

    void openTimeSkipsNightsAndWeekends_data()
    {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<QDateTime>("counted");
        const auto at = [](int day, int hour, int minute) {
            return QDateTime(QDate(2025, 6, day), QTime(hour, minute), QTimeZone::utc());
        };
        // 2025-06-10 is a Tuesday.
        QTest::newRow("open") << at(10, 10, 30) << at(10, 10, 30);
        QTest::newRow("before opening") << at(10, 7, 0) << at(10, 9, 0);
        QTest::newRow("evening") << at(10, 20, 0) << at(11, 9, 0);
        QTest::newRow("saturday") << at(14, 11, 0) << at(16, 9, 0);
        QTest::newRow("friday just before close") << at(13, 17, 59) << at(13, 17, 59);
    }
    void openTimeSkipsNightsAndWeekends()
    {
        QFETCH(QDateTime, moment);
        QFETCH(QDateTime, counted);
        const qint64 open = DemoCalendar::toOpenMs(moment.toMSecsSinceEpoch());
        QCOMPARE(DemoCalendar::fromOpenMs(open), counted.toMSecsSinceEpoch());
    }
};

RAPPORT_TEST_MAIN(TestDemoContent)
#include "tst_democontent.moc"
