#pragma once

#include "app/inbound/InboundRouterConfig.h"
#include "ui/settings/SettingsSection.h"
#include "ui/settings/SettingsServices.h"

#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace rapport::ui {

class WeeklyHoursGrid;

// The texts Rapport sends on its own: the opt-out and opt-in confirmations, the answer to HELP,
// and the away message for texts that arrive while the shop is closed — each with a preview of
// what the customer gets.
class RepliesSection final : public SettingsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepliesSection)
public:
    explicit RepliesSection(const SettingsServices &services, QWidget *parent = nullptr);
    ~RepliesSection() override;

protected:
    void load() override;
    [[nodiscard]] QStringList problems() const override;
    Result<void, QString> save() override;

private:
    struct Reply
    {
        QPlainTextEdit *edit = nullptr;
        QLabel *preview = nullptr;
    };
    QPlainTextEdit *addReply(const QString &label, const QString &objectName);
    [[nodiscard]] app::InboundRouterConfig withEdits(app::InboundRouterConfig config) const;
    void updatePreviews();

    SettingsServices m_services;
    QLineEdit *m_contact;
    QLineEdit *m_frequency;
    QList<Reply> m_replies;
    QPlainTextEdit *m_optOut = nullptr;
    QPlainTextEdit *m_optIn = nullptr;
    QPlainTextEdit *m_help = nullptr;
    QCheckBox *m_awayOn;
    QPlainTextEdit *m_away = nullptr;
    WeeklyHoursGrid *m_hours;
    QSpinBox *m_repeat;
};

} // namespace rapport::ui
