#pragma once

#include <chrono>
#include <functional>

class QObject;

namespace rapport::app {

// Runs the event loop until `done()` holds or the timeout passes; true when done. Commands call
// it after connecting the signals that change what `done` reads. Only the command-line tool waits
// like this: the engine and the core stay event-driven.
bool waitUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout);
// Runs the event loop until `stop()` is called (from a signal handler or a slot) — for commands
// that run until interrupted, such as `modem listen` and `modem simulate`.
int runUntilInterrupted(const std::function<void()> &onInterrupt = {});
void stopRunning(int exitCode);

} // namespace rapport::app
