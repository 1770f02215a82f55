#include "modem/PortProber.h"

#include "modem/AtChannel.h"
#include "modem/AtReplies.h"
#include "modem/SerialLink.h"

#include <QPointer>

namespace rapport::modem {

PortProber::PortProber(Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{ }

PortProber::~PortProber() = default;

void PortProber::probe(const QStringList &paths, std::chrono::milliseconds timeout)
{
    m_results = QList<ProbeResult>(paths.size());
    m_pending = int(paths.size());
    if (paths.isEmpty()) {
        Q_EMIT finished(m_results);
        return;
    }
    for (int i = 0; i < paths.size(); ++i)
        probeOne(i, paths.at(i), timeout);
}

void PortProber::probeOne(int slot, const QString &path, std::chrono::milliseconds timeout)
{
    ProbeResult result;
    result.path = path;
    auto *link = new SerialLink(this);
    const auto opened = link->open(path);
    if (!opened) {
        result.error = opened.error();
        link->deleteLater();
        done(slot, result);
        return;
    }
    auto *channel = new AtChannel(link->device(), m_clock, link);
    AtChannel::Settings settings;
    settings.resyncAttempts = 1;
    settings.resyncProbeTimeout = timeout;
    settings.unresponsiveThreshold = 1;
    channel->setSettings(settings);
    auto state = std::make_shared<ProbeResult>(result);
    auto over = std::make_shared<bool>(false);
    QPointer<PortProber> self(this);
    // Closing the channel fails the commands still queued, whose callbacks come back here: the
    // first ending wins.
    const auto finish = [self, slot, state, over, link, channel] {
        if (*over)
            return;
        *over = true;
        // The prober is being destroyed and is deleting its links: this call comes from a link's
        // own destructor (the port closing fails the queued commands), so touch nothing.
        if (!self)
            return;
        channel->close();
        link->close();
        link->deleteLater();
        self->done(slot, *state);
    };
    connect(link, &SerialLink::lost, link, [state, finish](const PortError &error) {
        state->error = error;
        finish();
    });
    // ESC ends a half-typed command a previous program may have left.
    channel->writeRaw("\x1b");
    AtCommand at = AtCommand::plain("AT");
    at.timeout = timeout;
    channel->enqueue(at, [channel, state, finish, timeout](const AtResponse &r) {
        if (!r.isOk()) {
            finish();
            return;
        }
        state->answersAt = true;
        auto bare = [timeout](const char *text) {
            AtCommand command = AtCommand::withBareLines(text);
            command.timeout = timeout;
            return command;
        };
        const auto first = [](const AtResponse &response) {
            return response.lines.isEmpty() ? QByteArray() : response.lines.constFirst();
        };
        channel->enqueue(bare("AT+CGMI"), [state, first](const AtResponse &answer) {
            state->manufacturer = AtReplies::identityValue(first(answer));
        });
        channel->enqueue(bare("AT+CGMM"), [state, first](const AtResponse &answer) {
            state->model = AtReplies::identityValue(first(answer));
        });
        channel->enqueue(bare("AT+CGSN"), [state, finish](const AtResponse &answer) {
            for (const QByteArray &line : answer.lines) {
                if (state->imei.isEmpty())
                    state->imei = AtReplies::imei(line);
            }
            finish();
        });
    });
}

void PortProber::done(int slot, ProbeResult result)
{
    if (slot < 0 || slot >= m_results.size() || m_pending <= 0)
        return;
    m_results[slot] = std::move(result);
    if (--m_pending == 0)
        Q_EMIT finished(m_results);
}

QList<ModemDevice> PortProber::groupByDevice(
    const QList<ProbeResult> &results, const QStringList &ranking)
{
    QList<ProbeResult> answered;
    for (const ProbeResult &r : results) {
        if (r.answersAt)
            answered << r;
    }
    std::stable_sort(
        answered.begin(), answered.end(), [&ranking](const ProbeResult &a, const ProbeResult &b) {
            const auto rank = [&ranking](const QString &path) {
                const qsizetype at = ranking.indexOf(path);
                return at < 0 ? ranking.size() : at;
            };
            return rank(a.path) < rank(b.path);
        });
    QList<ModemDevice> devices;
    for (const ProbeResult &r : std::as_const(answered)) {
        // A port without an IMEI is its own device: never merge two unknowns.
        auto it = r.imei.isEmpty() ? devices.end()
                                   : std::find_if(devices.begin(), devices.end(),
                                       [&r](const ModemDevice &d) { return d.imei == r.imei; });
        if (it == devices.end())
            devices << ModemDevice {r.imei, {r}};
        else
            it->ports << r;
    }
    return devices;
}

} // namespace rapport::modem
