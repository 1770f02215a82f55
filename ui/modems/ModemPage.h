#pragma once

#include "app/desktop/ModemView.h"
#include "app/staff/Actor.h"
#include "ui/modems/AddModemDialog.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace rapport {
class Clock;
}

namespace rapport::app {
class ModemHub;
}

namespace rapport::ui {

class ModemCard;

// The Modem page: one card per modem (health, today's count against the cap, queue, storage, the
// last problem with its fix), adding and removing modems, the SIM PIN, and the opt-in log of
// what was said to a modem. The demo modem is labelled wherever it appears.
class ModemPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModemPage)
public:
    // Seams for the dialogs, so tests can answer them without a modal loop.
    using AddRunner = std::function<std::optional<ModemChoice>(QWidget *parent)>;
    using PinAsker = std::function<std::optional<QString>(QWidget *parent, const app::ModemView &)>;
    using RemoveConfirmer = std::function<bool(QWidget *parent, const app::ModemView &)>;

    ModemPage(app::ModemHub &hub, Clock &clock, std::function<app::Actor()> actor,
        QWidget *parent = nullptr);
    ~ModemPage() override;

    void setAddRunner(AddRunner runner) { m_addRunner = std::move(runner); }
    void setPinAsker(PinAsker asker) { m_pinAsker = std::move(asker); }
    void setRemoveConfirmer(RemoveConfirmer confirmer) { m_removeConfirmer = std::move(confirmer); }

    void addModem();
    void useDemoModem();
    [[nodiscard]] ModemCard *card(const QString &id) const { return m_cards.value(id); }

private:
    void rebuild();
    void refresh(const QString &id);
    void askPin(const QString &id);
    void remove(const QString &id);
    void toggleWireLog(const QString &id, bool on);

    app::ModemHub &m_hub;
    Clock &m_clock;
    std::function<app::Actor()> m_actor;
    AddRunner m_addRunner;
    PinAsker m_pinAsker;
    RemoveConfirmer m_removeConfirmer;
    QStackedWidget *m_stack;
    QPushButton *m_headerAdd = nullptr;
    QVBoxLayout *m_cardLayout;
    QHash<QString, ModemCard *> m_cards;
    QLabel *m_logTitle;
    QPlainTextEdit *m_log;
    QString m_logModem;
};

} // namespace rapport::ui
