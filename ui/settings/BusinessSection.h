#pragma once

#include "ui/settings/SettingsSection.h"
#include "ui/settings/SettingsServices.h"

class QLineEdit;

namespace rapport::ui {

class RegionComboBox;
class TimeZoneComboBox;

// The business profile: name, country (the region numbers are read in), time zone, and the
// owner's own mobile for test texts.
class BusinessSection final : public SettingsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusinessSection)
public:
    explicit BusinessSection(const SettingsServices &services, QWidget *parent = nullptr);
    ~BusinessSection() override;

protected:
    void load() override;
    [[nodiscard]] QStringList problems() const override;
    Result<void, QString> save() override;

private:
    SettingsServices m_services;
    QLineEdit *m_name;
    RegionComboBox *m_region;
    TimeZoneComboBox *m_zone;
    QLineEdit *m_mobile;
};

} // namespace rapport::ui
