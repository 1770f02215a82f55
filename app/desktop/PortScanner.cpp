#include "app/desktop/PortScanner.h"

#include "app/modem/PortProblemText.h"
#include "modem/PortCatalog.h"
#include "modem/PortProber.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace rapport::app {

namespace {

QString noAnswer()
{
    return QCoreApplication::translate("PortScanner", "Nothing answered on this port.");
}

QString noAnswerFix()
{
    return QCoreApplication::translate("PortScanner",
        "It may be the modem's data or diagnostic port: try another port of the same device, "
        "or unplug the modem and plug it in again.");
}

} // namespace

struct PortScanner::Private
{
    explicit Private(Clock &clock)
        : prober(clock)
    { }
    modem::PortProber prober;
    QList<modem::PortDescription> described;
    QStringList ranking;
    bool scanning = false; // from scan() until finished(), whether or not probing has begun
};

PortScanner::PortScanner(Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(clock))
{
    connect(&d->prober, &modem::PortProber::finished, this,
        [this](const QList<modem::ProbeResult> &results) {
            QHash<QString, QString> descriptions;
            for (const auto &port : std::as_const(d->described))
                descriptions.insert(port.path, port.description);
            // The best port of each device (the AT control port before the data port).
            QSet<QString> recommended;
            for (const auto &device : modem::PortProber::groupByDevice(results, d->ranking))
                if (!device.ports.isEmpty())
                    recommended.insert(device.ports.first().path);
            QList<PortCandidate> candidates;
            for (const QString &path : std::as_const(d->ranking)) {
                const auto it = std::find_if(results.begin(), results.end(),
                    [&path](const modem::ProbeResult &result) { return result.path == path; });
                if (it == results.end())
                    continue;
                PortCandidate candidate;
                candidate.path = path;
                candidate.description = descriptions.value(path);
                candidate.answered = it->answersAt;
                candidate.recommended = recommended.contains(path);
                candidate.modemName
                    = QStringList {it->manufacturer, it->model}.join(u' ').simplified();
                if (it->error) {
                    const ProblemText text = PortProblemText::describe(*it->error);
                    candidate.problem = text.what;
                    candidate.fix = text.fix;
                } else if (!it->answersAt) {
                    candidate.problem = noAnswer();
                    candidate.fix = noAnswerFix();
                }
                candidates.append(candidate);
            }
            d->scanning = false;
            Q_EMIT finished(candidates);
        });
}

PortScanner::~PortScanner() = default;

void PortScanner::scan()
{
    d->described = modem::PortCatalog::list();
    d->ranking.clear();
    for (const auto &port : std::as_const(d->described))
        if (port.role != modem::PortRole::NotForAt)
            d->ranking.append(port.path);
    if (d->ranking.isEmpty()) {
        Q_EMIT finished({});
        return;
    }
    d->scanning = true;
    d->prober.probe(d->ranking);
}

void PortScanner::probePath(const QString &path)
{
    d->described.clear();
    d->ranking = QStringList {path};
    d->scanning = true;
    d->prober.probe(d->ranking);
}

bool PortScanner::isScanning() const
{
    return d->scanning;
}

} // namespace rapport::app
