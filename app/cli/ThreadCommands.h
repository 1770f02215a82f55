#pragma once

namespace rapport::app {

class CommandRegistry;

// `rapportctl threads list|show|search` (ThreadCommands.cpp).
void registerThreadCommands(CommandRegistry &registry);

} // namespace rapport::app
