#pragma once

#include "app/customers/CustomField.h"
#include "app/customers/Customer.h"
#include "app/customers/CustomerError.h"
#include "app/customers/Visit.h"
#include "modem/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace rapport::app {

class AuditLog;
class Database;
struct Actor;

// The customer book over the business's database. Every statement is prepared with bound
// values; writes that touch several tables run in one transaction. Numbers are validated and
// normalised against the business's region, so "07700 900123" and "+44 7700 900123" are one
// customer.
class CustomerRepository final
{
public:
    using Clock = std::function<QDateTime()>;

    // `businessRegion` is an ISO 3166 code ("GB"); `clock` stamps created_at/updated_at (UTC).
    CustomerRepository(Database &database, QString businessRegion, Clock clock = {});
    // The business moved (Settings): numbers typed from now on are read for this region.
    void setBusinessRegion(const QString &region) { m_region = region; }

    // Stores a new customer and returns its id. Invalid → per-field problems; Duplicate when
    // the number already belongs to a customer (existingId says whom).
    Result<qint64, CustomerError> add(Customer customer);
    // Replaces the stored record with `customer` (matched by id), tags and field values too.
    Result<void, CustomerError> update(Customer customer);
    Result<void, CustomerError> remove(qint64 id);

    Result<Customer, CustomerError> findById(qint64 id) const;
    // The customer with this number, typed in any format; NotFound when none.
    Result<Customer, CustomerError> findByNumber(const QString &typed) const;
    // Customers whose first or last name starts with each word of `text` (case-insensitive),
    // ordered by last, first name; or, when `text` is a number, customers whose number starts
    // with it, in number order.
    Result<QList<Customer>, CustomerError> search(
        const QString &text, int limit = 50, int offset = 0) const;

    // Folds `mergeId` into `keepId`: visits, tags and custom values move over, empty fields of
    // the kept record are filled, notes are appended, and the merged record is removed.
    Result<void, CustomerError> merge(qint64 keepId, qint64 mergeId);
    // The same for a person at the desk: needs the Merge permission (manager or owner; a refusal
    // is NotAllowed with the sentence in detail) and writes a customer.merged audit line in the
    // merge's transaction.
    Result<void, CustomerError> merge(
        const Actor &actor, AuditLog &audit, qint64 keepId, qint64 mergeId);

    Result<qint64, CustomerError> addVisit(const Visit &visit);
    Result<QList<Visit>, CustomerError> visits(qint64 customerId) const;
    Result<qint64, CustomerError> totalSpendCents(qint64 customerId) const;

    Result<qint64, CustomerError> addCustomField(CustomField field);
    Result<QList<CustomField>, CustomerError> customFields() const;

    // Bulk mode, for imports inside one transaction: statements are prepared once and reused,
    // and custom field definitions are read once. Leave it off for long-lived repositories:
    // the cache would outlive a restore of the database or fields added elsewhere.
    void setBulkMode(bool on);
    // In bulk mode: `e164` was parsed by the caller as a valid mobile of this region, so adding
    // a customer with it need not parse it again.
    void noteValidatedNumber(const QString &e164);

    // The zone to judge quiet hours in: the record's own, else the number's when it has exactly
    // one, else the business's.
    static QTimeZone effectiveTimeZone(const Customer &customer, const QTimeZone &businessZone);

private:
    Result<void, CustomerError> validate(Customer &customer, qint64 selfId) const;
    Result<void, CustomerError> writeChildren(const Customer &customer);
    // Gives the customer the unlinked thread of their number, if there is one.
    Result<void, CustomerError> linkThread(const Customer &customer);
    Result<void, CustomerError> loadChildren(Customer &customer) const;
    // Ordered by last and first name unless `orderBy` says otherwise.
    Result<QList<Customer>, CustomerError> selectCustomers(const QString &where,
        const QVariantList &values, int limit, int offset, const QString &orderBy = {}) const;
    Result<void, CustomerError> loadChildren(QList<Customer> &customers) const;
    // Runs a SELECT whose first columns are `columns` and loads the customers it returns.
    Result<QList<Customer>, CustomerError> selectQuery(
        const QString &sql, const QVariantList &values) const;
    Result<void, CustomerError> mergeInTransaction(const Customer &keep, const Customer &merged);
    QString now() const;
    struct BulkCache;
    class StatementHandle;
    // Prepares (or, in bulk mode, reuses) `sql` in `query`, binds `values` in order, runs it.
    bool run(StatementHandle &query, const QString &sql, const QVariantList &values = {}) const;

    Database &m_database;
    QString m_region;
    Clock m_clock;
    std::shared_ptr<BulkCache> m_bulk; // set in bulk mode only
};

} // namespace rapport::app
