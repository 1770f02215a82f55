#pragma once

namespace rapport::app {

class CommandRegistry;

// `rapportctl serve`: the headless gateway (ServeCommand.cpp).
void registerServeCommand(CommandRegistry &registry);

} // namespace rapport::app
