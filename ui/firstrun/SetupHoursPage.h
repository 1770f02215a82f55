#pragma once

#include "app/policy/PolicyConfig.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QTimeEdit;

namespace rapport::ui {

class SetupRegionPage;
class WeeklyHoursGrid;

// First-run page 3: when texts may go (service and marketing hours, PolicyConfig's defaults to
// begin with) and the quiet hours for customers in the shop's country. Where the law of that
// country sets hours (US, FR …) the quiet hours may be made stricter, never looser.
class SetupHoursPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupHoursPage)
public:
    explicit SetupHoursPage(const SetupRegionPage &regionPage, QWidget *parent = nullptr);
    ~SetupHoursPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    // PolicyConfig::defaults() with these hours.
    [[nodiscard]] app::PolicyConfig policy() const;

private:
    [[nodiscard]] QStringList problems() const;
    [[nodiscard]] app::DailyWindow quietWindow() const;
    void update();

    const SetupRegionPage &m_regionPage;
    WeeklyHoursGrid *m_grid;
    QLabel *m_quietLead;
    QTimeEdit *m_quietFrom;
    QTimeEdit *m_quietUntil;
    QLabel *m_quietNote;
    QLabel *m_problems;
    QString m_region; // the country the quiet hours were set up for
    std::optional<app::DailyWindow> m_legal; // the law's hours there, if any
};

} // namespace rapport::ui
