#pragma once

#include "app/importing/ImportMapping.h"
#include "app/importing/ImportReport.h"
#include "app/importing/ImportTable.h"
#include "app/staff/Actor.h"
#include "modem/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace rapport::app {

class AuditLog;
class Database;

// Why an import as a whole did not happen. Nothing was written in any of these cases.
struct ImportError
{
    enum class Code {
        NotAllowed, // detail: who may import
        MappingInvalid, // detail: ImportMapping::problems(), one per line
        ConsentWordingMissing, // consent columns are mapped but the wording is not given
        Cancelled,
        StorageFailed,
    };
    Code code = Code::StorageFailed;
    QString detail;

    [[nodiscard]] QString describe() const;
};

struct ImportOptions
{
    QString region; // the business's: numbers without a country code are read in it
    QString sourceName; // the file name, for the audit log and the consent record
    // What the customers in the file were told when they agreed, as the business recorded it
    // ("Tick to get offers by text" on the paper form). Required when a consent column is
    // mapped: consent without its wording is not evidence (GDPR Art. 7(1)).
    QString consentWording;
    bool dryRun = false; // everything is checked and counted, then rolled back
    int rowLimit = -1; // only the first N rows (the wizard's preview); -1 for all
};

// Imports customers from a table read by CsvReader or VCardReader, through the customer book's
// own validation, in one transaction: when it is cancelled or fails, nothing has changed.
// Row by row: unreadable rows, rows without a name or number, invalid numbers, numbers
// repeated in the file and numbers on the suppression list are skipped with the reason; a
// number that is already a customer's is merged into that customer (empty fields filled, tags
// and notes added); values that cannot be read (a birthday that is not a date) are left out
// with a warning and the rest of the row is imported. Consent is recorded only from columns
// mapped to consent, with source "import" and the given wording, and only when it changes the
// customer's current consent, so importing the same file twice records nothing new.
class CustomerImporter final
{
public:
    using Clock = std::function<QDateTime()>;
    // Called every few hundred rows with the rows done and the total; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    CustomerImporter(Database &database, AuditLog &audit, Clock clock = {});

    Result<ImportReport, ImportError> run(const Actor &actor, const ImportTable &table,
        const ImportMapping &mapping, const ImportOptions &options, const Progress &progress = {});

    // The skipped rows as a CSV file the user can correct and import again: the original
    // columns plus "Line" and "Problem" (which a re-import ignores). Rows that could not be read
    // at all are written with what could be read.
    static QByteArray errorsFile(const ImportTable &table, const ImportReport &report);

private:
    // Every stored number with its customer, read once per import.
    Result<QHash<QString, qint64>, QString> customerIdsByNumber() const;

    Database &m_database;
    AuditLog &m_audit;
    Clock m_clock;
};

} // namespace rapport::app
