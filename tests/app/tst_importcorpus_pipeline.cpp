// Every file of the import corpus through the whole pipeline a user's file takes: reader, guessed
// mapping, CustomerImporter into an in-memory book. Each bad file must end in words the user can
// act on (a file problem, a mapping problem, or a skipped or warned row), and a file refused as a
// whole must leave the book empty. The good files, exports of real programs, import every row
// without a warning.
#include "ImportFixture.h"
#include "RapportTest.h"
#include "app/importing/VCardReader.h"

#include <QDir>

using namespace rapport::app;
using namespace rapport::test;

namespace {

rapport::Result<ImportTable, ImportFileProblem> readAny(const QString &path)
{
    if (path.endsWith(QLatin1String(".vcf")))
        return VCardReader::readFile(path);
    return CsvReader::readFile(path);
}

} // namespace

class TestImportCorpusPipeline final : public QObject, private ImportFixture
{
    Q_OBJECT

    const QString m_bad = QStringLiteral(RAPPORT_TEST_DATA "/import/bad");
    const QString m_good = QStringLiteral(RAPPORT_TEST_DATA "/import/good");

    rapport::Result<ImportReport, ImportError> importTable(
        const ImportTable &table, const QString &fileName, const QString &region)
    {
        ImportOptions options = gbOptions(fileName);
        options.region = region;
        return m_importer->run(Actor::commandLine(), table, guessed(table), options);
    }

private Q_SLOTS:
    void init()
    {
        const QString error = openFresh(QStringLiteral("corpus"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanup() { close(); }

    void badFileEndsInWords_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(m_bad).entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 31);
        for (const QString &file : files) {
            if (file != QLatin1String("README.md"))
                QTest::newRow(qPrintable(file)) << file;
        }
    }
    void badFileEndsInWords()
    {
        QFETCH(QString, file);
        const auto table = readAny(m_bad + u'/' + file);
        if (!table) {
            QVERIFY(!table.error().describe().trimmed().isEmpty());
            QCOMPARE(countRows(QStringLiteral("customers")), 0);
            return;
        }
        const auto report = importTable(*table, file, QStringLiteral("GB"));
        if (!report) {
            QCOMPARE(report.error().code, ImportError::Code::MappingInvalid);
            QVERIFY(!report.error().describe().trimmed().isEmpty());
            QCOMPARE(countRows(QStringLiteral("customers")), 0); // nothing partial
            return;
        }
        QCOMPARE(report->rows.size(), table->rows.size());
        int explained = 0;
        for (const ImportRowResult &row : report->rows) {
            if (row.outcome != ImportRowResult::Outcome::Skipped && row.warnings.isEmpty())
                continue;
            QVERIFY2(!row.describe().trimmed().isEmpty(), qPrintable(QString::number(row.line)));
            if (row.outcome == ImportRowResult::Outcome::Skipped)
                QVERIFY2(row.describe() != QCoreApplication::translate("ImportReport", "Skipped."),
                    qPrintable(QString::number(row.line)));
            ++explained;
        }
        QVERIFY2(explained > 0, "a bad file imported without a skipped row or a warning");
        QCOMPARE(countRows(QStringLiteral("customers")), qint64(report->imported));
    }

    void goodFileImportsEveryRow_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("region");
        const QStringList files = QDir(m_good).entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 7);
        for (const QString &file : files) {
            // The till is a German shop's: its numbers are written the German way.
            const bool german = file.startsWith(QLatin1String("till-export"));
            QTest::newRow(qPrintable(file))
                << file << (german ? QStringLiteral("DE") : QStringLiteral("GB"));
        }
    }
    void goodFileImportsEveryRow()
    {
        QFETCH(QString, file);
        QFETCH(QString, region);
        const auto table = readAny(m_good + u'/' + file);
        QVERIFY2(table, table ? "" : qPrintable(table.error().describe()));
        const auto report = importTable(*table, file, region);
        QVERIFY2(report, report ? "" : qPrintable(report.error().describe()));
        for (const ImportRowResult &row : report->rows)
            QVERIFY2(row.outcome != ImportRowResult::Outcome::Skipped,
                qPrintable(QStringLiteral("line %1: %2").arg(row.line).arg(row.describe())));
        QCOMPARE(report->skipped, 0);
        QCOMPARE(report->warnings, 0);
        QCOMPARE(report->imported, int(table->rows.size()));
        QCOMPARE(countRows(QStringLiteral("customers")), qint64(table->rows.size()));
    }
};

RAPPORT_TEST_MAIN(TestImportCorpusPipeline)
#include "tst_importcorpus_pipeline.moc"
