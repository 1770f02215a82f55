// `rapportctl modem` end to end: the real executable against the simulated modem served on a real
// pseudo-terminal by `rapportctl modem simulate`, for every vendor profile.
#include "RapportTest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

const QString kRapportctl = QStringLiteral(RAPPORTCTL_PATH);

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome run(const QStringList &arguments, int timeoutMs = 60000, const QByteArray &input = {})
{
    QProcess process;
    process.start(kRapportctl, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, QString::fromUtf8(process.readAllStandardOutput()),
            QStringLiteral("timed out: ") + QString::fromUtf8(process.readAllStandardError())};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

// Reads a process's output until it contains `text` (or the time is up).
bool waitForOutput(QProcess &process, QString &collected, const QString &text, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!collected.contains(text) && timer.elapsed() < timeoutMs) {
        process.waitForReadyRead(200);
        collected += QString::fromUtf8(process.readAllStandardOutput());
    }
    return collected.contains(text);
}

class Simulator
{
public:
    bool start(const QString &link, const QString &vendor)
    {
        m_process.start(kRapportctl,
            {QStringLiteral("modem"), QStringLiteral("simulate"), QStringLiteral("--link"), link,
                QStringLiteral("--vendor"), vendor, QStringLiteral("--report-delay-ms"),
                QStringLiteral("100")});
        return m_process.waitForStarted()
            && waitForOutput(m_process, m_out, QStringLiteral("Ctrl+C"), 10000);
    }
    void command(const QString &line)
    {
        m_process.write(line.toUtf8() + '\n');
        m_process.waitForBytesWritten(5000);
    }
    bool waitFor(const QString &text, int timeoutMs = 10000)
    {
        return waitForOutput(m_process, m_out, text, timeoutMs);
    }
    const QString &output() const { return m_out; }
    ~Simulator()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }

private:
    QProcess m_process;
    QString m_out;
};

} // namespace

class TestRapportctlModem final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyVendor_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("profile");
        QTest::newRow("generic") << QStringLiteral("generic") << QStringLiteral("Generic");
        QTest::newRow("huawei") << QStringLiteral("huawei") << QStringLiteral("Huawei");
        QTest::newRow("zte") << QStringLiteral("zte") << QStringLiteral("ZTE");
        QTest::newRow("simcom") << QStringLiteral("simcom") << QStringLiteral("SIMCom");
        QTest::newRow("quectel") << QStringLiteral("quectel") << QStringLiteral("Quectel");
        QTest::newRow("sierra") << QStringLiteral("sierra") << QStringLiteral("Sierra");
    }
    void everyVendor()
    {
        QFETCH(QString, vendor);
        QFETCH(QString, profile);
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("modem"));
        Simulator simulator;
        QVERIFY(simulator.start(link, vendor));

        const Outcome info = run(
            {QStringLiteral("modem"), QStringLiteral("info"), link, QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("profile")).toString(), profile);
        QVERIFY(object.value(QStringLiteral("registered")).toBool());
        QCOMPARE(object.value(QStringLiteral("imei")).toString().size(), 15);

        const Outcome send = run(
            {QStringLiteral("modem"), QStringLiteral("send"), link, QStringLiteral("+447700900123"),
                QStringLiteral("Your appointment is tomorrow at 10:00. Reply C "
                               "to confirm — see you then! 😊"),
                QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("30")});
        QVERIFY2(send.exitCode == 0, qPrintable(send.out + send.err));
        QVERIFY2(send.out.contains(QStringLiteral("sent (2 part(s)")), qPrintable(send.out));
        QCOMPARE(send.out.count(QStringLiteral(": delivered")), 2);

        QFile batch(dir.filePath(QStringLiteral("batch.tsv")));
        QVERIFY(batch.open(QIODevice::WriteOnly));
        batch.write("# number<TAB>text\n+447700900001\tFirst\n\n07700900002\tSecond\n"
                    "+447700900003\tThird\n");
        batch.close();
        const Outcome batchRun = run({QStringLiteral("modem"), QStringLiteral("send"), link,
            QStringLiteral("--batch"), batch.fileName()});
        QVERIFY2(batchRun.exitCode == 0, qPrintable(batchRun.out + batchRun.err));
        QVERIFY2(batchRun.out.startsWith(QStringLiteral("3 of 3 sent, 0 failed")),
            qPrintable(batchRun.out));

        QProcess listen;
        listen.start(kRapportctl,
            {QStringLiteral("modem"), QStringLiteral("listen"), link, QStringLiteral("--json"),
                QStringLiteral("--delete")});
        QVERIFY(listen.waitForStarted());
        QString errors;
        QElapsedTimer started;
        started.start();
        while (!errors.contains(QStringLiteral("Listening")) && started.elapsed() < 30000) {
            listen.waitForReadyRead(200);
            errors += QString::fromUtf8(listen.readAllStandardError());
        }
        QVERIFY2(errors.contains(QStringLiteral("Listening")), qPrintable(errors));
        const QString longReply
            = QStringLiteral("Yes please, and could you also check the brakes while the car is in? "
                             "They squeak a little when it is cold in the morning, and the left "
                             "indicator blinks too fast. Thanks, Ana");
        simulator.command(QStringLiteral("inject +447700900999 ") + longReply);
        QString heard;
        QVERIFY2(
            waitForOutput(listen, heard, QStringLiteral("Thanks, Ana"), 30000), qPrintable(heard));
        const QJsonObject message
            = QJsonDocument::fromJson(heard.trimmed().section(u'\n', -1).toUtf8()).object();
        QCOMPARE(message.value(QStringLiteral("text")).toString(), longReply);
        QCOMPARE(message.value(QStringLiteral("from")).toString(), QStringLiteral("+447700900999"));
        QCOMPARE(message.value(QStringLiteral("parts")).toInt(), 2);
        QVERIFY(message.value(QStringLiteral("complete")).toBool());
        listen.terminate();
        QVERIFY(listen.waitForFinished(10000));
        QCOMPARE(listen.exitCode(), 0);
    }

    void echoComesAfterWhatWasWrittenBefore()
    {
        QTemporaryDir dir;
        Simulator simulator;
        QVERIFY(simulator.start(dir.filePath(QStringLiteral("modem")), QStringLiteral("generic")));
        simulator.command(QStringLiteral("inject +447700900321 Hello there"));
        simulator.command(QStringLiteral("echo checkpoint 7"));
        QVERIFY2(
            simulator.waitFor(QStringLiteral("checkpoint 7\n")), qPrintable(simulator.output()));
        const qsizetype injected
            = simulator.output().indexOf(QStringLiteral("Injected 1 part(s) from +447700900321"));
        QVERIFY2(injected >= 0, qPrintable(simulator.output()));
        QVERIFY(injected < simulator.output().indexOf(QStringLiteral("checkpoint 7")));
    }

    void encodeThenDecode()
    {
        const Outcome encoded = run(
            {QStringLiteral("modem"), QStringLiteral("encode"), QStringLiteral("+447700900123"),
                QStringLiteral("Price: 10€ {special}"), QStringLiteral("--json")});
        QCOMPARE(encoded.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(encoded.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("encoding")).toString(), QStringLiteral("gsm7"));
        QCOMPARE(object.value(QStringLiteral("total_units")).toInt(), 23); // € { } cost two
        const QString pdu = object.value(QStringLiteral("pdus"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("pdu"))
                                .toString();
        const Outcome decoded = run(
            {QStringLiteral("modem"), QStringLiteral("decode"), pdu, QStringLiteral("--json")});
        QCOMPARE(decoded.exitCode, 0);
        const QJsonObject fields = QJsonDocument::fromJson(decoded.out.toUtf8()).object();
        QCOMPARE(fields.value(QStringLiteral("type")).toString(), QStringLiteral("SMS-SUBMIT"));
        QCOMPARE(fields.value(QStringLiteral("user_data"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
            QStringLiteral("Price: 10€ {special}"));
        QCOMPARE(fields.value(QStringLiteral("destination"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
            QStringLiteral("+447700900123"));
    }

    // `decode -`: one PDU per input line, one compact JSON line per PDU, a bad line reported in
    // place (with its line number) while the others still decode, and the exit status says so.
    void decodeReadsOnePduPerLineFromStandardInput()
    {
        QByteArray input;
        for (const QString &text : {QStringLiteral("first"), QStringLiteral("second")}) {
            const Outcome encoded = run({QStringLiteral("modem"), QStringLiteral("encode"),
                QStringLiteral("+447700900123"), text, QStringLiteral("--json")});
            QCOMPARE(encoded.exitCode, 0);
            input += QJsonDocument::fromJson(encoded.out.toUtf8())
                         .object()
                         .value(QStringLiteral("pdus"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("pdu"))
                         .toString()
                         .toLatin1();
            input += "\n\n";
        }
        input += "07911326040000F0040B9113466100\n";
        const Outcome decoded = run({QStringLiteral("modem"), QStringLiteral("decode"),
                                        QStringLiteral("-"), QStringLiteral("--json")},
            60000, input);
        QCOMPARE(decoded.exitCode, 1);
        const QStringList lines = decoded.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const auto textOf = [](const QString &line) {
            return QJsonDocument::fromJson(line.toUtf8())
                .object()
                .value(QStringLiteral("user_data"))
                .toObject()
                .value(QStringLiteral("text"))
                .toString();
        };
        QCOMPARE(textOf(lines.at(0)), QStringLiteral("first"));
        QCOMPARE(textOf(lines.at(1)), QStringLiteral("second"));
        const QJsonObject bad = QJsonDocument::fromJson(lines.at(2).toUtf8()).object();
        QCOMPARE(bad.value(QStringLiteral("line")).toInt(), 5);
        QVERIFY(!bad.value(QStringLiteral("error")).toString().isEmpty());
    }

    void textThatLooksLikeAnOptionGoesAfterDoubleDash()
    {
        const Outcome literal = run(
            {QStringLiteral("modem"), QStringLiteral("encode"), QStringLiteral("+447700900123"),
                QStringLiteral("--json"), QStringLiteral("--"), QStringLiteral("--flash")});
        QCOMPARE(literal.exitCode, 0);
        const QString pdu = QJsonDocument::fromJson(literal.out.toUtf8())
                                .object()
                                .value(QStringLiteral("pdus"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("pdu"))
                                .toString();
        const Outcome decoded = run(
            {QStringLiteral("modem"), QStringLiteral("decode"), pdu, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(decoded.out.toUtf8())
                     .object()
                     .value(QStringLiteral("user_data"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
            QStringLiteral("--flash"));
        const Outcome unknown = run({QStringLiteral("modem"), QStringLiteral("encode"),
            QStringLiteral("+447700900123"), QStringLiteral("--flahs"), QStringLiteral("hi")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown option '--flahs'")));
    }

    void ucs2CulpritsAreNamed()
    {
        const Outcome encoded = run({QStringLiteral("modem"), QStringLiteral("encode"),
            QStringLiteral("+447700900123"), QStringLiteral("It’s ready")});
        QCOMPARE(encoded.exitCode, 0);
        QVERIFY(encoded.out.contains(QStringLiteral("UCS-2 because of: ’")));
    }

    void badInputGetsAClearMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing port")
            << QStringList {QStringLiteral("modem"), QStringLiteral("info")} << 2
            << QStringLiteral("give the PORT");
        QTest::newRow("no such port")
            << QStringList {QStringLiteral("modem"), QStringLiteral("info"),
                   QStringLiteral("/dev/rapport-none")}
            << 3 << QStringLiteral("There is no modem at /dev/rapport-none.");
        QTest::newRow("not a port") << QStringList {QStringLiteral("modem"), QStringLiteral("info"),
            QStringLiteral("/etc/hostname")}
                                    << 3 << QStringLiteral("is not a serial port");
        QTest::newRow("bad hex") << QStringList {QStringLiteral("modem"), QStringLiteral("decode"),
            QStringLiteral("07911326XY")}
                                 << 1 << QStringLiteral("This is not a valid PDU");
        QTest::newRow("truncated pdu") << QStringList {QStringLiteral("modem"),
            QStringLiteral("decode"), QStringLiteral("07911326040000F0040B9113466100")}
                                       << 1 << QStringLiteral("This is not a valid PDU");
        QTest::newRow("unknown subcommand") << QStringList {QStringLiteral("modem"),
            QStringLiteral("frob")} << 2 << QStringLiteral("unknown subcommand");
        QTest::newRow("unknown vendor") << QStringList {QStringLiteral("modem"),
            QStringLiteral("simulate"), QStringLiteral("--link"), QStringLiteral("/tmp/x"),
            QStringLiteral("--vendor"), QStringLiteral("nokia")}
                                        << 2 << QStringLiteral("unknown vendor 'nokia'");
        QTest::newRow("batch without tab")
            << QStringList {QStringLiteral("modem"), QStringLiteral("send"),
                   QStringLiteral("/dev/null"), QStringLiteral("--batch"),
                   QStringLiteral(RAPPORT_TEST_DATA "/batch-without-tab.tsv")}
            << 1 << QStringLiteral("batch-without-tab.tsv:2: expected NUMBER<TAB>TEXT");
    }
    void badInputGetsAClearMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Outcome outcome = run(arguments);
        QCOMPARE(outcome.exitCode, exitCode);
        QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    }

    void sendToAVanishedModemSaysSo()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("modem"));
        auto simulator = std::make_unique<Simulator>();
        QVERIFY(simulator->start(link, QStringLiteral("generic")));
        QProcess listen;
        listen.start(kRapportctl, {QStringLiteral("modem"), QStringLiteral("listen"), link});
        QString errors;
        QElapsedTimer started;
        started.start();
        while (!errors.contains(QStringLiteral("Listening")) && started.elapsed() < 30000) {
            listen.waitForReadyRead(200);
            errors += QString::fromUtf8(listen.readAllStandardError());
        }
        QVERIFY(errors.contains(QStringLiteral("Listening")));
        simulator->command(QStringLiteral("disappear"));
        QVERIFY(listen.waitForFinished(15000));
        errors += QString::fromUtf8(listen.readAllStandardError());
        QCOMPARE(listen.exitCode(), 3);
        QVERIFY2(errors.contains(QStringLiteral("disappeared")), qPrintable(errors));
    }
};

RAPPORT_TEST_MAIN(TestRapportctlModem)
#include "tst_rapportctl_modem.moc"
