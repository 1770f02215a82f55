// The customer book at shop scale: a generated database of 100,000 customers and 1,000,000
// messages (rapportctl db generate-demo), and three figures from issue targets:
//   import of 100,000 CSV rows with number parsing      target < 5 s
//   segment count (built-ins and a composite rule)      target < 200 ms
//   customer search by name or number prefix            target < 20 ms
//
//   build/default/tests/bin/bench_customerbook [--database PATH] [--customers N]
//       [--messages M] [--import-runs R] [--runs K]
//
// The database is generated into PATH when it does not exist (default: a temporary folder,
// removed afterwards). The import reads a CSV written from that database's customers with
// numbers in national format ("07400 120248"), so every row goes through libphonenumber, into
// a fresh empty database each run. Medians over the runs are printed, with min and max.

#include "BenchSupport.h"

#include "app/audit/AuditLog.h"
#include "app/customers/CustomerRepository.h"
#include "app/demo/DemoDataGenerator.h"
#include "app/importing/CsvReader.h"
#include "app/importing/CsvWriter.h"
#include "app/importing/CustomerImporter.h"
#include "app/phone/PhoneNumbers.h"
#include "app/segments/BuiltInSegments.h"
#include "app/segments/SegmentRepository.h"
#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <vector>

namespace {

using namespace rapport;
using namespace rapport::app;
using bench::SteadyClock;

struct Options
{
    QString database;
    int customers = 100'000;
    int messages = 1'000'000;
    int importRuns = 3;
    int runs = 21;
};

Options parse(const QStringList &arguments)
{
    Options options;
    for (int i = 1; i + 1 < arguments.size(); i += 2) {
        const QString &name = arguments.at(i);
        const QString &value = arguments.at(i + 1);
        if (name == QLatin1String("--database"))
            options.database = value;
        else if (name == QLatin1String("--customers"))
            options.customers = value.toInt();
        else if (name == QLatin1String("--messages"))
            options.messages = value.toInt();
        else if (name == QLatin1String("--import-runs"))
            options.importRuns = value.toInt();
        else if (name == QLatin1String("--runs"))
            options.runs = value.toInt();
        else
            bench::fatal("unknown option");
    }
    return options;
}

struct Figures
{
    std::vector<double> ms;
    void print(const char *label, double target) const
    {
        std::printf("  %-44s median %9.2f ms   min %9.2f   max %9.2f   (target < %.0f ms)\n", label,
            bench::median(ms), bench::minimum(ms), bench::maximum(ms), target);
    }
};

Figures timeRuns(int runs, const std::function<void()> &body)
{
    Figures figures;
    for (int i = 0; i < runs; ++i) {
        const auto start = SteadyClock::now();
        body();
        figures.ms.push_back(bench::secondsSince(start) * 1000.0);
    }
    return figures;
}

// The customers as a till would export them: national-format numbers, day-first birthdays.
QByteArray tillExport(Database &database)
{
    QList<QStringList> rows {
        {QStringLiteral("First name"), QStringLiteral("Last name"), QStringLiteral("Mobile"),
            QStringLiteral("Email"), QStringLiteral("Birthday"), QStringLiteral("Tags")}};
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    bench::check(query.exec(QStringLiteral(
                     "SELECT first_name, last_name, phone_e164, email, birthday_day,"
                     " birthday_month, birthday_year, (SELECT min(tag) FROM customer_tags t"
                     " WHERE t.customer_id = c.id) FROM customers c ORDER BY id")),
        "read customers");
    while (query.next()) {
        const QString e164 = query.value(2).toString();
        QString birthday;
        if (!query.value(4).isNull())
            birthday = QStringLiteral("%1/%2/%3")
                           .arg(query.value(4).toInt(), 2, 10, QLatin1Char('0'))
                           .arg(query.value(5).toInt(), 2, 10, QLatin1Char('0'))
                           .arg(query.value(6).isNull() ? 1990 : query.value(6).toInt());
        rows.append({query.value(0).toString(), query.value(1).toString(),
            e164.isEmpty() ? QString() : PhoneNumbers::formatNational(e164),
            query.value(3).toString(), birthday, query.value(7).toString()});
    }
    return CsvWriter::encode(rows);
}

std::unique_ptr<Database> openOrGenerate(const Options &options, const QString &path)
{
    const bool exists = QFileInfo::exists(path);
    auto database = Database::open(path, QStringLiteral("bench"));
    bench::check(bool(database), "open the database");
    if (!exists) {
        std::printf("generating %d customers and %d messages into %s …\n", options.customers,
            options.messages, qPrintable(path));
        std::fflush(stdout);
        DemoOptions demo;
        demo.customers = options.customers;
        demo.messages = options.messages;
        const auto start = SteadyClock::now();
        bench::check(bool(DemoDataGenerator::generate(**database, demo)), "generate");
        std::printf("  generated in %.1f s\n", bench::secondsSince(start));
    }
    return std::move(*database);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const Options options = parse(QCoreApplication::arguments());
    QTemporaryDir scratch;
    bench::check(scratch.isValid(), "temporary folder");
    const QString path = options.database.isEmpty() ? scratch.filePath(QStringLiteral("demo.db"))
                                                    : options.database;
    auto database = openOrGenerate(options, path);

    QSqlQuery counts(database->connection());
    bench::check(counts.exec(QStringLiteral("SELECT (SELECT count(*) FROM customers),"
                                            " (SELECT count(*) FROM messages),"
                                            " (SELECT count(*) FROM visits)"))
            && counts.next(),
        "count rows");
    std::printf("database: %lld customers, %lld messages, %lld visits\n\n",
        counts.value(0).toLongLong(), counts.value(1).toLongLong(), counts.value(2).toLongLong());
    counts.finish();

    // Import.
    const QByteArray csv = tillExport(*database);
    auto table = CsvReader::read(csv);
    bench::check(bool(table), "read the CSV");
    const ImportMapping mapping = ImportMapping::guess(table->columns);
    int imported = 0;
    int importRun = 0;
    const Figures import = timeRuns(options.importRuns, [&] {
        // Reading the file is part of an import; the empty database is not.
        ++importRun;
        auto target
            = Database::open(scratch.filePath(QStringLiteral("import-%1.db").arg(importRun)),
                QStringLiteral("import-%1").arg(importRun));
        bench::check(bool(target), "open the import target");
        const auto start = SteadyClock::now();
        auto reread = CsvReader::read(csv);
        bench::check(bool(reread), "read the CSV");
        AuditLog audit(**target);
        CustomerImporter importer(**target, audit);
        ImportOptions importOptions;
        importOptions.region = QStringLiteral("GB");
        importOptions.sourceName = QStringLiteral("till.csv");
        auto report = importer.run(Actor::commandLine(), *reread, mapping, importOptions);
        bench::check(bool(report), "import");
        imported = report->imported;
        bench::consume(std::uint64_t(bench::secondsSince(start) > 0));
    });
    std::printf("import of %lld CSV rows (%lld bytes), %d imported per run:\n",
        qint64(table->rows.size()), qint64(csv.size()), imported);
    import.print("import (read + parse numbers + write)", 5000);

    // Segment counts.
    const QDate today = QDate::currentDate();
    SegmentRepository segments(*database);
    std::printf("\nsegment counts (%d runs each):\n", options.runs);
    for (const BuiltInSegment segment : BuiltInSegments::all()) {
        const SegmentRule rule = BuiltInSegments::rule(segment);
        qint64 members = 0;
        const Figures figures = timeRuns(options.runs, [&] {
            auto count = segments.count(rule, today);
            bench::check(bool(count), "segment count");
            members = *count;
        });
        const QString label = BuiltInSegments::displayName(segment) + QStringLiteral(" (")
            + QString::number(members) + u')';
        figures.print(qPrintable(label), 200);
    }
    SegmentRule composite;
    composite.root.add(SegmentCondition::consent(
        QStringLiteral("marketing"), SegmentOperator::Equals, QStringLiteral("opted_in")));
    SegmentGroup either;
    either.match = SegmentMatch::Any;
    either.add(
        SegmentCondition::of(SegmentSubject::Tag, SegmentOperator::Has, {QStringLiteral("vip")}));
    either.add(SegmentCondition::visits(
        SegmentSubject::VisitCount, SegmentOperator::GreaterThan, {2}, 90));
    composite.root.add(either);
    qint64 compositeMembers = 0;
    const Figures compositeFigures = timeRuns(options.runs, [&] {
        auto count = segments.count(composite, today);
        bench::check(bool(count), "composite count");
        compositeMembers = *count;
    });
    compositeFigures.print(qPrintable(QStringLiteral("marketing AND (vip OR >2 visits/90d) (")
                               + QString::number(compositeMembers) + u')'),
        200);

    // Search.
    CustomerRepository customers(*database, QStringLiteral("GB"));
    std::printf("\ncustomer search, first page of 50 (%d runs each):\n", options.runs * 3);
    for (const char *text : {"sm", "Patel", "jo", "Zo", "07400 12", "+4474001", "0740"}) {
        int found = 0;
        const Figures figures = timeRuns(options.runs * 3, [&] {
            auto page = customers.search(QString::fromUtf8(text), 50, 0);
            bench::check(bool(page), "search");
            found = int(page->size());
        });
        const QString label
            = QStringLiteral("\"%1\" (%2 shown)").arg(QString::fromUtf8(text)).arg(found);
        figures.print(qPrintable(label), 20);
    }
    std::printf("\nchecksum %llu\n", static_cast<unsigned long long>(bench::sink()));
    return 0;
}
