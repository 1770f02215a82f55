#pragma once

namespace rapport::app {

class CommandRegistry;

// help, version, paths: the commands every installation has.
void registerGeneralCommands(CommandRegistry &registry);

} // namespace rapport::app
