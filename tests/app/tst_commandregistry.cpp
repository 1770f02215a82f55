// rapportctl's dispatcher: help, version, unknown commands and options, exit codes.
#include "RapportTest.h"
#include "app/AppIdentity.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/GeneralCommands.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace rapport::app;

namespace {

struct Run
{
    ExitCode code;
    QString out;
    QString err;
};

Run run(const CommandRegistry &registry, const QStringList &arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CliContext context {outStream, errStream};
    const ExitCode code = registry.dispatch(arguments, context);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

CommandRegistry makeRegistry(QStringList *received = nullptr)
{
    CommandRegistry registry(QStringLiteral("rapportctl"));
    registerGeneralCommands(registry);
    registry.add({QStringLiteral("echo"), QStringLiteral("echo WORD…"),
        QStringLiteral("Print the words"), QStringLiteral("Details of echo."),
        [received](CliContext &context, const QStringList &arguments) {
            if (received)
                *received = arguments;
            context.out << arguments.join(u' ') << '\n';
            return arguments.isEmpty() ? ExitCode::Usage : ExitCode::Success;
        }});
    return registry;
}

} // namespace

class TestCommandRegistry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { AppIdentity::apply(); }

    void helpListsEveryCommandAndTheExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--help") << QStringList {QStringLiteral("--help")};
        QTest::newRow("-h") << QStringList {QStringLiteral("-h")};
        QTest::newRow("help") << QStringList {QStringLiteral("help")};
    }
    void helpListsEveryCommandAndTheExitCodes()
    {
        QFETCH(QStringList, arguments);
        const CommandRegistry registry = makeRegistry();
        const Run result = run(registry, arguments);
        QCOMPARE(result.code, ExitCode::Success);
        QVERIFY(result.err.isEmpty());
        for (const CliCommand &command : registry.commands())
            QVERIFY2(result.out.contains(command.synopsis), qPrintable(command.name));
        QVERIFY(result.out.contains(QStringLiteral("Exit status:")));
        QVERIFY(result.out.contains(QStringLiteral("2  the command line was wrong")));
    }

    void versionPrintsTheProjectVersion()
    {
        const Run result = run(makeRegistry(), {QStringLiteral("--version")});
        QCOMPARE(result.code, ExitCode::Success);
        QCOMPARE(result.out, QStringLiteral("rapportctl %1\n").arg(AppIdentity::version()));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                    .match(AppIdentity::version())
                    .hasMatch());
    }

    void noCommandIsAUsageError()
    {
        const Run result = run(makeRegistry(), {});
        QCOMPARE(result.code, ExitCode::Usage);
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.err.startsWith(QStringLiteral("rapportctl: no command given.")));
    }

    void unknownCommandSuggestsTheNearestOne()
    {
        const Run result = run(makeRegistry(), {QStringLiteral("pahts")});
        QCOMPARE(result.code, ExitCode::Usage);
        QCOMPARE(result.err,
            QStringLiteral("rapportctl: unknown command 'pahts'. Did you mean 'paths'? "
                           "Run 'rapportctl --help' to see the commands.\n"));
    }

    void unknownCommandFarFromAnyGetsNoSuggestion()
    {
        const Run result = run(makeRegistry(), {QStringLiteral("frobnicate")});
        QCOMPARE(result.code, ExitCode::Usage);
        QVERIFY(!result.err.contains(QStringLiteral("Did you mean")));
        QVERIFY(result.err.contains(QStringLiteral("rapportctl --help")));
    }

    void unknownOptionIsAUsageError()
    {
        const Run result = run(makeRegistry(), {QStringLiteral("--frobnicate")});
        QCOMPARE(result.code, ExitCode::Usage);
        QVERIFY(result.err.contains(QStringLiteral("unknown option '--frobnicate'")));
    }

    void commandReceivesItsArguments()
    {
        QStringList received;
        const CommandRegistry registry = makeRegistry(&received);
        const Run result
            = run(registry, {QStringLiteral("echo"), QStringLiteral("a"), QStringLiteral("b c")});
        QCOMPARE(result.code, ExitCode::Success);
        QCOMPARE(received, (QStringList {QStringLiteral("a"), QStringLiteral("b c")}));
        QCOMPARE(result.out, QStringLiteral("a b c\n"));
    }

    void commandExitCodeIsPassedThrough()
    {
        const Run result = run(makeRegistry(), {QStringLiteral("echo")});
        QCOMPARE(result.code, ExitCode::Usage);
    }

    void commandHelpBothWays_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("help echo") << QStringList {QStringLiteral("help"), QStringLiteral("echo")};
        QTest::newRow("echo --help")
            << QStringList {QStringLiteral("echo"), QStringLiteral("x"), QStringLiteral("--help")};
    }
    void commandHelpBothWays()
    {
        QFETCH(QStringList, arguments);
        QStringList received {QStringLiteral("untouched")};
        const Run result = run(makeRegistry(&received), arguments);
        QCOMPARE(result.code, ExitCode::Success);
        QVERIFY(result.out.startsWith(QStringLiteral("Usage: rapportctl echo WORD…\n")));
        QVERIFY(result.out.contains(QStringLiteral("Details of echo.")));
        QCOMPARE(received, QStringList {QStringLiteral("untouched")});
    }

    void pathsNamesTheDataAndSettingsFolders()
    {
        const Run result = run(makeRegistry(), {QStringLiteral("paths"), QStringLiteral("--json")});
        QCOMPARE(result.code, ExitCode::Success);
        const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
        const QString home = QDir::homePath();
        QVERIFY2(object.value(QStringLiteral("data")).toString().startsWith(home),
            qPrintable(result.out));
        QVERIFY(
            object.value(QStringLiteral("data")).toString().endsWith(QStringLiteral("/Rapport")));
        QCOMPARE(object.value(QStringLiteral("database")).toString(),
            object.value(QStringLiteral("data")).toString() + QStringLiteral("/rapport.db"));
        QCOMPARE(object.value(QStringLiteral("settings")).toString(),
            home + QStringLiteral("/.config/Rapport/Rapport.conf"));
    }

    void pathsRejectsUnknownArguments()
    {
        const Run result = run(makeRegistry(), {QStringLiteral("paths"), QStringLiteral("--xml")});
        QCOMPARE(result.code, ExitCode::Usage);
        QVERIFY(result.err.contains(QStringLiteral("unexpected argument '--xml'")));
        QVERIFY(result.err.contains(QStringLiteral("rapportctl help paths")));
    }
};

RAPPORT_TEST_MAIN(TestCommandRegistry)
#include "tst_commandregistry.moc"
