#pragma once

namespace rapport::app {

class CommandRegistry;

// rapportctl person export | erase: one person's data rights from the command line.
void registerPersonCommands(CommandRegistry &registry);

} // namespace rapport::app
