#pragma once

#include "ui/settings/SettingsSection.h"

class QComboBox;

namespace rapport::ui {

// The language of the desktop on this computer, for this user (LanguageChoice); it applies when
// Rapport restarts. Anyone may change it.
class LanguageSection final : public SettingsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSection)
public:
    explicit LanguageSection(QWidget *parent = nullptr);
    ~LanguageSection() override;

protected:
    void load() override;
    Result<void, QString> save() override;
    [[nodiscard]] QString refusal(const app::Actor &actor) const override;
    [[nodiscard]] QString savedText() const override;

private:
    QComboBox *m_language;
};

} // namespace rapport::ui
