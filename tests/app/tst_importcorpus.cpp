// Every file in tests/data/import/bad must be read without a crash and yield at least one
// problem, and exactly the problems its README.md row promises (the codes in backticks in the
// "Expected outcome" column). A phone cell that libphonenumber does not take as a valid number in
// the GB region counts as the problem "PhoneInvalid", which the importer reports per row: several
// files are well-formed CSV whose trouble is in the numbers. The good files must read cleanly.
#include "RapportTest.h"
#include "app/importing/CsvReader.h"
#include "app/importing/VCardReader.h"
#include "app/phone/PhoneNumbers.h"

#include <QDir>
#include <QFile>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSet>

using namespace rapport::app;

namespace {

const QString PhoneInvalid = QStringLiteral("PhoneInvalid");

template<typename Enum>
QString nameOf(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

rapport::Result<ImportTable, ImportFileProblem> readAny(const QString &path)
{
    if (path.endsWith(QLatin1String(".vcf")))
        return VCardReader::readFile(path);
    return CsvReader::readFile(path);
}

bool isPhoneColumn(const QString &name)
{
    const QString n = name.toLower();
    return n.contains(QLatin1String("phone")) || n.contains(QLatin1String("telefon"));
}

// Every problem code the file produces, as the README spells it.
QSet<QString> problemsOf(const QString &path)
{
    const auto table = readAny(path);
    if (!table)
        return {nameOf(table.error().code)};
    QSet<QString> codes;
    for (const ImportRow &row : table->rows) {
        for (const RowProblem &p : row.problems)
            codes.insert(nameOf(p.code));
        if (row.isRefused())
            continue;
        for (qsizetype c = 0; c < table->columns.size(); ++c) {
            const QString cell = row.cell(c);
            if (isPhoneColumn(table->columns[c]) && !cell.isEmpty()
                && !PhoneNumbers::parse(cell, QStringLiteral("GB")).isValid()) {
                codes.insert(PhoneInvalid);
            }
        }
    }
    return codes;
}

QSet<QString> knownCodes()
{
    QSet<QString> known {PhoneInvalid};
    for (const QMetaEnum e :
        {QMetaEnum::fromType<ImportFileProblem::Code>(), QMetaEnum::fromType<RowProblem::Code>()}) {
        for (int i = 0; i < e.keyCount(); ++i)
            known.insert(QString::fromLatin1(e.key(i)));
    }
    return known;
}

// README rows look like: | `file.csv` | what is wrong | `Code` on line 3; ... |
QMap<QString, QSet<QString>> expectations(const QString &readme)
{
    QFile file(readme);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QSet<QString> known = knownCodes();
    static const QRegularExpression row(
        QStringLiteral("^\\|\\s*`([^`]+)`\\s*\\|.*\\|(.*)\\|\\s*$"));
    static const QRegularExpression code(QStringLiteral("`([A-Za-z]+)`"));
    QMap<QString, QSet<QString>> result;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const auto match = row.match(line);
        if (!match.hasMatch())
            continue;
        QSet<QString> codes;
        for (auto it = code.globalMatch(match.captured(2)); it.hasNext();) {
            const QString c = it.next().captured(1);
            if (known.contains(c))
                codes.insert(c);
        }
        result.insert(match.captured(1), codes);
    }
    return result;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(QLatin1String(", "));
}

} // namespace

class TestImportCorpus final : public QObject
{
    Q_OBJECT

    const QString m_bad = QStringLiteral(RAPPORT_TEST_DATA "/import/bad");
    const QString m_good = QStringLiteral(RAPPORT_TEST_DATA "/import/good");

private Q_SLOTS:
    void readmeListsEveryBadFile()
    {
        const auto expected = expectations(m_bad + QStringLiteral("/README.md"));
        QVERIFY(!expected.isEmpty());
        const QStringList files = QDir(m_bad).entryList(QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 31, qPrintable(QString::number(files.size())));
        for (const QString &f : files) {
            if (f != QLatin1String("README.md"))
                QVERIFY2(
                    expected.contains(f), qPrintable(f + QStringLiteral(" is not in README.md")));
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(
                files.contains(it.key()), qPrintable(it.key() + QStringLiteral(" is missing")));
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key() + QStringLiteral(": no codes")));
        }
    }

    void badFileYieldsItsProblems_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QSet<QString>>("expected");
        const auto expected = expectations(m_bad + QStringLiteral("/README.md"));
        if (expected.isEmpty()) // fails below, where Qt Test would abort on an empty table
            QTest::newRow("no README.md rows") << QString() << QSet<QString>();
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QTest::newRow(qPrintable(it.key())) << QString(m_bad + u'/' + it.key()) << it.value();
        }
    }
    void badFileYieldsItsProblems()
    {
        QFETCH(QString, path);
        QFETCH(QSet<QString>, expected);
        const QSet<QString> actual = problemsOf(path);
        QVERIFY(!actual.isEmpty());
        QCOMPARE(sorted(actual), sorted(expected));
    }

    void goodFileReadsCleanly_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = QDir(m_good).entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << QString(m_good + u'/' + f);
    }
    void goodFileReadsCleanly()
    {
        QFETCH(QString, path);
        const auto table = readAny(path);
        QVERIFY2(table, table ? "" : qPrintable(table.error().describe()));
        QVERIFY(!table->rows.isEmpty());
        for (const ImportRow &row : table->rows) {
            QVERIFY2(row.problems.isEmpty(), qPrintable(row.problems.value(0).describe()));
            QCOMPARE(row.cells.size(), table->columns.size());
        }
    }
};

RAPPORT_TEST_MAIN(TestImportCorpus)
#include "tst_importcorpus.moc"
