#include "app/importing/CustomerImporter.h"

#include "app/audit/AuditLog.h"
#include "app/consent/ConsentLedger.h"
#include "app/consent/SuppressionList.h"
#include "app/customers/CustomerGaps.h"
#include "app/customers/CustomerRepository.h"
#include "app/importing/ImportRowBuilder.h"
#include "app/importing/NumberPipeline.h"
#include "app/staff/Permissions.h"
#include "app/storage/Database.h"
#include "app/storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>

#include <QSqlError>
#include <QSqlQuery>

namespace rapport::app {
namespace {

using Outcome = ImportRowResult::Outcome;
using Reason = ImportRowResult::SkipReason;
using Kind = ImportTarget::Kind;

constexpr int kProgressEvery = 250;

ImportError importError(ImportError::Code code, const QString &detail = {})
{
    return ImportError {code, detail};
}

Customer mergedInto(const Customer &storedRecord, const Customer &incoming)
{
    Customer stored = withGapsFilled(storedRecord, incoming);
    for (const QString &tag : incoming.tags) {
        if (!stored.tags.contains(tag, Qt::CaseInsensitive))
            stored.tags.append(tag);
    }
    for (auto it = incoming.fieldValues.cbegin(); it != incoming.fieldValues.cend(); ++it) {
        if (!stored.fieldValues.contains(it.key()))
            stored.fieldValues.insert(it.key(), it.value());
    }
    return stored;
}

ImportRowResult skipped(int line, Reason reason)
{
    ImportRowResult result;
    result.line = line;
    result.outcome = Outcome::Skipped;
    result.reason = reason;
    return result;
}

} // namespace

QString ImportError::describe() const
{
    switch (code) {
    case Code::NotAllowed:
        return detail;
    case Code::MappingInvalid:
        return detail;
    case Code::ConsentWordingMissing:
        return QCoreApplication::translate("CustomerImporter",
            "A column is imported as consent, but not what the customers were told when they "
            "agreed. Enter that wording (for example the text of the paper form), or do not "
            "import consent.");
    case Code::Cancelled:
        return QCoreApplication::translate(
            "CustomerImporter", "The import was cancelled. Nothing was imported.");
    case Code::StorageFailed:
        break;
    }
    return QCoreApplication::translate("CustomerImporter",
        "The import failed because the database could not be written (%1). Nothing was "
        "imported; try again.")
        .arg(detail);
}

Result<QHash<QString, qint64>, QString> CustomerImporter::customerIdsByNumber() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT phone_e164, id FROM customers WHERE phone_e164 IS NOT NULL")))
        return fail(query.lastError().text());
    QHash<QString, qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toString(), query.value(1).toLongLong());
    return ids;
}

CustomerImporter::CustomerImporter(Database &database, AuditLog &audit, Clock clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{ }

Result<ImportReport, ImportError> CustomerImporter::run(const Actor &actor,
    const ImportTable &table, const ImportMapping &mapping, const ImportOptions &options,
    const Progress &progress)
{
    if (auto allowed = Permissions::check(actor, Permission::Import, &m_audit); !allowed)
        return fail(importError(ImportError::Code::NotAllowed, allowed.error().describe()));
    if (const QStringList problems = mapping.problems(); !problems.isEmpty())
        return fail(importError(ImportError::Code::MappingInvalid, problems.join(u'\n')));
    const bool importsConsent = mapping.maps(Kind::ConsentService)
        || mapping.maps(Kind::ConsentMarketing) || mapping.maps(Kind::ConsentFeedback);
    if (importsConsent && options.consentWording.trimmed().isEmpty())
        return fail(importError(ImportError::Code::ConsentWordingMissing));

    // A large import touches more pages than SQLite's default 2 MB cache holds; without room
    // it spills them to the WAL mid-transaction. 64 MB for the import, the default after.
    QSqlQuery pragma(m_database.connection());
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    const auto restoreCache
        = qScopeGuard([&pragma] { pragma.exec(QStringLiteral("PRAGMA cache_size = -2000")); });
    Transaction transaction(m_database);
    if (!transaction.isOpen())
        return fail(importError(ImportError::Code::StorageFailed, transaction.errorText()));
    CustomerRepository customers(m_database, options.region, m_clock);
    customers.setBulkMode(true);
    ConsentLedger ledger(m_database, m_audit, m_clock);
    auto suppressed = SuppressionList(m_database, m_clock).snapshot();
    if (!suppressed)
        return fail(importError(ImportError::Code::StorageFailed, suppressed.error().describe()));
    auto known = customerIdsByNumber();
    if (!known)
        return fail(importError(ImportError::Code::StorageFailed, known.error()));
    auto fields = customers.customFields();
    if (!fields)
        return fail(importError(ImportError::Code::StorageFailed, fields.error().detail));
    const ImportRowBuilder builder(mapping, table.columns, options.region, *fields);

    ImportReport report;
    report.dryRun = options.dryRun;
    QHash<QString, int> lineOfNumber; // E.164 → first line in this file
    const int total = options.rowLimit >= 0 ? std::min(options.rowLimit, int(table.rows.size()))
                                            : int(table.rows.size());
    const bool visitsMapped = mapping.maps(Kind::VisitDate);
    QStringList typedNumbers;
    typedNumbers.reserve(total);
    for (int index = 0; index < total; ++index)
        typedNumbers.append(builder.typedNumber(table.rows.at(index)));
    NumberPipeline numbers(typedNumbers, options.region);
    for (int index = 0; index < total; ++index) {
        if (progress && index % kProgressEvery == 0 && !progress(index, total))
            return fail(importError(ImportError::Code::Cancelled));
        const ImportRow &row = table.rows.at(index);
        ImportRowResult result = skipped(row.line, Reason::None);
        if (row.isRefused()) {
            result.reason = Reason::Unreadable;
            for (const RowProblem &problem : row.problems) {
                if (problem.refusesRow()) {
                    result.readerProblem = problem.describe();
                    break;
                }
            }
            report.rows.append(result);
            continue;
        }
        for (const RowProblem &problem : row.problems)
            result.warnings.append(problem.describe());
        BuiltImportRow built = builder.build(row);
        result.warnings += built.warnings;
        result.typedNumber = built.customer.phoneE164;
        if (!built.hasNameOrNumber()) {
            result.reason = Reason::NoNameOrNumber;
            report.rows.append(result);
            continue;
        }
        std::optional<Customer> existing;
        if (!result.typedNumber.isEmpty()) {
            const PhoneNumbers::Parsed &number = numbers.at(index);
            if (!number.isValid()) {
                result.reason = Reason::InvalidNumber;
                result.validity = number.validity;
                report.rows.append(result);
                continue;
            }
            // A till's export has a row per visit: with visits mapped, a number seen before
            // adds its visit to that customer; without, a repeat is a mistake to show.
            if (const int earlier = lineOfNumber.value(number.e164); earlier > 0 && !visitsMapped) {
                result.reason = Reason::DuplicateInFile;
                result.duplicateOfLine = earlier;
                report.rows.append(result);
                continue;
            }
            lineOfNumber.insert(number.e164, lineOfNumber.value(number.e164, row.line));
            if (suppressed->contains(number.e164)) {
                result.reason = Reason::Suppressed;
                report.rows.append(result);
                continue;
            }
            built.customer.phoneE164 = number.e164;
            customers.noteValidatedNumber(number.e164);
            if (const qint64 id = known->value(number.e164); id > 0) {
                auto found = customers.findById(id);
                if (!found)
                    return fail(
                        importError(ImportError::Code::StorageFailed, found.error().detail));
                existing = *found;
            }
        }

        if (existing) {
            if (auto updated = customers.update(mergedInto(*existing, built.customer)); !updated) {
                if (updated.error().code == CustomerError::Code::StorageFailed)
                    return fail(
                        importError(ImportError::Code::StorageFailed, updated.error().detail));
                result.reason = Reason::Refused;
                result.detail = updated.error().describe();
                report.rows.append(result);
                continue;
            }
            result.outcome = Outcome::Merged;
            result.customerId = existing->id;
        } else {
            auto added = customers.add(built.customer);
            if (!added) {
                if (added.error().code == CustomerError::Code::StorageFailed)
                    return fail(
                        importError(ImportError::Code::StorageFailed, added.error().detail));
                result.reason = Reason::Refused;
                result.detail = added.error().describe();
                report.rows.append(result);
                continue;
            }
            result.outcome = Outcome::Imported;
            result.customerId = *added;
            if (!built.customer.phoneE164.isEmpty())
                known->insert(built.customer.phoneE164, *added);
        }
        result.reason = Reason::None;

        if (built.visit) {
            built.visit->customerId = result.customerId;
            if (auto visit = customers.addVisit(*built.visit); !visit)
                return fail(importError(ImportError::Code::StorageFailed, visit.error().detail));
            ++report.visits;
        }
        if (!built.consent.isEmpty()) {
            auto state = ledger.current(result.customerId);
            if (!state)
                return fail(importError(ImportError::Code::StorageFailed, state.error().detail));
            for (const auto &[purpose, action] : std::as_const(built.consent)) {
                const ConsentStatus wanted = action == ConsentAction::OptIn
                    ? ConsentStatus::OptedIn
                    : ConsentStatus::OptedOut;
                if (state->of(purpose).status == wanted)
                    continue;
                ConsentEvent event;
                event.customerId = result.customerId;
                event.purpose = purpose;
                event.action = action;
                event.source = ConsentSource::Import;
                event.wording = options.consentWording.trimmed();
                event.wordingVersion = options.sourceName;
                if (auto recorded = ledger.record(actor, event); !recorded)
                    return fail(
                        importError(ImportError::Code::StorageFailed, recorded.error().describe()));
                ++report.consentEvents;
            }
        }
        report.rows.append(result);
    }

    for (const ImportRowResult &row : std::as_const(report.rows)) {
        report.imported += row.outcome == Outcome::Imported ? 1 : 0;
        report.merged += row.outcome == Outcome::Merged ? 1 : 0;
        report.skipped += row.outcome == Outcome::Skipped ? 1 : 0;
        report.warnings += int(row.warnings.size());
    }
    if (progress && !progress(total, total))
        return fail(importError(ImportError::Code::Cancelled));
    if (options.dryRun) {
        transaction.rollback();
        return report;
    }
    if (auto logged = m_audit.record(actor, AuditAction::CustomersImported,
            QStringLiteral("import:%1").arg(options.sourceName),
            QStringLiteral("%1 imported, %2 merged, %3 skipped, %4 visits, %5 consent events")
                .arg(report.imported)
                .arg(report.merged)
                .arg(report.skipped)
                .arg(report.visits)
                .arg(report.consentEvents));
        !logged)
        return fail(importError(ImportError::Code::StorageFailed, logged.error().detail));
    if (!transaction.commit())
        return fail(importError(ImportError::Code::StorageFailed, transaction.errorText()));
    return report;
}

} // namespace rapport::app
