#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QString>

class QTextStream;
class QWindow;

namespace rapport::ui {

// `rapport --startup-report`: once the window is on screen and the event loop has nothing left
// to do (the pages have loaded), prints the time since start and the resident memory, and quits.
// What the start-up benchmark reads.
class StartupReport final
{
public:
    // `phases` are (name, milliseconds since start) marks taken on the way, printed after the
    // total so a slow start says where its time went.
    using Phases = QList<QPair<QString, qint64>>;
    static void printWhenIdle(
        QWindow *window, QElapsedTimer sinceStart, const Phases &phases, QTextStream &out);
    // Resident memory of this process in MiB, from /proc (Linux); -1 elsewhere.
    static double residentMiB();
};

} // namespace rapport::ui
