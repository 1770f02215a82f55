#pragma once

#include <QString>

namespace rapport::app {

// Why the database could not do what was asked. The UI and rapportctl turn the code into words;
// `detail` keeps the driver's own message for logs and "Details…".
struct StorageError
{
    enum class Code {
        CannotOpen, // the file cannot be created or opened (folder missing, no permission)
        NotADatabase, // the file is not a Rapport database (or is damaged)
        NewerSchema, // written by a newer Rapport: opening it here could damage it
        MigrationFailed,
        QueryFailed,
        BackupFailed,
        RestoreFailed,
    };
    Code code = Code::QueryFailed;
    QString detail;

    // A sentence for the user: what went wrong and what to do.
    [[nodiscard]] QString describe() const;
};

} // namespace rapport::app
