#pragma once

namespace rapport::app {

class CommandRegistry;

// rapportctl customers import | export.
void registerCustomerCommands(CommandRegistry &registry);

} // namespace rapport::app
