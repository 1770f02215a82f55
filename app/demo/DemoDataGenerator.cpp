#include "app/demo/DemoDataGenerator.h"

#include "app/audit/AuditLog.h"
#include "app/demo/DemoPhoneNumbers.h"
#include "app/demo/DemoRun.h"
#include "app/phone/PhoneNumbers.h"
#include "app/staff/StaffRole.h"
#include "app/storage/Database.h"
#include "app/storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rapport::app {
namespace {

StorageError queryFailed(const QString &detail)
{
    return StorageError {StorageError::Code::QueryFailed, detail};
}

// True when the shop has neither customers nor conversations yet.
Result<bool, StorageError> isEmptyShop(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM (SELECT 1 FROM customers LIMIT 1))"
                                   " + (SELECT count(*) FROM (SELECT 1 FROM threads LIMIT 1))"))
        || !query.next())
        return fail(queryFailed(query.lastError().text()));
    return query.value(0).toInt() == 0;
}

// Gives SQLite a larger page cache for the life of the object. A million rows and their indexes
// outgrow the default 2 MB many times over, and SQLite would then spill pages to the journal
// and read them back for every insert.
class LargerPageCache final
{
public:
    explicit LargerPageCache(Database &database)
        : m_database(database)
    {
        QSqlQuery query(m_database.connection());
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
            m_previous = query.value(0).toInt();
        query.exec(QStringLiteral("PRAGMA cache_size = -131072")); // KiB: 128 MiB
    }
    ~LargerPageCache()
    {
        QSqlQuery query(m_database.connection());
        query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    Database &m_database;
    int m_previous = -2000; // SQLite's default
};

} // namespace

Result<DemoSummary, StorageError> DemoDataGenerator::generate(
    Database &database, const DemoOptions &options, Progress progress)
{
    if (options.customers < 0 || options.messages < 0
        || !PhoneNumbers::isSupportedRegion(options.region))
        return fail(queryFailed(tr("Demo data needs a country code such as GB and counts that are "
                                   "not negative.")));
    const LargerPageCache cache(database);
    Transaction transaction(database);
    if (!transaction.isOpen())
        return fail(queryFailed(transaction.errorText()));
    const auto empty = isEmptyShop(database);
    if (!empty)
        return fail(empty.error());
    if (!*empty)
        return fail(queryFailed(tr("This database already has customers or conversations. Demo "
                                   "data is only added to an empty database, so that real "
                                   "customers are never mixed with made-up ones: create a new "
                                   "database for the demo.")));

    const QTimeZone zone = options.zone.isValid() ? options.zone : QTimeZone::systemTimeZone();
    const QDate today = options.today.isValid()
        ? options.today
        : QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    DemoRun run(database, options, std::move(progress), today, zone);
    if (!run.prepare() || !run.writeStaff() || !run.writeCustomFields() || !run.writeCustomers()
        || !run.writeThreads() || !run.writeAppointments()) {
        if (!run.cancelled())
            return fail(run.error());
        DemoSummary cancelled;
        cancelled.cancelled = true;
        return cancelled;
    }

    // The made-up conversations are history: their texts were answered long ago. Left unrouted,
    // the first start would run keywords and auto-replies over every one of them.
    {
        QSqlQuery routed(database.connection());
        if (!routed.exec(QStringLiteral("UPDATE messages SET routed_at = created_at "
                                        "WHERE direction = 'in' AND routed_at IS NULL")))
            return fail(queryFailed(routed.lastError().text()));
    }

    AuditLog audit(database);
    const auto logged
        = audit.record(options.actor, QStringLiteral("demo.generated"), QStringLiteral("database"),
            QStringLiteral("%1 customers, %2 messages, region %3, seed %4")
                .arg(run.summary().customers)
                .arg(run.summary().messages)
                .arg(options.region.toUpper())
                .arg(options.seed));
    if (!logged)
        return fail(logged.error());
    if (!transaction.commit())
        return fail(queryFailed(transaction.errorText()));
    return run.summary();
}

DemoRun::DemoRun(Database &database, const DemoOptions &options,
    DemoDataGenerator::Progress progress, QDate today, const QTimeZone &zone)
    : m_database(database)
    , m_options(options)
    , m_progress(std::move(progress))
    , m_progressTotal(int(std::min<qint64>(
          qint64(options.customers) + qint64(options.messages), std::numeric_limits<int>::max())))
    , m_zone(zone)
    // Five years of customers, and staff who were there before the first of them.
    , m_calendar(today.addDays(-5 * 365 - 90), today, zone)
    , m_texts(DemoTexts::load(options.businessName))
    , m_random(options.seed)
    , m_appointmentRandom(options.seed ^ 0x61707074u)
    , m_writer(database.connection())
{ }

bool DemoRun::prepare()
{
    return m_writer.prepare() || failQuery();
}

bool DemoRun::stopWith(const QString &detail)
{
    m_error = StorageError {StorageError::Code::QueryFailed, detail};
    return false;
}

bool DemoRun::advance(int rows)
{
    m_done += rows;
    if (!m_progress || (m_done < m_nextReport && m_done < m_progressTotal))
        return true;
    m_nextReport = m_done + 1000;
    if (m_progress(int(std::min<qint64>(m_done, m_progressTotal)), m_progressTotal))
        return true;
    m_cancelled = true;
    return false;
}

bool DemoRun::writeStaff()
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery find(db);
    QSqlQuery insert(db);
    if (!find.prepare(QStringLiteral("SELECT id FROM staff WHERE name = ?"))
        || !insert.prepare(QStringLiteral("INSERT INTO staff (name, role, pin_hash, active,"
                                          " created_at) VALUES (?, ?, NULL, 1, ?)")))
        return stopWith(find.lastError().text() + insert.lastError().text());
    const QString createdAt = utc(DemoCalendar::localMs(m_calendar.firstDay(), QTime(9, 0)));
    QStringList names;
    for (StaffRole role : {StaffRole::Owner, StaffRole::Staff, StaffRole::Staff}) {
        DemoPerson person;
        QString name;
        do {
            person = randomDemoPerson(m_random, m_options.region);
            name = QString(person.firstName + QLatin1Char(' ') + person.lastName);
        } while (names.contains(name) || m_stylists.contains(person.firstName));
        names.append(name);
        m_stylists.append(person.firstName);
        find.bindValue(0, name);
        if (!find.exec())
            return stopWith(find.lastError().text());
        if (find.next()) { // a shop that set up its team before trying the demo
            m_staffIds.append(find.value(0).toLongLong());
            find.finish();
            continue;
        }
        insert.bindValue(0, name);
        insert.bindValue(1, staffRoleKey(role));
        insert.bindValue(2, createdAt);
        if (!insert.exec())
            return stopWith(insert.lastError().text());
        m_staffIds.append(insert.lastInsertId().toLongLong());
        ++m_summary.staff;
    }
    m_stylists.append(m_texts.stylistChoices);
    return true;
}

bool DemoRun::writeCustomFields()
{
    const QSqlDatabase db = m_database.connection();
    // The id of the field with this name, made if missing; 0 when one of another type exists.
    const auto field = [&](const QString &name, const QString &type, QStringList *choices,
                           qint64 *id) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT id, type, choices FROM custom_fields WHERE name = ?"));
        query.addBindValue(name);
        if (!query.exec())
            return stopWith(query.lastError().text());
        if (query.next()) {
            *id = query.value(1).toString() == type ? query.value(0).toLongLong() : 0;
            if (*id != 0 && choices) {
                const QJsonArray stored
                    = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array();
                choices->clear();
                for (const auto &choice : stored)
                    choices->append(choice.toString());
            }
            return true;
        }
        query.prepare(QStringLiteral("INSERT INTO custom_fields (name, type, choices)"
                                     " VALUES (?, ?, ?)"));
        query.addBindValue(name);
        query.addBindValue(type);
        query.addBindValue(
            choices ? QVariant(QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(*choices)).toJson(QJsonDocument::Compact)))
                    : DemoWriter::null());
        if (!query.exec())
            return stopWith(query.lastError().text());
        *id = query.lastInsertId().toLongLong();
        return true;
    };
    return field(m_texts.stylistField, QStringLiteral("choice"), &m_stylists, &m_stylistField)
        && field(m_texts.loyaltyField, QStringLiteral("number"), nullptr, &m_loyaltyField);
}

bool DemoRun::writeCustomers()
{
    const int count = m_options.customers;
    // Spare numbers for the strangers who text in (~2% of threads).
    const int wanted = count + count / 50 + 2;
    const QStringList numbers = demoMobileNumbers(m_options.region, wanted, m_random);
    if (numbers.size() < wanted)
        return stopWith(DemoDataGenerator::tr("There are not enough mobile numbers for %1 to make "
                                              "up %2 customers. Choose fewer customers.")
                            .arg(m_options.region.toUpper())
                            .arg(count));
    DemoCustomerFactory factory(m_random, m_texts, m_calendar, m_options.region.toUpper(),
        int(m_staffIds.size()), m_stylistField != 0 ? int(m_stylists.size()) : 0);
    m_customers.reserve(count);
    for (int i = 0; i < count; ++i)
        m_customers.append(factory.next(m_random.chance(0.97) ? numbers.at(i) : QString()));
    // Ids then grow with the customer-since date, as they would in a shop's own records.
    std::stable_sort(
        m_customers.begin(), m_customers.end(), [](const DemoCustomer &a, const DemoCustomer &b) {
            return a.createdLocalMs < b.createdLocalMs;
        });
    for (DemoCustomer &customer : m_customers) {
        if (!writeCustomer(customer, factory) || !advance(1))
            return false;
    }
    m_strangerNumbers = numbers.mid(count);
    return true;
}

bool DemoRun::writeCustomer(DemoCustomer &c, DemoCustomerFactory &factory)
{
    using W = DemoWriter;
    c.id = m_writer.customer({W::orNull(c.person.firstName), W::orNull(c.person.lastName),
        W::orNull(c.phoneE164), W::orNull(c.email), W::orNull(c.birthdayDay),
        W::orNull(c.birthdayMonth), W::orNull(c.birthdayYear), c.since.toString(Qt::ISODate),
        W::orNull(c.language), W::orNull(c.timeZone), W::orNull(c.notes), utc(c.createdLocalMs),
        utc(c.updatedLocalMs)});
    if (c.id == 0)
        return failQuery();
    ++m_summary.customers;
    for (const QString &tag : std::as_const(c.tags)) {
        if (!m_writer.tag(c.id, tag))
            return failQuery();
        ++m_summary.tags;
    }
    const QList<DemoVisit> visits = factory.visitsOf(c);
    for (const DemoVisit &visit : visits) {
        if (!m_writer.visit(
                {c.id, visit.on.toString(Qt::ISODate), visit.amountCents, W::orNull(visit.note)}))
            return failQuery();
        ++m_summary.visits;
    }
    if (m_stylistField != 0 && c.stylistChoice >= 0 && c.stylistChoice < m_stylists.size()) {
        if (!m_writer.fieldValue(c.id, m_stylistField, m_stylists.at(c.stylistChoice)))
            return failQuery();
        ++m_summary.fieldValues;
    }
    if (m_loyaltyField != 0 && c.tracksLoyalty && !visits.isEmpty()) {
        const int points = int(visits.size()) * 10 + 5 * m_random.below(10);
        if (!m_writer.fieldValue(c.id, m_loyaltyField, QString::number(points)))
            return failQuery();
        ++m_summary.fieldValues;
    }
    return (!c.consent.service || writeOptIn(c, false))
        && (!c.consent.marketing || writeOptIn(c, true));
}

bool DemoRun::writeOptIn(const DemoCustomer &c, bool marketing)
{
    const bool imported = c.consent.source == QLatin1String("import");
    const QString confirmation = imported
        ? QString()
        : (marketing ? m_texts.marketingConfirmation : m_texts.serviceConfirmation)
              .arg(m_texts.business);
    if (!m_writer.consent(
            {c.id, c.phoneE164, marketing ? QStringLiteral("marketing") : QStringLiteral("service"),
                QStringLiteral("opt_in"), c.consent.source,
                marketing ? m_texts.marketingWording : m_texts.serviceWording,
                m_texts.wordingVersion, staffId(c.consent.staffIndex), DemoWriter::null(),
                DemoWriter::orNull(confirmation), utc(c.createdLocalMs + (marketing ? 1000 : 0))}))
        return failQuery();
    ++m_summary.consentEvents;
    return true;
}

} // namespace rapport::app
