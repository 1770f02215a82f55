#pragma once

#include <QLabel>
#include <QString>

class QFormLayout;

namespace rapport::ui {

// Small helpers for the forms of the Settings page and the first-run wizard, so every field has
// a label with a mnemonic bound to it, an accessible name and, where it helps, a quieter hint
// line under it.
class SettingsForm final
{
public:
    SettingsForm() = delete;

    // A form layout whose labels sit right-aligned beside their fields, inside `parent`'s
    // readable width.
    static QFormLayout *makeForm(QWidget *container);
    // Adds "label: field", with `hint` under the field when not empty. Returns the hint label.
    static QLabel *addRow(QFormLayout *form, const QString &label, QWidget *field,
        const QString &hint = {}, const QString &accessibleName = {});
    // A wrapped paragraph in the quieter colour of hints.
    static QLabel *hint(const QString &text, QWidget *parent);
    // A bold sub-heading inside a section.
    static QLabel *heading(const QString &text, QWidget *parent);
};

} // namespace rapport::ui
