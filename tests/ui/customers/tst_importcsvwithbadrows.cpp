// The import wizard on a CSV with bad rows: the file is read, the columns matched, a preview
// shown, the import run with progress, every row's outcome listed, and the skipped rows written
// to a file to correct.
#include "RapportTest.h"

#include "CustomersFixture.h"
#include "app/importing/CsvReader.h"
#include "ui/customers/CustomersPage.h"
#include "ui/customers/ImportFilePage.h"
#include "ui/customers/ImportMappingPage.h"
#include "ui/customers/ImportPreviewPage.h"
#include "ui/customers/ImportResultsModel.h"
#include "ui/customers/ImportRunPage.h"
#include "ui/customers/ImportWizard.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace rapport;
using ui::ImportWizard;

// The plurals ("1 row", "7 rows") come from the English translation the application installs,
// so the texts are matched up to the plural ending.
namespace {

// Line 1 is the header; lines 3, 5 and 7 are bad.
const QByteArray kCsv = QByteArrayLiteral("First name,Last name,Mobile,Email,Birthday\n"
                                          "Ana,Souza,07400 123456,ana@example.com,1990-04-12\n"
                                          "Bob,Jones,12345,,\n"
                                          "Cai,Wen,+44 7400 123457,,31/02\n"
                                          ",,,,\n"
                                          "Dee,Ray,07400 123456,,\n"
                                          ",,,nobody@example.com,\n"
                                          "Eve,Moss,07400123458,,\n"
                                          "Fay,Lin,07400 123459,extra,cell,too many\n");

} // namespace

class TestImportCsvWithBadRows final : public QObject
{
    Q_OBJECT

private:
    test::CustomersFixture f;
    int m_opened = 0;
    QTemporaryDir m_dir;

    QString writeCsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("clients.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(kCsv) != kCsv.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(f.open(QStringLiteral("importflow-%1").arg(++m_opened)));
        f.actor = f.manager;
    }
    void cleanup()
    {
        f.shown.clear();
        f.notices.clear();
        f.close();
    }

    void importingACsvWithBadRows()
    {
        f.fileToOpen = writeCsv();
        QVERIFY(!f.fileToOpen.isEmpty());
        f.fileToSave = m_dir.filePath(QStringLiteral("clients - skipped rows.csv"));
        ui::CustomersPage page(f.services(), f.dialogs());
        page.show();
        QSignalSpy changed(&page, &ui::CustomersPage::customersChanged);
        QTest::mouseClick(
            page.findChild<QPushButton *>(QStringLiteral("emptyImport")), Qt::LeftButton);
        auto *wizard = f.lastShown<ImportWizard>();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));

        // 1. The file, read on a worker thread.
        QTest::mouseClick(
            wizard->findChild<QPushButton *>(QStringLiteral("chooseImportFile")), Qt::LeftButton);
        QTRY_VERIFY(wizard->filePage()->isComplete());
        QVERIFY2(wizard->filePage()->statusText().contains(QLatin1String("7 row")),
            qPrintable(wizard->filePage()->statusText()));
        QVERIFY(wizard->filePage()->statusText().contains(QLatin1String("cannot be read")));

        // 2. Columns guessed from the headings.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
        QCOMPARE(wizard->mappingPage()->targetBox(2)->currentText(),
            app::ImportTarget::displayName(app::ImportTarget::Kind::Phone));
        QVERIFY(wizard->mappingPage()->isComplete());
        // Mapping nothing to a name or number is refused in words.
        auto *first = wizard->mappingPage()->targetBox(0);
        auto *last = wizard->mappingPage()->targetBox(1);
        auto *phone = wizard->mappingPage()->targetBox(2);
        for (QComboBox *box : {first, last, phone})
            box->setCurrentIndex(0);
        QVERIFY(!wizard->mappingPage()->isComplete());
        QVERIFY(!wizard->mappingPage()->problemsText().isEmpty());
        const auto pick = [](QComboBox *box, app::ImportTarget::Kind kind) {
            box->setCurrentIndex(box->findText(app::ImportTarget::displayName(kind)));
        };
        pick(first, app::ImportTarget::Kind::FirstName);
        pick(last, app::ImportTarget::Kind::LastName);
        pick(phone, app::ImportTarget::Kind::Phone);
        QVERIFY(wizard->mappingPage()->isComplete());

        // 3. Preview: a dry run, nothing saved.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
        QVERIFY(wizard->previewPage()->isComplete());
        QAbstractItemModelTester previewTester(wizard->previewPage()->results(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(wizard->previewPage()->results()->rowCount(), 7);
        QVERIFY2(wizard->previewPage()->summaryText().contains(QLatin1String("3 new customer")),
            qPrintable(wizard->previewPage()->summaryText()));
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(f.customers->search({}, 100)->size(), 0);

        // 4. The import, then each row's outcome.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::RunPage));
        ui::ImportRunPage *run = wizard->runPage();
        QTRY_VERIFY(run->isFinished());
        QVERIFY2(run->succeeded(), qPrintable(run->summaryText()));
        QVERIFY2(run->summaryText().contains(QLatin1String("3 customer")),
            qPrintable(run->summaryText()));
        QVERIFY(run->summaryText().contains(QLatin1String("4 row")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(page.model()->rowCount(), 3);
        QVERIFY(!page.isShowingEmptyState());

        ui::ImportResultsModel *results = run->results();
        QAbstractItemModelTester tester(
            results, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(results->onlyProblems());
        // Bob's short number, Cai's impossible birthday (a warning: Cai is imported),
        // Dee's repeated number, the row with only an email, Fay's extra cells.
        QCOMPARE(results->rowCount(), 5);
        QStringList lines;
        for (int row = 0; row < results->rowCount(); ++row)
            lines << results->data(results->index(row, ui::ImportResultsModel::Line)).toString();
        QCOMPARE(lines,
            (QStringList {QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("6"),
                QStringLiteral("7"), QStringLiteral("9")}));
        QCOMPARE(results->data(results->index(0, ui::ImportResultsModel::Name)).toString(),
            QStringLiteral("Bob Jones"));
        QCOMPARE(results->data(results->index(0, ui::ImportResultsModel::Outcome)).toString(),
            QStringLiteral("Skipped"));
        QCOMPARE(results->data(results->index(1, ui::ImportResultsModel::Outcome)).toString(),
            QStringLiteral("Added"));
        for (int row = 0; row < results->rowCount(); ++row)
            QVERIFY(!results->data(results->index(row, ui::ImportResultsModel::Details))
                         .toString()
                         .isEmpty());
        results->setOnlyProblems(false);
        QCOMPARE(results->rowCount(), 7);

        // The skipped rows, as a file to correct and import again.
        const QString written = run->saveErrorsFile();
        QCOMPARE(written, f.fileToSave);
        auto errors = app::CsvReader::readFile(written);
        QVERIFY(errors);
        QVERIFY(errors->columns.contains(QStringLiteral("Problem")));
        QCOMPARE(errors->rows.size(), 4);
        const qsizetype firstName = errors->columnIndex(QStringLiteral("First name"));
        QCOMPARE(errors->rows.at(0).cell(firstName), QStringLiteral("Bob"));
        QCOMPARE(errors->rows.at(1).cell(firstName), QStringLiteral("Dee"));

        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        auto audit = f.audit->entries(app::AuditAction::CustomersImported);
        QVERIFY(audit);
        QCOMPARE(audit->size(), 1);
    }

    void aClerkIsToldWhoMayImport()
    {
        f.actor = f.clerk;
        ui::CustomersPage page(f.services(), f.dialogs());
        page.importCustomers();
        QVERIFY(!f.lastShown<ImportWizard>());
        QCOMPARE(f.notices.size(), 1);
        QVERIFY2(f.notices.constFirst().contains(QLatin1String("manager")),
            qPrintable(f.notices.constFirst()));
    }

    void aFileThatCannotBeImportedSaysWhy()
    {
        ImportWizard wizard(
            {*f.db, *f.audit, *f.customers, [this] { return f.actor; }, QStringLiteral("GB")},
            f.dialogs());
        wizard.show();
        const QString source
            = QStringLiteral(RAPPORT_TEST_DATA "/import/bad/quote-unterminated-at-eof.csv");
        wizard.filePage()->readFile(source);
        QTRY_VERIFY(!wizard.filePage()->isReading());
        QVERIFY(!wizard.filePage()->isComplete());
        QVERIFY(wizard.filePage()->statusText().contains(QLatin1String("quote")));
    }
};

RAPPORT_GUI_TEST_MAIN(TestImportCsvWithBadRows)
#include "tst_importcsvwithbadrows.moc"
