// bench_openthread <database>: finds the thread with the most messages and prints the median
// of 11 timings (ms) of opening it in the inbox's ConversationModel and view — model reset,
// layout of the newest page, scroll to the newest message and one paint. Run offscreen:
//   QT_QPA_PLATFORM=offscreen tests/bin/bench_openthread shop.db
#include "app/messaging/MessagingEvents.h"
#include "app/storage/Database.h"
#include "app/threads/ConversationQuery.h"
#include "ui/inbox/ConversationListView.h"
#include "ui/inbox/ConversationModel.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace rapport;

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_openthread <database>\n");
        return 2;
    }
    auto database
        = app::Database::open(QString::fromLocal8Bit(argv[1]), QStringLiteral("bench-openthread"));
    if (!database) {
        std::fprintf(
            stderr, "cannot open %s: %s\n", argv[1], qPrintable(database.error().describe()));
        return 1;
    }
    const auto largest = app::ConversationQuery(**database).largestThread();
    if (!largest || largest->threadId == 0) {
        std::fprintf(stderr, "no conversation to open\n");
        return 1;
    }
    app::MessagingEvents events;
    ui::ConversationModel model(**database, events, [] { return QDateTime::currentDateTimeUtc(); });
    ui::ConversationListView view;
    view.setConversationModel(&model);
    view.resize(640, 700);
    view.show();
    QCoreApplication::processEvents();

    QList<double> timings;
    for (int run = 0; run < 11; ++run) {
        model.setThread(0);
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        model.setThread(largest->threadId);
        view.viewport()->repaint();
        timings << timer.nsecsElapsed() / 1e6;
    }
    std::sort(timings.begin(), timings.end());
    std::printf("thread %lld (%lld messages): median %.2f ms to open (min %.2f, max %.2f, "
                "%d rows loaded)\n",
        largest->threadId, largest->messages, timings.at(5), timings.constFirst(),
        timings.constLast(), model.rowCount());
    return 0;
}
