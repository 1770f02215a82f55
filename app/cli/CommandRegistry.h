#pragma once

#include "app/cli/CliCommand.h"

#include <vector>

namespace rapport::app {

// The rapportctl command table and dispatcher: global options, help, unknown-command advice.
class CommandRegistry final
{
public:
    explicit CommandRegistry(QString programName);

    void add(CliCommand command);
    [[nodiscard]] const CliCommand *find(QStringView name) const;
    [[nodiscard]] const std::vector<CliCommand> &commands() const { return m_commands; }

    [[nodiscard]] QString overview() const;
    [[nodiscard]] QString commandHelp(const CliCommand &command) const;

    // `arguments` excludes the program name.
    ExitCode dispatch(const QStringList &arguments, CliContext &context) const;

private:
    ExitCode unknownCommand(const QString &name, CliContext &context) const;
    [[nodiscard]] QString closestCommand(const QString &name) const;

    QString m_program;
    std::vector<CliCommand> m_commands;
};

} // namespace rapport::app
