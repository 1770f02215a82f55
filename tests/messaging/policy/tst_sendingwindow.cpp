// Quiet hours: the business window intersected with the legal window in the recipient's local
// time, closed days, and the exact next allowed moment across DST changes. Legal hours are the
// defaults of COMPLIANCE.md (US 08:00–21:00, US-CT 09:00–21:00, US-FL 08:00–20:00, FR
// 08:00–22:00 without Sundays or public holidays). DST dates from the IANA tz database (2026):
// US second Sunday of March / first Sunday of November at 02:00; EU last Sunday of March /
// October at 01:00 UTC; Lord Howe first Sunday of October at 02:00 (+10:30 → +11:00) and first
// Sunday of April at 02:00 (+11:00 → +10:30).
#include "app/policy/PolicyConfig.h"
#include "app/policy/SendingWindow.h"

#include "RapportTest.h"

using namespace rapport::app;
using Closure = SendingWindow::Closure;

namespace {

QDateTime utc(const char *iso)
{
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    Q_ASSERT(at.isValid());
    return at.toUTC();
}

DailyWindow parseWindow(const QString &text) // "02:30-05:00"
{
    const QStringList parts = text.split(u'-');
    return DailyWindow {*DailyWindow::parseTime(parts.at(0)), *DailyWindow::parseTime(parts.at(1))};
}

// "mkt US", "svc US-CT", "svc" (no legal rule), "mkt US +holiday", "custom 02:30-05:00",
// "closed", "sunday FR", "nooverlap", "always".
SendingWindow windowFor(const QString &spec)
{
    const QStringList words = spec.split(u' ');
    const QString kind = words.at(0);
    if (kind == QLatin1String("custom"))
        return SendingWindow(WeeklySchedule::sameWindow(parseWindow(words.at(1))), {}, {}, {});
    if (kind == QLatin1String("closed"))
        return SendingWindow(WeeklySchedule {}, {}, {}, {});
    if (kind == QLatin1String("always"))
        return SendingWindow::always();
    const PolicyConfig defaults = PolicyConfig::defaults();
    if (kind == QLatin1String("sunday"))
        return SendingWindow(
            WeeklySchedule::sameWindow(DailyWindow::fromHours(8, 0, 20, 0), Qt::Sunday, Qt::Sunday),
            {}, defaults.legalRuleFor(Jurisdiction::fromCode(words.at(1))), words.at(1));
    if (kind == QLatin1String("nooverlap")) {
        LegalRule afternoon;
        afternoon.window = DailyWindow::fromHours(13, 0, 21, 0);
        return SendingWindow(
            WeeklySchedule::sameWindow(DailyWindow::fromHours(9, 0, 12, 0)), {}, afternoon, {});
    }
    PolicyConfig config = defaults;
    if (words.contains(QStringLiteral("+holiday")))
        config.businessHolidays = {QDate(2026, 1, 7)};
    const Jurisdiction where
        = words.size() > 1 ? Jurisdiction::fromCode(words.at(1)) : Jurisdiction {};
    return config.sendingWindow(
        kind == QLatin1String("mkt") ? MessagePurpose::Marketing : MessagePurpose::Service, where);
}

// The definition itself, evaluated the slow way: the local wall clock at `at` inside that
// local date's window.
bool allowedAt(const SendingWindow &window, const QDateTime &at, const QTimeZone &zone)
{
    const QDateTime local = at.toTimeZone(zone);
    const auto day = window.on(local.date());
    return day.window && day.window->contains(local.time().msecsSinceStartOfDay() / 1000);
}

} // namespace

class TestSendingWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextOpening_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("open");
        QTest::addColumn<QDateTime>("next"); // invalid: never
        QTest::addColumn<int>("closure");
        const auto row = [](const char *name, const char *window, const char *zone, const char *now,
                             bool open, const char *next, Closure closure = Closure::None) {
            QTest::newRow(name) << QString::fromLatin1(window) << QByteArray(zone) << utc(now)
                                << open << (next ? utc(next) : QDateTime()) << int(closure);
        };
        const char *chicago = "America/Chicago";
        const char *newYork = "America/New_York";
        const char *paris = "Europe/Paris";
        const char *london = "Europe/London";
        const char *lordHowe = "Australia/Lord_Howe";
        const char *kolkata = "Asia/Kolkata";

        // 2026-01-05 is a Monday; Chicago is UTC-6 in January. Marketing: 09:00–19:00.
        row("08:59:59 is closed", "mkt US", chicago, "2026-01-05T14:59:59Z", false,
            "2026-01-05T15:00:00Z");
        row("08:59:59.999 is closed", "mkt US", chicago, "2026-01-05T14:59:59.999Z", false,
            "2026-01-05T15:00:00Z");
        row("09:00:00 is open", "mkt US", chicago, "2026-01-05T15:00:00Z", true,
            "2026-01-05T15:00:00Z");
        row("18:59:59 is open", "mkt US", chicago, "2026-01-06T00:59:59Z", true,
            "2026-01-06T00:59:59Z");
        row("19:00:00 is closed, opens next morning", "mkt US", chicago, "2026-01-06T01:00:00Z",
            false, "2026-01-06T15:00:00Z");
        row("Saturday evening waits for Monday", "mkt US", chicago, "2026-01-11T01:00:00Z", false,
            "2026-01-12T15:00:00Z");
        row("no marketing on Sunday", "mkt US", chicago, "2026-01-11T18:00:00Z", false,
            "2026-01-12T15:00:00Z", Closure::BusinessClosed);
        row("business holiday", "mkt US +holiday", chicago, "2026-01-07T16:00:00Z", false,
            "2026-01-08T15:00:00Z", Closure::BusinessHoliday);

        // Legal hours narrower than the business's (New York is UTC-5 in January).
        row("Connecticut opens at 09:00", "svc US-CT", newYork, "2026-01-05T13:30:00Z", false,
            "2026-01-05T14:00:00Z");
        row("Connecticut service until 19:59:59", "svc US-CT", newYork, "2026-01-06T00:59:59Z",
            true, "2026-01-06T00:59:59Z");
        row("Connecticut service closes at 20:00", "svc US-CT", newYork, "2026-01-06T01:00:00Z",
            false, "2026-01-06T14:00:00Z");
        row("Connecticut marketing 08:59:59", "mkt US-CT", newYork, "2026-01-05T13:59:59Z", false,
            "2026-01-05T14:00:00Z");
        row("Florida service 07:59:59", "svc US-FL", newYork, "2026-01-05T12:59:59Z", false,
            "2026-01-05T13:00:00Z");
        row("business closes before the law", "svc US", chicago, "2026-01-06T02:00:00Z", false,
            "2026-01-06T14:00:00Z");

        // France: no Sundays, no public holidays (Paris is UTC+1 in winter, +2 in summer).
        row("France Sunday", "svc FR", paris, "2026-01-11T09:00:00Z", false, "2026-01-12T07:00:00Z",
            Closure::Sunday);
        row("France Ascension", "svc FR", paris, "2025-05-29T08:00:00Z", false,
            "2025-05-30T06:00:00Z", Closure::PublicHoliday);
        row("France Easter Sunday then Easter Monday", "svc FR", paris, "2026-04-05T09:00:00Z",
            false, "2026-04-07T06:00:00Z", Closure::Sunday);
        row("France Saturday 18:59:59", "mkt FR", paris, "2026-01-10T17:59:59Z", true,
            "2026-01-10T17:59:59Z");
        row("France Saturday 19:00 waits for Monday", "mkt FR", paris, "2026-01-10T18:00:00Z",
            false, "2026-01-12T08:00:00Z");

        // Ordinary hours on either side of a DST change: the offset changes overnight.
        row("overnight into spring-forward", "svc US", newYork, "2026-03-08T01:00:00Z", false,
            "2026-03-08T12:00:00Z");
        row("Saturday before fall-back (EDT)", "svc US", newYork, "2026-10-31T11:00:00Z", false,
            "2026-10-31T12:00:00Z");
        row("fall-back day (EST)", "svc US", newYork, "2026-11-01T12:00:00Z", false,
            "2026-11-01T13:00:00Z");
        row("overnight into fall-back", "svc US", newYork, "2026-11-01T00:00:00Z", false,
            "2026-11-01T13:00:00Z");

        // Windows inside the changing hour. New York springs forward at 07:00Z (02:00 EST
        // becomes 03:00 EDT): a window opening at 02:30 opens at the jump.
        row("spring-forward: 02:30 opens at the jump", "custom 02:30-05:00", newYork,
            "2026-03-08T06:00:00Z", false, "2026-03-08T07:00:00Z");
        row("the day before: 02:30 EST", "custom 02:30-05:00", newYork, "2026-03-07T07:00:00Z",
            false, "2026-03-07T07:30:00Z");
        row("spring-forward: closes at 05:00 EDT", "custom 02:30-05:00", newYork,
            "2026-03-08T09:00:00Z", false, "2026-03-09T06:30:00Z");
        row("spring-forward: a window inside the gap never opens that day", "custom 02:10-02:50",
            newYork, "2026-03-08T06:00:00Z", false, "2026-03-09T06:10:00Z");
        row("Chicago spring-forward", "custom 02:30-05:00", chicago, "2026-03-08T07:00:00Z", false,
            "2026-03-08T08:00:00Z");
        row("London spring-forward", "custom 01:30-05:00", london, "2026-03-29T00:00:00Z", false,
            "2026-03-29T01:00:00Z");
        row("Paris spring-forward", "custom 02:30-05:00", paris, "2026-03-29T00:00:00Z", false,
            "2026-03-29T01:00:00Z");
        // New York falls back at 06:00Z (02:00 EDT becomes 01:00 EST): 01:00–02:00 twice.
        row("fall-back: first 01:30 (EDT)", "custom 01:30-05:00", newYork, "2026-11-01T04:00:00Z",
            false, "2026-11-01T05:30:00Z");
        row("fall-back: closed at 01:30 EDT, open again at 01:00 EST", "custom 00:00-01:30",
            newYork, "2026-11-01T05:30:00Z", false, "2026-11-01T06:00:00Z");
        row("fall-back: 01:15 EST is open", "custom 00:00-01:30", newYork, "2026-11-01T06:15:00Z",
            true, "2026-11-01T06:15:00Z");
        row("fall-back: second 01:30 closes until midnight", "custom 00:00-01:30", newYork,
            "2026-11-01T06:30:00Z", false, "2026-11-02T05:00:00Z");
        row("London fall-back: first 01:30 (BST)", "custom 01:30-05:00", london,
            "2026-10-25T00:00:00Z", false, "2026-10-25T00:30:00Z");

        // Lord Howe: a 30-minute DST change at 02:00 local.
        row("Lord Howe spring-forward: 02:15 opens at the jump", "custom 02:15-05:00", lordHowe,
            "2026-10-03T15:00:00Z", false, "2026-10-03T15:30:00Z");
        row("Lord Howe Monday after (UTC+11)", "svc", lordHowe, "2026-10-04T20:00:00Z", false,
            "2026-10-04T21:00:00Z");
        row("Lord Howe Friday before (UTC+10:30)", "svc", lordHowe, "2026-10-01T20:30:00Z", false,
            "2026-10-01T21:30:00Z");
        row("Lord Howe fall-back: first 01:45", "custom 01:45-05:00", lordHowe,
            "2026-04-04T14:00:00Z", false, "2026-04-04T14:45:00Z");

        // A half-hour offset without DST.
        row("Kolkata 07:30 IST", "svc", kolkata, "2026-01-05T02:00:00Z", false,
            "2026-01-05T02:30:00Z");
        row("Kolkata 08:00 IST", "svc", kolkata, "2026-01-05T02:30:00Z", true,
            "2026-01-05T02:30:00Z");
        row("no zone: UTC", "svc", "", "2026-01-05T07:00:00Z", false, "2026-01-05T08:00:00Z");

        // Never.
        row("every day closed", "closed", "UTC", "2026-01-05T12:00:00Z", false, nullptr,
            Closure::BusinessClosed);
        row("only Sundays, where Sundays are banned", "sunday FR", paris, "2026-01-11T09:00:00Z",
            false, nullptr, Closure::Sunday);
        row("business and legal hours never meet", "nooverlap", "UTC", "2026-01-05T12:00:00Z",
            false, nullptr, Closure::NoOverlap);
        row("always open", "always", "UTC", "2026-01-11T03:00:00Z", true, "2026-01-11T03:00:00Z");
    }
    void nextOpening()
    {
        QFETCH(QString, window);
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, now);
        QFETCH(bool, open);
        QFETCH(QDateTime, next);
        QFETCH(int, closure);
        const QTimeZone tz = zone.isEmpty() ? QTimeZone() : QTimeZone(zone);
        QVERIFY(zone.isEmpty() || tz.isValid());
        const SendingWindow w = windowFor(window);
        const SendingWindow::Answer answer = w.at(now, tz);
        QCOMPARE(answer.openNow, open);
        QCOMPARE(answer.nextOpenUtc, next);
        QCOMPARE(answer.never(), !next.isValid());
        if (next.isValid())
            QCOMPARE(answer.nextOpenUtc.timeSpec(), Qt::UTC);
        QCOMPARE(int(answer.closure), closure);
        if (!next.isValid())
            return;
        // The answer is itself allowed, and the instant before it is not (unless open now).
        const QTimeZone oracleZone = tz.isValid() ? tz : QTimeZone::utc();
        QVERIFY(allowedAt(w, next, oracleZone));
        if (!open)
            QVERIFY(!allowedAt(w, next.addMSecs(-1), oracleZone));
        QVERIFY(w.at(next, tz).openNow);
    }

    // No allowed instant is skipped: every five minutes between now and the answer is closed,
    // checked the slow way, for windows and zones around their DST changes. (Windows, offsets
    // and transitions here all fall on multiples of five minutes, so none can hide between.)
    void nothingAllowedBeforeTheAnswer_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("from");
        const auto row = [](const char *window, const char *zone, const char *from) {
            QTest::addRow("%s %s %s", window, zone, from)
                << QString::fromLatin1(window) << QByteArray(zone) << utc(from);
        };
        for (const char *window : {"custom 02:30-05:00", "custom 01:00-01:45", "svc US", "mkt FR",
                 "custom 02:10-02:50"}) {
            row(window, "America/New_York", "2026-03-07T00:00:00Z");
            row(window, "America/New_York", "2026-10-31T00:00:00Z");
            row(window, "Europe/Paris", "2026-03-28T00:00:00Z");
            row(window, "Europe/London", "2026-10-24T00:00:00Z");
            row(window, "Australia/Lord_Howe", "2026-10-02T12:00:00Z");
            row(window, "Australia/Lord_Howe", "2026-04-03T12:00:00Z");
            row(window, "Asia/Kolkata", "2026-01-05T00:00:00Z");
        }
    }
    void nothingAllowedBeforeTheAnswer()
    {
        QFETCH(QString, window);
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, from);
        const QTimeZone tz(zone);
        const SendingWindow w = windowFor(window);
        // Every 50 minutes over three days, ask, and check the answer against the slow way.
        for (QDateTime now = from; now < from.addDays(3); now = now.addSecs(3000)) {
            const SendingWindow::Answer answer = w.at(now, tz);
            QVERIFY(answer.nextOpenUtc.isValid());
            QCOMPARE(answer.openNow, allowedAt(w, now, tz));
            QVERIFY(allowedAt(w, answer.nextOpenUtc, tz));
            for (QDateTime t = now; t < answer.nextOpenUtc; t = t.addSecs(300))
                QVERIFY2(!allowedAt(w, t, tz), qPrintable(t.toString(Qt::ISODate)));
        }
    }

    void dayClosures()
    {
        const PolicyConfig config = PolicyConfig::defaults();
        const SendingWindow fr = config.sendingWindow(
            MessagePurpose::Marketing, Jurisdiction::fromCode(QStringLiteral("FR")));
        QCOMPARE(fr.on(QDate(2025, 5, 29)).closure, Closure::PublicHoliday);
        QCOMPARE(fr.on(QDate(2025, 5, 30)).window, DailyWindow::fromHours(9, 0, 19, 0));
        QCOMPARE(fr.on(QDate(2025, 6, 1)).closure, Closure::BusinessClosed); // a Sunday
        const SendingWindow ct = config.sendingWindow(
            MessagePurpose::Service, Jurisdiction::fromCode(QStringLiteral("US-CT")));
        QCOMPARE(ct.on(QDate(2026, 1, 11)).window, DailyWindow::fromHours(9, 0, 20, 0));
        // US federal holidays are not banned by default (only if a rule says so).
        QVERIFY(ct.on(QDate(2025, 12, 25)).window.has_value());
    }
};

RAPPORT_TEST_MAIN(TestSendingWindow)
#include "tst_sendingwindow.moc"
