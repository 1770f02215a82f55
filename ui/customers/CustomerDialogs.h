#pragma once

#include <QString>

#include <functional>

class QDialog;
class QWidget;

namespace rapport::ui {

// A question with a destructive or important answer, e.g. "Erase Ana Souza?".
struct Confirmation
{
    QString title;
    QString text; // the question, one sentence
    QString details; // what will happen, in plain words
    QString acceptLabel; // the button that goes ahead ("Erase")
    bool destructive = false;
};

// The dialogs the customers page opens, behind one seam so tests can answer them. None of the
// standard ones blocks in a nested event loop except the platform file choosers: questions and
// notices are shown with open() and answered through the callback.
struct CustomerDialogs
{
    // A file to read; empty when the user cancelled. `filter` as for QFileDialog.
    std::function<QString(QWidget *parent, const QString &caption, const QString &filter)> openFile;
    // A file to write; `suggested` is a name or path to start from.
    std::function<QString(
        QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)>
        saveFile;
    std::function<QString(QWidget *parent, const QString &caption)> chooseFolder;
    // Asks, then calls `answer` with true when the user went ahead.
    std::function<void(
        QWidget *parent, const Confirmation &question, std::function<void(bool)> answer)>
        confirm;
    // A notice that needs no answer (an outcome or a refusal).
    std::function<void(QWidget *parent, const QString &title, const QString &text)> inform;
    // Shows a dialog the page made (editor, consent, wizard) without blocking; the dialog
    // deletes itself when closed.
    std::function<void(QDialog *dialog)> show;

    // The real ones: QFileDialog, QMessageBox (window-modal, through open()), QDialog::open().
    static CustomerDialogs standard();
};

} // namespace rapport::ui
