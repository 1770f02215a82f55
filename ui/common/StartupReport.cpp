#include "ui/common/StartupReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

namespace rapport::ui {

double StartupReport::residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report a size of 0: read them whole rather than testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).simplified().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void StartupReport::printWhenIdle(
    QWindow *window, QElapsedTimer sinceStart, const Phases &phases, QTextStream &out)
{
    // Polled rather than hooked: exposure comes from the window system, and a zero-interval
    // timer only fires once the queued work before it is done.
    auto *poll = new QTimer(QCoreApplication::instance());
    poll->setInterval(0);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, window, sinceStart, phases, &out] {
        if (window && !window->isExposed())
            return;
        poll->stop();
        const qint64 usable = sinceStart.elapsed();
        // A second later: what the window holds once the modems and timers have settled.
        QTimer::singleShot(1000, poll, [poll, usable, phases, &out] {
            QStringList marks;
            for (const auto &[name, at] : phases)
                marks << name + QLatin1Char(' ') + QString::number(at);
            out << "window usable after " << usable << " ms; resident memory "
                << QString::number(residentMiB(), 'f', 1) << " MiB";
            if (!marks.isEmpty())
                out << " (ms since start: " << marks.join(QStringLiteral(", ")) << ')';
            out << '\n';
            out.flush();
            poll->deleteLater();
            QCoreApplication::exit(0);
        });
    });
    poll->start();
}

} // namespace rapport::ui
