// The customer book over a real SQLite file: validation per field, duplicates by number in any
// format, search and paging, merging without losing history, custom field typing, time zones,
// and the schema migration from version 1. Numbers come from libphonenumber's example numbers
// (GB 07400 123456, DE 0151 23456789, US 201-555-0123) and Ofcom's drama range 020 7946 0xxx.
#include "RapportTest.h"
#include "app/appointments/AppointmentBook.h"
#include "app/audit/AuditLog.h"
#include "app/customers/CustomerRepository.h"
#include "app/storage/Database.h"
#include "app/storage/Schema.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace rapport::app;
using Field = CustomerError::Field;
using Problem = CustomerError::Problem;

namespace {

Customer person(const QString &first, const QString &last, const QString &phone = {})
{
    Customer c;
    c.firstName = first;
    c.lastName = last;
    c.phoneE164 = phone;
    return c;
}

} // namespace

class TestCustomerRepository final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CustomerRepository> m_repo;
    int m_file = 0;

    CustomerRepository &repo() { return *m_repo; }

    qint64 mustAdd(const Customer &c)
    {
        auto id = repo().add(c);
        if (!id)
            qFatal("add failed: %d %s", int(id.error().code), qPrintable(id.error().detail));
        return *id;
    }

private Q_SLOTS:
    void init()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("c%1.db").arg(++m_file)));
        QVERIFY2(db, db ? "" : qPrintable(db.error().detail));
        m_db = std::move(*db);
        m_repo = std::make_unique<CustomerRepository>(*m_db, QStringLiteral("GB"),
            [] { return QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC); });
    }
    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
    }

    void storesAndReadsBackEveryField()
    {
        Customer c = person(
            QStringLiteral(" Ada "), QStringLiteral("Lovelace"), QStringLiteral("07400 123456"));
        c.email = QStringLiteral("ada@example.org");
        c.birthdayDay = 10;
        c.birthdayMonth = 12;
        c.birthdayYear = 1815;
        c.anniversary = QDate(2020, 5, 4);
        c.language = QStringLiteral("en-GB");
        c.timeZone = QStringLiteral("Europe/London");
        c.notes = QStringLiteral("Prefers mornings");
        c.tags = {QStringLiteral("VIP"), QStringLiteral("vip "), QStringLiteral("regular")};
        const qint64 id = mustAdd(c);
        auto found = repo().findById(id);
        QVERIFY(found);
        QCOMPARE(found->firstName, QStringLiteral("Ada"));
        QCOMPARE(found->phoneE164, QStringLiteral("+447400123456"));
        QCOMPARE(found->email, c.email);
        QCOMPARE(found->birthdayDay, 10);
        QCOMPARE(found->birthdayMonth, 12);
        QCOMPARE(found->birthdayYear, std::optional<int>(1815));
        QCOMPARE(found->anniversary, c.anniversary);
        QCOMPARE(found->language, c.language);
        QCOMPARE(found->timeZone, c.timeZone);
        QCOMPARE(found->notes, c.notes);
        QCOMPARE(found->tags, (QStringList {QStringLiteral("regular"), QStringLiteral("vip")}));
        QCOMPARE(found->createdAt, QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(repo().findById(id + 100).error().code, CustomerError::Code::NotFound);
    }

    void rejectsInvalidFields_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QList<Field>>("fields");
        const auto e = QString();
        QTest::newRow("nothing") << e << e << e << e << QList<Field> {Field::Name};
        QTest::newRow("landline") << QStringLiteral("Bo") << QStringLiteral("020 7946 0123") << e
                                  << e << QList<Field> {Field::Phone};
        QTest::newRow("garbage number")
            << e << QStringLiteral("call me") << e << e << QList<Field> {Field::Phone};
        QTest::newRow("email no at") << QStringLiteral("Bo") << e << QStringLiteral("bo.example")
                                     << e << QList<Field> {Field::Email};
        QTest::newRow("email no domain dot")
            << QStringLiteral("Bo") << e << QStringLiteral("bo@localhost") << e
            << QList<Field> {Field::Email};
        QTest::newRow("zone") << QStringLiteral("Bo") << e << e << QStringLiteral("Mars/Base")
                              << QList<Field> {Field::TimeZone};
        QTest::newRow("several") << e << QStringLiteral("07400 123") << QStringLiteral("x@y")
                                 << QStringLiteral("Nowhere")
                                 << QList<Field> {Field::Phone, Field::Email, Field::TimeZone};
        QTest::newRow("number alone is enough")
            << e << QStringLiteral("+44 7400 123457") << e << e << QList<Field> {};
    }
    void rejectsInvalidFields()
    {
        QFETCH(QString, first);
        QFETCH(QString, phone);
        QFETCH(QString, email);
        QFETCH(QString, zone);
        QFETCH(QList<Field>, fields);
        Customer c = person(first, {}, phone);
        c.email = email;
        c.timeZone = zone;
        auto added = repo().add(c);
        if (fields.isEmpty()) {
            QVERIFY(added);
            return;
        }
        QVERIFY(!added);
        QCOMPARE(added.error().code, CustomerError::Code::Invalid);
        QCOMPARE(added.error().problems.size(), fields.size());
        for (Field f : fields)
            QVERIFY(added.error().hasProblem(f));
        for (const auto &p : added.error().problems) {
            if (p.field == Field::Phone)
                QVERIFY(p.phone != PhoneNumbers::Validity::Valid);
        }
    }

    void checksBirthdays_data()
    {
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("year"); // 0: no year
        QTest::addColumn<bool>("valid");
        QTest::newRow("29 Feb, no year") << 29 << 2 << 0 << true;
        QTest::newRow("29 Feb 2024 (leap)") << 29 << 2 << 2024 << true;
        QTest::newRow("29 Feb 2000 (leap century)") << 29 << 2 << 2000 << true;
        QTest::newRow("29 Feb 2023") << 29 << 2 << 2023 << false;
        QTest::newRow("29 Feb 1900 (not leap)") << 29 << 2 << 1900 << false;
        QTest::newRow("30 Feb") << 30 << 2 << 0 << false;
        QTest::newRow("31 Apr") << 31 << 4 << 0 << false;
        QTest::newRow("month 13") << 1 << 13 << 0 << false;
        QTest::newRow("day without month") << 5 << 0 << 0 << false;
        QTest::newRow("year without day") << 0 << 0 << 1990 << false;
        QTest::newRow("31 Dec 1999") << 31 << 12 << 1999 << true;
    }
    void checksBirthdays()
    {
        QFETCH(int, day);
        QFETCH(int, month);
        QFETCH(int, year);
        QFETCH(bool, valid);
        Customer c = person(QStringLiteral("Leap"), QStringLiteral("Day"));
        c.birthdayDay = day;
        c.birthdayMonth = month;
        if (year)
            c.birthdayYear = year;
        auto added = repo().add(c);
        QCOMPARE(bool(added), valid);
        if (!valid) {
            QVERIFY(added.error().hasProblem(Field::Birthday));
        } else {
            auto found = repo().findById(*added);
            QVERIFY(found);
            QCOMPARE(found->birthdayDay, day);
            QCOMPARE(found->birthdayYear.value_or(0), year);
        }
    }

    void refusesADuplicateNumberInAnotherFormat()
    {
        const qint64 first = mustAdd(
            person(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("07400 123456")));
        for (const char *other : {"+44 7400 123456", "0044 (7400) 123-456", "07400.123.456"}) {
            auto again = repo().add(
                person(QStringLiteral("Annie"), QStringLiteral("Lee"), QString::fromUtf8(other)));
            QVERIFY(!again);
            QCOMPARE(again.error().code, CustomerError::Code::Duplicate);
            QCOMPARE(again.error().existingId, first);
        }
        auto byNumber = repo().findByNumber(QStringLiteral("+44 (0)7400 123-456"));
        QVERIFY(byNumber);
        QCOMPARE(byNumber->id, first);
        QCOMPARE(repo().findByNumber(QStringLiteral("07400 123999")).error().code,
            CustomerError::Code::NotFound);
        // Updating a record with its own number is not a duplicate; taking another's is.
        Customer self = *repo().findById(first);
        self.lastName = QStringLiteral("Leigh");
        QVERIFY(repo().update(self));
        const qint64 second
            = mustAdd(person(QStringLiteral("Sam"), {}, QStringLiteral("07400 123457")));
        Customer thief = *repo().findById(second);
        thief.phoneE164 = QStringLiteral("07400123456");
        auto update = repo().update(thief);
        QVERIFY(!update);
        QCOMPARE(update.error().code, CustomerError::Code::Duplicate);
        QCOMPARE(update.error().existingId, first);
    }

    // A stranger's texts start a thread under their number (ThreadLookup); when they become a
    // customer, or a customer takes that number, the thread is theirs — never another's.
    void linksTheThreadOfTheirNumber()
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO threads (id, phone_e164) VALUES (1, "
                                          "'+447400123456'), (2, '+447400123457'),"
                                          " (3, '+447400123458')")));
        const qint64 ann = mustAdd(
            person(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("07400 123456")));
        const qint64 sam = mustAdd(person(QStringLiteral("Sam"), QStringLiteral("Hill")));
        const qint64 bea = mustAdd(
            person(QStringLiteral("Bea"), QStringLiteral("Ray"), QStringLiteral("07400 123458")));
        QVERIFY(query.exec(QStringLiteral("UPDATE threads SET customer_id = %1 WHERE id = 3")
                               .arg(bea))); // already Bea's
        const auto owner = [&query](int thread) {
            query.exec(QStringLiteral("SELECT coalesce(customer_id, 0) FROM threads WHERE id = %1")
                           .arg(thread));
            return query.next() ? query.value(0).toLongLong() : -1;
        };
        QCOMPARE(owner(1), ann);
        QCOMPARE(owner(2), 0);

        Customer changed = *repo().findById(sam);
        changed.phoneE164 = QStringLiteral("+44 7400 123457");
        QVERIFY(repo().update(changed));
        QCOMPARE(owner(2), sam);
        QCOMPARE(owner(3), bea);
    }

    void searchesByNameAndNumberWithPaging()
    {
        for (int i = 0; i < 7; ++i) {
            mustAdd(person(QStringLiteral("P%1").arg(i), QStringLiteral("Smith"),
                QStringLiteral("07400 1231%1").arg(i, 2, 10, QLatin1Char('0'))));
        }
        mustAdd(person(
            QStringLiteral("Smita"), QStringLiteral("Patel"), QStringLiteral("07400 123200")));
        mustAdd(person(QStringLiteral("Örjan"), QStringLiteral("Ölund")));
        mustAdd(person(
            QStringLiteral("Tom"), QStringLiteral("Jones"), QStringLiteral("+1 201 555 0123")));

        QCOMPARE(repo().search(QStringLiteral("smith"))->size(), 7);
        QCOMPARE(repo().search(QStringLiteral("SMI"))->size(), 8); // Smith×7 and Smita
        QCOMPARE(repo().search(QStringLiteral("smi pat"))->size(), 1);
        QCOMPARE(repo().search(QStringLiteral("ölu"))->size(), 1);
        QCOMPARE(repo().search(QStringLiteral("Ölu"))->size(), 1);
        QCOMPARE(repo().search(QStringLiteral("mith"))->size(), 0); // prefixes only
        QCOMPARE(repo().search(QString())->size(), 10);

        QStringList seen;
        for (int offset = 0; offset < 9; offset += 3) {
            auto page = repo().search(QStringLiteral("smith"), 3, offset);
            QVERIFY(page);
            QCOMPARE(page->size(), offset == 6 ? 1 : 3);
            for (const Customer &c : *page)
                seen << c.firstName;
        }
        seen.removeDuplicates();
        QCOMPARE(seen.size(), 7);

        QCOMPARE(repo().search(QStringLiteral("07400 1231"))->size(), 7);
        QCOMPARE(repo().search(QStringLiteral("07400 123105"))->size(), 1);
        QCOMPARE(repo().search(QStringLiteral("+44 7400"))->size(), 8);
        QCOMPARE(repo().search(QStringLiteral("+1 201"))->size(), 1);
        QCOMPARE(repo().search(QStringLiteral("0044 7400 1232"))->size(), 1);
    }

    void nameSearchUsesTheIndexes()
    {
        QSqlQuery query(m_db->connection());
        // The shape search() uses: one branch per name column, each served by the index that
        // starts with that column and also holds the other sort key.
        QVERIFY(query.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT id, lower(last_name) AS l, lower(first_name) AS f FROM "
            "customers WHERE lower(last_name) >= 'sm' AND lower(last_name) < 'sn' UNION "
            "SELECT id, lower(last_name), lower(first_name) FROM customers WHERE "
            "lower(first_name) >= 'sm' AND lower(first_name) < 'sn'")));
        QString plan;
        while (query.next())
            plan += query.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QLatin1String("customers_last_first")), qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("customers_first_last")), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("SCAN customers")), qPrintable(plan));
    }

    void mergeKeepsAllHistory()
    {
        auto shoe = repo().addCustomField(
            {0, QStringLiteral("Shoe size"), CustomField::Type::Number, {}});
        auto dog = repo().addCustomField({0, QStringLiteral("Dog"), CustomField::Type::Text, {}});
        QVERIFY(shoe && dog);
        Customer keep = person(QStringLiteral("Ann"), QStringLiteral("Lee"));
        keep.tags = {QStringLiteral("vip")};
        keep.fieldValues = {{*shoe, QStringLiteral("38")}};
        keep.notes = QStringLiteral("Likes tea");
        Customer other = person(QStringLiteral("Annie"), {}, QStringLiteral("07400 123456"));
        other.email = QStringLiteral("ann@example.org");
        other.birthdayDay = 29;
        other.birthdayMonth = 2;
        other.tags = {QStringLiteral("vip"), QStringLiteral("walk-in")};
        other.fieldValues = {{*shoe, QStringLiteral("39")}, {*dog, QStringLiteral("Rex")}};
        other.notes = QStringLiteral("Allergic to nuts");
        const qint64 keepId = mustAdd(keep);
        const qint64 mergeId = mustAdd(other);
        QVERIFY(repo().addVisit({0, keepId, QDate(2025, 1, 5), 1250, {}}));
        QVERIFY(repo().addVisit({0, mergeId, QDate(2024, 12, 1), 4000, QStringLiteral("Cut")}));
        QVERIFY(repo().addVisit({0, mergeId, QDate(2025, 2, 1), 750, {}}));
        // The merged record's appointments, the soonest one and a cancelled one among them.
        AuditLog audit(*m_db);
        AppointmentBook appointments(
            *m_db, audit, [] { return QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC); });
        const auto at
            = [](int day) { return QDateTime(QDate(2025, 3, day), QTime(9, 0), Qt::UTC); };
        const Actor desk = Actor::commandLine();
        const auto kept = appointments.book({keepId, at(20), 30, QStringLiteral("Trim")}, desk);
        const auto soonest = appointments.book({mergeId, at(5), 60, QStringLiteral("Cut")}, desk);
        const auto cancelled = appointments.book({mergeId, at(3), 30, {}}, desk);
        QVERIFY(kept && soonest && cancelled);
        QVERIFY(appointments.cancel(*cancelled, desk));

        QVERIFY(repo().merge(keepId, mergeId));
        QCOMPARE(repo().findById(mergeId).error().code, CustomerError::Code::NotFound);
        auto merged = repo().findById(keepId);
        QVERIFY(merged);
        QCOMPARE(merged->firstName, QStringLiteral("Ann")); // kept record wins
        QCOMPARE(merged->phoneE164, QStringLiteral("+447400123456")); // empty fields filled
        QCOMPARE(merged->email, QStringLiteral("ann@example.org"));
        QCOMPARE(merged->birthdayDay, 29);
        QCOMPARE(merged->tags, (QStringList {QStringLiteral("vip"), QStringLiteral("walk-in")}));
        QCOMPARE(merged->fieldValues.value(*shoe), QStringLiteral("38"));
        QCOMPARE(merged->fieldValues.value(*dog), QStringLiteral("Rex"));
        QVERIFY(merged->notes.contains(QLatin1String("Likes tea")));
        QVERIFY(merged->notes.contains(QLatin1String("Allergic to nuts")));
        auto visits = repo().visits(keepId);
        QVERIFY(visits);
        QCOMPARE(visits->size(), 3);
        QCOMPARE(visits->constFirst().visitedOn, QDate(2024, 12, 1));
        QCOMPARE(visits->constFirst().note, QStringLiteral("Cut"));
        QCOMPARE(*repo().totalSpendCents(keepId), qint64(6000));
        QCOMPARE(repo().findByNumber(QStringLiteral("07400 123456"))->id, keepId);
        const auto all = appointments.forCustomer(keepId);
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(2).id, *cancelled);
        QVERIFY(all->at(2).cancelledAt.has_value());
        QCOMPARE(appointments.forCustomer(mergeId)->size(), 0);
        const auto next = appointments.next(keepId);
        QVERIFY(next && next->has_value());
        QCOMPARE((*next)->id, *soonest);
        QCOMPARE((*next)->what, QStringLiteral("Cut"));

        QVERIFY(!repo().merge(keepId, keepId));
        QCOMPARE(repo().merge(keepId, 999).error().code, CustomerError::Code::NotFound);
    }

    void mergeKeepsConsentAndConversations_data()
    {
        QTest::addColumn<bool>("keptHasThread");
        QTest::newRow("both have threads") << true;
        QTest::newRow("only the merged one has a thread") << false;
    }
    void mergeKeepsConsentAndConversations()
    {
        QFETCH(bool, keptHasThread);
        const qint64 keepId = mustAdd(
            person(QStringLiteral("Rui"), QStringLiteral("Costa"), QStringLiteral("07400 123456")));
        const qint64 mergeId = mustAdd(
            person(QStringLiteral("Rui"), QStringLiteral("C"), QStringLiteral("07400 123457")));
        QSqlQuery query(m_db->connection());
        const auto exec = [&query](const QString &sql) {
            if (!query.exec(sql))
                qFatal("%s", qPrintable(sql));
        };
        exec(QStringLiteral("INSERT INTO consent_events (customer_id, purpose, action, source, "
                            "recorded_at) VALUES (%1, 'marketing', 'opt_in', 'in_person', "
                            "'2025-01-01T00:00:00.000Z'), (%2, 'marketing', 'opt_out', 'keyword', "
                            "'2025-02-01T00:00:00.000Z')")
                 .arg(keepId)
                 .arg(mergeId));
        if (keptHasThread) {
            exec(QStringLiteral("INSERT INTO threads (id, customer_id, phone_e164, unread_count) "
                                "VALUES (1, %1, '+447400123456', 1)")
                     .arg(keepId));
            exec(QStringLiteral("INSERT INTO messages (thread_id, direction, body, state, "
                                "created_at) VALUES (1, 'out', 'Hi', 'sent', "
                                "'2025-01-01T10:00:00.000Z')"));
        }
        exec(QStringLiteral("INSERT INTO threads (id, customer_id, phone_e164, unread_count, "
                            "last_message_at) VALUES (2, %1, '+447400123457', 2, "
                            "'2025-02-02T00:00:00.000Z')")
                 .arg(mergeId));
        exec(QStringLiteral("INSERT INTO messages (thread_id, direction, body, state, created_at) "
                            "VALUES (2, 'in', 'STOP', 'received', '2025-02-01T00:00:00.000Z'), "
                            "(2, 'in', 'sorry', 'received', '2025-02-02T00:00:00.000Z')"));

        QVERIFY(repo().merge(keepId, mergeId));

        exec(QStringLiteral(
            "SELECT count(*), max(action) FROM consent_events WHERE customer_id = %1")
                 .arg(keepId));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2); // both people's events survive
        exec(QStringLiteral("SELECT id, unread_count, last_message_at FROM threads WHERE "
                            "customer_id = %1")
                 .arg(keepId));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), keptHasThread ? 1 : 2);
        QCOMPARE(query.value(1).toInt(), keptHasThread ? 3 : 2);
        QCOMPARE(query.value(2).toString(), QStringLiteral("2025-02-02T00:00:00.000Z"));
        QVERIFY(!query.next()); // still one thread per customer
        exec(QStringLiteral("SELECT count(*) FROM messages"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), keptHasThread ? 3 : 2);
        exec(QStringLiteral("SELECT count(*) FROM threads"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void mergeAtTheDeskNeedsAManagerAndIsAudited()
    {
        AuditLog audit(*m_db);
        const qint64 keepId = mustAdd(person(QStringLiteral("Ines"), QStringLiteral("Lopes")));
        const qint64 mergeId = mustAdd(person(QStringLiteral("Inês"), QStringLiteral("Lopes")));
        const Actor clerk = Actor::staffMember(7, StaffRole::Staff, QStringLiteral("Sam"));
        const auto refused = repo().merge(clerk, audit, keepId, mergeId);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, CustomerError::Code::NotAllowed);
        QVERIFY(refused.error().describe().contains(QLatin1String("manager")));
        QVERIFY(repo().findById(mergeId)); // nothing merged
        QCOMPARE(audit.entries(AuditAction::PermissionDenied)->size(), 1);

        const Actor manager = Actor::staffMember(8, StaffRole::Manager, QStringLiteral("Mo"));
        QVERIFY(repo().merge(manager, audit, keepId, mergeId));
        QCOMPARE(repo().findById(mergeId).error().code, CustomerError::Code::NotFound);
        const auto merged = audit.entries(AuditAction::CustomerMerged);
        QVERIFY(merged);
        QCOMPARE(merged->size(), 1);
        QCOMPARE(merged->first().actor, QStringLiteral("Mo"));
        QCOMPARE(merged->first().subject, QStringLiteral("customer:%1").arg(keepId));
    }

    void removeCascadesToHistory()
    {
        Customer c = person(QStringLiteral("Gone"), {});
        c.tags = {QStringLiteral("x")};
        const qint64 id = mustAdd(c);
        QVERIFY(repo().addVisit({0, id, QDate(2025, 1, 1), 100, {}}));
        QVERIFY(repo().remove(id));
        QCOMPARE(repo().remove(id).error().code, CustomerError::Code::NotFound);
        QCOMPARE(repo().visits(id)->size(), 0);
        QCOMPARE(*repo().totalSpendCents(id), qint64(0));
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM customer_tags")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QCOMPARE(repo().addVisit({0, id, QDate(2025, 1, 1), 1, {}}).error().code,
            CustomerError::Code::NotFound);
    }

    void typesCustomFieldValues_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        const int text = int(CustomField::Type::Text), number = int(CustomField::Type::Number),
                  date = int(CustomField::Type::Date), choice = int(CustomField::Type::Choice);
        QTest::newRow("text") << text << QStringLiteral("anything 123") << true;
        QTest::newRow("number int") << number << QStringLiteral("42") << true;
        QTest::newRow("number decimal") << number << QStringLiteral("-3.5") << true;
        QTest::newRow("number comma") << number << QStringLiteral("3,5") << false;
        QTest::newRow("number word") << number << QStringLiteral("forty") << false;
        QTest::newRow("date iso") << date << QStringLiteral("2024-02-29") << true;
        QTest::newRow("date not real") << date << QStringLiteral("2023-02-29") << false;
        QTest::newRow("date local") << date << QStringLiteral("29/02/2024") << false;
        QTest::newRow("choice") << choice << QStringLiteral("Medium") << true;
        QTest::newRow("choice case") << choice << QStringLiteral("medium") << false;
        QTest::newRow("choice other") << choice << QStringLiteral("Huge") << false;
        QTest::newRow("empty clears") << number << QString() << true;
    }
    void typesCustomFieldValues()
    {
        QFETCH(int, type);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        auto field = repo().addCustomField({0, QStringLiteral("Field"), CustomField::Type(type),
            {QStringLiteral("Small"), QStringLiteral("Medium"), QStringLiteral("Large")}});
        QVERIFY(field);
        Customer c = person(QStringLiteral("F"), {});
        c.fieldValues = {{*field, value}};
        auto added = repo().add(c);
        QCOMPARE(bool(added), valid);
        if (!valid) {
            QCOMPARE(added.error().problems.size(), 1);
            QCOMPARE(added.error().problems.constFirst().customFieldId, *field);
        }
    }

    void definesCustomFields()
    {
        auto size = repo().addCustomField({0, QStringLiteral("Size"), CustomField::Type::Choice,
            {QStringLiteral("S"), QStringLiteral(" S "), QStringLiteral("M")}});
        QVERIFY(size);
        auto again
            = repo().addCustomField({0, QStringLiteral("size"), CustomField::Type::Text, {}});
        QCOMPARE(again.error().code, CustomerError::Code::Duplicate);
        QCOMPARE(again.error().existingId, *size);
        QCOMPARE(repo()
                     .addCustomField({0, QStringLiteral("Empty"), CustomField::Type::Choice, {}})
                     .error()
                     .code,
            CustomerError::Code::Invalid);
        QCOMPARE(repo()
                     .addCustomField({0, QStringLiteral(" "), CustomField::Type::Text, {}})
                     .error()
                     .code,
            CustomerError::Code::Invalid);
        auto fields = repo().customFields();
        QVERIFY(fields);
        QCOMPARE(fields->size(), 1);
        QCOMPARE(fields->constFirst().type, CustomField::Type::Choice);
        QCOMPARE(
            fields->constFirst().choices, (QStringList {QStringLiteral("S"), QStringLiteral("M")}));
        Customer c = person(QStringLiteral("U"), {});
        c.fieldValues = {{*size + 50, QStringLiteral("x")}};
        auto added = repo().add(c);
        QVERIFY(!added);
        QCOMPARE(added.error().problems.constFirst().problem, Problem::FieldUnknown);
    }

    void resolvesTheEffectiveTimeZone_data()
    {
        QTest::addColumn<QString>("own");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("expected");
        QTest::newRow("own zone wins")
            << QStringLiteral("Asia/Tokyo") << QStringLiteral("+447400123456")
            << QStringLiteral("Asia/Tokyo");
        QTest::newRow("gb number")
            << QString() << QStringLiteral("+447400123456") << QStringLiteral("Europe/London");
        QTest::newRow("de number")
            << QString() << QStringLiteral("+4915123456789") << QStringLiteral("Europe/Berlin");
        QTest::newRow("us number is ambiguous")
            << QString() << QStringLiteral("+12015550123") << QStringLiteral("America/Chicago");
        QTest::newRow("no number") << QString() << QString() << QStringLiteral("America/Chicago");
    }
    void resolvesTheEffectiveTimeZone()
    {
        QFETCH(QString, own);
        QFETCH(QString, phone);
        QFETCH(QString, expected);
        Customer c = person(QStringLiteral("Z"), {}, phone);
        c.timeZone = own;
        const QTimeZone business("America/Chicago");
        QCOMPARE(CustomerRepository::effectiveTimeZone(c, business).id(), expected.toUtf8());
    }

    void migratesAVersionOneDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.db"));
        {
            auto v1 = Database::open(path, QStringLiteral("v1"), Schema::migrations().mid(0, 1));
            QVERIFY(v1);
            QCOMPARE((*v1)->schemaVersion(), 1);
            QSqlQuery query((*v1)->connection());
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO settings (key, value) VALUES ('region', 'GB')")));
        }
        auto current = Database::open(path, QStringLiteral("current"));
        QVERIFY2(current, current ? "" : qPrintable(current.error().detail));
        QCOMPARE((*current)->schemaVersion(), Schema::currentVersion());
        QSqlQuery query((*current)->connection());
        for (const char *table :
            {"customers", "customer_tags", "custom_fields", "customer_field_values", "visits"}) {
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)));
        }
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'region'"))
            && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("GB"));
        CustomerRepository repository(**current, QStringLiteral("GB"));
        QVERIFY(repository.add(person(QStringLiteral("After"), QStringLiteral("Upgrade"))));
    }
};

RAPPORT_TEST_MAIN(TestCustomerRepository)
#include "tst_customerrepository.moc"
