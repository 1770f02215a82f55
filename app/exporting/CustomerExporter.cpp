#include "app/exporting/CustomerExporter.h"

#include "app/CoreLogging.h"
#include "app/audit/AuditLog.h"
#include "app/exporting/ExportPage.h"
#include "app/importing/CsvWriter.h"
#include "app/staff/Permissions.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::app {
namespace {

using Kind = ExportColumn::Kind;

struct ColumnInfo
{
    Kind kind;
    const char *key;
    const char *header;
};

// Headers are the ones ImportMapping::guess recognises, so an export imports back as it was.
constexpr ColumnInfo kColumns[] = {
    {Kind::FirstName, "first_name", QT_TRANSLATE_NOOP("CustomerExporter", "First name")},
    {Kind::LastName, "last_name", QT_TRANSLATE_NOOP("CustomerExporter", "Last name")},
    {Kind::Phone, "phone", QT_TRANSLATE_NOOP("CustomerExporter", "Mobile number")},
    {Kind::Email, "email", QT_TRANSLATE_NOOP("CustomerExporter", "Email")},
    {Kind::Birthday, "birthday", QT_TRANSLATE_NOOP("CustomerExporter", "Birthday")},
    {Kind::Anniversary, "anniversary", QT_TRANSLATE_NOOP("CustomerExporter", "Anniversary")},
    {Kind::Language, "language", QT_TRANSLATE_NOOP("CustomerExporter", "Language")},
    {Kind::TimeZone, "time_zone", QT_TRANSLATE_NOOP("CustomerExporter", "Time zone")},
    {Kind::Notes, "notes", QT_TRANSLATE_NOOP("CustomerExporter", "Notes")},
    {Kind::Tags, "tags", QT_TRANSLATE_NOOP("CustomerExporter", "Tags")},
    {Kind::ConsentService, "consent_service",
        QT_TRANSLATE_NOOP("CustomerExporter", "Consent (service)")},
    {Kind::ConsentMarketing, "consent_marketing",
        QT_TRANSLATE_NOOP("CustomerExporter", "Consent (marketing)")},
    {Kind::ConsentFeedback, "consent_feedback",
        QT_TRANSLATE_NOOP("CustomerExporter", "Consent (feedback)")},
    {Kind::VisitCount, "visits", QT_TRANSLATE_NOOP("CustomerExporter", "Number of visits")},
    {Kind::TotalSpend, "total_spend", QT_TRANSLATE_NOOP("CustomerExporter", "Total spent")},
    {Kind::LastVisit, "last_visit", QT_TRANSLATE_NOOP("CustomerExporter", "Date of last visit")},
    {Kind::CustomerSince, "created_at", QT_TRANSLATE_NOOP("CustomerExporter", "Added on")},
};

constexpr int kPageSize = 2000;

ExportError exportError(ExportError::Code code, const QString &detail = {})
{
    return ExportError {code, detail};
}

} // namespace

std::optional<ExportColumn> ExportColumn::fromKey(
    const QString &key, const QList<CustomField> &fields)
{
    if (key.startsWith(QLatin1String("custom:"))) {
        const QString name = key.mid(7).trimmed();
        for (const CustomField &field : fields) {
            if (field.name.compare(name, Qt::CaseInsensitive) == 0)
                return ExportColumn {Kind::CustomField, field.id, field.name};
        }
        return std::nullopt;
    }
    for (const ColumnInfo &info : kColumns) {
        if (key == QLatin1String(info.key))
            return ExportColumn {
                info.kind, 0, QCoreApplication::translate("CustomerExporter", info.header)};
    }
    return std::nullopt;
}

QStringList ExportColumn::keys()
{
    QStringList keys;
    for (const ColumnInfo &info : kColumns)
        keys.append(QString::fromLatin1(info.key));
    keys.append(QStringLiteral("custom:<field name>"));
    return keys;
}

QList<ExportColumn> ExportColumn::defaults(const QList<CustomField> &fields)
{
    QList<ExportColumn> columns;
    for (const ColumnInfo &info : kColumns) {
        if (info.kind == Kind::ConsentService || info.kind == Kind::ConsentMarketing
            || info.kind == Kind::ConsentFeedback || info.kind == Kind::CustomerSince)
            continue;
        columns.append(
            {info.kind, 0, QCoreApplication::translate("CustomerExporter", info.header)});
    }
    for (const CustomField &field : fields)
        columns.append({Kind::CustomField, field.id, field.name});
    return columns;
}

namespace {

// The translation context, declared so that lupdate files these sentences under the context
// they are looked up in at run time.
class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(CustomerExporter)
};

} // namespace

QString ExportError::describe() const
{
    switch (code) {
    case Code::NotAllowed:
        return detail;
    case Code::NoColumns:
        return ExportText::tr("Choose at least one column to export.");
    case Code::FileExists:
        return ExportText::tr(
            "%1 already exists. Choose another file name, or move the old file away "
            "first.")
            .arg(detail);
    case Code::WriteFailed:
        return ExportText::tr(
            "The export could not be written (%1). Check that you may write to the folder "
            "and that the disk is not full.")
            .arg(detail);
    case Code::Cancelled:
        return ExportText::tr("The export was cancelled; no file was written.");
    case Code::StorageFailed:
        break;
    }
    return ExportText::tr("The customers could not be read from the database (%1). Try again.")
        .arg(detail);
}

CustomerExporter::CustomerExporter(Database &database, AuditLog &audit)
    : m_database(database)
    , m_audit(audit)
{ }

Result<qint64, ExportError> CustomerExporter::exportCsv(const Actor &actor, const QString &path,
    const QList<ExportColumn> &columns, const QString &where, const QVariantList &whereValues,
    const Progress &progress)
{
    if (auto allowed = Permissions::check(actor, Permission::Export, &m_audit); !allowed)
        return fail(exportError(ExportError::Code::NotAllowed, allowed.error().describe()));
    if (columns.isEmpty())
        return fail(exportError(ExportError::Code::NoColumns));
    if (QFileInfo::exists(path))
        return fail(exportError(ExportError::Code::FileExists, QDir::toNativeSeparators(path)));

    const QString filter = where.isEmpty() ? QStringLiteral("1 = 1") : where;
    QSqlQuery count(m_database.connection());
    count.prepare(QStringLiteral("SELECT count(*) FROM customers c WHERE ") + filter);
    for (const QVariant &value : whereValues)
        count.addBindValue(value);
    if (!count.exec() || !count.next())
        return fail(exportError(ExportError::Code::StorageFailed, count.lastError().text()));
    const qint64 total = count.value(0).toLongLong();

    QSaveFile file(path);
    // Owner-only from the first byte: set on the open file, not after the commit, so the
    // customer list is never readable by other users of the computer.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return fail(exportError(ExportError::Code::WriteFailed, file.errorString()));
    CsvWriter writer(file);
    QStringList header;
    for (const ExportColumn &column : columns)
        header.append(column.header);
    if (!writer.writeRow(header))
        return fail(exportError(ExportError::Code::WriteFailed, file.errorString()));

    ExportPage page(m_database, filter, whereValues);
    qint64 written = 0;
    qint64 afterId = 0;
    while (true) {
        auto rows = page.load(afterId, kPageSize, columns);
        if (!rows)
            return fail(exportError(ExportError::Code::StorageFailed, rows.error()));
        if (rows->cells.isEmpty())
            break;
        for (const QStringList &cells : std::as_const(rows->cells)) {
            if (!writer.writeRow(cells))
                return fail(exportError(ExportError::Code::WriteFailed, file.errorString()));
        }
        written += rows->cells.size();
        afterId = rows->lastId;
        if (progress && !progress(written, total))
            return fail(exportError(ExportError::Code::Cancelled));
    }
    if (!file.commit())
        return fail(exportError(ExportError::Code::WriteFailed, file.errorString()));
    // The file exists now; a failed audit line is logged rather than undoing the export.
    if (auto logged = m_audit.record(actor, AuditAction::CustomersExported,
            QStringLiteral("file:%1").arg(QFileInfo(path).fileName()),
            QStringLiteral("%1 customers, %2 columns").arg(written).arg(columns.size()));
        !logged)
        qCWarning(lcStorage) << "audit line for an export not written:" << logged.error().detail;
    return written;
}

} // namespace rapport::app
