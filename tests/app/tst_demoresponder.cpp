// The demo's simulated customers: what they answer to which text, once per long message, after
// a delay on the clock, never to confirmations, and at most a few times an hour per number.
#include "RapportTest.h"

#include "ManualClock.h"
#include "app/demo/DemoResponder.h"
#include "modem/SimulatedSubmission.h"

using namespace rapport;
using namespace rapport::app;
using namespace std::chrono_literals;

namespace {

modem::SimulatedSubmission part(
    const QString &to, const QString &text, quint8 sequence = 0, quint8 total = 0)
{
    modem::SimulatedSubmission submission;
    submission.destination = to;
    submission.text = text;
    if (total > 0)
        submission.concatenation
            = modem::Concatenation {{modem::ReferenceWidth::EightBit, 7}, total, sequence};
    return submission;
}

} // namespace

class TestDemoResponder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("possible");
        QTest::newRow("reminder") << QStringLiteral("Eye test Tue 10:00. Reply C to confirm, R to "
                                                    "reschedule")
                                  << QStringList {QStringLiteral("C"), QStringLiteral("R")};
        QTest::newRow("survey") << QStringLiteral("How did we do? Reply 1-10")
                                << QStringList {QStringLiteral("3"), QStringLiteral("6"),
                                       QStringLiteral("7"), QStringLiteral("8"),
                                       QStringLiteral("9"), QStringLiteral("10")};
        QTest::newRow("opt-out confirmation") << QStringLiteral(
            "You have opted out and will not receive more texts. Reply START "
            "to opt back in.") << QStringList {QString()};
        QTest::newRow("help answer")
            << QStringLiteral("Harbour Optics: call 01632 960000. Msg&data rates may apply.")
            << QStringList {QString()};
    }
    void answers()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, possible);
        for (int i = 0; i < 20; ++i) {
            const QString number = QStringLiteral("+4474001234%1").arg(i, 2, 10, QLatin1Char('0'));
            const QString answer = DemoResponder::answerFor(number, text);
            QVERIFY2(possible.contains(answer), qPrintable(answer));
            QCOMPARE(DemoResponder::answerFor(number, text), answer); // the same every run
        }
    }

    void someCustomersStopMarketing()
    {
        int stops = 0;
        for (int i = 0; i < 60; ++i) {
            const QString number = QStringLiteral("+4474001234%1").arg(i, 2, 10, QLatin1Char('0'));
            stops += DemoResponder::answerFor(number,
                         QStringLiteral("Harbour Optics: 20% off frames. Reply STOP to opt out"))
                == QLatin1String("STOP");
        }
        QVERIFY2(stops > 3 && stops < 30, qPrintable(QString::number(stops)));
    }

    void answersOnceAfterTheLastPartAndADelay()
    {
        test::ManualClock clock;
        QList<QPair<QString, QString>> injected;
        DemoResponder responder(clock, [&](const QString &from, const QString &text) {
            injected.append({from, text});
        });
        responder.setSettings({5s, 10s, 3});
        const QString to = QStringLiteral("+447400123456");
        responder.onSubmission(part(to, QStringLiteral("Eye test Tuesday at 10:00. Reply "), 1, 2));
        QCOMPARE(responder.scheduledCount(), 0);
        responder.onSubmission(part(to, QStringLiteral("C to confirm"), 2, 2));
        QCOMPARE(responder.scheduledCount(), 1);
        clock.advance(4999ms);
        QVERIFY(injected.isEmpty());
        clock.advance(5001ms);
        QCOMPARE(injected.size(), 1);
        QCOMPARE(injected.first().first, to);
        QVERIFY(injected.first().second == QLatin1String("C")
            || injected.first().second == QLatin1String("R"));
    }

    void aNumberAnswersAFewTimesAnHourAtMost()
    {
        test::ManualClock clock;
        int injected = 0;
        DemoResponder responder(clock, [&](const QString &, const QString &) { ++injected; });
        responder.setSettings({1s, 2s, 2});
        const QString to = QStringLiteral("+447400123456");
        for (int i = 0; i < 5; ++i)
            responder.onSubmission(
                part(to, QStringLiteral("Reminder %1: reply C to confirm").arg(i)));
        clock.advance(3s);
        QCOMPARE(injected, 2);
        clock.advance(1h);
        responder.onSubmission(part(to, QStringLiteral("Reminder: reply C to confirm")));
        clock.advance(3s);
        QCOMPARE(injected, 3);
    }
};

RAPPORT_TEST_MAIN(TestDemoResponder)
#include "tst_demoresponder.moc"
