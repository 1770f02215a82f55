#include "ui/settings/TemplatesSection.h"

#include "app/settings/TemplateEditing.h"
#include "app/templates/MessageTemplate.h"
#include "app/templates/TextCounter.h"
#include "ui/settings/SettingsDialogs.h"
#include "ui/settings/SettingsForm.h"
#include "ui/settings/TemplateListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

TemplatesSection::TemplatesSection(
    const SettingsServices &services, SettingsDialogs &dialogs, QWidget *parent)
    : SettingsSection(QStringLiteral("templates"), tr("Templates"),
        tr("Ready-made texts for the compose box, campaigns and reminders. Merge fields such as "
           "{first_name|there} are filled in for each customer; the part after | is used when "
           "the customer has no value."),
        parent)
    , m_services(services)
    , m_dialogs(dialogs)
    , m_model(new TemplateListModel(this))
    , m_list(new QListView(this))
    , m_new(new QPushButton(tr("&New template"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_listHint(SettingsForm::hint(QString(), this))
    , m_name(new QLineEdit(this))
    , m_purpose(new QComboBox(this))
    , m_quickReply(new QCheckBox(tr("Offer it as a &quick reply in conversations"), this))
    , m_body(new QPlainTextEdit(this))
    , m_insertField(new QPushButton(this))
    , m_counter(SettingsForm::hint(QString(), this))
{
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    m_list->setModel(m_model);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_list->setMaximumWidth(fontMetrics().averageCharWidth() * 42);
    m_new->setObjectName(QStringLiteral("newTemplate"));
    m_new->setAccessibleName(tr("New template"));
    m_delete->setObjectName(QStringLiteral("deleteTemplate"));
    m_delete->setAccessibleName(tr("Delete the chosen template"));
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    listButtons->addStretch(1);
    listColumn->addLayout(listButtons);
    listColumn->addWidget(m_listHint);

    m_name->setObjectName(QStringLiteral("templateName"));
    m_purpose->setObjectName(QStringLiteral("templatePurpose"));
    for (const app::MessagePurpose purpose : app::allMessagePurposes)
        m_purpose->addItem(app::messagePurposeName(purpose), int(purpose));
    m_quickReply->setObjectName(QStringLiteral("quickReply"));
    m_quickReply->setAccessibleName(tr("Offer it as a quick reply in conversations"));
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_body->setMaximumHeight(fontMetrics().lineSpacing() * 10);
    m_counter->setWordWrap(true);
    m_insertField->setText(tr("Insert merge &field"));
    m_insertField->setAccessibleName(tr("Insert merge field"));
    m_insertField->setMenu(new QMenu(m_insertField));
    m_counter->setObjectName(QStringLiteral("templateCounter"));

    auto *formBox = new QWidget(this);
    QFormLayout *form = SettingsForm::makeForm(formBox);
    SettingsForm::addRow(form, tr("&Name:"), m_name, {}, tr("Template name"));
    SettingsForm::addRow(form, tr("&Used for:"), m_purpose,
        tr("Reply: answers in a conversation. Service: reminders and notices. Marketing: offers "
           "and news, only to customers who opted in."),
        tr("What the template is used for"));
    form->addRow(QString(), m_quickReply);
    SettingsForm::addRow(form, tr("&Text:"), m_body, {}, tr("Template text"));
    auto *under = new QHBoxLayout;
    under->addWidget(m_insertField);
    under->addWidget(m_counter, 1);
    form->addRow(QString(), under);

    auto *formColumn = new QVBoxLayout;
    formColumn->addWidget(formBox);
    formColumn->addStretch(1);
    auto *split = new QHBoxLayout;
    split->addLayout(listColumn);
    split->addSpacing(12);
    split->addLayout(formColumn, 1);
    contentLayout()->addLayout(split, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!isLoading())
                showTemplate(current.row());
        });
    connect(m_new, &QPushButton::clicked, this, &TemplatesSection::startNew);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesSection::removeCurrent);
    connect(m_name, &QLineEdit::textChanged, this, &TemplatesSection::edited);
    connect(m_purpose, &QComboBox::currentIndexChanged, this, &TemplatesSection::edited);
    connect(m_quickReply, &QCheckBox::toggled, this, &TemplatesSection::edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        edited();
    });
    connect(this, &SettingsSection::dirtyChanged, this, &TemplatesSection::updateListLock);
    reload();
}

TemplatesSection::~TemplatesSection() = default;

void TemplatesSection::load()
{
    const auto fields = m_services.templates.knownFields();
    m_knownFields = fields ? *fields : QStringList();
    QMenu *menu = m_insertField->menu();
    menu->clear();
    for (const QString &field : std::as_const(m_knownFields)) {
        const QString token = QStringLiteral("{%1}").arg(field);
        menu->addAction(token, this, [this, token] {
            m_body->insertPlainText(token);
            m_body->setFocus();
        });
    }
    const auto listed = m_services.templates.list();
    m_model->setTemplates(listed ? *listed : QList<app::StoredTemplate>());
    int row = m_model->rowOf(m_currentId);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    m_list->setCurrentIndex(m_model->index(row, 0));
    showTemplate(row);
    if (!listed)
        showStatus(listed.error().describe(), true);
}

void TemplatesSection::showTemplate(int row)
{
    const bool wasLoading = isLoading();
    // Filling the form is not an edit.
    const QSignalBlocker blockName(m_name);
    const QSignalBlocker blockPurpose(m_purpose);
    const QSignalBlocker blockReply(m_quickReply);
    const QSignalBlocker blockBody(m_body);
    app::StoredTemplate shown;
    if (row >= 0 && row < m_model->rowCount())
        shown = m_model->templates().at(row);
    m_currentId = shown.id;
    m_name->setText(shown.name);
    m_purpose->setCurrentIndex(m_purpose->findData(int(shown.purpose)));
    m_quickReply->setChecked(shown.isSavedReply);
    m_body->setPlainText(shown.body);
    m_delete->setEnabled(shown.id != 0);
    updateCounter();
    updateListLock();
    if (!wasLoading)
        refreshFooter();
}

void TemplatesSection::startNew()
{
    m_list->clearSelection();
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->setCurrentIndex({});
    }
    showTemplate(-1);
    m_name->setFocus();
    edited();
}

QStringList TemplatesSection::problems() const
{
    QStringList found;
    if (!isDirty() && m_currentId == 0)
        return found; // nothing to check until something is typed
    if (m_name->text().trimmed().isEmpty())
        found.append(tr("Name: give the template a name, so it can be found in the list."));
    if (m_body->toPlainText().trimmed().isEmpty()) {
        found.append(tr("Text: write the message first."));
    } else if (const auto parsed
               = app::MessageTemplate::parse(m_body->toPlainText(), m_knownFields);
               !parsed) {
        found.append(tr("Text: %1").arg(parsed.error().describe()));
    }
    return found;
}

Result<void, QString> TemplatesSection::save()
{
    app::StoredTemplate stored;
    stored.id = m_currentId;
    stored.name = m_name->text().trimmed();
    stored.body = m_body->toPlainText();
    stored.purpose = app::MessagePurpose(m_purpose->currentData().toInt());
    stored.isSavedReply = m_quickReply->isChecked();
    const auto saved = app::TemplateEditing::save(
        m_services.database, m_services.templates, m_services.audit, actor(), stored);
    if (!saved)
        return fail(saved.error());
    m_currentId = *saved;
    return {};
}

void TemplatesSection::applyEditable(bool editable)
{
    // Everyone may read the templates; only managers and owners change them.
    m_list->setEnabled(true);
    for (QWidget *control : std::initializer_list<QWidget *> {
             m_new, m_delete, m_name, m_purpose, m_quickReply, m_insertField})
        control->setEnabled(editable);
    m_body->setReadOnly(!editable);
    if (editable)
        m_delete->setEnabled(m_currentId != 0);
}

void TemplatesSection::removeCurrent()
{
    if (m_currentId == 0)
        return;
    if (!m_dialogs.confirm(this, tr("Delete template"),
            tr("Delete the template \u201c%1\u201d? Texts already sent with it are not "
               "affected.")
                .arg(m_name->text()),
            tr("Delete")))
        return;
    const auto removed = app::TemplateEditing::remove(
        m_services.database, m_services.templates, m_services.audit, actor(), m_currentId);
    if (!removed) {
        showStatus(removed.error(), true);
        return;
    }
    m_currentId = 0;
    reload();
    showStatus(tr("Deleted."), false);
    Q_EMIT templateRemoved();
}

void TemplatesSection::updateCounter()
{
    const QString text = m_body->toPlainText();
    if (text.isEmpty()) {
        m_counter->setText(QString());
        return;
    }
    const app::TextCount count = app::countText(text);
    // As written: merge fields change the length for each customer.
    QString line = count.parts == 1
        ? tr("%1 characters as written: 1 text.").arg(count.units)
        : tr("%1 characters as written: %2 texts.").arg(count.units).arg(count.parts);
    if (count.ucs2 && !count.culprits.isEmpty()) {
        QStringList shown;
        QStringList replaced;
        for (const app::TextCount::Culprit &culprit : count.culprits) {
            shown.append(culprit.character);
            if (!culprit.replacement.isEmpty())
                replaced.append(
                    culprit.character + QStringLiteral(" \u2192 ") + culprit.replacement);
        }
        line += u' '
            + tr("Because of %1 each text holds only 70 characters.")
                  .arg(shown.join(QStringLiteral(" ")));
        if (!replaced.isEmpty())
            line += u' ' + tr("Replace %1 to fit more.").arg(replaced.join(QStringLiteral(", ")));
    }
    m_counter->setText(line);
}

void TemplatesSection::updateListLock()
{
    // One template at a time: save or revert before picking another.
    const bool locked = isDirty();
    m_list->setEnabled(!locked);
    m_new->setEnabled(!locked && isEditable());
    m_listHint->setText(m_model->rowCount() == 0 && m_currentId == 0
            ? tr("No templates yet. Write one on the right and click Save.")
            : locked ? tr("Save or revert this template to pick another.")
                     : QString());
}

} // namespace rapport::ui
