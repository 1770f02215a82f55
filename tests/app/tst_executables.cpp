// rapportctl and rapport as a user or a script runs them: exit codes and messages.
#include "RapportTest.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runProgram(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    Outcome outcome;
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

const QString kRapportctl = QStringLiteral(RAPPORTCTL_PATH);

} // namespace

class TestExecutables final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rapportctlVersion()
    {
        const Outcome result = runProgram(kRapportctl, {QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^rapportctl \\d+\\.\\d+\\.\\d+\\n$"))
                     .match(result.out)
                     .hasMatch(),
            qPrintable(result.out));
        QCOMPARE(result.err, QString());
    }

    void rapportctlHelpListsCommands()
    {
        const Outcome result = runProgram(kRapportctl, {QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("Usage: rapportctl")));
        for (const auto *command : {"version", "paths [--json]", "help [COMMAND]"})
            QVERIFY2(result.out.contains(QLatin1String(command)), command);
    }

    void rapportctlUsageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << QStringLiteral("no command given");
        QTest::newRow("unknown command")
            << QStringList {QStringLiteral("sned")} << QStringLiteral("unknown command 'sned'");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--bogus")} << QStringLiteral("unknown option");
    }
    void rapportctlUsageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome result = runProgram(kRapportctl, arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("--help")));
    }

    void rapportctlPathsUsesTheIsolatedHome()
    {
        const Outcome result = runProgram(kRapportctl, {QStringLiteral("paths")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QDir::homePath() + QStringLiteral("/.local/share/Rapport")));
    }

#ifdef RAPPORT_PATH
    void rapportHelpAndVersionNeedNoDisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const auto *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QLatin1String(name));
        const QString rapport = QStringLiteral(RAPPORT_PATH);

        const Outcome help = runProgram(rapport, {QStringLiteral("--help")}, environment);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--reset-window")));
        QVERIFY(help.out.contains(QStringLiteral("rapportctl")));

        const Outcome version = runProgram(rapport, {QStringLiteral("--version")}, environment);
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("rapport ")));
    }

    void rapportWithoutDisplaySaysHowToRunIt()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const auto *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QLatin1String(name));
        const Outcome result = runProgram(QStringLiteral(RAPPORT_PATH), {}, environment);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(
            result.err.contains(QStringLiteral("xvfb-run -a rapport")), qPrintable(result.err));
    }

    void rapportRejectsUnknownOptions()
    {
        const Outcome result
            = runProgram(QStringLiteral(RAPPORT_PATH), {QStringLiteral("--bogus")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("bogus")), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("rapport --help")));
    }
#endif
};

RAPPORT_TEST_MAIN(TestExecutables)
#include "tst_executables.moc"
