#include "app/rights/PersonRights.h"

#include "app/CoreLogging.h"
#include "app/audit/AuditLog.h"
#include "app/consent/SuppressionList.h"
#include "app/phone/PhoneNumbers.h"
#include "app/rights/PersonRecords.h"
#include "app/staff/Permissions.h"
#include "app/storage/Database.h"
#include "app/storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rapport::app {
namespace {

PersonRightsError problem(PersonRightsError::Code code, const QString &detail = {})
{
    return PersonRightsError {code, detail};
}

PersonRightsError storageProblem(const QSqlQuery &query)
{
    return problem(PersonRightsError::Code::StorageFailed, query.lastError().text());
}

const QStringList &exportFileNames()
{
    static const QStringList names {QStringLiteral("person.json"), QStringLiteral("profile.csv"),
        QStringLiteral("visits.csv"), QStringLiteral("appointments.csv"),
        QStringLiteral("consent.csv"), QStringLiteral("messages.csv")};
    return names;
}

int countRows(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

} // namespace

QString PersonRightsError::describe() const
{
    switch (code) {
    case Code::NumberInvalid:
        return QCoreApplication::translate("PersonRights",
            "That is not a phone number Rapport can look up (%1). Type the number as the customer "
            "gave it, with the country code if it is from abroad.")
            .arg(detail);
    case Code::NotFound:
        return QCoreApplication::translate("PersonRights",
            "No customer has this number. Check the number, or search the customer list by "
            "name.");
    case Code::NotAllowed:
        return detail;
    case Code::FilesExist:
        return QCoreApplication::translate("PersonRights",
            "The folder already holds an export (%1). Choose an empty folder, or move the "
            "earlier files away first.")
            .arg(detail);
    case Code::WriteFailed:
        return QCoreApplication::translate("PersonRights",
            "The export could not be written: %1. Check that the folder exists, that you may "
            "write to it and that the disk is not full.")
            .arg(detail);
    case Code::StorageFailed:
        break;
    }
    return QCoreApplication::translate("PersonRights",
        "The database could not be read or changed (%1). Nothing was changed; try again, and "
        "restore the latest backup if it keeps happening.")
        .arg(detail);
}

PersonRights::PersonRights(Database &database, AuditLog &audit, QString businessRegion, Clock clock)
    : m_database(database)
    , m_audit(audit)
    , m_region(std::move(businessRegion))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{ }

Result<qint64, PersonRightsError> PersonRights::customerIdFor(
    const QString &number, QString *e164) const
{
    const PhoneNumbers::Parsed parsed = PhoneNumbers::parse(number, m_region);
    // Any real number will do here: a landline or a number that is no longer a mobile may
    // still be on file, and the person still has rights over it.
    if (parsed.e164.isEmpty())
        return fail(problem(
            PersonRightsError::Code::NumberInvalid, PhoneNumbers::describe(parsed.validity)));
    *e164 = parsed.e164;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM customers WHERE phone_e164 = ?"));
    query.addBindValue(parsed.e164);
    if (!query.exec())
        return fail(storageProblem(query));
    if (!query.next())
        return fail(problem(PersonRightsError::Code::NotFound));
    return query.value(0).toLongLong();
}

Result<QJsonObject, PersonRightsError> PersonRights::collect(
    const Actor &actor, const QString &number) const
{
    if (auto allowed = Permissions::check(actor, Permission::Export, &m_audit); !allowed)
        return fail(problem(PersonRightsError::Code::NotAllowed, allowed.error().describe()));
    QString e164;
    auto id = customerIdFor(number, &e164);
    if (!id)
        return fail(id.error());
    auto records = PersonRecords::collect(m_database, *id);
    if (!records)
        return fail(problem(PersonRightsError::Code::StorageFailed, records.error()));
    QJsonObject document = *records;
    document.insert(QStringLiteral("exportedAt"), m_clock().toUTC().toString(Qt::ISODateWithMs));
    return document;
}

Result<QStringList, PersonRightsError> PersonRights::exportTo(
    const Actor &actor, const QString &number, const QString &folder)
{
    auto document = collect(actor, number);
    if (!document)
        return fail(document.error());
    const QDir dir(folder);
    if (!QDir().mkpath(dir.absolutePath()))
        return fail(problem(PersonRightsError::Code::WriteFailed,
            QCoreApplication::translate("PersonRights", "cannot create the folder %1")
                .arg(QDir::toNativeSeparators(dir.absolutePath()))));
    for (const QString &name : exportFileNames()) {
        if (QFileInfo::exists(dir.filePath(name)))
            return fail(problem(
                PersonRightsError::Code::FilesExist, QDir::toNativeSeparators(dir.filePath(name))));
    }
    QList<QPair<QString, QByteArray>> files;
    files.append(
        {QStringLiteral("person.json"), QJsonDocument(*document).toJson(QJsonDocument::Indented)});
    const auto tables = PersonRecords::toCsvFiles(*document);
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        files.append({it.key(), it.value()});

    QStringList written;
    for (const auto &[name, bytes] : files) {
        QSaveFile file(dir.filePath(name));
        // Personal data: readable by the owner only, like the database. Set on the open file,
        // before a byte is written, so the data is never readable by others, not even between
        // the commit and a later chmod.
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
            || file.write(bytes) != bytes.size() || !file.commit()) {
            const QString why = file.errorString();
            for (const QString &done : std::as_const(written))
                QFile::remove(done);
            return fail(problem(PersonRightsError::Code::WriteFailed, why));
        }
        written.append(file.fileName());
    }
    const qint64 customerId = document->value(QStringLiteral("profile"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toInteger();
    // The files exist now; a failed audit line is logged rather than undoing the export.
    if (auto logged = m_audit.record(actor, AuditAction::PersonExported,
            QStringLiteral("customer:%1").arg(customerId),
            QStringLiteral("%1 files").arg(written.size()));
        !logged)
        qCWarning(lcStorage) << "audit line for a person export not written:"
                             << logged.error().detail;
    return written;
}

Result<ErasureSummary, PersonRightsError> PersonRights::erase(
    const Actor &actor, const QString &number)
{
    if (auto allowed = Permissions::check(actor, Permission::Erase, &m_audit); !allowed)
        return fail(problem(PersonRightsError::Code::NotAllowed, allowed.error().describe()));
    QString e164;
    auto id = customerIdFor(number, &e164);
    if (!id)
        return fail(id.error());

    QSqlQuery query(m_database.connection());
    // Overwrite deleted content instead of leaving it in free pages of the file.
    if (!query.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return fail(storageProblem(query));

    ErasureSummary summary;
    summary.customerId = *id;
    Transaction transaction(m_database);
    if (!transaction.isOpen())
        return fail(problem(PersonRightsError::Code::StorageFailed, transaction.errorText()));
    summary.visits = countRows(
        query, QStringLiteral("SELECT count(*) FROM visits WHERE customer_id = ?"), {*id});
    // Removed with the customer row (ON DELETE CASCADE), like visits.
    summary.appointments = countRows(
        query, QStringLiteral("SELECT count(*) FROM appointments WHERE customer_id = ?"), {*id});
    summary.consentEvents = countRows(
        query, QStringLiteral("SELECT count(*) FROM consent_events WHERE customer_id = ?"), {*id});
    // Threads under the number that are not (yet) linked to the record are theirs too: they are
    // counted, and removed, with the linked ones.
    summary.messages = countRows(query,
        QStringLiteral("SELECT count(*) FROM messages m JOIN threads t ON t.id = m.thread_id "
                       "WHERE t.phone_e164 = ? OR t.customer_id = ?"),
        {e164, *id});
    summary.threads = countRows(query,
        QStringLiteral("SELECT count(*) FROM threads WHERE phone_e164 = ? OR customer_id = ?"),
        {e164, *id});

    query.prepare(QStringLiteral("DELETE FROM threads WHERE phone_e164 = ? OR customer_id = ?"));
    query.addBindValue(e164);
    query.addBindValue(*id);
    if (!query.exec())
        return fail(storageProblem(query));
    query.prepare(QStringLiteral("DELETE FROM customers WHERE id = ?"));
    query.addBindValue(*id);
    if (!query.exec())
        return fail(storageProblem(query));
    SuppressionList suppression(m_database, m_clock);
    if (auto listed = suppression.add(e164, SuppressionList::Reason::Erased); !listed)
        return fail(problem(PersonRightsError::Code::StorageFailed, listed.error().describe()));
    if (auto logged
        = m_audit.record(actor, AuditAction::CustomerErased, QStringLiteral("customer:%1").arg(*id),
            QStringLiteral("%1 visits, %2 appointments, %3 consent events, %4 messages removed")
                .arg(summary.visits)
                .arg(summary.appointments)
                .arg(summary.consentEvents)
                .arg(summary.messages));
        !logged)
        return fail(problem(PersonRightsError::Code::StorageFailed, logged.error().detail));
    if (!transaction.commit())
        return fail(problem(PersonRightsError::Code::StorageFailed, transaction.errorText()));
    // FTS5 only marks deleted rows in its index; their words stay in the segments until those
    // are merged. Merging all of them now takes the person's words out of the search index.
    // The erasure has happened either way, so a failure here is logged, not returned.
    if (!query.exec(QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('optimize')")))
        qCWarning(lcStorage) << "search index not optimised after an erasure:"
                             << query.lastError().text();
    // Move the overwritten pages from the WAL into the file and empty the WAL.
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return summary;
}

} // namespace rapport::app
