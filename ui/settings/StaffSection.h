#pragma once

#include "ui/settings/SettingsSection.h"
#include "ui/settings/SettingsServices.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace rapport::ui {

class StaffListModel;

// The people who use Rapport: name, role and the optional PIN they switch user with. The owner
// manages the list; everyone else can change their own PIN here. The last owner cannot be
// demoted or deactivated (the core refuses; the form says so first).
class StaffSection final : public SettingsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffSection)
public:
    explicit StaffSection(const SettingsServices &services, QWidget *parent = nullptr);
    ~StaffSection() override;

    void startNew();

Q_SIGNALS:
    // A member was added or changed (the switch-user list and the status bar show names).
    void staffChanged();

protected:
    void load() override;
    [[nodiscard]] QStringList problems() const override;
    Result<void, QString> save() override;
    [[nodiscard]] QString refusal(const app::Actor &actor) const override;
    [[nodiscard]] QString notice(const app::Actor &actor) const override;
    void applyEditable(bool editable) override;
    [[nodiscard]] QString savedText() const override;

private:
    [[nodiscard]] bool managesStaff() const;
    void showMember(int row);
    void updateControls();
    [[nodiscard]] int activeOwners() const;

    SettingsServices m_services;
    StaffListModel *m_model;
    QListView *m_list;
    QCheckBox *m_showFormer;
    QPushButton *m_add;
    QLabel *m_listHint;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLabel *m_roleHint;
    QLabel *m_pinState;
    QLineEdit *m_pin;
    QLineEdit *m_pinAgain;
    QCheckBox *m_removePin;
    QCheckBox *m_former;
    qint64 m_currentId = 0;
    QString m_savedText;
};

} // namespace rapport::ui
