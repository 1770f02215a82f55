#include "ui/settings/SettingsForm.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rapport::ui {

QFormLayout *SettingsForm::makeForm(QWidget *container)
{
    auto *form = new QFormLayout(container);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setVerticalSpacing(10);
    return form;
}

QLabel *SettingsForm::addRow(QFormLayout *form, const QString &label, QWidget *field,
    const QString &hintText, const QString &accessibleName)
{
    auto *caption = new QLabel(label, form->parentWidget());
    caption->setBuddy(field);
    // The label's vertical centre meets the field's first line (a one-line field's height).
    const int lineHeight = caption->fontMetrics().height() + 14;
    caption->setMinimumHeight(qMin(field->sizeHint().height(), lineHeight));
    caption->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QString name = accessibleName;
    if (name.isEmpty()) {
        name = label;
        name.remove(u'&');
        if (name.endsWith(u':'))
            name.chop(1);
    }
    field->setAccessibleName(name);
    if (hintText.isEmpty()) {
        form->addRow(caption, field);
        return nullptr;
    }
    auto *box = new QWidget(form->parentWidget());
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    QLabel *note = hint(hintText, box);
    column->addWidget(note);
    field->setAccessibleDescription(hintText);
    form->addRow(caption, box);
    return note;
}

QLabel *SettingsForm::hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *SettingsForm::heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace rapport::ui
