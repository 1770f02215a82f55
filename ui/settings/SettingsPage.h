#pragma once

#include "app/staff/Actor.h"
#include "ui/settings/SettingsServices.h"

#include <QList>
#include <QWidget>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace rapport::ui {

class SettingsDialogs;
class SettingsSection;

// The Settings page: its sections listed on the left (business, sending hours, quiet hours and
// limits, keywords, automatic replies, templates, staff, language, backup and restore), the
// chosen one on the right with its own Save and Revert. Sections the signed-in person may not
// change say why and offer Switch user.
//
// Wiring (MainWindow): construct with the Workspace's services —
//   SettingsPage(SettingsServices {ws.database(), ws.settings(), ws.audit(), ws.staff(),
//                ws.templates(), [&ws] { return ws.clock().now(); }}, ws.actor())
// then connect Workspace::actorChanged → setActor, settingsChanged → Workspace::reloadSettings,
// actorSwitched → Workspace::setActor, restartRequested → restart the application, and
// staffChanged / templatesChanged to whatever lists staff or templates elsewhere.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)
public:
    // `dialogs`: the file choosers and confirmations; null for the native ones.
    SettingsPage(const SettingsServices &services, const app::Actor &actor,
        std::unique_ptr<SettingsDialogs> dialogs = nullptr, QWidget *parent = nullptr);
    ~SettingsPage() override;

    void setActor(const app::Actor &actor);
    [[nodiscard]] const app::Actor &actor() const { return m_actor; }
    // Re-reads every section without unsaved changes (after another window changed settings).
    void reloadUnchanged();
    void showSection(const QString &key);
    [[nodiscard]] SettingsSection *section(const QString &key) const;
    [[nodiscard]] QList<SettingsSection *> sections() const { return m_sections; }
    [[nodiscard]] bool hasUnsavedChanges() const;
    // "Who is at the desk?" — opens the switch-user dialog.
    void openSwitchUser();

Q_SIGNALS:
    // Business profile, hours, limits, keywords or replies were saved: re-read cached settings.
    void settingsChanged();
    void staffChanged();
    // A template was added, changed or deleted (the compose box's list of templates).
    void templatesChanged();
    // Someone else signed in through Switch user.
    void actorSwitched(const rapport::app::Actor &actor);
    // The database was restored from a backup: restart the application.
    void restartRequested();

private:
    void addSection(SettingsSection *section);
    void markDirty(SettingsSection *section, bool dirty);

    SettingsServices m_services;
    std::unique_ptr<SettingsDialogs> m_dialogs;
    app::Actor m_actor;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QList<SettingsSection *> m_sections;
};

} // namespace rapport::ui
