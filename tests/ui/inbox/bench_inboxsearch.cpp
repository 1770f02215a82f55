// bench_inboxsearch <database> [words…]: the median of 11 timings (ms) of an inbox message
// search as the search field runs it — the full-text query, the names of the conversations
// found and the model reset — for common, rare and absent words. Run offscreen:
//   QT_QPA_PLATFORM=offscreen tests/bin/bench_inboxsearch shop.db
#include "app/messaging/MessagingEvents.h"
#include "app/storage/Database.h"
#include "app/threads/ThreadRepository.h"
#include "modem/Clock.h"
#include "ui/inbox/MessageHitModel.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace rapport;

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_inboxsearch <database> [words…]\n");
        return 2;
    }
    auto database
        = app::Database::open(QString::fromLocal8Bit(argv[1]), QStringLiteral("bench-search"));
    if (!database) {
        std::fprintf(
            stderr, "cannot open %s: %s\n", argv[1], qPrintable(database.error().describe()));
        return 1;
    }
    QStringList words;
    for (int i = 2; i < argc; ++i)
        words << QString::fromLocal8Bit(argv[i]);
    if (words.isEmpty()) {
        // In every reminder; in some replies; in a few; in none.
        words = {QStringLiteral("reschedule"), QStringLiteral("card"), QStringLiteral("wet hair"),
            QStringLiteral("zebra")};
    }
    app::MessagingEvents events;
    app::ThreadRepository threads(**database, Clock::system(), events);
    ui::MessageHitModel model(threads, [] { return QDateTime::currentDateTimeUtc(); });
    std::printf("search\thits shown\tmedian ms (11 runs)\tmax ms\n");
    for (const QString &word : std::as_const(words)) {
        QList<double> timings;
        for (int run = 0; run < 11; ++run) {
            model.setSearch(QString());
            QElapsedTimer timer;
            timer.start();
            model.setSearch(word);
            timings << timer.nsecsElapsed() / 1e6;
        }
        std::sort(timings.begin(), timings.end());
        std::printf("'%s'\t%d%s\t%.2f\t%.2f\n", qPrintable(word), model.rowCount(),
            model.isCapped() ? "+" : "", timings.at(5), timings.constLast());
    }
    return 0;
}
