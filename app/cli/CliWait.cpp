#include "app/cli/CliWait.h"

#include "modem/Clock.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>

#include <csignal>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace rapport::app {
namespace {

QEventLoop *g_runLoop = nullptr;
#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // write() is async-signal-safe; the event loop picks the byte up through a notifier.
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
#endif

} // namespace

bool waitUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout)
{
    // Event-driven: each pass blocks until something happens (I/O, a timer, a posted event) and
    // then re-checks; the deadline timer guarantees a last wake-up. No polling tick.
    auto deadline = Clock::system().createTimer();
    deadline->setSingleShot(true);
    bool expired = false;
    QObject::connect(
        deadline.get(), &Timer::timeout, deadline.get(), [&expired] { expired = true; });
    deadline->start(timeout);
    QEventLoop loop;
    while (!done() && !expired)
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    return done();
}

int runUntilInterrupted(const std::function<void()> &onInterrupt)
{
    QEventLoop loop;
    g_runLoop = &loop;
#ifdef Q_OS_UNIX
    std::unique_ptr<QSocketNotifier> notifier;
    if (::pipe(g_signalPipe) == 0) {
        notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, &loop, [&] {
            char byte = 0;
            [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
            if (onInterrupt)
                onInterrupt();
            loop.exit(0);
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
#endif
    const int code = loop.exec();
    g_runLoop = nullptr;
#ifdef Q_OS_UNIX
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    notifier.reset();
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    g_signalPipe[0] = g_signalPipe[1] = -1;
#endif
    return code;
}

void stopRunning(int exitCode)
{
    if (g_runLoop)
        g_runLoop->exit(exitCode);
}

} // namespace rapport::app
