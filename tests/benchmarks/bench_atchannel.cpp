// What the AT channel costs per command, against the in-process simulated modem on the real
// clock (Clock::system(), QTimer-backed) and the real Qt event loop.
//
//   build/default/tests/bin/bench_atchannel [--rounds R] [--commands K] [--only LAYER]
//
// Each round issues K commands back to back, each one enqueued from the completion of the one
// before (as StatusMonitor and SmsSender chain theirs): AT+CSQ with prefix "+CSQ:", then
// AT+CMGS with a 1-part PDU at 0 ms network delay. Echo is off (ATE0, as the session sets it),
// so nothing but CPU time is measured. Layers, timed side by side (one round of each in turn, so
// a noisy neighbour slows them all alike):
//
//   loop     the event loop alone: a 0 ms single-shot timer re-armed K times. Every answer of
//            a simulated device arrives through such a timer: the floor of one event-loop trip.
//   sim      the simulator alone: bytes into SimulatedModem::receiveFromHost, the answer
//            captured by a sink. No QIODevice, no event loop.
//   direct   AtChannel on SimulatedModemDevice, the stock in-process device (unit tests, the
//            demo modem). That device makes an answer readable at once and only signals it
//            later, and AtChannel reads until the device is empty, so a back-to-back chain runs
//            inside one readyRead without returning to the event loop: direct - sim is the
//            channel's (and the QIODevice's) CPU cost per command, no event loop in it.
//   raw      a minimal hand-written host (write, wait for readyRead, look for OK or "> ", a
//            timeout timer per command) on an asynchronous device: bytes become readable only
//            when its 0 ms timer fires, as from a real port. Everything but the channel.
//   channel  AtChannel on the same asynchronous device. channel - raw is the channel's
//            overhead per command when each answer costs an event-loop trip, as on a port.
//
// --only LAYER runs just that layer's rounds (for perf / strace).

#include "BenchSupport.h"

#include "modem/AtChannel.h"
#include "modem/Clock.h"
#include "modem/MessageComposer.h"
#include "modem/SimulatedModem.h"
#include "modem/SimulatedModemDevice.h"
#include "modem/SimulatedModemSink.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QIODevice>
#include <QTimer>

#include <array>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace {

using namespace rapport;
using namespace rapport::modem;
using namespace std::chrono_literals;
using bench::SteadyClock;

enum class Layer { Loop, Sim, Direct, Raw, Channel };
constexpr std::array<const char *, 5> kLayerNames {"loop", "sim", "direct", "raw", "channel"};
enum class Kind { Csq, Cmgs };

struct Options
{
    int rounds = 21;
    int commands = 10000;
    std::optional<Layer> only;
};

Options parseOptions(int argc, char **argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (std::strcmp(argv[i], "--rounds") == 0 && hasValue) {
            options.rounds = std::max(3, std::atoi(argv[++i]));
        } else if (std::strcmp(argv[i], "--commands") == 0 && hasValue) {
            options.commands = std::max(10, std::atoi(argv[++i]));
        } else if (std::strcmp(argv[i], "--only") == 0 && hasValue) {
            const char *name = argv[++i];
            for (std::size_t l = 0; l < kLayerNames.size(); ++l) {
                if (std::strcmp(name, kLayerNames[l]) == 0)
                    options.only = Layer(l);
            }
            if (!options.only)
                bench::fatal("--only takes loop, sim, direct, raw or channel");
        } else {
            std::fprintf(stderr, "usage: %s [--rounds R] [--commands K] [--only LAYER]\n", argv[0]);
            std::exit(2);
        }
    }
    return options;
}

// Runs the event loop until `done` is set, with a generous deadline so a broken round fails
// loudly instead of hanging.
void runLoopUntil(QEventLoop &loop, const bool &done, const char *what)
{
    QTimer deadline;
    deadline.setSingleShot(true);
    bool expired = false;
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        expired = true;
        loop.quit();
    });
    deadline.start(120s);
    if (!done)
        loop.exec();
    bench::check(done && !expired, what);
}

// The PDU every AT+CMGS carries: a one-part GSM-7 reminder, no status report.
EncodedPdu onePartPdu()
{
    SubmitRequest request;
    request.destination = QStringLiteral("+447700900123");
    request.text = QStringLiteral("Hi Sam, this is Bright Smile Dental: your check-up is tomorrow, "
                                  "10:30. Reply YES to confirm or call 01632 960123 to rebook.");
    auto composed = composeSubmit(request);
    bench::check(composed.hasValue() && composed->size() == 1, "composing the AT+CMGS PDU");
    return composed->first();
}

// The simulator behind a device that behaves like a port: what the modem says becomes readable
// only when the 0 ms timer fires, never during the host's own write().
class AsyncSimulatorDevice final : public QIODevice, public SimulatedModemSink
{
public:
    explicit AsyncSimulatorDevice(SimulatedModem &modem)
        : m_modem(modem)
        , m_timer(Clock::system().createTimer())
    {
        m_timer->setSingleShot(true);
        connect(m_timer.get(), &Timer::timeout, this, [this] {
            m_readable += std::exchange(m_inFlight, {});
            if (!m_readable.isEmpty())
                Q_EMIT readyRead();
        });
        QIODevice::open(QIODevice::ReadWrite | QIODevice::Unbuffered);
        modem.attach(this);
    }
    ~AsyncSimulatorDevice() override { m_modem.attach(nullptr); }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_readable.size() + QIODevice::bytesAvailable();
    }
    void sendToHost(const QByteArray &bytes) override
    {
        m_inFlight += bytes;
        if (!m_timer->isActive())
            m_timer->start(0ms);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_readable.size());
        std::memcpy(data, m_readable.constData(), std::size_t(n));
        m_readable.remove(0, n);
        return n;
    }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_modem.receiveFromHost(QByteArrayView(data, size));
        return size;
    }

private:
    SimulatedModem &m_modem;
    std::unique_ptr<Timer> m_timer;
    QByteArray m_inFlight;
    QByteArray m_readable;
};

class CaptureSink final : public SimulatedModemSink
{
public:
    void sendToHost(const QByteArray &bytes) override { received += bytes; }
    QByteArray received;
};

// --- loop ------------------------------------------------------------------------------------

double roundEventLoop(int k)
{
    QEventLoop loop;
    // What the devices' ready timers are: Clock::system() timers, single shot, 0 ms.
    std::unique_ptr<Timer> timer = Clock::system().createTimer();
    timer->setSingleShot(true);
    int fired = 0;
    bool done = false;
    QObject::connect(timer.get(), &Timer::timeout, &loop, [&] {
        if (++fired == k) {
            done = true;
            loop.quit();
            return;
        }
        timer->start(0ms);
    });
    const auto start = SteadyClock::now();
    timer->start(0ms);
    runLoopUntil(loop, done, "event loop round");
    return bench::secondsSince(start);
}

// --- sim -------------------------------------------------------------------------------------

struct SyncRig
{
    SyncRig()
        : modem(Clock::system())
    {
        modem.setNetworkDelay(0ms);
        modem.attach(&sink);
    }
    void setUp()
    {
        modem.receiveFromHost("ATE0\r");
        modem.receiveFromHost("AT+CMGF=0\r");
        bench::check(sink.received.endsWith("OK\r\n"), "simulator set-up (ATE0, AT+CMGF=0)");
        sink.received.clear();
    }
    SimulatedModem modem;
    CaptureSink sink;
};

double roundSimulator(SyncRig &rig, Kind kind, int k, const EncodedPdu &pdu)
{
    const QByteArray cmgs = "AT+CMGS=" + QByteArray::number(pdu.tpduLength) + '\r';
    const QByteArray body = pdu.hex() + '\x1a';
    rig.modem.clearSubmissions();
    const auto start = SteadyClock::now();
    for (int i = 0; i < k; ++i) {
        if (kind == Kind::Csq) {
            rig.modem.receiveFromHost("AT+CSQ\r");
        } else {
            rig.modem.receiveFromHost(cmgs);
            rig.modem.receiveFromHost(body);
        }
        bench::consume(std::uint64_t(rig.sink.received.size()));
        if (!rig.sink.received.endsWith("OK\r\n"))
            bench::fatal("the simulator did not answer OK synchronously");
        rig.sink.received.clear();
    }
    const double seconds = bench::secondsSince(start);
    rig.modem.clearSubmissions();
    return seconds;
}

// --- raw -------------------------------------------------------------------------------------

struct RawRig
{
    RawRig()
        : modem(Clock::system())
        , device(modem)
    {
        modem.setNetworkDelay(0ms);
    }
    SimulatedModem modem;
    AsyncSimulatorDevice device;
};

// Writes `text`, runs the loop until the answer ends with `ending`, returns what came back.
QByteArray rawExchange(RawRig &rig, const QByteArray &text, const QByteArray &ending)
{
    QEventLoop loop;
    QByteArray buffer;
    bool done = false;
    const auto connection = QObject::connect(&rig.device, &QIODevice::readyRead, &loop, [&] {
        buffer += rig.device.readAll();
        if (buffer.endsWith(ending)) {
            done = true;
            loop.quit();
        }
    });
    rig.device.write(text);
    runLoopUntil(loop, done, "raw exchange");
    QObject::disconnect(connection);
    return buffer;
}

double roundRaw(RawRig &rig, Kind kind, int k, const EncodedPdu &pdu)
{
    const QByteArray csq = "AT+CSQ\r";
    const QByteArray cmgs = "AT+CMGS=" + QByteArray::number(pdu.tpduLength) + '\r';
    const QByteArray body = pdu.hex() + '\x1a';
    QEventLoop loop;
    QByteArray buffer;
    int finished = 0;
    bool waitingPrompt = false;
    bool done = false;
    // Any host needs a timeout per command (MODEM-NOTES.md); the channel arms one too.
    std::unique_ptr<Timer> timeout = Clock::system().createTimer();
    timeout->setSingleShot(true);
    QObject::connect(timeout.get(), &Timer::timeout, &loop,
        [] { bench::fatal("the simulator did not answer within 2 s"); });
    const auto issue = [&] {
        timeout->start(2s);
        if (kind == Kind::Csq) {
            rig.device.write(csq);
        } else {
            waitingPrompt = true;
            rig.device.write(cmgs);
        }
    };
    const auto connection = QObject::connect(&rig.device, &QIODevice::readyRead, &loop, [&] {
        buffer += rig.device.readAll();
        if (waitingPrompt) {
            if (!buffer.endsWith("> "))
                return;
            waitingPrompt = false;
            buffer.clear();
            rig.device.write(body);
            return;
        }
        if (!buffer.endsWith("OK\r\n"))
            return;
        timeout->stop();
        bench::consume(std::uint64_t(buffer.size()));
        buffer.clear();
        if (++finished == k) {
            done = true;
            loop.quit();
            return;
        }
        issue();
    });
    rig.modem.clearSubmissions();
    const auto start = SteadyClock::now();
    issue();
    runLoopUntil(loop, done, "raw round");
    const double seconds = bench::secondsSince(start);
    QObject::disconnect(connection);
    rig.modem.clearSubmissions();
    return seconds;
}

// --- direct and channel ------------------------------------------------------------------------

// AtChannel on a simulator behind either device.
template<typename Device>
struct ChannelRig
{
    ChannelRig()
        : modem(Clock::system())
        , device(makeDevice())
        , channel(device.get(), Clock::system())
    {
        modem.setNetworkDelay(0ms);
    }
    std::unique_ptr<Device> makeDevice()
    {
        if constexpr (std::is_same_v<Device, SimulatedModemDevice>)
            return std::make_unique<Device>(modem, Clock::system());
        else
            return std::make_unique<Device>(modem);
    }
    SimulatedModem modem;
    std::unique_ptr<Device> device;
    AtChannel channel;
};

AtResponse channelExchange(AtChannel &channel, AtCommand command)
{
    QEventLoop loop;
    std::optional<AtResponse> response;
    bool done = false;
    channel.enqueue(std::move(command), [&](const AtResponse &r) {
        response = r;
        done = true;
        loop.quit();
    });
    runLoopUntil(loop, done, "channel exchange");
    return *response;
}

void setUpChannel(AtChannel &channel)
{
    bench::check(channelExchange(channel, AtCommand::plain("ATE0")).isOk(), "channel ATE0");
    bench::check(channelExchange(channel, AtCommand::plain("AT+CMGF=0")).isOk(), "channel CMGF");
    const AtResponse csq = channelExchange(channel, AtCommand::withPrefix("AT+CSQ", "+CSQ:"));
    bench::check(csq.isOk() && csq.values("+CSQ:").value(0) == "20,99", "channel AT+CSQ answer");
}

double roundChannel(
    AtChannel &channel, SimulatedModem &modem, Kind kind, int k, const EncodedPdu &pdu)
{
    const QByteArray cmgs = "AT+CMGS=" + QByteArray::number(pdu.tpduLength);
    const QByteArray hex = pdu.hex();
    QEventLoop loop;
    int finished = 0;
    bool done = false;
    std::function<void()> issue;
    const auto onAnswer = [&](const AtResponse &response) {
        if (!response.isOk() || response.lines.isEmpty())
            bench::fatal("a command through the channel did not succeed");
        bench::consume(std::uint64_t(response.lines.first().size()));
        if (++finished == k) {
            done = true;
            loop.quit();
            return;
        }
        issue();
    };
    issue = [&] {
        if (kind == Kind::Csq)
            channel.enqueue(AtCommand::withPrefix("AT+CSQ", "+CSQ:"), onAnswer);
        else
            channel.enqueue(AtCommand::withPrompt(cmgs, "+CMGS:", hex, 60s), onAnswer);
    };
    modem.clearSubmissions();
    const auto start = SteadyClock::now();
    issue();
    runLoopUntil(loop, done, "channel round");
    const double seconds = bench::secondsSince(start);
    modem.clearSubmissions();
    return seconds;
}

// --- reporting ---------------------------------------------------------------------------------

struct Rigs
{
    SyncRig sync;
    RawRig raw;
    ChannelRig<SimulatedModemDevice> direct;
    ChannelRig<AsyncSimulatorDevice> channel;
};

double runRound(Rigs &rigs, Layer layer, Kind kind, int k, const EncodedPdu &pdu)
{
    switch (layer) {
    case Layer::Loop:
        return roundEventLoop(k);
    case Layer::Sim:
        return roundSimulator(rigs.sync, kind, k, pdu);
    case Layer::Direct:
        return roundChannel(rigs.direct.channel, rigs.direct.modem, kind, k, pdu);
    case Layer::Raw:
        return roundRaw(rigs.raw, kind, k, pdu);
    case Layer::Channel:
        return roundChannel(rigs.channel.channel, rigs.channel.modem, kind, k, pdu);
    }
    return 0;
}

const char *describe(Layer layer)
{
    switch (layer) {
    case Layer::Loop:
        return "loop     0 ms timer round trip (event-loop floor)";
    case Layer::Sim:
        return "sim      simulator alone, synchronous";
    case Layer::Direct:
        return "direct   AtChannel + SimulatedModemDevice (no loop trip)";
    case Layer::Raw:
        return "raw      minimal host + async device + event loop";
    case Layer::Channel:
        return "channel  AtChannel + async device + event loop";
    }
    return "";
}

// Median over rounds of a per-round difference or ratio: both sides ran in the same round.
double medianOf(const std::vector<double> &a, const std::vector<double> &b,
    const std::function<double(double, double)> &combine)
{
    std::vector<double> values;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        values.push_back(combine(a[i], b[i]));
    return bench::median(values);
}

void benchmark(Kind kind, const Options &options, Rigs &rigs, const EncodedPdu &pdu)
{
    const int k = options.commands;
    std::vector<Layer> layers {Layer::Loop, Layer::Sim, Layer::Direct, Layer::Raw, Layer::Channel};
    if (options.only)
        layers = {*options.only};
    std::array<std::vector<double>, kLayerNames.size()> us; // per layer, µs per command

    for (const Layer layer : layers) // one warm-up round of each, not recorded
        runRound(rigs, layer, kind, k, pdu);
    for (int r = 0; r < options.rounds; ++r) {
        for (const Layer layer : layers)
            us[std::size_t(layer)].push_back(runRound(rigs, layer, kind, k, pdu) * 1e6 / k);
    }

    std::printf("%s: %d rounds of %d commands; per command\n",
        kind == Kind::Csq ? "AT+CSQ (prefix \"+CSQ:\")"
                          : "AT+CMGS=<n> + 1-part PDU, network delay 0 ms",
        options.rounds, k);
    for (const Layer layer : layers) {
        const std::vector<double> &s = us[std::size_t(layer)];
        std::printf("  %-56s median %7.2f us  min %7.2f  max %7.2f  (%7.0f /s)\n", describe(layer),
            bench::median(s), bench::minimum(s), bench::maximum(s), 1e6 / bench::median(s));
    }
    if (options.only) {
        std::printf("\n");
        return;
    }
    const auto series
        = [&us](Layer layer) -> const std::vector<double> & { return us[std::size_t(layer)]; };
    const auto minus = [](double a, double b) { return a - b; };
    const auto ratio = [](double a, double b) { return a / b; };
    std::printf("  medians over rounds of per-round differences and ratios:\n");
    std::printf(
        "    channel cost, no loop trip   direct - sim      %7.2f us   (direct/sim %.2f x)\n",
        medianOf(series(Layer::Direct), series(Layer::Sim), minus),
        medianOf(series(Layer::Direct), series(Layer::Sim), ratio));
    std::printf(
        "    channel cost, with loop trip channel - raw     %7.2f us   (channel/raw %.2f x)\n",
        medianOf(series(Layer::Channel), series(Layer::Raw), minus),
        medianOf(series(Layer::Channel), series(Layer::Raw), ratio));
    std::printf("    simulator's share            sim / channel     %6.1f %%\n",
        100.0 * medianOf(series(Layer::Sim), series(Layer::Channel), ratio));
    std::vector<double> loopShare; // (raw - sim) / channel: device + event-loop trips
    for (std::size_t i = 0; i < series(Layer::Channel).size(); ++i)
        loopShare.push_back(
            (series(Layer::Raw)[i] - series(Layer::Sim)[i]) / series(Layer::Channel)[i]);
    std::printf("    device + loop trips' share   (raw - sim) / channel %5.1f %%\n\n",
        100.0 * bench::median(loopShare));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(argc, argv);
    const EncodedPdu pdu = onePartPdu();

    Rigs rigs;
    // Boot lines ("RDY") out of the way, then echo off and PDU mode, as the session leaves it.
    {
        QEventLoop settle;
        QTimer::singleShot(50ms, &settle, &QEventLoop::quit);
        settle.exec();
        rigs.raw.device.readAll();
    }
    rigs.sync.setUp();
    bench::check(rawExchange(rigs.raw, "ATE0\r", "OK\r\n").endsWith("OK\r\n"), "raw ATE0");
    bench::check(rawExchange(rigs.raw, "AT+CMGF=0\r", "OK\r\n").endsWith("OK\r\n"), "raw CMGF");
    setUpChannel(rigs.direct.channel);
    setUpChannel(rigs.channel.channel);

    std::printf(
        "bench_atchannel: Clock::system() timers, Qt event loop, in-process simulated modem, "
        "echo off\n\n");
    benchmark(Kind::Csq, options, rigs, pdu);
    benchmark(Kind::Cmgs, options, rigs, pdu);
    std::printf("checksum %llu\n", static_cast<unsigned long long>(bench::sink()));
    return 0;
}
