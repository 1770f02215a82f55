#pragma once

#include "ui/settings/SettingsSection.h"
#include "ui/settings/SettingsServices.h"

#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace rapport::ui {

class SettingsDialogs;

// Backing up (managers and owners) and restoring (the owner) the whole database. A backup runs
// on a worker thread with a connection of its own, so the window keeps working; a restore
// checks the file first, asks, keeps the current data beside it, then asks for a restart.
class BackupSection final : public SettingsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupSection)
public:
    BackupSection(
        const SettingsServices &services, SettingsDialogs &dialogs, QWidget *parent = nullptr);
    ~BackupSection() override;

    void backUp();
    void restore();
    [[nodiscard]] bool isBusy() const;

Q_SIGNALS:
    // The database was replaced: every service must be rebuilt, so Rapport restarts.
    void restartRequested();
    // A backup or restore finished (for tests and the status bar).
    void finishedWork(bool ok);

protected:
    void load() override { }
    Result<void, QString> save() override { return {}; }
    [[nodiscard]] QString refusal(const app::Actor &actor) const override;
    void applyEditable(bool editable) override;

private:
    void setBusy(const QString &what);
    void done(const QString &text, bool ok);
    void restoreChecked(const QString &file, int schemaVersion);
    [[nodiscard]] QString folder() const;

    SettingsServices m_services;
    SettingsDialogs &m_dialogs;
    QPushButton *m_backUp;
    QPushButton *m_restore;
    QLabel *m_restoreHint;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPointer<QThread> m_worker;
};

} // namespace rapport::ui
