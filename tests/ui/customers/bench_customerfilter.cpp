// How quickly the customer list shows its first page after a filter change (the search field's
// keystroke, after its typing delay) on a real-sized database:
//   bench_customerfilter <database> [region]
// prints the median of 11 runs per filter in milliseconds, and the count each filter matched.
#include "app/customers/CustomerListQuery.h"
#include "app/storage/Database.h"
#include "ui/customers/CustomerTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace rapport;

namespace {

constexpr int kRuns = 11;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QTextStream out(stdout);
    const QStringList args = application.arguments();
    if (args.size() < 2) {
        out << "usage: bench_customerfilter <database> [region, default GB]\n";
        return 2;
    }
    auto database = app::Database::open(args.at(1), QStringLiteral("bench"));
    if (!database) {
        out << "cannot open " << args.at(1) << ": " << database.error().detail << '\n';
        return 1;
    }
    const QString region = args.size() > 2 ? args.at(2) : QStringLiteral("GB");
    app::CustomerListQuery query(**database, region);
    const QDate today = QDate::currentDate();
    ui::CustomerTableModel model(query, [today] { return today; });

    const auto firstPage = [&](const QString &text) {
        QElapsedTimer timer;
        timer.start();
        model.setFilter({text, std::nullopt});
        // The view's first paint: the first page's rows, every column.
        for (int row = 0; row < std::min(model.rowCount(), 40); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                (void)model.data(model.index(row, column));
        }
        return timer.nsecsElapsed() / 1e6;
    };

    out << "filter\tmatches\tmedian ms (" << kRuns << " runs)\n";
    const QStringList filters {QString(), QStringLiteral("s"), QStringLiteral("sm"),
        QStringLiteral("smi"), QStringLiteral("Patel"), QStringLiteral("0740")};
    for (const QString &filter : filters) {
        QList<double> times;
        for (int run = 0; run < kRuns; ++run) {
            model.setFilter({QStringLiteral("zz-warm-up-other"), std::nullopt});
            times << firstPage(filter);
        }
        out << (filter.isEmpty() ? QStringLiteral("(none)") : QString(u'\'' + filter + u'\''))
            << '\t' << model.rowCount() << '\t' << QString::number(median(times), 'f', 2) << '\n';
    }

    // Dragging the scroll bar to the middle: one block read at a deep offset.
    model.setFilter({});
    QList<double> deep;
    for (int run = 0; run < kRuns; ++run) {
        model.refresh();
        QElapsedTimer timer;
        timer.start();
        (void)model.data(model.index(model.rowCount() / 2, 0));
        deep << timer.nsecsElapsed() / 1e6;
    }
    out << "row " << model.rowCount() / 2 << " (middle, no filter)\t-\t"
        << QString::number(median(deep), 'f', 2) << '\n';
    return 0;
}
