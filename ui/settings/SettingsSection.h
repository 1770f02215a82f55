#pragma once

#include "app/settings/SettingsStore.h" // Result, through the app layer
#include "app/staff/Actor.h"

#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;
class QFrame;

namespace rapport::ui {

// One section of the Settings page: a heading and a sentence on what it is for, a note saying
// why the controls are disabled when the signed-in person may not change them, the section's
// controls, and a footer that checks what is typed as it is typed, with Save and Revert.
// Subclasses fill contentLayout() and implement load() and save().
class SettingsSection : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsSection)
public:
    SettingsSection(const QString &key, const QString &title, const QString &summary,
        QWidget *parent = nullptr);
    ~SettingsSection() override;

    [[nodiscard]] QString key() const { return m_key; }
    [[nodiscard]] QString title() const { return m_title; }

    // Reads the stored values into the controls; unsaved edits are dropped (Revert).
    void reload();
    // Checks and stores; false (with the reason shown in the footer) when refused.
    bool saveChanges();
    void setActor(const app::Actor &actor);
    [[nodiscard]] const app::Actor &actor() const { return m_actor; }

    [[nodiscard]] bool isDirty() const { return m_dirty; }
    [[nodiscard]] bool isEditable() const { return m_editable; }
    [[nodiscard]] QStringList currentProblems() const { return problems(); }
    // The footer's message (problems, "Saved.", or why a save failed).
    [[nodiscard]] QString statusText() const;
    // The note over the controls saying why they are disabled; empty when they are not.
    [[nodiscard]] QString lockedReason() const;

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    // A save went through: services that cache settings should re-read them.
    void saved();
    void switchUserRequested();

protected:
    // Fill the controls from storage. Edits made by it are not counted as changes.
    virtual void load() = 0;
    // Every problem with the controls as they stand, one sentence each naming the field.
    [[nodiscard]] virtual QStringList problems() const { return {}; }
    virtual Result<void, QString> save() = 0;
    // Why `actor` may not change this section; empty when they may. Default: the Settings
    // permission (managers and owners).
    [[nodiscard]] virtual QString refusal(const app::Actor &actor) const;
    // The note shown over the controls for `actor`; empty for none. Default: refusal().
    [[nodiscard]] virtual QString notice(const app::Actor &actor) const;
    // Enables or disables the controls for the signed-in person. Default: the whole content.
    virtual void applyEditable(bool editable);
    // What Save says when it went through.
    [[nodiscard]] virtual QString savedText() const;

    QVBoxLayout *contentLayout() const { return m_contentLayout; }
    QWidget *content() const { return m_content; }
    // Call whenever a control changes: marks the section changed and checks it again.
    void edited();
    // Re-checks without marking a change (after the list of a list-and-form section moves).
    void refreshFooter();
    void setDirty(bool dirty);
    void showStatus(const QString &text, bool problem);
    // Sections whose actions act at once (backup) have no Save and Revert.
    void setSaveButtonsVisible(bool visible);
    [[nodiscard]] bool isLoading() const { return m_loading; }

private:
    void updateLock();

    QString m_key;
    QString m_title;
    app::Actor m_actor = app::Actor::system();
    QFrame *m_lockNote;
    QLabel *m_lockText;
    QPushButton *m_switchUser;
    QWidget *m_content;
    QVBoxLayout *m_contentLayout;
    QLabel *m_status;
    QPushButton *m_revert;
    QPushButton *m_save;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_editable = true;
    bool m_statusIsProblem = false;
};

} // namespace rapport::ui
