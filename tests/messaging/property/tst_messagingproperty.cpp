// Property test of the messaging core (MessagingService: policy engine, outbox, dispatcher,
// inbound pipeline and router): at least 10,000 random events — customers imported or added at
// the desk, consent given and withdrawn in person, STOP / START / HELP and ordinary texts
// arriving through a SIM, campaigns, manual sends (with staff overriding opt-outs), automations,
// cancellations, opt-out reviews and clock jumps across midnight and the 2026 DST changes —
// while an independent model of COMPLIANCE.md (ComplianceModel) judges every text at the moment
// it is handed to a SIM:
//  - consent: no marketing without a current marketing opt-in; after a STOP nothing but the one
//    opt-out confirmation, a HELP answer, or a staff reply overriding it after the customer
//    wrote in again, until they opt in again;
//  - hours: service and marketing only inside the business's hours intersected with the legal
//    window in the recipient's local time (TCPA, Florida, Connecticut, France);
//  - the frequency cap: 3 marketing texts per rolling 7 days, Florida also 3 per 24 h;
//  - nothing lost: every message ends sent (once), held with a reason, failed with a reason, or
//    cancelled.
// The seed is printed; RAPPORT_PROPERTY_SEED=<n> repeats a run, RAPPORT_PROPERTY_EVENTS=<n>
// changes its length.
#include "RandomEvents.h"
#include "RapportTest.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace rapport::test::property;

namespace {

constexpr int kDefaultEvents = 10000;

quint32 envNumber(const char *name, quint32 fallback)
{
    bool ok = false;
    const quint32 value = qEnvironmentVariable(name).toUInt(&ok);
    return ok ? value : fallback;
}
} // namespace

class TestMessagingProperty final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The outbox logs every message at info level; thousands of lines would bury the
        // summary. Warnings stay.
        QLoggingCategory::setFilterRules(QStringLiteral("rapport.*.info=false"));
    }

    void randomEventsKeepTheRules()
    {
        const quint32 seed
            = envNumber("RAPPORT_PROPERTY_SEED", QRandomGenerator::global()->generate());
        const int events = int(envNumber("RAPPORT_PROPERTY_EVENTS", kDefaultEvents));
        qInfo("seed %u (repeat with RAPPORT_PROPERTY_SEED=%u), %d events", seed, seed, events);
        QElapsedTimer elapsed;
        elapsed.start();

        PropertyWorld world(seed);
        QVERIFY2(world.setupProblem().isEmpty(), qPrintable(world.setupProblem()));
        const QDateTime start = world.clock.now().toUTC();
        RandomEvents run(world, events, start);
        for (int index = 0; index < events; ++index)
            run.step(index);
        world.eventIndex = events;
        // Long enough for every hold to end: the 7-day cap, a weekend, a French holiday.
        world.settle(milliseconds(8LL * 24 * 3600 * 1000));
        world.checkNothingLost();

        const QStringList summary = world.summary(elapsed.elapsed() / 1000.0, start);
        for (const QString &line : summary)
            qInfo("%s", qPrintable(line));
        // The run passed the 2026 DST changes of both Europe and the United States.
        QVERIFY(world.clock.now() > QDateTime(QDate(2026, 11, 2), QTime(0, 0), QTimeZone::utc()));
        QVERIFY2(world.violationCount() == 0,
            qPrintable(QStringLiteral("seed %1: %2 violation(s), the first:\n%3")
                           .arg(seed)
                           .arg(world.violationCount())
                           .arg(world.violations().join(u'\n'))));
    }
};

RAPPORT_TEST_MAIN(TestMessagingProperty)
#include "tst_messagingproperty.moc"
