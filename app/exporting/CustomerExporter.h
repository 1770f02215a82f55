#pragma once

#include "app/customers/CustomField.h"
#include "app/staff/Actor.h"
#include "modem/Result.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace rapport::app {

class AuditLog;
class Database;

// One column of a customer export.
struct ExportColumn
{
    enum class Kind {
        FirstName,
        LastName,
        Phone, // E.164, which every spreadsheet and till reads back unambiguously
        Email,
        Birthday, // YYYY-MM-DD, or --MM-DD without a year (ISO 8601 / vCard)
        Anniversary,
        Language,
        TimeZone,
        Notes,
        Tags, // comma-separated
        ConsentService, // yes / no / empty: the current consent, derived from the ledger
        ConsentMarketing,
        ConsentFeedback,
        VisitCount,
        TotalSpend, // in the currency's units with two decimals: 1234.50
        LastVisit,
        CustomerSince, // when the record was created
        CustomField,
    };
    Kind kind = Kind::FirstName;
    qint64 customFieldId = 0;
    QString header; // written in the first row

    // Command-line keys: first_name, last_name, phone, email, birthday, anniversary, language,
    // time_zone, notes, tags, consent_service, consent_marketing, consent_feedback, visits,
    // total_spend, last_visit, created_at, custom:<field name>.
    static std::optional<ExportColumn> fromKey(
        const QString &key, const QList<CustomField> &fields);
    static QStringList keys();
    // Every profile column and every custom field, with headers the importer recognises, so an
    // export imports back into another Rapport unchanged (consent excepted: it is never
    // imported without the user choosing to).
    static QList<ExportColumn> defaults(const QList<CustomField> &fields);
};

struct ExportError
{
    enum class Code { NotAllowed, NoColumns, FileExists, WriteFailed, Cancelled, StorageFailed };
    Code code = Code::StorageFailed;
    QString detail;
    [[nodiscard]] QString describe() const;
};

// Writes customers to a CSV file (UTF-8 with a byte-order mark, cells that a spreadsheet would
// run as formulas neutralised), page by page so 100,000 customers never sit in memory at once.
// The file is written whole or not at all. Needs the Export permission; audited.
class CustomerExporter final
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    CustomerExporter(Database &database, AuditLog &audit);

    // `where` filters customers c (a compiled segment); empty exports everyone. Returns the
    // number of customers written.
    Result<qint64, ExportError> exportCsv(const Actor &actor, const QString &path,
        const QList<ExportColumn> &columns, const QString &where = {},
        const QVariantList &whereValues = {}, const Progress &progress = {});

private:
    Database &m_database;
    AuditLog &m_audit;
};

} // namespace rapport::app
