#pragma once

namespace rapport::app {

class CommandRegistry;

// `rapportctl serve`, `send`, `outbox` and `threads`: the messaging core from the command line.
void registerMessagingCommands(CommandRegistry &registry);

} // namespace rapport::app
