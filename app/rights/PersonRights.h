#pragma once

#include "app/staff/Actor.h"
#include "modem/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace rapport::app {

class AuditLog;
class Database;

// Why a person's data could not be exported or erased. describe() says what to do.
struct PersonRightsError
{
    enum class Code {
        NumberInvalid, // the number typed is not a phone number (see detail)
        NotFound, // nobody in the customer book has this number
        NotAllowed, // the actor's role may not do this (detail: who may)
        FilesExist, // the export folder already holds an export of this person
        WriteFailed, // the folder or a file could not be written (detail: the system's words)
        StorageFailed,
    };
    Code code = Code::StorageFailed;
    QString detail;
    [[nodiscard]] QString describe() const;
};

// What an erasure removed, for the confirmation shown to the user.
struct ErasureSummary
{
    qint64 customerId = 0;
    int visits = 0;
    int appointments = 0; // cancelled ones included
    int consentEvents = 0;
    int threads = 0;
    int messages = 0;
};

// The data-protection rights of one person (GDPR Art. 15, 17 and 20): everything held about
// them, as JSON and as CSV, and erasure that removes their data and messages but keeps a keyed
// hash of the number on the suppression list, so a later import cannot re-add them silently.
class PersonRights final
{
public:
    using Clock = std::function<QDateTime()>;

    PersonRights(Database &database, AuditLog &audit, QString businessRegion, Clock clock = {});

    // The person's complete data as one JSON document: profile, custom fields, tags, visits,
    // appointments, consent history and every message of their threads.
    Result<QJsonObject, PersonRightsError> collect(const Actor &actor, const QString &number) const;

    // Writes person.json plus profile.csv, visits.csv, appointments.csv, consent.csv and
    // messages.csv into `folder` (created when missing). Refuses to overwrite an earlier export;
    // each file is written whole or not at all. Returns the files written. Needs the Export
    // permission.
    Result<QStringList, PersonRightsError> exportTo(
        const Actor &actor, const QString &number, const QString &folder);

    // Removes the customer with this number and everything attached to them, including threads
    // with the number, in one transaction, then adds the number to the suppression list. Needs
    // the Erase permission. SQLite's secure_delete is switched on first and the WAL is
    // truncated after, so the deleted rows are overwritten in the file rather than left in
    // free pages (backups taken earlier still hold them until they are deleted).
    Result<ErasureSummary, PersonRightsError> erase(const Actor &actor, const QString &number);

private:
    Result<qint64, PersonRightsError> customerIdFor(const QString &number, QString *e164) const;

    Database &m_database;
    AuditLog &m_audit;
    QString m_region;
    Clock m_clock;
};

} // namespace rapport::app
