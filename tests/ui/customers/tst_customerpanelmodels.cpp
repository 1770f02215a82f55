// The small models of the customers page: a customer's visits, and what became of each row of
// an import (all rows, or only those that need attention).
#include "RapportTest.h"

#include "app/importing/CsvReader.h"
#include "ui/customers/ImportResultsModel.h"
#include "ui/customers/VisitListModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>

using namespace rapport;

class TestCustomerPanelModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void visitsNewestFirstWithTotal()
    {
        ui::VisitListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        app::Visit older {1, 7, QDate(2025, 1, 5), 2500, QStringLiteral("Cut")};
        app::Visit newer {2, 7, QDate(2025, 3, 1), 4000, QStringLiteral("Colour")};
        model.setVisits({older, newer});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, ui::VisitListModel::Note)).toString(),
            QStringLiteral("Colour"));
        QCOMPARE(model.data(model.index(1, ui::VisitListModel::Amount)).toString(),
            QStringLiteral("25.00"));
        QCOMPARE(model.totalCents(), 6500);
    }

    void importResultsNameTheRowAndTheProblem()
    {
        auto table = app::CsvReader::read(QByteArrayLiteral(
            "First name,Last name,Mobile\nAna,Souza,07400 123456\nBob,Jones,12\n"));
        QVERIFY(table);
        const app::ImportMapping mapping = app::ImportMapping::guess(table->columns);
        app::ImportReport report;
        app::ImportRowResult added;
        added.line = 2;
        added.outcome = app::ImportRowResult::Outcome::Imported;
        app::ImportRowResult skipped;
        skipped.line = 3;
        skipped.outcome = app::ImportRowResult::Outcome::Skipped;
        skipped.reason = app::ImportRowResult::SkipReason::InvalidNumber;
        skipped.validity = app::PhoneNumbers::Validity::TooShort;
        skipped.typedNumber = QStringLiteral("12");
        report.rows = {added, skipped};
        report.imported = 1;
        report.skipped = 1;

        ui::ImportResultsModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(*table, mapping, report);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, ui::ImportResultsModel::Name)).toString(),
            QStringLiteral("Ana Souza"));
        QCOMPARE(model.data(model.index(0, ui::ImportResultsModel::Outcome)).toString(),
            QStringLiteral("Added"));
        QCOMPARE(model.data(model.index(1, ui::ImportResultsModel::Number)).toString(),
            QStringLiteral("12"));
        QVERIFY(!model.data(model.index(1, ui::ImportResultsModel::Details)).toString().isEmpty());
        model.setOnlyProblems(true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, ui::ImportResultsModel::Line)).toString(),
            QStringLiteral("3"));
        QCOMPARE(model.data(model.index(0, ui::ImportResultsModel::Outcome)).toString(),
            QStringLiteral("Skipped"));
    }
};

RAPPORT_GUI_TEST_MAIN(TestCustomerPanelModels)
#include "tst_customerpanelmodels.moc"
