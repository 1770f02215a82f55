#pragma once

#include "app/inbound/InboundRouterConfig.h"
#include "ui/settings/SettingsSection.h"
#include "ui/settings/SettingsServices.h"

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rapport::ui {

// The words customers can text: the opt-out, opt-in and help words (the built-in ones always
// work; the business may add its own, say in another language) and question keywords with the
// answer Rapport sends ("HOURS" → "We are open Mon–Fri 9–6").
class KeywordsSection final : public SettingsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeywordsSection)
public:
    explicit KeywordsSection(const SettingsServices &services, QWidget *parent = nullptr);
    ~KeywordsSection() override;

protected:
    void load() override;
    [[nodiscard]] QStringList problems() const override;
    Result<void, QString> save() override;

private:
    [[nodiscard]] app::InboundRouterConfig withEdits(app::InboundRouterConfig config) const;
    void addQuestion();

    SettingsServices m_services;
    QLineEdit *m_optOut;
    QLineEdit *m_optIn;
    QLineEdit *m_help;
    QTableWidget *m_questions;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace rapport::ui
