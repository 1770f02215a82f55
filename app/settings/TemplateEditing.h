#pragma once

#include "app/templates/TemplateRepository.h"
#include "modem/Result.h"

#include <QCoreApplication>
#include <QString>

namespace rapport::app {

class AuditLog;
struct Actor;

// Adding, changing and deleting templates from the Settings page: templates are the business's
// wording, so they need the Settings permission and each change leaves an audit line
// ("template:<name>"), in the same transaction as the change.
class TemplateEditing final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateEditing)

public:
    TemplateEditing() = delete;

    // Adds (id 0) or updates; returns the id. The error is a sentence for people.
    static Result<qint64, QString> save(Database &database, TemplateRepository &templates,
        AuditLog &audit, const Actor &actor, const StoredTemplate &stored);
    static Result<void, QString> remove(Database &database, TemplateRepository &templates,
        AuditLog &audit, const Actor &actor, qint64 id);
};

} // namespace rapport::app
