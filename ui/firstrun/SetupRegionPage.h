#pragma once

#include <QTimeZone>
#include <QWizardPage>

class QLabel;

namespace rapport::ui {

class RegionComboBox;
class TimeZoneComboBox;

// First-run page 2: the shop's country (how numbers typed without a country code are read)
// and its time zone (the system's, to begin with).
class SetupRegionPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupRegionPage)
public:
    explicit SetupRegionPage(QWidget *parent = nullptr);
    ~SetupRegionPage() override;

    [[nodiscard]] QString region() const;
    [[nodiscard]] QTimeZone zone() const;
    [[nodiscard]] bool isComplete() const override;

private:
    void updateNote();

    RegionComboBox *m_region;
    TimeZoneComboBox *m_zone;
    QLabel *m_note;
};

} // namespace rapport::ui
