#include "app/storage/StorageError.h"

#include <QCoreApplication>

namespace rapport::app {
namespace {

// The translation context, declared so that lupdate files these sentences under the context
// they are looked up in at run time.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)
};

} // namespace

QString StorageError::describe() const
{
    QString sentence;
    switch (code) {
    case Code::CannotOpen:
        sentence
            = Text::tr("The database file cannot be opened. Check that the folder exists and that "
                       "you may write to it.");
        break;
    case Code::NotADatabase:
        sentence
            = Text::tr("This file is not a Rapport database, or it is damaged. Choose the right "
                       "file, or restore your latest backup.");
        break;
    case Code::NewerSchema:
        sentence = Text::tr("This database was written by a newer version of Rapport. Install that "
                            "version (or newer) to open it; this one would risk damaging it.");
        break;
    case Code::MigrationFailed:
        sentence
            = Text::tr("The database could not be updated to this version of Rapport. Nothing was "
                       "changed; keep the file and restore a backup or contact support.");
        break;
    case Code::QueryFailed:
        sentence = Text::tr("The database could not complete the change. Nothing was changed; try "
                            "again, and restore your latest backup if it keeps happening.");
        break;
    case Code::BackupFailed:
        sentence
            = Text::tr("The backup could not be written. Choose a file name that does not exist "
                       "yet, in a folder you may write to, on a disk with free space.");
        break;
    case Code::RestoreFailed:
        sentence
            = Text::tr("The backup could not be restored; the current data is unchanged. Check "
                       "that the file is a Rapport backup and is not damaged.");
        break;
    }
    return detail.isEmpty() ? sentence : QString(sentence + u" (" + detail + u')');
}

} // namespace rapport::app
