#pragma once

#include "app/staff/Actor.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace rapport::app {
class StaffDirectory;
}

namespace rapport::ui {

// "Who is at the desk?": pick a member of staff, type their PIN when they have one. A wrong PIN
// says so and how many tries are left; too many lock that person out for a minute (the staff
// list decides both). Emits switched() with the actor to work as, then closes.
class SwitchUserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwitchUserDialog)
public:
    // `currentId`: who is signed in now (pre-selected); 0 for nobody.
    SwitchUserDialog(app::StaffDirectory &staff, qint64 currentId, QWidget *parent = nullptr);
    ~SwitchUserDialog() override;

    [[nodiscard]] const app::Actor &chosen() const { return m_chosen; }
    // The message under the PIN (wrong PIN, locked out); empty when there is none.
    [[nodiscard]] QString message() const;

    void accept() override;

Q_SIGNALS:
    void switched(const rapport::app::Actor &actor);

private:
    void memberChosen();

    app::StaffDirectory &m_staff;
    QListWidget *m_members;
    QLabel *m_pinLabel;
    QLineEdit *m_pin;
    QLabel *m_pinNote;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    app::Actor m_chosen = app::Actor::system();
};

} // namespace rapport::ui
