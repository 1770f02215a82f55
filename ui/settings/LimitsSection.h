#pragma once

#include "app/policy/PolicyConfig.h"
#include "ui/settings/SettingsSection.h"
#include "ui/settings/SettingsServices.h"

class QCheckBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace rapport::ui {

class LegalRulesModel;

// Quiet hours and limits: the business's own marketing limit, how marketing texts name the
// sender and end with the opt-out line, and the legal hours and limits per country or state.
class LimitsSection final : public SettingsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LimitsSection)
public:
    explicit LimitsSection(const SettingsServices &services, QWidget *parent = nullptr);
    ~LimitsSection() override;

protected:
    void load() override;
    [[nodiscard]] QStringList problems() const override;
    Result<void, QString> save() override;

private:
    [[nodiscard]] app::PolicyConfig withEdits(app::PolicyConfig config) const;
    void addRule();

    SettingsServices m_services;
    QSpinBox *m_capCount;
    QSpinBox *m_capDays;
    QCheckBox *m_identify;
    QLineEdit *m_optOutLine;
    LegalRulesModel *m_rules;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace rapport::ui
