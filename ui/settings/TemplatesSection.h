#pragma once

#include "ui/settings/SettingsSection.h"
#include "ui/settings/SettingsServices.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace rapport::ui {

class SettingsDialogs;
class TemplateListModel;

// Templates and quick replies: a list on the left, the chosen one's name, purpose and text on
// the right. The text is checked as it is typed — every merge field must exist — and counted
// (characters, texts, special characters that make texts shorter).
class TemplatesSection final : public SettingsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesSection)
public:
    TemplatesSection(
        const SettingsServices &services, SettingsDialogs &dialogs, QWidget *parent = nullptr);
    ~TemplatesSection() override;

    // Starts a new, unsaved template in the form.
    void startNew();

Q_SIGNALS:
    void templateRemoved();

protected:
    void load() override;
    [[nodiscard]] QStringList problems() const override;
    Result<void, QString> save() override;
    void applyEditable(bool editable) override;

private:
    void showTemplate(int row);
    void removeCurrent();
    void updateCounter();
    void updateListLock();

    SettingsServices m_services;
    SettingsDialogs &m_dialogs;
    TemplateListModel *m_model;
    QListView *m_list;
    QPushButton *m_new;
    QPushButton *m_delete;
    QLabel *m_listHint;
    QLineEdit *m_name;
    QComboBox *m_purpose;
    QCheckBox *m_quickReply;
    QPlainTextEdit *m_body;
    QPushButton *m_insertField;
    QLabel *m_counter;
    QStringList m_knownFields;
    qint64 m_currentId = 0;
};

} // namespace rapport::ui
