// Crash safety with the real executable (issue: "kill -9 rapportctl serve at random moments"):
// 500 texts go out (a fifth of them in two parts) and 300 arrive (a third of them long, so in
// several parts) through `rapportctl modem simulate` on a pseudo-terminal, while `rapportctl
// serve` is killed with SIGKILL at random moments and started again. Afterwards every outgoing
// text has gone out (none lost), each at most once more per kill, and every incoming text is in
// its thread exactly once. The simulator outlives every kill, as a USB modem would, and logs
// every part its network accepts (--log-submissions), which is how sends are counted.
#include "RapportTest.h"

#include "app/audit/AuditLog.h"
#include "app/messaging/MessagingService.h"
#include "app/outbox/Outbox.h"
#include "app/settings/SettingsStore.h"
#include "app/storage/Database.h"
#include "modem/Clock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rapport;
using namespace rapport::app;

namespace {

constexpr int kOutgoing = 500;
constexpr int kIncoming = 300;

const QString kRapportctl = QStringLiteral(RAPPORTCTL_PATH);

QString outgoingText(int i)
{
    const QString text = QStringLiteral("Outgoing %1: your order is ready to collect.")
                             .arg(i, 3, 10, QLatin1Char('0'));
    // Every fifth text is long enough for two parts.
    return i % 5 == 0 ? text
            + QStringLiteral(" We keep it for you until the end of the month; "
                             "bring the receipt or your card and we will have "
                             "it ready at the counter. Thank you!")
                      : text;
}

QString incomingText(int i)
{
    const QString text = QStringLiteral("Incoming %1 thanks").arg(i, 3, 10, QLatin1Char('0'));
    return i % 3 == 0 ? text
            + QStringLiteral(" - and a longer question about the opening hours "
                             "over the holidays, whether the shop is open on "
                             "Sunday, and if I can bring my old glasses in for "
                             "a repair while I wait for the new ones.")
                      : text;
}

// RAPPORT_CRASH_SECONDS shortens or lengthens the run (default 240 s).
int crashTestSeconds()
{
    const int seconds = qEnvironmentVariableIntValue("RAPPORT_CRASH_SECONDS");
    return seconds > 0 ? seconds : 240;
}

QString number(int i)
{
    return QStringLiteral("+4474001234%1").arg(i % 100, 2, 10, QLatin1Char('0'));
}

// Reads a process's output as it comes, line by line.
class LineReader
{
public:
    void feed(const QByteArray &bytes)
    {
        m_buffer += bytes;
        qsizetype newline = 0;
        while ((newline = m_buffer.indexOf('\n')) >= 0) {
            m_lines.append(QString::fromUtf8(m_buffer.left(newline)));
            m_buffer.remove(0, newline + 1);
        }
    }
    QStringList m_lines;

private:
    QByteArray m_buffer;
};

} // namespace

class TestCrashServe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingLostWhenKilled()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString database = dir.filePath(QStringLiteral("shop.db"));
        const QString link = dir.filePath(QStringLiteral("modem"));
        prepareDatabase(database);

        // The reader outlives the process: a process destroyed while running may still deliver
        // output on the way out.
        LineReader simulated;
        QProcess simulator;
        connect(&simulator, &QProcess::readyReadStandardOutput, &simulator,
            [&] { simulated.feed(simulator.readAllStandardOutput()); });
        simulator.start(kRapportctl,
            {QStringLiteral("modem"), QStringLiteral("simulate"), QStringLiteral("--link"), link,
                QStringLiteral("--delay-ms"), QStringLiteral("20"),
                QStringLiteral("--report-delay-ms"), QStringLiteral("50"),
                QStringLiteral("--log-submissions")});
        QVERIFY(simulator.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(link), 10000);

        auto *random = QRandomGenerator::global();
        const quint32 seed = random->generate();
        QRandomGenerator chance(seed);
        qInfo("seed %u", seed);

        int kills = 0;
        int injected = 0;
        QElapsedTimer total;
        total.start();
        while (total.elapsed() < crashTestSeconds() * 1000) {
            QProcess serve;
            serve.setProcessChannelMode(QProcess::MergedChannels);
            serve.start(kRapportctl,
                {QStringLiteral("serve"), QStringLiteral("--database"), database,
                    QStringLiteral("--modem"), link, QStringLiteral("--min-gap-ms"),
                    QStringLiteral("0"),
                    // 600 parts: more than a SIM's default day
                    QStringLiteral("--daily-cap"), QStringLiteral("5000")});
            QVERIFY(serve.waitForStarted());
            // Runs for 0.2–1.5 s, taking in texts meanwhile, then dies without warning.
            const int runFor = 200 + int(chance.bounded(1300));
            QElapsedTimer run;
            run.start();
            while (run.elapsed() < runFor) {
                if (injected < kIncoming && chance.bounded(4) == 0) {
                    simulator.write(QStringLiteral("inject %1 %2\n")
                                        .arg(number(injected + 50), incomingText(injected))
                                        .toUtf8());
                    ++injected;
                }
                QTest::qWait(10);
            }
            const bool done = injected == kIncoming && allSettled(database);
            if (done) {
                serve.terminate();
                QVERIFY(serve.waitForFinished(10000));
                break;
            }
            serve.kill();
            QVERIFY(serve.waitForFinished(10000));
            ++kills;
        }
        if (!allSettled(database)) {
            qWarning("after %d kills, %d injected: outgoing not sent %d, incoming stored %d, "
                     "parts waiting %d, unrouted %d",
                kills, injected,
                scalar(database,
                    QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'out' AND "
                                   "state NOT IN ('sent', 'delivered')"))
                    .toInt(),
                scalar(database,
                    QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'in'"))
                    .toInt(),
                scalar(database, QStringLiteral("SELECT count(*) FROM inbound_parts")).toInt(),
                scalar(database,
                    QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'in' AND "
                                   "routed_at IS NULL"))
                    .toInt());
            const QVariant states = scalar(database,
                QStringLiteral(
                    "SELECT group_concat(state || ' ' || n || ': ' || reason, '; ') FROM "
                    "(SELECT state, count(*) AS n, max(coalesce(state_reason, '')) AS "
                    "reason FROM messages WHERE direction = 'out' GROUP BY state)"));
            qWarning("outgoing by state: %s", qPrintable(states.toString()));
            dir.setAutoRemove(false);
            qWarning("database kept in %s", qPrintable(dir.path()));
            QFAIL("not everything was sent and received in time");
        }

        // The last submissions may still be in the pipe: the simulator logs a part before it
        // answers the host, but this process may not have read that line yet. Whatever it wrote
        // before the echo has been read once the echo is.
        simulator.write("echo all-submissions-read\n");
        QTRY_VERIFY_WITH_TIMEOUT(
            simulated.m_lines.contains(QStringLiteral("all-submissions-read")), 10000);

        // Outgoing: none lost, at most one duplicate per kill.
        QHash<QString, int> firstParts;
        for (const QString &line : std::as_const(simulated.m_lines)) {
            const QStringList fields = line.split(u'\t');
            if (fields.size() == 5 && fields.at(0) == QLatin1String("submitted")
                && fields.at(3).startsWith(QLatin1String("1/")))
                ++firstParts[fields.at(4).left(12)];
        }
        int duplicates = 0;
        for (int i = 0; i < kOutgoing; ++i) {
            const int sent = firstParts.value(outgoingText(i).left(12));
            QVERIFY2(sent >= 1, qPrintable(QStringLiteral("text %1 never went out").arg(i)));
            duplicates += sent - 1;
        }
        const QVariant unsent = scalar(database,
            QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'out' AND state NOT "
                           "IN ('sent', 'delivered')"));
        QCOMPARE(unsent.toInt(), 0);

        // Incoming: each exactly once, whole.
        int incomingStored = 0;
        for (int i = 0; i < kIncoming; ++i) {
            const int copies = scalar(database,
                QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'in' AND body = ?"),
                {incomingText(i)})
                                   .toInt();
            QVERIFY2(copies == 1,
                qPrintable(QStringLiteral("incoming %1 stored %2 times").arg(i).arg(copies)));
            ++incomingStored;
        }
        qInfo("crash test: %d kills; outgoing %d texts, all sent, %d duplicate(s) (limit %d); "
              "incoming %d texts (%d long), each stored once; %.1f s",
            kills, kOutgoing, duplicates, kills, incomingStored, kIncoming / 3,
            total.elapsed() / 1000.0);
        QVERIFY2(duplicates <= kills,
            qPrintable(QStringLiteral("%1 duplicates for %2 kills").arg(duplicates).arg(kills)));
        simulator.closeWriteChannel();
        simulator.terminate();
        simulator.waitForFinished(5000);
    }

private:
    static void prepareDatabase(const QString &path)
    {
        auto db = Database::open(path, QStringLiteral("crash-setup"));
        QVERIFY(db);
        AuditLog audit(**db);
        SettingsStore settings(**db);
        QVERIFY(settings.setValue(Actor::commandLine(), audit, BusinessProfile::NameKey,
            QStringLiteral("Harbour Optics")));
        QVERIFY(settings.setValue(
            Actor::commandLine(), audit, BusinessProfile::RegionKey, QStringLiteral("GB")));
        QVERIFY(settings.setValue(Actor::commandLine(), audit, BusinessProfile::ZoneKey,
            QStringLiteral("Europe/London")));
        MessagingService messaging(**db, Clock::system());
        for (int i = 0; i < kOutgoing; ++i) {
            OutgoingRequest request;
            request.phoneE164 = number(i);
            request.body = outgoingText(i);
            request.purpose = MessagePurpose::Reply;
            request.origin = MessageOrigin::Manual;
            request.actor = Actor::commandLine();
            const auto queued = messaging.outbox().enqueue(request);
            QVERIFY2(queued, queued ? "" : qPrintable(queued.error()));
            QCOMPARE(queued->state, MessageState::Queued);
        }
    }

    static bool allSettled(const QString &database)
    {
        return scalar(database,
                   QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'out' AND "
                                  "state NOT IN ('sent', 'delivered')"))
                   .toInt()
            == 0
            && scalar(database,
                   QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'in' AND body "
                                  "LIKE 'Incoming %'"))
                   .toInt()
            >= kIncoming;
    }

    static QVariant scalar(
        const QString &database, const QString &sql, const QVariantList &values = {})
    {
        static int opened = 0;
        const QString name = QStringLiteral("crash-read-%1").arg(++opened);
        QVariant result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(database);
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(sql);
                for (const QVariant &value : values)
                    query.addBindValue(value);
                if (query.exec() && query.next())
                    result = query.value(0);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }
};

RAPPORT_TEST_MAIN(TestCrashServe)
#include "tst_crash_serve.moc"
