#pragma once

#include "app/staff/Actor.h"
#include "app/storage/StorageError.h"
#include "modem/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace rapport::app {

class Database;

struct DemoOptions
{
    int customers = 500;
    int messages = 5000; // written exactly
    QString region = QStringLiteral("GB"); // ISO 3166: numbers, names and language follow it
    quint32 seed = 1; // the same seed writes the same shop
    QDate today; // invalid: today in `zone`
    QTimeZone zone; // the shop's; invalid: the system's
    QString businessName; // empty: a made-up salon name
    Actor actor = Actor::commandLine(); // named in the audit log
};

// What was written, for rapportctl and the UI to report.
struct DemoSummary
{
    qint64 customers = 0;
    qint64 tags = 0;
    qint64 fieldValues = 0;
    qint64 visits = 0;
    qint64 consentEvents = 0;
    qint64 appointments = 0; // upcoming and past, cancelled ones included
    qint64 staff = 0; // members added (existing ones with the same names are reused)
    qint64 threads = 0;
    qint64 messages = 0;
    qint64 largestThreadId = 0; // the thread UI benchmarks open
    qint64 largestThreadMessages = 0;
    bool cancelled = false; // progress said stop: nothing was written
};

// Fills an empty database with a realistic made-up shop: customers with names from many
// cultures, valid mobile numbers of the region, birthdays, visits, tags and custom fields; three
// staff; a consent ledger; conversation threads with exactly the asked number of messages, a
// few of them very long; and appointments (about 15% of customers have one in the next three
// weeks, some have past or cancelled ones), so the inbox's customer panel has something to show. For trying Rapport out, teaching it, screenshots and benchmarks.
//
// Everything is written in one transaction (a cancel or a failure leaves the database as it
// was), with each INSERT prepared once, so 100,000 customers and a million messages take
// seconds. The same options give the same rows: all chance comes from a generator seeded with
// `seed`, and times from `today` and `zone`.
class DemoDataGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    // Called now and then with the rows done so far out of customers + messages; return false
    // to cancel.
    using Progress = std::function<bool(int done, int total)>;

    // Refuses (QueryFailed, with a sentence saying why in `detail`) when the database already
    // has customers or conversations: a real shop's data is never mixed with made-up people.
    static Result<DemoSummary, StorageError> generate(
        Database &database, const DemoOptions &options, Progress progress = {});
};

} // namespace rapport::app
