#include "ui/customers/CustomerDialogs.h"

#include <QDialog>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace rapport::ui {

CustomerDialogs CustomerDialogs::standard()
{
    CustomerDialogs dialogs;
    dialogs.openFile = [](QWidget *parent, const QString &caption, const QString &filter) {
        return QFileDialog::getOpenFileName(parent, caption, {}, filter);
    };
    dialogs.saveFile = [](QWidget *parent, const QString &caption, const QString &suggested,
                           const QString &filter) {
        return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
    };
    dialogs.chooseFolder = [](QWidget *parent, const QString &caption) {
        return QFileDialog::getExistingDirectory(parent, caption);
    };
    dialogs.confirm = [](QWidget *parent, const Confirmation &question,
                          std::function<void(bool)> answer) {
        auto *box
            = new QMessageBox(question.destructive ? QMessageBox::Warning : QMessageBox::Question,
                question.title, question.text, QMessageBox::Cancel, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(question.details);
        QPushButton *accept = box->addButton(question.acceptLabel,
            question.destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
        accept->setAccessibleName(question.acceptLabel);
        box->setDefaultButton(QMessageBox::Cancel);
        QObject::connect(box, &QMessageBox::finished, box,
            [box, accept, answer = std::move(answer)] { answer(box->clickedButton() == accept); });
        box->open();
    };
    dialogs.inform = [](QWidget *parent, const QString &title, const QString &text) {
        auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    dialogs.show = [](QDialog *dialog) { dialog->open(); };
    return dialogs;
}

} // namespace rapport::ui
