#pragma once

#include "app/settings/FirstRunSetup.h"
#include "app/staff/Actor.h"

#include <QWizard>

namespace rapport::app {
class Workspace;
}

namespace rapport::ui {

class SetupBusinessPage;
class SetupHoursPage;
class SetupModemPage;
class SetupOwnerPage;
class SetupRegionPage;
class SetupTestPage;

// The first run: business name, country and time zone, sending and quiet hours, the owner, the
// modem, and a test text to the owner's own phone. Nothing is stored until the end — the
// settings, the owner and the rules go in one transaction (app::FirstRunSetup) when the test
// text is sent or Finish is clicked, whichever comes first; Cancel before that leaves the
// database as it was (a modem connected on the way is removed again).
//
// Wiring: call Workspace::startMessaging() before showing the wizard (nothing is configured
// yet, so it only starts the dispatcher that sends the test text); on setupFinished() show the
// main window — the Workspace's actor is already the new owner and its settings reloaded.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)
public:
    enum PageId { Business, Region, Hours, Owner, Modem, TestMessage };

    explicit FirstRunWizard(app::Workspace &workspace, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    [[nodiscard]] app::Workspace &workspace() const { return m_workspace; }
    // What the pages hold now.
    [[nodiscard]] app::FirstRunChoices choices() const;
    [[nodiscard]] QString region() const;
    [[nodiscard]] QString businessName() const;
    [[nodiscard]] QString ownerMobileE164() const;
    // The modem chosen and connected on the modem page; empty when set up later.
    [[nodiscard]] QString modemId() const;

    // Stores the choices (once). False, with the reason in `error`, when that failed.
    bool commit(QString *error = nullptr);
    [[nodiscard]] bool isCommitted() const { return m_committed; }
    [[nodiscard]] const app::Actor &owner() const { return m_owner; }

    void accept() override;
    void reject() override;

Q_SIGNALS:
    // Everything is stored; the workspace acts as `owner` from now on.
    void setupFinished(const rapport::app::Actor &owner);

private:
    app::Workspace &m_workspace;
    SetupBusinessPage *m_businessPage;
    SetupRegionPage *m_regionPage;
    SetupHoursPage *m_hoursPage;
    SetupOwnerPage *m_ownerPage;
    SetupModemPage *m_modemPage;
    SetupTestPage *m_testPage;
    app::Actor m_owner = app::Actor::system();
    bool m_committed = false;
};

} // namespace rapport::ui
