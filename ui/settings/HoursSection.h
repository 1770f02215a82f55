#pragma once

#include "app/policy/PolicyConfig.h"
#include "ui/settings/SettingsSection.h"
#include "ui/settings/SettingsServices.h"

class QDateEdit;
class QListWidget;
class QPushButton;

namespace rapport::ui {

class WeeklyHoursGrid;

// When texts may go, per purpose (service and marketing), and the days the business sends no
// marketing. Replies are never held by these hours.
class HoursSection final : public SettingsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoursSection)
public:
    explicit HoursSection(const SettingsServices &services, QWidget *parent = nullptr);
    ~HoursSection() override;

protected:
    void load() override;
    [[nodiscard]] QStringList problems() const override;
    Result<void, QString> save() override;

private:
    [[nodiscard]] app::PolicyConfig withEdits(app::PolicyConfig config) const;
    void addHoliday();
    void removeHoliday();
    void showHolidays(QList<QDate> days);
    [[nodiscard]] QList<QDate> holidays() const;

    SettingsServices m_services;
    WeeklyHoursGrid *m_grid;
    QListWidget *m_holidays;
    QDateEdit *m_newHoliday;
    QPushButton *m_addHoliday;
    QPushButton *m_removeHoliday;
    QString m_loadProblem;
};

} // namespace rapport::ui
