#pragma once

#include "app/staff/Actor.h"
#include "app/storage/StorageError.h"
#include "modem/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace rapport::app {

class Database;

// One line of the audit log: who did what to whom, and when. `subject` names the record
// ("customer:42", "import:till.csv"); `detail` is a short plain-text summary. Neither holds a
// phone number or message text, so the log can be kept after a person is erased.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    qint64 staffId = 0; // 0 when the actor was not a member of staff
    QString actor;
    QString action;
    QString subject;
    QString detail;
};

// The action names written to the log, stable because filters and reports use them.
namespace AuditAction {
inline const QString ConsentRecorded = QStringLiteral("consent.recorded");
inline const QString CustomerMerged = QStringLiteral("customer.merged");
inline const QString CustomerErased = QStringLiteral("customer.erased");
inline const QString CustomersImported = QStringLiteral("customers.imported");
inline const QString CustomersExported = QStringLiteral("customers.exported");
inline const QString PersonExported = QStringLiteral("person.exported");
inline const QString SettingChanged = QStringLiteral("settings.changed");
inline const QString StaffChanged = QStringLiteral("staff.changed");
inline const QString DatabaseRestored = QStringLiteral("database.restored");
inline const QString PermissionDenied = QStringLiteral("permission.denied");
} // namespace AuditAction

// Append-only: entries are added inside the caller's transaction when there is one, so an
// action and its audit line are committed (or rolled back) together.
class AuditLog final
{
public:
    using Clock = std::function<QDateTime()>;

    explicit AuditLog(Database &database, Clock clock = {});

    Result<qint64, StorageError> record(const Actor &actor, const QString &action,
        const QString &subject, const QString &detail = {});

    // Newest first; `action` empty means every action.
    Result<QList<AuditEntry>, StorageError> entries(
        const QString &action = {}, int limit = 100, int offset = 0) const;

private:
    Database &m_database;
    Clock m_clock;
};

} // namespace rapport::app
