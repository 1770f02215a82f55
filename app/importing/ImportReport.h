#pragma once

#include "app/importing/ImportProblem.h"
#include "app/phone/PhoneNumbers.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::app {

// What became of one row of an import.
struct ImportRowResult
{
    enum class Outcome { Imported, Merged, Skipped };
    enum class SkipReason {
        None,
        Unreadable, // the reader refused the row: see readerProblem
        NoNameOrNumber,
        InvalidNumber, // see validity
        DuplicateInFile, // the number was on an earlier row: see duplicateOfLine
        Suppressed, // the number is on the do-not-text list (erased or opted out)
        Refused, // the customer book refused the record: see detail
    };

    int line = 0;
    Outcome outcome = Outcome::Skipped;
    SkipReason reason = SkipReason::None;
    qint64 customerId = 0;
    PhoneNumbers::Validity validity = PhoneNumbers::Validity::Valid;
    QString typedNumber;
    int duplicateOfLine = 0;
    QString readerProblem; // RowProblem::describe() of the refusing problem
    QString detail;
    // Values left out of an imported row, in words ("The birthday “31/02” is not a date").
    QStringList warnings;

    // One sentence for the results list and the errors file.
    [[nodiscard]] QString describe() const;
};

struct ImportReport
{
    int imported = 0;
    int merged = 0;
    int skipped = 0;
    int visits = 0;
    int consentEvents = 0;
    int warnings = 0;
    bool dryRun = false;
    QList<ImportRowResult> rows; // in file order

    [[nodiscard]] int total() const { return imported + merged + skipped; }
};

} // namespace rapport::app
