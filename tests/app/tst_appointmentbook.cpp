// The appointment book: booking with every refusal and its boundary (a start equal to now is
// allowed, one second earlier is not; 5 and 720 minutes; 120 characters), next() (cancelled and
// ended ones skipped, the soonest picked, one in progress counts until it ends), cancelling once
// only, the audit lines, and times stored as UTC text that read back equal across the clock
// changes of Europe/London. The clock is a function of the test: nothing waits.
#include "RapportTest.h"
#include "app/appointments/AppointmentBook.h"
#include "app/audit/AuditLog.h"
#include "app/staff/Actor.h"
#include "app/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <memory>

using namespace rapport::app;
using Code = AppointmentError::Code;

Q_DECLARE_METATYPE(rapport::app::AppointmentError::Code)

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
}

const QDateTime kStart = utc("2025-03-01T09:00:00.000Z");

} // namespace

class TestAppointmentBook final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AppointmentBook> m_book;
    QDateTime m_now;
    qint64 m_staffId = 0;
    qint64 m_ada = 0;
    qint64 m_bob = 0;
    int m_opened = 0;

    AppointmentBook &book() { return *m_book; }
    Actor sam() const
    {
        return Actor::staffMember(m_staffId, StaffRole::Staff, QStringLiteral("Sam"));
    }

    qint64 insert(const QString &sql)
    {
        QSqlQuery query(m_db->connection());
        if (!query.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.lastInsertId().toLongLong();
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(m_db->connection());
        if (!query.exec(sql) || !query.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.value(0);
    }

    qint64 mustBook(qint64 customer, const QDateTime &startsAt, int minutes = 30,
        const QString &what = QStringLiteral("Cut"))
    {
        auto id = book().book({customer, startsAt, minutes, what}, sam());
        if (!id)
            qFatal("book failed: %s", qPrintable(id.error().describe()));
        return *id;
    }

    std::optional<Appointment> next(qint64 customer)
    {
        auto found = book().next(customer);
        if (!found)
            qFatal("next failed: %s", qPrintable(found.error().describe()));
        return *found;
    }

private Q_SLOTS:
    void init()
    {
        auto db = Database::openInMemory(QStringLiteral("appointments-%1").arg(++m_opened));
        QVERIFY2(db, db ? "" : qPrintable(db.error().detail));
        m_db = std::move(*db);
        m_now = kStart;
        const auto clock = [this] { return m_now; };
        m_audit = std::make_unique<AuditLog>(*m_db, clock);
        m_book = std::make_unique<AppointmentBook>(*m_db, *m_audit, clock);
        m_staffId = insert(QStringLiteral("INSERT INTO staff (name, role, created_at) VALUES "
                                          "('Sam', 'staff', '2025-01-01T00:00:00.000Z')"));
        m_ada = insert(QStringLiteral("INSERT INTO customers (first_name, created_at, updated_at)"
                                      " VALUES ('Ada', '2025-01-01T00:00:00.000Z',"
                                      " '2025-01-01T00:00:00.000Z')"));
        m_bob = insert(QStringLiteral("INSERT INTO customers (first_name, created_at, updated_at)"
                                      " VALUES ('Bob', '2025-01-01T00:00:00.000Z',"
                                      " '2025-01-01T00:00:00.000Z')"));
    }
    void cleanup()
    {
        m_book.reset();
        m_audit.reset();
        m_db.reset();
    }

    void booksAndReadsBackEveryField()
    {
        m_now = kStart.addMSecs(250); // a clock with milliseconds
        const QDateTime startsAt = utc("2025-03-04T14:15:00.000Z");
        auto id = book().book({m_ada, startsAt, 45, QStringLiteral("  Cut and colour \n")}, sam());
        QVERIFY2(id, id ? "" : qPrintable(id.error().describe()));
        QVERIFY(*id > 0);
        auto all = book().forCustomer(m_ada);
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        const Appointment &a = all->first();
        QCOMPARE(a.id, *id);
        QCOMPARE(a.customerId, m_ada);
        QCOMPARE(a.startsAt, startsAt);
        QCOMPARE(a.startsAt.timeSpec(), Qt::UTC);
        QCOMPARE(a.durationMinutes, 45);
        QCOMPARE(a.endsAt(), utc("2025-03-04T15:00:00.000Z"));
        QCOMPARE(a.what, QStringLiteral("Cut and colour"));
        QCOMPARE(a.bookedBy, m_staffId);
        QCOMPARE(a.bookedAt, m_now);
        QVERIFY(!a.cancelledAt.has_value());
        QCOMPARE(a.cancelledBy, 0);
        QVERIFY(book().forCustomer(m_bob)->isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT booked_at FROM appointments")).toString(),
            QStringLiteral("2025-03-01T09:00:00.250Z"));
    }

    void bookingFromTheCommandLineNamesNoStaff()
    {
        auto id = book().book({m_ada, kStart.addDays(1), 30, {}}, Actor::commandLine());
        QVERIFY(id);
        QVERIFY(scalar(QStringLiteral("SELECT booked_by FROM appointments")).isNull());
        QCOMPARE(book().find(*id)->bookedBy, 0);
        QCOMPARE(book().find(*id)->what, QString());
    }

    void refusesWhatCannotBeBooked_data()
    {
        QTest::addColumn<bool>("knownCustomer");
        QTest::addColumn<qint64>(
            "startOffsetMs"); // from now; invalid start when `validStart` false
        QTest::addColumn<bool>("validStart");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("what");
        QTest::addColumn<Code>("code");
        const QString fine = QStringLiteral("Cut");
        QTest::newRow("no such customer")
            << false << qint64(3600'000) << true << 30 << fine << Code::NoSuchCustomer;
        QTest::newRow("one second ago")
            << true << qint64(-1000) << true << 30 << fine << Code::InThePast;
        QTest::newRow("one millisecond ago")
            << true << qint64(-1) << true << 30 << fine << Code::InThePast;
        QTest::newRow("last year")
            << true << qint64(-366) * 86'400'000 << true << 30 << fine << Code::InThePast;
        QTest::newRow("no time") << true << qint64(0) << false << 30 << fine << Code::InThePast;
        QTest::newRow("4 minutes")
            << true << qint64(3600'000) << true << 4 << fine << Code::BadDuration;
        QTest::newRow("no minutes")
            << true << qint64(3600'000) << true << 0 << fine << Code::BadDuration;
        QTest::newRow("negative") << true << qint64(3600'000) << true << -30 << fine
                                  << Code::BadDuration;
        QTest::newRow("721 minutes")
            << true << qint64(3600'000) << true << 721 << fine << Code::BadDuration;
        QTest::newRow("121 characters")
            << true << qint64(3600'000) << true << 30 << QString(121, u'x') << Code::TooLong;
        QTest::newRow("121 characters, trimmed")
            << true << qint64(3600'000) << true << 30
            << QString(QStringLiteral(" ") + QString(121, u'x') + QStringLiteral(" "))
            << Code::TooLong;
        // Checked before the customer: a form's own mistakes are reported first.
        QTest::newRow("bad duration for nobody")
            << false << qint64(3600'000) << true << 1 << fine << Code::BadDuration;
    }
    void refusesWhatCannotBeBooked()
    {
        QFETCH(bool, knownCustomer);
        QFETCH(qint64, startOffsetMs);
        QFETCH(bool, validStart);
        QFETCH(int, minutes);
        QFETCH(QString, what);
        QFETCH(Code, code);
        const NewAppointment request {knownCustomer ? m_ada : m_bob + 100,
            validStart ? m_now.addMSecs(startOffsetMs) : QDateTime(), minutes, what};
        auto id = book().book(request, sam());
        QVERIFY(!id);
        QCOMPARE(id.error().code, code);
        QVERIFY(!id.error().describe().isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM appointments")).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
    }

    void acceptsTheBoundaries_data()
    {
        QTest::addColumn<qint64>("startOffsetMs");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("stored");
        const QString x120(120, u'x');
        QTest::newRow("starting exactly now") << qint64(0) << 30 << QString() << QString();
        QTest::newRow("only spaces")
            << qint64(60'000) << 30 << QStringLiteral("  \n ") << QString();
        QTest::newRow("5 minutes") << qint64(60'000) << 5 << QString() << QString();
        QTest::newRow("720 minutes") << qint64(60'000) << 720 << QString() << QString();
        QTest::newRow("120 characters") << qint64(60'000) << 30 << x120 << x120;
        QTest::newRow("120 characters and spaces")
            << qint64(60'000) << 30 << QString(QStringLiteral("\t ") + x120 + QStringLiteral("  "))
            << x120;
        // Characters, not UTF-16 units: 120 emoji are 240 units.
        QString emoji;
        for (int i = 0; i < 120; ++i)
            emoji += QStringLiteral("\U0001F487");
        QTest::newRow("120 emoji") << qint64(60'000) << 30 << emoji << emoji;
    }
    void acceptsTheBoundaries()
    {
        QFETCH(qint64, startOffsetMs);
        QFETCH(int, minutes);
        QFETCH(QString, what);
        QFETCH(QString, stored);
        auto id = book().book({m_ada, m_now.addMSecs(startOffsetMs), minutes, what}, sam());
        QVERIFY2(id, id ? "" : qPrintable(id.error().describe()));
        auto found = book().find(*id);
        QVERIFY(found);
        QCOMPARE(found->what, stored);
        QCOMPARE(found->durationMinutes, minutes);
        QCOMPARE(found->startsAt, m_now.addMSecs(startOffsetMs));
    }

    void errorsSayWhatToDo_data()
    {
        QTest::addColumn<Code>("code");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("customer") << Code::NoSuchCustomer
                                  << QStringLiteral("Open the customer again");
        QTest::newRow("past") << Code::InThePast
                              << QStringLiteral(
                                     "Choose a time from now on: this one has already passed.");
        QTest::newRow("duration") << Code::BadDuration
                                  << QStringLiteral("between 5 minutes and 12 hours");
        QTest::newRow("too long") << Code::TooLong << QStringLiteral("at most 120 characters");
        QTest::newRow("appointment")
            << Code::NoSuchAppointment << QStringLiteral("This appointment no longer exists");
        QTest::newRow("cancelled") << Code::AlreadyCancelled << QStringLiteral("already cancelled");
        QTest::newRow("storage") << Code::Storage << QStringLiteral("disk is full (13)");
    }
    void errorsSayWhatToDo()
    {
        QFETCH(Code, code);
        QFETCH(QString, sentence);
        const QString text
            = AppointmentError {code, QStringLiteral("disk is full (13)")}.describe();
        QVERIFY2(text.contains(sentence), qPrintable(text));
        QVERIFY(text.endsWith(u'.'));
    }

    void nextSkipsCancelledAndEndedOnesAndPicksTheSoonest()
    {
        QVERIFY(!next(m_ada).has_value());
        // Booked out of order, with a sooner one cancelled and Bob's sooner still.
        const qint64 later = mustBook(m_ada, kStart.addSecs(2 * 3600), 60, QStringLiteral("Later"));
        const qint64 sooner = mustBook(m_ada, kStart.addSecs(3600), 30, QStringLiteral("Sooner"));
        const qint64 cancelled = mustBook(m_ada, kStart.addSecs(1800), 30, QStringLiteral("Off"));
        mustBook(m_bob, kStart.addSecs(600));
        QVERIFY(book().cancel(cancelled, sam()));

        QCOMPARE(next(m_ada)->id, sooner);
        QCOMPARE(next(m_ada)->what, QStringLiteral("Sooner"));
        // Exactly at its end it has ended: the later one is next.
        m_now = kStart.addSecs(3600 + 30 * 60);
        QCOMPARE(next(m_ada)->id, later);
        m_now = kStart.addSecs(3 * 3600 - 1);
        QCOMPARE(next(m_ada)->id, later);
        m_now = kStart.addSecs(3 * 3600);
        QVERIFY(!next(m_ada).has_value());
        // Nobody's next appointment is simply none.
        QVERIFY(!next(m_bob + 100).has_value());
    }

    void anAppointmentInProgressIsNextUntilItEnds_data()
    {
        QTest::addColumn<qint64>("sinceStartMs"); // the clock, from the start
        QTest::addColumn<bool>("isNext");
        QTest::newRow("a second before it starts") << qint64(-1000) << true;
        QTest::newRow("as it starts") << qint64(0) << true;
        QTest::newRow("half way") << qint64(45 * 60'000) << true;
        QTest::newRow("a millisecond before it ends") << qint64(90 * 60'000 - 1) << true;
        QTest::newRow("as it ends") << qint64(90 * 60'000) << false;
        QTest::newRow("after it ended") << qint64(91 * 60'000) << false;
        // Longer ago than the longest appointment lasts: outside the index range read.
        QTest::newRow("a day later") << qint64(24 * 3600'000) << false;
    }
    void anAppointmentInProgressIsNextUntilItEnds()
    {
        QFETCH(qint64, sinceStartMs);
        QFETCH(bool, isNext);
        const QDateTime startsAt = kStart.addSecs(3600);
        const qint64 id = mustBook(m_ada, startsAt, 90);
        m_now = startsAt.addMSecs(sinceStartMs);
        const auto found = next(m_ada);
        QCOMPARE(found.has_value(), isNext);
        if (isNext)
            QCOMPARE(found->id, id);
    }

    void theLongestAppointmentIsNextUntilItsLastMinute()
    {
        const QDateTime startsAt = kStart.addSecs(60);
        const qint64 id = mustBook(m_ada, startsAt, AppointmentBook::maxDurationMinutes);
        m_now = startsAt.addSecs(qint64(AppointmentBook::maxDurationMinutes) * 60 - 60);
        QCOMPARE(next(m_ada)->id, id);
        m_now = m_now.addSecs(60);
        QVERIFY(!next(m_ada).has_value());
    }

    void cancellingTwiceIsRefused()
    {
        const qint64 id = mustBook(m_ada, kStart.addDays(2));
        m_now = kStart.addSecs(600);
        auto cancelled = book().cancel(id, sam());
        QVERIFY2(cancelled, cancelled ? "" : qPrintable(cancelled.error().describe()));
        QVERIFY(*cancelled);
        auto found = book().find(id);
        QVERIFY(found);
        QVERIFY(found->isCancelled());
        QCOMPARE(*found->cancelledAt, m_now);
        QCOMPARE(found->cancelledBy, m_staffId);

        m_now = kStart.addSecs(1200);
        auto again = book().cancel(id, sam());
        QVERIFY(!again);
        QCOMPARE(again.error().code, Code::AlreadyCancelled);
        QCOMPARE(*book().find(id)->cancelledAt, kStart.addSecs(600)); // the first one stands

        auto nobody = book().cancel(id + 1, sam());
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().code, Code::NoSuchAppointment);
        QCOMPARE(book().find(id + 1).error().code, Code::NoSuchAppointment);
    }

    void bookingAndCancellingAreAudited()
    {
        const qint64 id
            = mustBook(m_ada, utc("2025-03-05T10:00:00.000Z"), 45, QStringLiteral("Balayage"));
        m_now = kStart.addSecs(60);
        QVERIFY(book().cancel(id, sam()));

        auto booked = m_audit->entries(AppointmentBook::BookedAction);
        QVERIFY(booked);
        QCOMPARE(booked->size(), 1);
        QCOMPARE(booked->first().subject, QStringLiteral("customer:%1").arg(m_ada));
        QCOMPARE(booked->first().actor, QStringLiteral("Sam"));
        QCOMPARE(booked->first().staffId, m_staffId);
        QCOMPARE(booked->first().at, kStart);
        QCOMPARE(booked->first().detail,
            QStringLiteral("appointment %1 at 2025-03-05T10:00:00.000Z for 45 minutes").arg(id));

        auto cancelled = m_audit->entries(AppointmentBook::CancelledAction);
        QVERIFY(cancelled);
        QCOMPARE(cancelled->size(), 1);
        QCOMPARE(cancelled->first().subject, QStringLiteral("customer:%1").arg(m_ada));
        QCOMPARE(cancelled->first().at, m_now);
        QVERIFY(cancelled->first().detail.startsWith(QStringLiteral("appointment %1 ").arg(id)));
        // What was booked may say something personal; the log outlives an erasure.
        const auto everything = m_audit->entries();
        QVERIFY(everything);
        for (const AuditEntry &line : *everything)
            QVERIFY2(!line.detail.contains(QStringLiteral("Balayage")), qPrintable(line.detail));
    }

    void aFailedWriteLeavesNothingBehind()
    {
        // A staff id with no staff row: the foreign key refuses the row, and neither it nor an
        // audit line is kept.
        const Actor ghost
            = Actor::staffMember(m_staffId + 50, StaffRole::Staff, QStringLiteral("Gus"));
        auto id = book().book({m_ada, kStart.addDays(1), 30, {}}, ghost);
        QVERIFY(!id);
        QCOMPARE(id.error().code, Code::Storage);
        QVERIFY(!id.error().detail.isEmpty());
        QVERIFY(id.error().describe().contains(id.error().detail));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM appointments")).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
    }

    void forCustomerListsNewestFirstWithCancelledOnes()
    {
        const qint64 first = mustBook(m_ada, kStart.addDays(1));
        const qint64 third = mustBook(m_ada, kStart.addDays(3));
        const qint64 second = mustBook(m_ada, kStart.addDays(2));
        const qint64 secondToo = mustBook(m_ada, kStart.addDays(2)); // same time: by id
        QVERIFY(book().cancel(second, sam()));
        auto all = book().forCustomer(m_ada);
        QVERIFY(all);
        QList<qint64> ids;
        for (const Appointment &a : *all)
            ids << a.id;
        QCOMPARE(ids, (QList<qint64> {third, secondToo, second, first}));
        QVERIFY(all->at(2).isCancelled());
        QVERIFY(book().forCustomer(m_bob + 100)->isEmpty());
    }

    void erasingTheCustomerRemovesTheirAppointments()
    {
        const qint64 id = mustBook(m_ada, kStart.addDays(1));
        insert(QStringLiteral("DELETE FROM customers WHERE id = %1").arg(m_ada));
        QCOMPARE(book().find(id).error().code, Code::NoSuchAppointment);
        QCOMPARE(book().cancel(id, sam()).error().code, Code::NoSuchAppointment);
    }

    // Stored as UTC text; read back as the same instant, so the shop's wall clock shows the
    // time booked on either side of a clock change. The 01:30 of 26 October happens twice in
    // London: both are kept apart.
    void timesAreUtcAcrossClockChanges_data()
    {
        QTest::addColumn<QString>("utcText");
        QTest::addColumn<QString>("londonTime");
        QTest::newRow("before spring forward")
            << QStringLiteral("2025-03-30T00:30:00.000Z") << QStringLiteral("2025-03-30 00:30");
        QTest::newRow("after spring forward")
            << QStringLiteral("2025-03-30T01:30:00.000Z") << QStringLiteral("2025-03-30 02:30");
        QTest::newRow("summer") << QStringLiteral("2025-07-01T09:00:00.000Z")
                                << QStringLiteral("2025-07-01 10:00");
        QTest::newRow("first 01:30 in autumn")
            << QStringLiteral("2025-10-26T00:30:00.000Z") << QStringLiteral("2025-10-26 01:30");
        QTest::newRow("second 01:30 in autumn")
            << QStringLiteral("2025-10-26T01:30:00.000Z") << QStringLiteral("2025-10-26 01:30");
        QTest::newRow("winter") << QStringLiteral("2025-12-01T10:00:00.000Z")
                                << QStringLiteral("2025-12-01 10:00");
    }
    void timesAreUtcAcrossClockChanges()
    {
        QFETCH(QString, utcText);
        QFETCH(QString, londonTime);
        const QTimeZone london("Europe/London");
        QVERIFY(london.isValid());
        m_now = QDateTime(QDate(2025, 3, 29), QTime(12, 0), london);
        // Asked for on the shop's clock, as the UI will.
        const QDateTime startsAt
            = QDateTime::fromString(utcText, Qt::ISODateWithMs).toTimeZone(london);
        QCOMPARE(startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), londonTime);
        const qint64 id = mustBook(m_ada, startsAt, 120);
        QCOMPARE(scalar(QStringLiteral("SELECT starts_at FROM appointments WHERE id = %1").arg(id))
                     .toString(),
            utcText);
        auto found = book().find(id);
        QVERIFY(found);
        QCOMPARE(found->startsAt, startsAt);
        QCOMPARE(found->startsAt.toTimeZone(london).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            londonTime);
        // Two hours of real time, whatever the wall clock did meanwhile.
        m_now = startsAt.addSecs(2 * 3600 - 1);
        QCOMPARE(next(m_ada)->id, id);
        m_now = startsAt.addSecs(2 * 3600);
        QVERIFY(!next(m_ada).has_value());
    }
};

RAPPORT_TEST_MAIN(TestAppointmentBook)
#include "tst_appointmentbook.moc"
