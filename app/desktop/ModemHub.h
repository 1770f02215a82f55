#pragma once

#include "app/desktop/ModemView.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace rapport {
class Clock;
} // namespace rapport

namespace rapport::app {

class MessagingService;
class SettingsStore;
class AuditLog;
struct Actor;

// The desktop's modems: real ones on serial ports and the built-in demo modem, each attached to
// the messaging service as a channel once it is ready. Remembers which modems are configured
// (settings key "modems.config") and reconnects on its own when one is unplugged and returns.
// Publishes each modem as a ModemView, so the pages need no modem-layer types.
class ModemHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModemHub)
public:
    ModemHub(MessagingService &messaging, SettingsStore &settings, AuditLog &audit, Clock &clock,
        QObject *parent = nullptr);
    ~ModemHub() override;

    [[nodiscard]] QList<ModemView> modems() const;
    [[nodiscard]] std::optional<ModemView> modem(const QString &id) const;
    [[nodiscard]] bool isDemoInUse() const;

    // Whether adding or removing a modem changes the configured list in the settings. The
    // first-run wizard tries modems without recording them until the setup is stored.
    enum class Persist { Yes, No };

    // Adds a modem and (normally) remembers it; returns its id. Adding a port already in use
    // returns the existing id. `pin` is used once if the SIM asks for it and is never stored.
    QString addPort(const Actor &actor, const QString &path, const QString &pin = {},
        Persist persist = Persist::Yes);
    QString addDemo(const Actor &actor, Persist persist = Persist::Yes);
    void remove(const Actor &actor, const QString &id, Persist persist = Persist::Yes);
    // Records the modems open now as the configured ones (after trying them unrecorded).
    void rememberModems(const Actor &actor);
    void providePin(const QString &id, const QString &pin);
    // Tries a modem in Problem or Away again now.
    void retry(const QString &id);
    // Opens the modems remembered in the settings.
    void restoreConfigured();

    // The AT conversation of one modem, line by line, while switched on (off by default: it
    // may carry message text). The hub keeps the last 500 lines per modem.
    void setWireLogEnabled(const QString &id, bool enabled);
    [[nodiscard]] bool isWireLogEnabled(const QString &id) const;
    [[nodiscard]] QStringList wireLog(const QString &id) const;

Q_SIGNALS:
    void modemAdded(const QString &id);
    void modemRemoved(const QString &id);
    void modemChanged(const QString &id);
    void pinRequired(const QString &id, int attemptsLeft);
    void wireLine(const QString &id, const QString &line);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rapport::app
