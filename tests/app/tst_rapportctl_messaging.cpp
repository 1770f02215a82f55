// rapportctl send / outbox / serve / threads end to end on a copy of a generated demo shop:
// decisions and their sentences, exit codes, the outbox's states, the built-in demo modem
// sending what was queued, and the conversation it leaves.
#include "RapportTest.h"
#include "RapportctlFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rapport::test;

class TestRapportctlMessaging final : public QObject, private RapportctlFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Outcome demo = generateDemo();
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void sendPrintsTheDecision()
    {
        const QString shop = demoCopy(QStringLiteral("send.db"));
        const Outcome queued = run({QStringLiteral("send"), QStringLiteral("07400 123 999"),
            QStringLiteral("Your frames are ready"), QStringLiteral("--database"), shop});
        QVERIFY2(queued.exitCode == 0, qPrintable(queued.err));
        QVERIFY2(
            queued.out.startsWith(QStringLiteral("Queued as message ")), qPrintable(queued.out));
        QCOMPARE(scalar(shop,
                     QStringLiteral("SELECT count(*) FROM messages m JOIN threads t ON t.id = "
                                    "m.thread_id WHERE t.phone_e164 = '+447400123999' AND "
                                    "m.state = 'queued' AND m.origin = 'manual'"))
                     .toInt(),
            1);

        // Marketing to a number that never opted in is refused, stored with its reason.
        const Outcome refused = run({QStringLiteral("send"), QStringLiteral("+447400123998"),
            QStringLiteral("20% off"), QStringLiteral("--purpose"), QStringLiteral("marketing"),
            QStringLiteral("--database"), shop});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(QStringLiteral("opt-in")), qPrintable(refused.out));
        QCOMPARE(scalar(shop, QStringLiteral("SELECT state FROM messages WHERE body = '20% off'"))
                     .toString(),
            QStringLiteral("failed"));
    }

    void sendRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no text") << QStringList {QStringLiteral("+447400123999")}
                                 << QStringLiteral("give a NUMBER and a TEXT");
        QTest::newRow("bad purpose") << QStringList {QStringLiteral("+447400123999"),
            QStringLiteral("hi"), QStringLiteral("--purpose"), QStringLiteral("promo")}
                                     << QStringLiteral("--purpose is reply, service or marketing");
        QTest::newRow("not a number")
            << QStringList {QStringLiteral("12"), QStringLiteral("hi")} << QStringLiteral("12: ");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("+447400123999"),
            QStringLiteral("hi"), QStringLiteral("--flash")}
                                        << QStringLiteral("unknown option '--flash'");
    }
    void sendRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString shop = demoCopy(QStringLiteral("bad-send-%1.db")
                                          .arg(QString::fromLatin1(QTest::currentDataTag()))
                                          .replace(u' ', u'-'));
        const qint64 before
            = scalar(shop, QStringLiteral("SELECT count(*) FROM messages")).toLongLong();
        const Outcome outcome = run(QStringList {QStringLiteral("send")} + arguments
            + QStringList {QStringLiteral("--database"), shop});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
        QCOMPARE(
            scalar(shop, QStringLiteral("SELECT count(*) FROM messages")).toLongLong(), before);
    }

    void outboxListsCancelsAndRetries()
    {
        const QString shop = demoCopy(QStringLiteral("outbox.db"));
        QCOMPARE(run({QStringLiteral("send"), QStringLiteral("+447400123997"),
                         QStringLiteral("Collect any time"), QStringLiteral("--database"), shop})
                     .exitCode,
            0);
        const qint64 id = scalar(
            shop, QStringLiteral("SELECT id FROM messages WHERE body = 'Collect any time'"))
                              .toLongLong();
        const Outcome listed = run({QStringLiteral("outbox"), QStringLiteral("list"),
            QStringLiteral("--state"), QStringLiteral("queued"), QStringLiteral("--json"),
            QStringLiteral("--database"), shop});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &row : rows)
            QCOMPARE(
                row.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("id")).toInteger(), id);

        const Outcome cancelled = run({QStringLiteral("outbox"), QStringLiteral("cancel"),
            QString::number(id), QStringLiteral("--database"), shop});
        QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
        QCOMPARE(cancelled.out, QStringLiteral("Message %1 is now cancelled.\n").arg(id));
        const Outcome again = run({QStringLiteral("outbox"), QStringLiteral("cancel"),
            QString::number(id), QStringLiteral("--database"), shop});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(!again.err.isEmpty());
        const Outcome badState = run({QStringLiteral("outbox"), QStringLiteral("list"),
            QStringLiteral("--state"), QStringLiteral("lost"), QStringLiteral("--database"), shop});
        QCOMPARE(badState.exitCode, 2);
        QVERIFY(badState.err.contains(QStringLiteral("--state is queued, held")));
    }

    void serveSendsThroughTheDemoModem()
    {
        const QString shop = demoCopy(QStringLiteral("serve.db"));
        const QString number = QStringLiteral("+447400123996");
        QCOMPARE(run({QStringLiteral("send"), number,
                         QStringLiteral("Your varifocals are ready, see you soon"),
                         QStringLiteral("--database"), shop})
                     .exitCode,
            0);
        const Outcome usage = run({QStringLiteral("serve"), QStringLiteral("--database"), shop});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains(QStringLiteral("--demo")));

        const Outcome served = run({QStringLiteral("serve"), QStringLiteral("--demo"),
            QStringLiteral("--until-idle"), QStringLiteral("--min-gap-ms"), QStringLiteral("0"),
            QStringLiteral("--database"), shop});
        QVERIFY2(served.exitCode == 0, qPrintable(served.err));
        QVERIFY2(served.out.contains(QStringLiteral("sent #")), qPrintable(served.out));
        QVERIFY(served.out.contains(QStringLiteral("Stopped.")));
        QCOMPARE(scalar(shop,
                     QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'out' AND "
                                    "state IN ('queued', 'sending')"))
                     .toInt(),
            0);
        // The SIM it left through: the demo modem's IMEI.
        QVERIFY(!scalar(shop,
            QStringLiteral("SELECT modem_id FROM messages WHERE body LIKE 'Your varifocals%'"))
                     .toString()
                     .isEmpty());

        const Outcome shown = run({QStringLiteral("threads"), QStringLiteral("show"), number,
            QStringLiteral("--database"), shop});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains(QStringLiteral(">  Your varifocals are ready")),
            qPrintable(shown.out));
        const Outcome found = run({QStringLiteral("threads"), QStringLiteral("search"),
            QStringLiteral("varifoc"), QStringLiteral("--database"), shop});
        QVERIFY2(found.out.contains(QStringLiteral("[varifocals]")), qPrintable(found.out));
        const Outcome listed = run({QStringLiteral("threads"), QStringLiteral("list"),
            QStringLiteral("--json"), QStringLiteral("--search"), QStringLiteral("07400 123996"),
            QStringLiteral("--database"), shop});
        const QJsonArray threads = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QVERIFY(!threads.isEmpty());
        QCOMPARE(threads.first().toObject().value(QStringLiteral("number")).toString(), number);
        const Outcome unknown = run({QStringLiteral("threads"), QStringLiteral("show"),
            QStringLiteral("+447400123111"), QStringLiteral("--database"), shop});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("no conversation")));
    }
};

RAPPORT_TEST_MAIN(TestRapportctlMessaging)
#include "tst_rapportctl_messaging.moc"
