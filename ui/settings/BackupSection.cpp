#include "ui/settings/BackupSection.h"

#include "app/settings/DatabaseBackups.h"
#include "app/storage/Database.h"
#include "ui/settings/SettingsDialogs.h"
#include "ui/settings/SettingsForm.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace rapport::ui {
namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

} // namespace

BackupSection::BackupSection(
    const SettingsServices &services, SettingsDialogs &dialogs, QWidget *parent)
    : SettingsSection(QStringLiteral("backup"), tr("Backup and restore"),
        tr("A backup is one file with all your customers, texts, settings and staff. Keep one "
           "off this computer, on a USB stick or another computer, and make a new one every "
           "week."),
        parent)
    , m_services(services)
    , m_dialogs(dialogs)
    , m_backUp(new QPushButton(tr("&Back up now\u2026"), this))
    , m_restore(new QPushButton(tr("&Restore from a backup\u2026"), this))
    , m_restoreHint(SettingsForm::hint(QString(), this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
{
    setSaveButtonsVisible(false);
    m_backUp->setObjectName(QStringLiteral("backUpButton"));
    m_backUp->setAccessibleName(tr("Back up now"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setAccessibleName(tr("Restore from a backup"));
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setAccessibleName(tr("Backup progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 50);
    m_progress->hide();
    m_progressText->setWordWrap(true);

    const QString where = services.database.isInMemory()
        ? tr("This database lives only in memory (a demonstration): nothing is kept after "
             "Rapport closes.")
        : tr("Your data is kept in %1.").arg(QDir::toNativeSeparators(services.database.path()));
    contentLayout()->addWidget(SettingsForm::hint(where, this));
    contentLayout()->addSpacing(12);

    contentLayout()->addWidget(SettingsForm::heading(tr("Back up"), this));
    contentLayout()->addWidget(SettingsForm::hint(
        tr("Rapport keeps working while it writes the copy. A backup never overwrites a file."),
        this));
    auto *backUpRow = new QHBoxLayout;
    backUpRow->addWidget(m_backUp);
    backUpRow->addStretch(1);
    contentLayout()->addLayout(backUpRow);
    contentLayout()->addWidget(m_progress);
    contentLayout()->addWidget(m_progressText);
    contentLayout()->addSpacing(16);

    contentLayout()->addWidget(SettingsForm::heading(tr("Restore"), this));
    contentLayout()->addWidget(SettingsForm::hint(
        tr("Replaces everything in Rapport with what is in a backup. Your data as it is now is "
           "first kept as a copy next to the database, and Rapport restarts afterwards."),
        this));
    auto *restoreRow = new QHBoxLayout;
    restoreRow->addWidget(m_restore);
    restoreRow->addStretch(1);
    contentLayout()->addLayout(restoreRow);
    contentLayout()->addWidget(m_restoreHint);
    contentLayout()->addStretch(1);

    connect(m_backUp, &QPushButton::clicked, this, &BackupSection::backUp);
    connect(m_restore, &QPushButton::clicked, this, &BackupSection::restore);
    reload();
}

BackupSection::~BackupSection()
{
    // The worker reports to this object; let it finish writing the file first.
    if (m_worker)
        m_worker->wait();
}

bool BackupSection::isBusy() const
{
    return !m_progress->isHidden();
}

QString BackupSection::refusal(const app::Actor &actor) const
{
    return app::DatabaseBackups::whyNoBackup(actor);
}

void BackupSection::applyEditable(bool editable)
{
    const QString noRestore = app::DatabaseBackups::whyNoRestore(actor());
    m_backUp->setEnabled(editable && !isBusy());
    m_restore->setEnabled(noRestore.isEmpty() && !isBusy());
    m_restoreHint->setText(editable ? noRestore : QString());
    m_restoreHint->setVisible(editable && !noRestore.isEmpty());
}

QString BackupSection::folder() const
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void BackupSection::setBusy(const QString &what)
{
    m_progress->setRange(0, 0); // busy: SQLite does not say how far it is
    m_progress->show();
    m_progressText->setText(what);
    applyEditable(isEditable());
}

void BackupSection::done(const QString &text, bool ok)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(ok ? 1 : 0);
    m_progress->hide();
    m_progressText->clear();
    showStatus(text, !ok);
    applyEditable(isEditable());
    Q_EMIT finishedWork(ok);
}

void BackupSection::backUp()
{
    if (isBusy() || !isEditable())
        return;
    const QString suggested
        = app::DatabaseBackups::suggestedFile(folder(), m_services.now().toLocalTime().date());
    QString file = m_dialogs.chooseBackupFile(this, suggested);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".db");
    setBusy(tr("Writing the backup to %1\u2026").arg(QDir::toNativeSeparators(file)));
    const auto report = [this, file](const Result<qint64, QString> &written) {
        if (written)
            done(tr("Backed up to %1 (%2). Keep a copy off this computer.")
                     .arg(QDir::toNativeSeparators(file), sizeText(*written)),
                true);
        else
            done(written.error(), false);
    };
    if (m_services.database.isInMemory()) {
        report(app::DatabaseBackups::backup(m_services.database, file));
        return;
    }
    auto result = std::make_shared<std::optional<Result<qint64, QString>>>();
    const QString path = m_services.database.path();
    QThread *worker = QThread::create(
        [result, path, file] { result->emplace(app::DatabaseBackups::backupFile(path, file)); });
    m_worker = worker;
    connect(worker, &QThread::finished, this, [result, report] { report(**result); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void BackupSection::restore()
{
    if (isBusy() || !app::DatabaseBackups::whyNoRestore(actor()).isEmpty())
        return;
    const QString file = m_dialogs.chooseRestoreFile(this, folder());
    if (file.isEmpty())
        return;
    setBusy(tr("Checking %1\u2026").arg(QFileInfo(file).fileName()));
    // The integrity check reads the whole file: off the window's thread.
    auto result = std::make_shared<std::optional<Result<int, QString>>>();
    QThread *worker
        = QThread::create([result, file] { result->emplace(app::DatabaseBackups::check(file)); });
    m_worker = worker;
    connect(worker, &QThread::finished, this, [this, result, file] {
        if (!**result) {
            done((*result)->error(), false);
            return;
        }
        restoreChecked(file, ***result);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void BackupSection::restoreChecked(const QString &file, int)
{
    const QFileInfo info(file);
    const QString when = QLocale().toString(info.lastModified(), QLocale::LongFormat);
    const bool yes = m_dialogs.confirm(this, tr("Restore from a backup"),
        tr("Restore the backup \u201c%1\u201d from %2?\n\nEverything in Rapport now \u2014 "
           "customers, texts, settings and staff \u2014 is replaced by what is in the backup. "
           "Your data as it is now is first kept as a copy next to the database.\n\nRapport "
           "restarts when the restore is done.")
            .arg(info.fileName(), when),
        tr("Restore and restart"));
    if (!yes) {
        done(tr("Nothing was restored."), true);
        return;
    }
    setBusy(tr("Restoring %1\u2026").arg(info.fileName()));
    const auto restored = app::DatabaseBackups::restore(
        m_services.database, m_services.audit, actor(), file, m_services.now());
    if (!restored) {
        done(restored.error(), false);
        return;
    }
    done(tr("Restored. Your data as it was is kept in %1. Rapport restarts now.")
             .arg(QDir::toNativeSeparators(*restored)),
        true);
    Q_EMIT restartRequested();
}

} // namespace rapport::ui
