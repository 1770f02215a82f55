#include "app/settings/TemplateEditing.h"

#include "app/audit/AuditLog.h"
#include "app/settings/BusinessSettings.h"
#include "app/storage/Transaction.h"

namespace rapport::app {
namespace {

QString storageFailed(const QString &detail)
{
    return StorageError {StorageError::Code::QueryFailed, detail}.describe();
}

} // namespace

Result<qint64, QString> TemplateEditing::save(Database &database, TemplateRepository &templates,
    AuditLog &audit, const Actor &actor, const StoredTemplate &stored)
{
    if (auto allowed = BusinessSettings::checkAllowed(actor, audit); !allowed)
        return fail(allowed.error());
    Transaction transaction(database);
    if (!transaction.isOpen())
        return fail(storageFailed(transaction.errorText()));
    qint64 id = stored.id;
    if (id == 0) {
        auto added = templates.add(stored);
        if (!added)
            return fail(added.error().describe());
        id = *added;
    } else if (auto updated = templates.update(stored); !updated) {
        return fail(updated.error().describe());
    }
    const QString what = stored.id == 0 ? QStringLiteral("added") : QStringLiteral("changed");
    if (auto logged = audit.record(actor, AuditAction::SettingChanged,
            QStringLiteral("template:%1").arg(stored.name.trimmed()), what);
        !logged)
        return fail(logged.error().describe());
    if (!transaction.commit())
        return fail(storageFailed(transaction.errorText()));
    return id;
}

Result<void, QString> TemplateEditing::remove(Database &database, TemplateRepository &templates,
    AuditLog &audit, const Actor &actor, qint64 id)
{
    if (auto allowed = BusinessSettings::checkAllowed(actor, audit); !allowed)
        return allowed;
    const auto found = templates.find(id);
    if (!found)
        return fail(found.error().describe());
    Transaction transaction(database);
    if (!transaction.isOpen())
        return fail(storageFailed(transaction.errorText()));
    if (auto removed = templates.remove(id); !removed)
        return fail(removed.error().describe());
    if (auto logged = audit.record(actor, AuditAction::SettingChanged,
            QStringLiteral("template:%1").arg(found->name), QStringLiteral("removed"));
        !logged)
        return fail(logged.error().describe());
    if (!transaction.commit())
        return fail(storageFailed(transaction.errorText()));
    return {};
}

} // namespace rapport::app
