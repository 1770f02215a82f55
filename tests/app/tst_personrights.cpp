// A person's rights over their data: the access export (JSON and CSV, owner-only files that are
// never overwritten, formulas neutralised) and erasure (everything attached to the person goes,
// including a thread under their number that was never linked, the number stays on the
// suppression list as a hash, the audit line names no number). Numbers are libphonenumber's
// example numbers (GB 07400 123456, DE 0151 23456789).
#include "ConsentFixture.h"
#include "RapportTest.h"
#include "app/appointments/AppointmentBook.h"
#include "app/rights/PersonRights.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QTemporaryDir>

using namespace rapport::app;
using rapport::test::consentEvent;
using rapport::test::ConsentFixture;
using Code = PersonRightsError::Code;

namespace {

CustomField textField(const QString &name)
{
    CustomField field;
    field.name = name;
    return field;
}

const QString kAda = QStringLiteral("+447400123456");
const QString kAdaOldNumber = QStringLiteral("+447400123457");
const QString kBob = QStringLiteral("+4915123456789");

Actor manager()
{
    return Actor::staffMember(77, StaffRole::Manager, QStringLiteral("Mia"));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestPersonRights final : public QObject
{
    Q_OBJECT

    ConsentFixture m_fx;
    std::unique_ptr<PersonRights> m_rights;
    int m_opened = 0;
    qint64 m_ada = 0;
    qint64 m_bob = 0;

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_fx.db->connection());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }

    qint64 thread(const QVariant &customerId, const QString &number)
    {
        exec(QStringLiteral("INSERT INTO threads (customer_id, phone_e164) VALUES (?, ?)"),
            {customerId, number});
        QSqlQuery id(m_fx.db->connection());
        id.exec(QStringLiteral("SELECT max(id) FROM threads"));
        id.next();
        return id.value(0).toLongLong();
    }

    void message(qint64 threadId, const char *direction, const QString &body, const char *at)
    {
        exec(QStringLiteral("INSERT INTO messages (thread_id, direction, body, state, created_at)"
                            " VALUES (?, ?, ?, 'delivered', ?)"),
            {threadId, QString::fromLatin1(direction), body, QString::fromLatin1(at)});
    }

    qint64 count(const QString &sql, const QVariant &value = {})
    {
        QSqlQuery query(m_fx.db->connection());
        query.prepare(sql);
        if (value.isValid())
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.value(0).toLongLong();
    }

    // Ada has everything: tags, a custom field, two visits, two appointments booked by Sam (one
    // cancelled), consent recorded by Sam, a thread under an old number linked to her and one
    // under her number that was never linked. Bob has his own thread and appointment and must
    // survive everything done to Ada.
    void populate()
    {
        auto field = m_fx.customers->addCustomField(textField(QStringLiteral("Dog's name")));
        QVERIFY(field);
        Customer ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Lovelace");
        ada.phoneE164 = QStringLiteral("07400 123456");
        ada.email = QStringLiteral("ada@example.org");
        ada.notes = QStringLiteral("=HYPERLINK(\"http://example.com\",\"x\")");
        ada.tags = {QStringLiteral("vip"), QStringLiteral("regular")};
        ada.fieldValues.insert(*field, QStringLiteral("Rex"));
        auto adaId = m_fx.customers->add(ada);
        QVERIFY(adaId);
        m_ada = *adaId;
        Customer bob;
        bob.firstName = QStringLiteral("Bob");
        bob.phoneE164 = kBob;
        bob.tags = {QStringLiteral("vip")};
        bob.fieldValues.insert(*field, QStringLiteral("Bello"));
        auto bobId = m_fx.customers->add(bob);
        QVERIFY(bobId);
        m_bob = *bobId;

        QVERIFY(
            m_fx.customers->addVisit({0, m_ada, QDate(2025, 1, 10), 4550, QStringLiteral("Cut")}));
        QVERIFY(m_fx.customers->addVisit({0, m_ada, QDate(2025, 2, 14), 3000, {}}));
        QVERIFY(m_fx.customers->addVisit({0, m_bob, QDate(2025, 2, 1), 1000, {}}));
        AppointmentBook appointments(*m_fx.db, *m_fx.audit, [this] { return m_fx.now; });
        const auto book = [&](qint64 customer, int day, const QString &what) {
            auto id = appointments.book(
                {customer, rapport::test::utc(day, 10), 45, what}, m_fx.clerk());
            if (!id)
                qFatal("book failed: %s", qPrintable(id.error().describe()));
            return *id;
        };
        book(m_ada, 20, QStringLiteral("Cut and colour"));
        QVERIFY(appointments.cancel(book(m_ada, 10, QStringLiteral("=2+2")), m_fx.clerk()));
        book(m_bob, 12, QStringLiteral("Beard trim"));
        m_fx.mustRecord(consentEvent(m_ada, ConsentPurpose::Marketing, ConsentAction::OptIn));
        m_fx.mustRecord(consentEvent(
            m_ada, ConsentPurpose::Marketing, ConsentAction::OptOut, ConsentSource::Keyword));
        m_fx.mustRecord(consentEvent(m_bob, ConsentPurpose::Service, ConsentAction::OptIn));

        const qint64 linked = thread(m_ada, kAdaOldNumber);
        message(linked, "out", QStringLiteral("Your appointment is tomorrow"),
            "2025-01-09T10:00:00.000Z");
        message(linked, "in", QStringLiteral("=1+1"), "2025-01-09T10:05:00.000Z");
        const qint64 unlinked = thread(QVariant(QMetaType::fromType<qint64>()), kAda);
        message(unlinked, "in", QStringLiteral("Hello, is this the salon?"),
            "2025-02-20T09:00:00.000Z");
        const qint64 bobs = thread(m_bob, kBob);
        message(bobs, "in", QStringLiteral("Bob here"), "2025-02-21T09:00:00.000Z");
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_fx.open(QStringLiteral("personrights-%1").arg(++m_opened)));
        m_rights = std::make_unique<PersonRights>(
            *m_fx.db, *m_fx.audit, QStringLiteral("GB"), [this] { return m_fx.now; });
        populate();
    }
    void cleanup()
    {
        m_rights.reset();
        m_fx.close();
    }

    void collectGathersProfileHistoryAndMessages()
    {
        auto document = m_rights->collect(manager(), QStringLiteral("07400 123456"));
        QVERIFY2(document, document ? "" : qPrintable(document.error().describe()));
        QCOMPARE(
            document->value(QStringLiteral("format")).toString(), QStringLiteral("rapport-person"));
        const QJsonObject profile = document->value(QStringLiteral("profile")).toObject();
        QCOMPARE(profile.value(QStringLiteral("first_name")).toString(), QStringLiteral("Ada"));
        QCOMPARE(profile.value(QStringLiteral("phone_e164")).toString(), kAda);
        QCOMPARE(profile.value(QStringLiteral("tags")).toArray(),
            QJsonArray({QStringLiteral("regular"), QStringLiteral("vip")}));
        QCOMPARE(profile.value(QStringLiteral("custom_fields")).toObject(),
            QJsonObject({{QStringLiteral("Dog's name"), QStringLiteral("Rex")}}));

        const QJsonArray visits = document->value(QStringLiteral("visits")).toArray();
        QCOMPARE(visits.size(), 2);
        QCOMPARE(
            visits.at(0)[QStringLiteral("visited_on")].toString(), QStringLiteral("2025-01-10"));
        QCOMPARE(visits.at(0)[QStringLiteral("amount_cents")].toInteger(), 4550);
        QCOMPARE(visits.at(0)[QStringLiteral("note")].toString(), QStringLiteral("Cut"));

        // Hers only, cancelled one included, soonest first, with who booked and cancelled.
        const QJsonArray appointments = document->value(QStringLiteral("appointments")).toArray();
        QCOMPARE(appointments.size(), 2);
        const QJsonObject cancelled = appointments.at(0).toObject();
        QCOMPARE(cancelled[QStringLiteral("starts_at")].toString(),
            QStringLiteral("2025-03-10T10:00:00.000Z"));
        QCOMPARE(cancelled[QStringLiteral("what")].toString(), QStringLiteral("=2+2"));
        QCOMPARE(cancelled[QStringLiteral("cancelled_by")].toString(), QStringLiteral("Sam"));
        QVERIFY(!cancelled[QStringLiteral("cancelled_at")].toString().isEmpty());
        const QJsonObject booked = appointments.at(1).toObject();
        QCOMPARE(booked[QStringLiteral("starts_at")].toString(),
            QStringLiteral("2025-03-20T10:00:00.000Z"));
        QCOMPARE(booked[QStringLiteral("duration_minutes")].toInteger(), 45);
        QCOMPARE(booked[QStringLiteral("what")].toString(), QStringLiteral("Cut and colour"));
        QCOMPARE(booked[QStringLiteral("booked_by")].toString(), QStringLiteral("Sam"));
        QVERIFY(booked[QStringLiteral("cancelled_at")].isNull());

        const QJsonArray consent = document->value(QStringLiteral("consent")).toArray();
        QCOMPARE(consent.size(), 2);
        QCOMPARE(consent.at(0)[QStringLiteral("action")].toString(), QStringLiteral("opt_in"));
        QCOMPARE(consent.at(1)[QStringLiteral("action")].toString(), QStringLiteral("opt_out"));
        QCOMPARE(consent.at(0)[QStringLiteral("staff")].toString(), QStringLiteral("Sam"));
        QCOMPARE(consent.at(1)[QStringLiteral("inbound_text")].toString(), QStringLiteral("STOP"));

        // Both of her threads, oldest message first; none of Bob's.
        const QJsonArray messages = document->value(QStringLiteral("messages")).toArray();
        QStringList bodies;
        for (const QJsonValue &m : messages)
            bodies << m[QStringLiteral("body")].toString();
        QCOMPARE(bodies,
            QStringList({QStringLiteral("Your appointment is tomorrow"), QStringLiteral("=1+1"),
                QStringLiteral("Hello, is this the salon?")}));
        QCOMPARE(messages.at(2)[QStringLiteral("number")].toString(), kAda);
        QCOMPARE(document->value(QStringLiteral("exportedAt")).toString(),
            m_fx.now.toUTC().toString(Qt::ISODateWithMs));
    }

    void exportWritesSixOwnerOnlyFiles()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("request-1"));
        auto written = m_rights->exportTo(manager(), kAda, folder);
        QVERIFY2(written, written ? "" : qPrintable(written.error().describe()));
        QStringList names;
        for (const QString &path : std::as_const(*written)) {
            names << QFileInfo(path).fileName();
            const auto permissions = QFile::permissions(path);
            QVERIFY(permissions.testFlag(QFile::ReadOwner));
            QVERIFY2(!(permissions
                         & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther
                             | QFile::WriteOther)),
                qPrintable(path));
        }
        names.sort();
        QCOMPARE(names,
            QStringList({QStringLiteral("appointments.csv"), QStringLiteral("consent.csv"),
                QStringLiteral("messages.csv"), QStringLiteral("person.json"),
                QStringLiteral("profile.csv"), QStringLiteral("visits.csv")}));
        const QJsonObject document
            = QJsonDocument::fromJson(readAll(QDir(folder).filePath(QStringLiteral("person.json"))))
                  .object();
        QCOMPARE(document.value(QStringLiteral("profile"))[QStringLiteral("email")].toString(),
            QStringLiteral("ada@example.org"));
        const QByteArray visits = readAll(QDir(folder).filePath(QStringLiteral("visits.csv")));
        QVERIFY(visits.startsWith("\xEF\xBB\xBFvisited_on,amount_cents,note\r\n"));
        QVERIFY(visits.contains("2025-01-10,4550,Cut\r\n"));
        const QByteArray appointments
            = readAll(QDir(folder).filePath(QStringLiteral("appointments.csv")));
        QVERIFY2(appointments.startsWith("\xEF\xBB\xBFstarts_at,duration_minutes,what,booked_at,"
                                         "booked_by,cancelled_at,cancelled_by\r\n"),
            appointments.constData());
        QVERIFY2(appointments.contains("2025-03-20T10:00:00.000Z,45,Cut and colour,"),
            appointments.constData());
        QCOMPARE(appointments.count("\r\n"), 3);

        auto audit = m_fx.audit->entries(AuditAction::PersonExported);
        QVERIFY(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().subject, QStringLiteral("customer:%1").arg(m_ada));
    }

    void exportNeutralisesFormulaCells()
    {
        QTemporaryDir dir;
        QVERIFY(m_rights->exportTo(manager(), kAda, dir.path()));
        const QByteArray profile = readAll(dir.filePath(QStringLiteral("profile.csv")));
        QVERIFY2(profile.contains("notes,\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\""),
            profile.constData());
        QVERIFY(profile.contains("phone_e164,+447400123456\r\n"));
        const QByteArray messages = readAll(dir.filePath(QStringLiteral("messages.csv")));
        QVERIFY2(messages.contains(",in,'=1+1,"), messages.constData());
        QVERIFY(!messages.contains(",=1+1"));
        const QByteArray appointments = readAll(dir.filePath(QStringLiteral("appointments.csv")));
        QVERIFY2(appointments.contains(",'=2+2,"), appointments.constData());
    }

    void exportRefusesAFolderWithAnEarlierExport()
    {
        QTemporaryDir dir;
        const QString earlier = dir.filePath(QStringLiteral("profile.csv"));
        {
            QFile file(earlier);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("an earlier export");
        }
        auto written = m_rights->exportTo(manager(), kAda, dir.path());
        QVERIFY(!written);
        QCOMPARE(written.error().code, Code::FilesExist);
        QVERIFY(written.error().describe().contains(QStringLiteral("Choose an empty folder")));
        QVERIFY(written.error().describe().contains(QStringLiteral("profile.csv")));
        QCOMPARE(readAll(earlier), QByteArray("an earlier export"));
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files), QStringList({QStringLiteral("profile.csv")}));
        auto audit = m_fx.audit->entries(AuditAction::PersonExported);
        QVERIFY(audit && audit->isEmpty());
    }

    void eraseRemovesEverythingAttachedToThePerson()
    {
        auto summary = m_rights->erase(manager(), QStringLiteral("+44 7400 123456"));
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().describe()));
        QCOMPARE(summary->customerId, m_ada);
        QCOMPARE(summary->visits, 2);
        QCOMPARE(summary->appointments, 2);
        QCOMPARE(summary->consentEvents, 2);
        QCOMPARE(summary->threads, 2);
        QCOMPARE(summary->messages, 3);

        const auto forAda = [this](const char *table) {
            return count(QStringLiteral("SELECT count(*) FROM %1 WHERE customer_id = ?")
                             .arg(QLatin1String(table)),
                m_ada);
        };
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), m_ada), 0);
        for (const char *table : {"visits", "appointments", "consent_events", "customer_tags",
                 "customer_field_values", "threads"})
            QVERIFY2(forAda(table) == 0, table);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM threads WHERE phone_e164 IN (?, '")
                         + kAdaOldNumber + QStringLiteral("')"),
                     kAda),
            0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages")), 1); // Bob's

        // Bob is untouched.
        auto bob = m_fx.customers->findById(m_bob);
        QVERIFY(bob);
        QCOMPARE(bob->tags, QStringList({QStringLiteral("vip")}));
        QCOMPARE(bob->fieldValues.size(), 1);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM visits WHERE customer_id = ?"), m_bob), 1);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM appointments WHERE customer_id = ?"), m_bob),
            1);

        SuppressionList suppression(*m_fx.db);
        auto listed = suppression.contains(kAda);
        QVERIFY(listed);
        QVERIFY(*listed);
        auto reason = suppression.reasonFor(kAda);
        QVERIFY(reason && *reason == SuppressionList::Reason::Erased);

        auto audit = m_fx.audit->entries(AuditAction::CustomerErased);
        QVERIFY(audit);
        QCOMPARE(audit->size(), 1);
        const AuditEntry &line = audit->first();
        QCOMPARE(line.subject, QStringLiteral("customer:%1").arg(m_ada));
        QCOMPARE(line.actor, QStringLiteral("Mia"));
        QCOMPARE(line.staffId, 77);
        QVERIFY2(line.detail.contains(QStringLiteral("2 appointments")), qPrintable(line.detail));
        for (const QString &text : {line.subject, line.detail, line.actor}) {
            QVERIFY2(!text.contains(QStringLiteral("7400")), qPrintable(text));
            QVERIFY(!text.contains(QStringLiteral("Lovelace")));
            QVERIFY(!text.contains(QStringLiteral("colour")));
        }
    }

    // secure_delete and the WAL truncation: the erased words are gone from the file itself, not
    // only from query results.
    void eraseLeavesNoTraceInTheDatabaseFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.db"));
        {
            auto db = Database::open(path, QStringLiteral("personrights-file"));
            QVERIFY(db);
            AuditLog audit(**db);
            CustomerRepository customers(**db, QStringLiteral("GB"));
            Customer c;
            c.firstName = QStringLiteral("Ada");
            c.lastName = QStringLiteral("Quillfeather");
            c.phoneE164 = kAda;
            c.notes = QStringLiteral("Zebra-crossing-secret-4711");
            auto id = customers.add(c);
            QVERIFY(id);
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO threads (customer_id, phone_e164) "
                                              "VALUES (%1, '+447400123456')")
                                   .arg(*id)));
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO messages (thread_id, direction, body, state, "
                               "created_at) VALUES (1, 'in', 'Secret-message-body-9931', "
                               "'received', '2025-01-01T00:00:00.000Z')")));
            PersonRights rights(**db, audit, QStringLiteral("GB"));
            QVERIFY(rights.erase(Actor::commandLine(), kAda));
        }
        QByteArray bytes = readAll(path);
        if (QFile::exists(path + QStringLiteral("-wal")))
            bytes += readAll(path + QStringLiteral("-wal"));
        for (const char *trace : {"Zebra-crossing-secret-4711", "Quillfeather", "quillfeather",
                 "Secret-message-body-9931", "+447400123456"})
            QVERIFY2(!bytes.contains(trace), trace);
    }

    // FTS5 keeps deleted terms in its segments until they are merged: after an erasure the
    // index is optimised, so a search index page holds none of the person's words
    // (sqlite.org/fts5.html §6.8, the 'optimize' command).
    void eraseRemovesTheWordsFromTheSearchIndex()
    {
        const auto indexed = [this](const char *word) {
            return count(QStringLiteral("SELECT count(*) FROM messages_fts_data"
                                        " WHERE instr(block, CAST(? AS BLOB)) > 0"),
                QString::fromLatin1(word));
        };
        QVERIFY(indexed("salon") > 0);
        QVERIFY(indexed("appointment") > 0);
        QVERIFY(m_rights->erase(manager(), kAda));
        QCOMPARE(indexed("salon"), 0);
        QCOMPARE(indexed("appointment"), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH "
                                      "'bob'")),
            1);
    }

    void erasingTwiceFindsNobodyTheSecondTime()
    {
        QVERIFY(m_rights->erase(manager(), kAda));
        auto again = m_rights->erase(manager(), kAda);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Code::NotFound);
    }

    void eraseIsRefusedToStaffAndRemovesNothing()
    {
        const Actor clerk
            = Actor::staffMember(m_fx.staffId, StaffRole::Staff, QStringLiteral("Sam"));
        auto summary = m_rights->erase(clerk, kAda);
        QVERIFY(!summary);
        QCOMPARE(summary.error().code, Code::NotAllowed);
        QCOMPARE(summary.error().describe(),
            QStringLiteral("Only a manager or the owner can erase a customer's data. Ask one of "
                           "them to sign in."));
        QVERIFY(m_fx.customers->findById(m_ada));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM visits")), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM appointments")), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM consent_events")), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM threads")), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages")), 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM suppression")), 0);
        auto denied = m_fx.audit->entries(AuditAction::PermissionDenied);
        QVERIFY(denied);
        QCOMPARE(denied->size(), 1);
        QCOMPARE(denied->first().subject, QStringLiteral("permission:erase"));
    }

    void exportIsRefusedToStaff()
    {
        QTemporaryDir dir;
        const Actor clerk
            = Actor::staffMember(m_fx.staffId, StaffRole::Staff, QStringLiteral("Sam"));
        auto written = m_rights->exportTo(clerk, kAda, dir.path());
        QVERIFY(!written);
        QCOMPARE(written.error().code, Code::NotAllowed);
        QVERIFY(written.error().describe().contains(QStringLiteral("export customer data")));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void numbersThatFindNobody_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("letters") << QStringLiteral("call me") << int(Code::NumberInvalid)
                                 << QStringLiteral("is not a phone number Rapport can look up");
        QTest::newRow("too short") << QStringLiteral("12") << int(Code::NumberInvalid)
                                   << QStringLiteral("with the country code");
        QTest::newRow("empty") << QString() << int(Code::NumberInvalid)
                               << QStringLiteral("Type the number as the customer gave it");
        QTest::newRow("nobody's") << QStringLiteral("+447400123458") << int(Code::NotFound)
                                  << QStringLiteral("No customer has this number");
        QTest::newRow("thread only") << kAdaOldNumber << int(Code::NotFound)
                                     << QStringLiteral("search the customer list by name");
    }
    void numbersThatFindNobody()
    {
        QFETCH(QString, number);
        QFETCH(int, code);
        QFETCH(QString, sentence);
        auto erased = m_rights->erase(manager(), number);
        QVERIFY(!erased);
        QCOMPARE(int(erased.error().code), code);
        QVERIFY2(
            erased.error().describe().contains(sentence), qPrintable(erased.error().describe()));
        auto collected = m_rights->collect(manager(), number);
        QVERIFY(!collected);
        QCOMPARE(int(collected.error().code), code);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customers")), 2);
    }
};

RAPPORT_TEST_MAIN(TestPersonRights)
#include "tst_personrights.moc"
