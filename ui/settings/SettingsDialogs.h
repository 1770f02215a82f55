#pragma once

#include <QString>

class QWidget;

namespace rapport::ui {

// The questions the Settings page asks through the desktop's own dialogs (file choosers,
// confirmations), behind a seam so GUI tests can answer them.
class SettingsDialogs
{
public:
    SettingsDialogs() = default;
    virtual ~SettingsDialogs();
    SettingsDialogs(const SettingsDialogs &) = delete;
    SettingsDialogs &operator=(const SettingsDialogs &) = delete;

    // Where to write a backup, starting at `suggested`; empty when cancelled.
    virtual QString chooseBackupFile(QWidget *parent, const QString &suggested) = 0;
    // Which backup to restore, starting in `folder`; empty when cancelled.
    virtual QString chooseRestoreFile(QWidget *parent, const QString &folder) = 0;
    // A yes/no question whose yes does something that cannot be undone from here.
    virtual bool confirm(
        QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel)
        = 0;
};

// QFileDialog and QMessageBox.
class NativeSettingsDialogs final : public SettingsDialogs
{
public:
    QString chooseBackupFile(QWidget *parent, const QString &suggested) override;
    QString chooseRestoreFile(QWidget *parent, const QString &folder) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text,
        const QString &acceptLabel) override;
};

} // namespace rapport::ui
