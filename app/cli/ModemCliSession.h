#pragma once

#include "app/cli/CliContext.h"
#include "app/cli/ExitCode.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace rapport::modem {
class ModemSession;
class SerialLink;
} // namespace rapport::modem

namespace rapport::app {

// Options every `rapportctl modem` command that talks to a modem accepts.
struct ModemCliOptions
{
    QString port;
    QString pin; // --pin: sent once if the SIM asks; never retried
    QString vendor; // --vendor: force a profile instead of the one the identity suggests
};

// Opens a port and brings a modem session up for a command, reporting problems in plain words.
class ModemCliSession final
{
public:
    explicit ModemCliSession(CliContext &context);
    ~ModemCliSession();
    ModemCliSession(const ModemCliSession &) = delete;
    ModemCliSession &operator=(const ModemCliSession &) = delete;

    // Success once the modem is Ready; otherwise the error is printed and the code returned.
    ExitCode open(const ModemCliOptions &options,
        std::chrono::milliseconds timeout = std::chrono::seconds(60));
    [[nodiscard]] modem::ModemSession &session() { return *m_session; }
    // True when the port vanished while the command ran (the message has been printed).
    [[nodiscard]] bool portLost() const { return m_portLost; }

    // Splits "--pin X", "--vendor V" out of a command's arguments.
    static std::optional<QString> takeOption(QStringList &arguments, const QString &name);
    // The options every port-opening command shares; the PORT itself is left in `arguments`.
    static ModemCliOptions takeModemOptions(QStringList &arguments);
    // Removes and returns everything after a "--", which is never read as options: the way to
    // send a text that itself starts with "--".
    static QStringList takeLiterals(QStringList &arguments);
    // The first argument that still looks like an option once the known ones are taken.
    static std::optional<QString> leftoverOption(const QStringList &arguments);

private:
    CliContext &m_context;
    std::unique_ptr<modem::SerialLink> m_link;
    std::unique_ptr<modem::ModemSession> m_session;
    bool m_portLost = false;
};

} // namespace rapport::app
