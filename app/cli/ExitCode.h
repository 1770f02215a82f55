#pragma once

namespace rapport::app {

// Exit codes shared by every rapportctl command; listed in `rapportctl --help`.
enum class ExitCode : int {
    Success = 0, // the command did what was asked
    Failure = 1, // the command ran but the operation failed (message on stderr)
    Usage = 2, // the command line was wrong (unknown command, missing argument)
    Unavailable = 3, // something needed is missing or busy: modem, port, database, display
};

} // namespace rapport::app
