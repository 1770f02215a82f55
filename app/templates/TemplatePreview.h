#pragma once

#include "app/templates/TemplateError.h"
#include "app/templates/TextCounter.h"
#include "modem/Result.h"

#include <QHash>
#include <QLocale>
#include <QString>

namespace rapport::app {

class Database;

// A template as one customer would receive it, with the counter for that text — names change
// the length, so the part count is per customer. `problem` is set when the template cannot be
// sent to this customer as it stands (an unknown field, or a value missing without fallback);
// `text` then still shows what can be shown, with "{field}" where the value is missing.
struct TemplatePreview
{
    QString text;
    TextCount count;
    std::optional<TemplateError> problem;

    [[nodiscard]] bool isSendable() const { return !problem.has_value(); }
};

class TemplatePreviewer final
{
public:
    // `region` and `businessName` from BusinessProfile; `locale` for dates.
    TemplatePreviewer(
        Database &database, QString region, QString businessName, QLocale locale = QLocale());

    // For a customer (0: no customer — customer fields take their fallbacks). `context` holds
    // the context fields an automation provides (appointment_time, …).
    Result<TemplatePreview, TemplateError> preview(const QString &templateText, qint64 customerId,
        const QHash<QString, QString> &context = {}) const;

    // The business profile changed (Settings): previews use the new name and region.
    void setBusiness(const QString &region, const QString &businessName)
    {
        m_region = region;
        m_businessName = businessName;
    }

private:
    Database &m_database;
    QString m_region;
    QString m_businessName;
    QLocale m_locale;
};

} // namespace rapport::app
