#include "ui/settings/SettingsDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace rapport::ui {
namespace {

QString filter()
{
    return QCoreApplication::translate("SettingsDialogs", "Rapport backups (*.db);;All files (*)");
}

} // namespace

SettingsDialogs::~SettingsDialogs() = default;

QString NativeSettingsDialogs::chooseBackupFile(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("SettingsDialogs", "Back up to"), suggested, filter());
}

QString NativeSettingsDialogs::chooseRestoreFile(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileName(parent,
        QCoreApplication::translate("SettingsDialogs", "Restore from a backup"), folder, filter());
}

bool NativeSettingsDialogs::confirm(
    QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(qobject_cast<QPushButton *>(box.button(QMessageBox::Cancel)));
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace rapport::ui
