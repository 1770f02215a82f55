#pragma once

namespace rapport::app {

class CommandRegistry;

// rapportctl db backup | restore | generate-demo.
void registerDatabaseCommands(CommandRegistry &registry);

} // namespace rapport::app
