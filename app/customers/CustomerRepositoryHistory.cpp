// CustomerRepository, continued: merging, visits and custom field definitions.
#include "app/customers/CustomerRepository.h"

#include "app/audit/AuditLog.h"
#include "app/customers/CustomerGaps.h"
#include "app/customers/CustomerSql.h"
#include "app/staff/Permissions.h"
#include "app/storage/Database.h"
#include "app/storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rapport::app {

using namespace customersql;

namespace {

CustomerError invalid(CustomerError::Field field, CustomerError::Problem problem)
{
    CustomerError error;
    error.code = CustomerError::Code::Invalid;
    error.problems.append({field, problem});
    return error;
}

// One thread per customer: the merged person's messages join the kept person's thread (or
// their thread becomes the kept person's when the kept one has none), so no text is lost.
bool mergeThreads(QSqlQuery &query, qint64 keepId, qint64 mergedId)
{
    if (!customersql::run(query,
            QStringLiteral("SELECT id FROM threads WHERE customer_id = ? ORDER BY id"), {keepId}))
        return false;
    const QVariant keptThread = query.next() ? query.value(0) : QVariant();
    query.finish();
    if (!keptThread.isValid())
        return customersql::run(query,
            QStringLiteral("UPDATE threads SET customer_id = ? WHERE customer_id = ?"),
            {keepId, mergedId});
    return customersql::run(query,
               QStringLiteral("UPDATE messages SET thread_id = ? WHERE thread_id IN"
                              " (SELECT id FROM threads WHERE customer_id = ?)"),
               {keptThread, mergedId})
        && customersql::run(query,
            QStringLiteral("UPDATE threads SET"
                           " unread_count = unread_count + (SELECT coalesce(sum(unread_count), 0)"
                           " FROM threads WHERE customer_id = ?),"
                           " last_message_at = (SELECT max(created_at) FROM messages"
                           " WHERE thread_id = ?) WHERE id = ?"),
            {mergedId, keptThread, keptThread})
        && customersql::run(
            query, QStringLiteral("DELETE FROM threads WHERE customer_id = ?"), {mergedId});
}

} // namespace

Result<void, CustomerError> CustomerRepository::merge(qint64 keepId, qint64 mergeId)
{
    if (keepId == mergeId)
        return fail(
            invalid(CustomerError::Field::Name, CustomerError::Problem::NameOrNumberRequired));
    auto keep = findById(keepId);
    if (!keep)
        return fail(keep.error());
    auto merged = findById(mergeId);
    if (!merged)
        return fail(merged.error());
    Transaction transaction(m_database);
    if (!transaction.isOpen())
        return fail(storageError(transaction.errorText()));
    if (auto done = mergeInTransaction(*keep, *merged); !done)
        return fail(done.error());
    if (!transaction.commit())
        return fail(storageError(transaction.errorText()));
    return {};
}

Result<void, CustomerError> CustomerRepository::merge(
    const Actor &actor, AuditLog &audit, qint64 keepId, qint64 mergeId)
{
    if (auto allowed = Permissions::check(actor, Permission::Merge, &audit); !allowed) {
        CustomerError error;
        error.code = CustomerError::Code::NotAllowed;
        error.detail = allowed.error().describe();
        return fail(error);
    }
    Transaction transaction(m_database);
    if (!transaction.isOpen())
        return fail(storageError(transaction.errorText()));
    if (auto merged = merge(keepId, mergeId); !merged)
        return fail(merged.error());
    if (auto logged = audit.record(actor, AuditAction::CustomerMerged,
            QStringLiteral("customer:%1").arg(keepId),
            QStringLiteral("customer %1 merged into it").arg(mergeId));
        !logged)
        return fail(storageError(logged.error().detail));
    if (!transaction.commit())
        return fail(storageError(transaction.errorText()));
    return {};
}

Result<void, CustomerError> CustomerRepository::mergeInTransaction(
    const Customer &keep, const Customer &merged)
{
    QSqlQuery query(m_database.connection());
    // Children first, skipping tags and values the kept record already has (its own win);
    // then the merged record goes, which cascades its leftovers and frees its number for the
    // kept record under UNIQUE.
    const QVariantList ids {keep.id, merged.id};
    const QVariantList insertIds {keep.id, merged.id, keep.id};
    if (!customersql::run(
            query, QStringLiteral("UPDATE visits SET customer_id = ? WHERE customer_id = ?"), ids)
        // Appointments, cancelled ones too, follow the person like visits do.
        || !customersql::run(query,
            QStringLiteral("UPDATE appointments SET customer_id = ? WHERE customer_id = ?"), ids)
        // The ledger keeps both people's events; the latest event per purpose, whoever's it
        // was, decides the merged customer's consent.
        || !customersql::run(query,
            QStringLiteral("UPDATE consent_events SET customer_id = ? WHERE customer_id = ?"), ids)
        || !mergeThreads(query, keep.id, merged.id)
        || !customersql::run(query,
            QStringLiteral("INSERT INTO customer_tags (customer_id, tag)"
                           " SELECT ?, tag FROM customer_tags WHERE customer_id = ? AND tag NOT IN"
                           " (SELECT tag FROM customer_tags WHERE customer_id = ?)"),
            insertIds)
        || !customersql::run(query,
            QStringLiteral(
                "INSERT INTO customer_field_values (customer_id, field_id, value)"
                " SELECT ?, field_id, value FROM customer_field_values WHERE customer_id = ?"
                " AND field_id NOT IN"
                " (SELECT field_id FROM customer_field_values WHERE customer_id = ?)"),
            insertIds)
        || !customersql::run(
            query, QStringLiteral("DELETE FROM customers WHERE id = ?"), {merged.id}))
        return fail(storageError(query));

    const Customer result = withGapsFilled(keep, merged);
    // The older record tells when the person became a customer.
    const QString createdAt
        = std::min(keep.createdAt, merged.createdAt).toString(Qt::ISODateWithMs);

    if (!customersql::run(query,
            QStringLiteral("UPDATE customers SET first_name = ?, last_name = ?, phone_e164 = ?,"
                           " email = ?, birthday_day = ?, birthday_month = ?, birthday_year = ?,"
                           " anniversary = ?, language = ?, time_zone = ?, notes = ?,"
                           " created_at = ?, updated_at = ? WHERE id = ?"),
            {orNull(result.firstName), orNull(result.lastName), orNull(result.phoneE164),
                orNull(result.email), orNull(result.birthdayDay), orNull(result.birthdayMonth),
                result.birthdayYear ? QVariant(*result.birthdayYear)
                                    : QVariant(QMetaType::fromType<int>()),
                orNull(result.anniversary.isValid() ? result.anniversary.toString(Qt::ISODate)
                                                    : QString()),
                orNull(result.language), orNull(result.timeZone), orNull(result.notes), createdAt,
                now(), keep.id}))
        return fail(storageError(query));
    return {};
}

Result<qint64, CustomerError> CustomerRepository::addVisit(const Visit &visit)
{
    if (!visit.visitedOn.isValid())
        return fail(invalid(CustomerError::Field::Name, CustomerError::Problem::FieldNotADate));
    if (auto customer = findById(visit.customerId); !customer)
        return fail(customer.error());
    QSqlQuery query(m_database.connection());
    if (!customersql::run(query,
            QStringLiteral("INSERT INTO visits (customer_id, visited_on, amount_cents, note)"
                           " VALUES (?, ?, ?, ?)"),
            {visit.customerId, visit.visitedOn.toString(Qt::ISODate), visit.amountCents,
                orNull(visit.note)}))
        return fail(storageError(query));
    return query.lastInsertId().toLongLong();
}

Result<QList<Visit>, CustomerError> CustomerRepository::visits(qint64 customerId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!customersql::run(query,
            QStringLiteral("SELECT id, customer_id, visited_on, amount_cents, note FROM visits"
                           " WHERE customer_id = ? ORDER BY visited_on, id"),
            {customerId}))
        return fail(storageError(query));
    QList<Visit> list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
            QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toLongLong(),
            query.value(4).toString()});
    }
    return list;
}

Result<qint64, CustomerError> CustomerRepository::totalSpendCents(qint64 customerId) const
{
    QSqlQuery query(m_database.connection());
    if (!customersql::run(query,
            QStringLiteral(
                "SELECT coalesce(sum(amount_cents), 0) FROM visits WHERE customer_id = ?"),
            {customerId})
        || !query.next())
        return fail(storageError(query));
    return query.value(0).toLongLong();
}

Result<qint64, CustomerError> CustomerRepository::addCustomField(CustomField field)
{
    if (m_bulk)
        m_bulk->fields.reset();
    field.name = field.name.simplified();
    QStringList choices;
    for (const QString &choice : std::as_const(field.choices)) {
        if (!choice.trimmed().isEmpty() && !choices.contains(choice.trimmed()))
            choices.append(choice.trimmed());
    }
    if (field.name.isEmpty() || (field.type == CustomField::Type::Choice && choices.isEmpty()))
        return fail(invalid(
            CustomerError::Field::CustomField, CustomerError::Problem::FieldDefinitionInvalid));
    QSqlQuery query(m_database.connection());
    if (!customersql::run(query,
            QStringLiteral("SELECT id FROM custom_fields WHERE lower(name) = lower(?)"),
            {field.name}))
        return fail(storageError(query));
    if (query.next()) {
        CustomerError error;
        error.code = CustomerError::Code::Duplicate;
        error.existingId = query.value(0).toLongLong();
        return fail(error);
    }
    const QVariant storedChoices = field.type == CustomField::Type::Choice
        ? QVariant(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(choices)).toJson(QJsonDocument::Compact)))
        : QVariant(QMetaType::fromType<QString>());
    if (!customersql::run(query,
            QStringLiteral("INSERT INTO custom_fields (name, type, choices) VALUES (?, ?, ?)"),
            {field.name, CustomField::typeName(field.type), storedChoices}))
        return fail(storageError(query));
    return query.lastInsertId().toLongLong();
}

Result<QList<CustomField>, CustomerError> CustomerRepository::customFields() const
{
    if (m_bulk && m_bulk->fields)
        return *m_bulk->fields;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!customersql::run(
            query, QStringLiteral("SELECT id, name, type, choices FROM custom_fields ORDER BY id")))
        return fail(storageError(query));
    QList<CustomField> fields;
    while (query.next()) {
        CustomField field;
        field.id = query.value(0).toLongLong();
        field.name = query.value(1).toString();
        field.type = CustomField::typeFromName(query.value(2).toString());
        const QJsonArray choices
            = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array();
        for (const auto &choice : choices)
            field.choices.append(choice.toString());
        fields.append(field);
    }
    if (m_bulk)
        m_bulk->fields = fields;
    return fields;
}

} // namespace rapport::app
