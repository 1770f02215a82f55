// The demo database generator: exact counts, the same rows for the same seed, numbers that
// libphonenumber accepts as mobiles, referential integrity, a thread long enough for the UI
// benchmarks, appointments for the inbox's customer panel, refusal to touch a shop's real data,
// and cancellation that leaves nothing behind. What the rows say is checked in tst_democontent.
#include "DemoTestSupport.h"
#include "RapportTest.h"
#include "app/appointments/AppointmentBook.h"
#include "app/audit/AuditLog.h"
#include "app/phone/PhoneNumbers.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>

#include <ctime>

using namespace rapport::app;
using namespace rapport::test::demo;

class TestDemoDataGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesExactlyWhatWasAsked_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("customers");
        QTest::addColumn<int>("messages");
        QTest::newRow("GB") << QStringLiteral("GB") << 200 << 2000;
        QTest::newRow("US") << QStringLiteral("US") << 150 << 1500;
        QTest::newRow("DE") << QStringLiteral("DE") << 120 << 1000;
        QTest::newRow("tiny") << QStringLiteral("GB") << 10 << 5;
        QTest::newRow("no messages") << QStringLiteral("GB") << 50 << 0;
        QTest::newRow("messages only") << QStringLiteral("GB") << 0 << 30;
    }
    void writesExactlyWhatWasAsked()
    {
        QFETCH(QString, region);
        QFETCH(int, customers);
        QFETCH(int, messages);
        auto db = openDatabase();
        QList<QPair<int, int>> reports;
        auto result = DemoDataGenerator::generate(
            *db, options(customers, messages, region), [&](int done, int total) {
                reports.append({done, total});
                return true;
            });
        QVERIFY2(result, result ? "" : qPrintable(result.error().detail));
        const DemoSummary &s = *result;
        QVERIFY(!s.cancelled);
        QCOMPARE(s.customers, customers);
        QCOMPARE(s.messages, messages);
        QCOMPARE(count(*db, QStringLiteral("customers")), s.customers);
        QCOMPARE(count(*db, QStringLiteral("messages")), s.messages);
        QCOMPARE(count(*db, QStringLiteral("threads")), s.threads);
        QCOMPARE(count(*db, QStringLiteral("visits")), s.visits);
        QCOMPARE(count(*db, QStringLiteral("consent_events")), s.consentEvents);
        QCOMPARE(count(*db, QStringLiteral("appointments")), s.appointments);
        QCOMPARE(count(*db, QStringLiteral("customer_tags")), s.tags);
        QCOMPARE(count(*db, QStringLiteral("customer_field_values")), s.fieldValues);
        QCOMPARE(count(*db, QStringLiteral("staff")), s.staff);
        QCOMPARE(s.staff, 3);
        QCOMPARE(count(*db, QStringLiteral("custom_fields")), 2);
        QCOMPARE(scalar(*db,
                     QStringLiteral("SELECT count(*) FROM staff WHERE role = 'owner'"
                                    " AND pin_hash IS NULL"))
                     .toInt(),
            1);
        QCOMPARE(scalar(*db,
                     QStringLiteral("SELECT count(*) FROM threads t WHERE NOT EXISTS"
                                    " (SELECT 1 FROM messages m WHERE m.thread_id = t.id)"))
                     .toInt(),
            0);
        QCOMPARE(count(*db, QStringLiteral("audit_log WHERE action = 'demo.generated'")), 1);
        if (messages >= 1000) {
            QVERIFY(s.threads > 20);
            QVERIFY(count(*db, QStringLiteral("threads WHERE customer_id IS NULL")) >= 1);
            QVERIFY(
                count(*db, QStringLiteral("threads WHERE customer_id IS NULL")) < s.threads / 10);
        }
        // Progress counts customers and messages, rises, and ends at the total.
        QVERIFY(!reports.isEmpty());
        for (qsizetype i = 1; i < reports.size(); ++i)
            QVERIFY(reports.at(i).first >= reports.at(i - 1).first);
        QCOMPARE(reports.constLast().first, customers + messages);
        QCOMPARE(reports.constLast().second, customers + messages);
    }

    void sameSeedWritesTheSameShop()
    {
        auto first = openDatabase();
        auto second = openDatabase();
        auto other = openDatabase();
        mustGenerate(*first, options(200, 2000, QStringLiteral("GB"), 7));
        mustGenerate(*second, options(200, 2000, QStringLiteral("GB"), 7));
        mustGenerate(*other, options(200, 2000, QStringLiteral("GB"), 8));
        const QStringList customers = dump(*first, QStringLiteral("customers"));
        QCOMPARE(customers.size(), 200);
        QCOMPARE(dump(*second, QStringLiteral("customers")), customers);
        QVERIFY(dump(*other, QStringLiteral("customers")) != customers);
        for (const char *table :
            {"visits", "consent_events", "threads", "messages", "staff", "appointments"}) {
            const QString name = QString::fromLatin1(table);
            QCOMPARE(dump(*second, name), dump(*first, name));
        }
    }

    void numbersAreUniqueValidMobiles_data()
    {
        QTest::addColumn<QString>("region");
        QTest::newRow("GB") << QStringLiteral("GB");
        QTest::newRow("US") << QStringLiteral("US");
        QTest::newRow("DE") << QStringLiteral("DE");
    }
    void numbersAreUniqueValidMobiles()
    {
        QFETCH(QString, region);
        auto db = openDatabase();
        mustGenerate(*db, options(200, 2000, region));
        const QStringList numbers = column(*db,
            QStringLiteral("SELECT phone_e164 FROM customers WHERE phone_e164 IS NOT NULL"
                           " UNION ALL SELECT phone_e164 FROM threads WHERE customer_id IS NULL"));
        QVERIFY(numbers.size() > 180);
        QCOMPARE(QSet<QString>(numbers.cbegin(), numbers.cend()).size(), numbers.size());
        for (const QString &number : numbers) {
            const PhoneNumbers::Parsed parsed = PhoneNumbers::parse(number, region);
            QVERIFY2(parsed.isValid(), qPrintable(number));
            QVERIFY2(parsed.type == PhoneNumbers::Type::Mobile
                    || parsed.type == PhoneNumbers::Type::FixedLineOrMobile,
                qPrintable(number));
            QCOMPARE(parsed.e164, number);
            QCOMPARE(parsed.region, region);
        }
        // A customer's thread carries the customer's own number.
        QCOMPARE(scalar(*db,
                     QStringLiteral("SELECT count(*) FROM threads t JOIN customers c"
                                    " ON c.id = t.customer_id"
                                    " WHERE c.phone_e164 IS NOT t.phone_e164"))
                     .toInt(),
            0);
    }

    void foreignKeysAndIntegrityHold()
    {
        auto db = openDatabase();
        mustGenerate(*db, options(200, 2000));
        QSqlQuery check(db->connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        const bool violated = check.next();
        QVERIFY2(!violated, violated ? qPrintable(check.value(0).toString()) : "");
        QCOMPARE(
            scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // About 15% of customers have an appointment in the next three weeks, in opening hours
    // (Monday to Friday, 09:00-18:00 in the shop's zone), and AppointmentBook::next() finds it;
    // there are past and cancelled ones too.
    void appointmentsFillTheCustomerPanel()
    {
        auto db = openDatabase();
        const DemoSummary s = mustGenerate(*db, options(400, 2000));
        QVERIFY(s.appointments > 0);
        const QTimeZone london("Europe/London");
        const QDateTime now(kToday, QTime(12, 0), london);
        const QString nowText = now.toUTC().toString(Qt::ISODateWithMs);

        QSqlQuery rows(db->connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT customer_id, starts_at, duration_minutes, what,"
                                         " booked_by, booked_at, cancelled_at, cancelled_by"
                                         " FROM appointments")));
        QSet<qint64> withUpcoming;
        int past = 0;
        int cancelled = 0;
        while (rows.next()) {
            const QString startText = rows.value(1).toString();
            const QDateTime startsAt = QDateTime::fromString(startText, Qt::ISODateWithMs);
            const int minutes = rows.value(2).toInt();
            const QDateTime local = startsAt.toTimeZone(london);
            const QDateTime localEnd = startsAt.addSecs(minutes * 60).toTimeZone(london);
            QVERIFY2(local.date().dayOfWeek() <= 5 && local.time() >= QTime(9, 0)
                    && localEnd.time() <= QTime(18, 0) && localEnd.date() == local.date()
                    && local.time().minute() % 15 == 0,
                qPrintable(startText));
            QVERIFY(minutes >= AppointmentBook::minDurationMinutes
                && minutes <= AppointmentBook::maxDurationMinutes);
            QVERIFY(!rows.value(3).toString().isEmpty());
            QVERIFY(rows.value(3).toString().size() <= AppointmentBook::maxWhatLength);
            QVERIFY(!rows.value(4).isNull());
            const QString bookedAt = rows.value(5).toString();
            QVERIFY2(bookedAt < startText, qPrintable(bookedAt + u' ' + startText));
            QVERIFY2(bookedAt < nowText, qPrintable(bookedAt)); // never booked "in the future"
            QVERIFY(local.date() >= kToday.addDays(-56) && local.date() <= kToday.addDays(21));
            QCOMPARE(rows.value(6).isNull(), rows.value(7).isNull());
            if (!rows.value(6).isNull()) {
                ++cancelled;
                const QString cancelledAt = rows.value(6).toString();
                QVERIFY2(
                    cancelledAt >= bookedAt && cancelledAt < startText && cancelledAt < nowText,
                    qPrintable(cancelledAt));
            } else if (startText > nowText) {
                withUpcoming.insert(rows.value(0).toLongLong());
            } else {
                ++past;
            }
        }
        QVERIFY2(withUpcoming.size() >= 400 * 10 / 100 && withUpcoming.size() <= 400 * 20 / 100,
            qPrintable(QString::number(withUpcoming.size())));
        QVERIFY(past > 20);
        QVERIFY(cancelled > 0);

        AuditLog audit(*db);
        const AppointmentBook book(*db, audit, [now] { return now; });
        int found = 0;
        for (const QString &id : column(*db, QStringLiteral("SELECT id FROM customers"))) {
            const auto next = book.next(id.toLongLong());
            QVERIFY(next);
            QCOMPARE(next->has_value(), withUpcoming.contains(id.toLongLong()));
            found += next->has_value() ? 1 : 0;
        }
        QCOMPARE(found, withUpcoming.size());
    }

    void refusesAShopWithData_data()
    {
        QTest::addColumn<QString>("existing");
        QTest::newRow("customer") << QStringLiteral(
            "INSERT INTO customers (first_name, created_at, updated_at)"
            " VALUES ('Ada', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')");
        QTest::newRow("conversation with a stranger")
            << QStringLiteral("INSERT INTO threads (phone_e164) VALUES ('+447400123456')");
    }
    void refusesAShopWithData()
    {
        QFETCH(QString, existing);
        auto db = openDatabase();
        QSqlQuery insert(db->connection());
        QVERIFY(insert.exec(existing));
        auto result = DemoDataGenerator::generate(*db, options(20, 100));
        QVERIFY(!result);
        QCOMPARE(result.error().code, StorageError::Code::QueryFailed);
        QVERIFY(result.error().detail.contains(QLatin1String("already has customers")));
        QCOMPARE(
            count(*db, QStringLiteral("customers")) + count(*db, QStringLiteral("threads")), 1);
        QCOMPARE(count(*db, QStringLiteral("staff")), 0);
        QCOMPARE(count(*db, QStringLiteral("messages")), 0);
    }

    void refusesNonsenseOptions()
    {
        auto db = openDatabase();
        QVERIFY(!DemoDataGenerator::generate(*db, options(10, 10, QStringLiteral("XX"))));
        QVERIFY(!DemoDataGenerator::generate(*db, options(-1, 10)));
        QCOMPARE(count(*db, QStringLiteral("staff")), 0);
    }

    void cancellingLeavesNothing_data()
    {
        QTest::addColumn<int>("cancelAt"); // the number of reports before saying stop
        QTest::newRow("at once") << 0;
        QTest::newRow("among customers") << 1;
        QTest::newRow("among messages") << 3;
    }
    void cancellingLeavesNothing()
    {
        QFETCH(int, cancelAt);
        auto db = openDatabase();
        int reports = 0;
        auto result = DemoDataGenerator::generate(
            *db, options(2500, 3000), [&](int, int) { return reports++ < cancelAt; });
        QVERIFY(result);
        QVERIFY(result->cancelled);
        QCOMPARE(result->customers, 0);
        QCOMPARE(reports, cancelAt + 1);
        for (const char *table :
            {"customers", "customer_tags", "custom_fields", "customer_field_values", "visits",
                "staff", "consent_events", "threads", "messages", "appointments", "audit_log"})
            QCOMPARE(count(*db, QString::fromLatin1(table)), 0);
        // And the database is still usable for the real thing.
        QVERIFY(DemoDataGenerator::generate(*db, options(20, 50)));
    }

    void aLongThreadForTheBenchmarks()
    {
        auto db = openDatabase();
        const DemoSummary s = mustGenerate(*db, options(200, 20'000));
        QCOMPARE(count(*db, QStringLiteral("messages")), 20'000);
        const qint64 longest = scalar(*db,
            QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n"
                           " FROM messages GROUP BY thread_id)"))
                                   .toLongLong();
        QVERIFY(longest >= 10'000);
        QCOMPARE(s.largestThreadMessages, longest);
        QCOMPARE(count(*db, QStringLiteral("messages WHERE thread_id = %1").arg(s.largestThreadId)),
            longest);
        QVERIFY(scalar(*db,
                    QStringLiteral("SELECT customer_id FROM threads WHERE id = %1")
                        .arg(s.largestThreadId))
                    .toLongLong()
            > 0);
    }

    // Run with RAPPORT_DEMO_BENCHMARK=1: the full-size shop the UI benchmarks use, on disk.
    // The limit is on processor time, which other programs on a busy machine do not inflate
    // as much as they do the wall clock.
    void benchmarkFullSizeShop()
    {
        if (!qEnvironmentVariableIsSet("RAPPORT_DEMO_BENCHMARK"))
            QSKIP("set RAPPORT_DEMO_BENCHMARK=1 to write 100,000 customers and 1,000,000 messages");
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("demo.db")), QStringLiteral("bench"));
        QVERIFY(db);
        QElapsedTimer timer;
        timer.start();
        const std::clock_t processorStart = std::clock();
        auto s = DemoDataGenerator::generate(**db, options(100'000, 1'000'000));
        const qint64 processorMs = qint64(std::clock() - processorStart) * 1000 / CLOCKS_PER_SEC;
        const qint64 wallMs = timer.elapsed();
        QVERIFY2(s, s ? "" : qPrintable(s.error().detail));
        qInfo("100k customers, 1M messages: %lld ms (%lld ms processor); %lld visits, %lld consent"
              " events, %lld threads, longest %lld messages",
            wallMs, processorMs, s->visits, s->consentEvents, s->threads, s->largestThreadMessages);
        QCOMPARE(count(**db, QStringLiteral("messages")), 1'000'000);
        QVERIFY(count(**db,
                    QStringLiteral("threads WHERE id IN (SELECT thread_id FROM messages"
                                   " GROUP BY thread_id HAVING count(*) >= 10000)"))
            >= 3);
        QVERIFY(processorMs < 60'000);
    }
};

RAPPORT_TEST_MAIN(TestDemoDataGenerator)
#include "tst_demodatagenerator.moc"
