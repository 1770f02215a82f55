#include "app/templates/TemplateRepository.h"

#include "app/customers/CustomerRepository.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "app/templates/MergeFields.h"
#include "app/templates/MessageTemplate.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rapport::app {
namespace {

TemplateError storageError(const QSqlQuery &query)
{
    TemplateError error;
    error.code = TemplateError::Code::StorageFailed;
    error.detail = query.lastError().text();
    return error;
}

TemplateError codeOnly(TemplateError::Code code, const QString &field = {})
{
    TemplateError error;
    error.code = code;
    error.field = field;
    return error;
}

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

const QString kColumns
    = QStringLiteral("id, name, body, purpose, is_saved_reply, created_at, updated_at");

StoredTemplate fromRow(const QSqlQuery &query)
{
    StoredTemplate stored;
    stored.id = query.value(0).toLongLong();
    stored.name = query.value(1).toString();
    stored.body = query.value(2).toString();
    stored.purpose
        = messagePurposeFromKey(query.value(3).toString()).value_or(MessagePurpose::Reply);
    stored.isSavedReply = query.value(4).toBool();
    stored.createdAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    stored.updatedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    return stored;
}

} // namespace

TemplateRepository::TemplateRepository(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{ }

QDateTime TemplateRepository::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Result<QStringList, TemplateError> TemplateRepository::knownFields() const
{
    // Reading field definitions never parses a number, so the region does not matter here.
    CustomerRepository customers(m_database, QStringLiteral("ZZ"));
    const auto fields = customers.customFields();
    if (!fields) {
        TemplateError error = codeOnly(TemplateError::Code::StorageFailed);
        error.detail = fields.error().describe();
        return fail(std::move(error));
    }
    return MergeFields::names(*fields);
}

Result<void, TemplateError> TemplateRepository::validate(const StoredTemplate &stored) const
{
    if (stored.name.trimmed().isEmpty()) {
        return fail(codeOnly(TemplateError::Code::EmptyName));
    }
    const auto known = knownFields();
    if (!known)
        return fail(known.error());
    const auto parsed = MessageTemplate::parse(stored.body, *known);
    if (!parsed)
        return fail(parsed.error());
    return {};
}

Result<qint64, TemplateError> TemplateRepository::add(StoredTemplate stored)
{
    stored.name = stored.name.trimmed();
    if (auto valid = validate(stored); !valid)
        return fail(valid.error());
    if (findByName(stored.name))
        return fail(codeOnly(TemplateError::Code::NameTaken, stored.name));
    QSqlQuery query(m_database.connection());
    const QString at = stamp(now());
    if (!sql::run(query,
            QStringLiteral("INSERT INTO templates (name, body, purpose, is_saved_reply, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {stored.name, stored.body, messagePurposeKey(stored.purpose),
                stored.isSavedReply ? 1 : 0, at, at}))
        return fail(storageError(query));
    return query.lastInsertId().toLongLong();
}

Result<void, TemplateError> TemplateRepository::update(const StoredTemplate &stored)
{
    StoredTemplate cleaned = stored;
    cleaned.name = cleaned.name.trimmed();
    if (auto valid = validate(cleaned); !valid)
        return fail(valid.error());
    if (const auto other = findByName(cleaned.name); other && other->id != cleaned.id)
        return fail(codeOnly(TemplateError::Code::NameTaken, cleaned.name));
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("UPDATE templates SET name = ?, body = ?, purpose = ?, "
                           "is_saved_reply = ?, updated_at = ? WHERE id = ?"),
            {cleaned.name, cleaned.body, messagePurposeKey(cleaned.purpose),
                cleaned.isSavedReply ? 1 : 0, stamp(now()), cleaned.id}))
        return fail(storageError(query));
    if (query.numRowsAffected() == 0)
        return fail(codeOnly(TemplateError::Code::NotFound));
    return {};
}

Result<void, TemplateError> TemplateRepository::remove(qint64 id)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query, QStringLiteral("DELETE FROM templates WHERE id = ?"), {id}))
        return fail(storageError(query));
    if (query.numRowsAffected() == 0)
        return fail(codeOnly(TemplateError::Code::NotFound));
    return {};
}

Result<StoredTemplate, TemplateError> TemplateRepository::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(
            query, QStringLiteral("SELECT %1 FROM templates WHERE id = ?").arg(kColumns), {id}))
        return fail(storageError(query));
    if (!query.next())
        return fail(codeOnly(TemplateError::Code::NotFound));
    return fromRow(query);
}

Result<StoredTemplate, TemplateError> TemplateRepository::findByName(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query, QStringLiteral("SELECT %1 FROM templates WHERE name = ?").arg(kColumns),
            {name.trimmed()}))
        return fail(storageError(query));
    if (!query.next())
        return fail(codeOnly(TemplateError::Code::NotFound, name));
    return fromRow(query);
}

Result<QList<StoredTemplate>, TemplateError> TemplateRepository::list(bool savedRepliesOnly) const
{
    QSqlQuery query(m_database.connection());
    const QString where
        = savedRepliesOnly ? QStringLiteral(" WHERE is_saved_reply = 1") : QString();
    if (!sql::run(query,
            QStringLiteral("SELECT %1 FROM templates%2 ORDER BY lower(name), id")
                .arg(kColumns, where)))
        return fail(storageError(query));
    QList<StoredTemplate> all;
    while (query.next())
        all.append(fromRow(query));
    return all;
}

} // namespace rapport::app
