// The paged customer list: counts, blocks read on demand in name order, the filter predicate
// (name words, number prefix, segment) and the columns it shows.
#include "RapportTest.h"

#include "CustomersFixture.h"
#include "app/consent/ConsentLedger.h"
#include "app/customers/CustomerListQuery.h"
#include "app/segments/BuiltInSegments.h"
#include "ui/customers/CustomerTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>

using namespace rapport;
using ui::CustomerTableModel;

class TestCustomerTableModel final : public QObject
{
    Q_OBJECT

private:
    test::CustomersFixture f;
    int m_opened = 0;
    std::unique_ptr<app::CustomerListQuery> m_query;

    // 250 customers "Person NNN Surname-X" with numbers +4474001 + 5 digits, in a known order.
    void fillMany()
    {
        for (int i = 0; i < 250; ++i) {
            f.mustAdd(QStringLiteral("Person%1").arg(i, 3, 10, QLatin1Char('0')),
                QStringLiteral("Zed%1").arg(i, 3, 10, QLatin1Char('0')),
                QStringLiteral("+4474001%1").arg(i, 5, 10, QLatin1Char('0')));
        }
    }

    QString display(const CustomerTableModel &model, int row, int column) const
    {
        return model.data(model.index(row, column)).toString();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(f.open(QStringLiteral("tablemodel-%1").arg(++m_opened)));
        m_query = std::make_unique<app::CustomerListQuery>(*f.db, QStringLiteral("GB"));
    }
    void cleanup()
    {
        m_query.reset();
        f.close();
    }

    void emptyBookHasNoRows()
    {
        CustomerTableModel model(*m_query, [] { return QDate(2025, 3, 14); });
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(CustomerTableModel::ColumnCount));
        QCOMPARE(model.headerData(CustomerTableModel::Name, Qt::Horizontal).toString(),
            QStringLiteral("Name"));
    }

    void rowsComeInNameOrderAcrossBlocks()
    {
        f.mustAdd(QStringLiteral("Ana"), QStringLiteral("Souza"), QStringLiteral("+447400123456"));
        fillMany();
        f.mustAdd(QStringLiteral("Bjørn"), QStringLiteral("Berg"));
        CustomerTableModel model(*m_query, [] { return QDate(2025, 3, 14); });
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 252);
        QCOMPARE(display(model, 0, CustomerTableModel::Name), QStringLiteral("Bjørn Berg"));
        QCOMPARE(display(model, 1, CustomerTableModel::Name), QStringLiteral("Ana Souza"));
        QCOMPARE(display(model, 1, CustomerTableModel::Mobile), QStringLiteral("07400 123456"));
        // Row 2 + i is Zed<i>: rows in the third block are read when asked for.
        QCOMPARE(
            display(model, 2 + 230, CustomerTableModel::Name), QStringLiteral("Person230 Zed230"));
        QCOMPARE(model.data(model.index(251, 0), CustomerTableModel::PhoneE164Role).toString(),
            QStringLiteral("+447400100249"));
        QVERIFY(model.customerId(120) > 0);
        QCOMPARE(model.rowOfLoaded(model.customerId(120)), 120);
    }

    void nameWordsFilterByPrefix()
    {
        f.mustAdd(QStringLiteral("Ana"), QStringLiteral("Smith"));
        f.mustAdd(QStringLiteral("Samuel"), QStringLiteral("Smithers"));
        f.mustAdd(QStringLiteral("Smilla"), QStringLiteral("Jensen"));
        f.mustAdd(QStringLiteral("Bob"), QStringLiteral("Jones"));
        f.mustAdd(QStringLiteral("Örjan"), QStringLiteral("Ölund"));
        CustomerTableModel model(*m_query, [] { return QDate(2025, 3, 14); });
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &CustomerTableModel::countChanged);
        model.setFilter({QStringLiteral("smi"), std::nullopt});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.at(0).at(0).toLongLong(), 3);
        // Ordered by last name: Jensen, Smith, Smithers.
        QCOMPARE(display(model, 0, CustomerTableModel::Name), QStringLiteral("Smilla Jensen"));
        QCOMPARE(display(model, 2, CustomerTableModel::Name), QStringLiteral("Samuel Smithers"));
        model.setFilter({QStringLiteral("sam smi"), std::nullopt});
        QCOMPARE(model.rowCount(), 1);
        model.setFilter({QStringLiteral("  SMITH  "), std::nullopt});
        QCOMPARE(model.rowCount(), 2);
        model.setFilter({QStringLiteral("ölu"), std::nullopt});
        QCOMPARE(model.rowCount(), 1);
        model.setFilter({QStringLiteral("xyz"), std::nullopt});
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 5);
    }

    void numberPrefixFiltersByMobile()
    {
        fillMany();
        CustomerTableModel model(*m_query, [] { return QDate(2025, 3, 14); });
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({QStringLiteral("0740010012"), std::nullopt});
        QCOMPARE(model.rowCount(), 10); // +44740010012x
        model.setFilter({QStringLiteral("+44 7400 1002"), std::nullopt});
        QCOMPARE(model.rowCount(), 50); // +447400100200 .. 249
        QCOMPARE(display(model, 0, CustomerTableModel::Mobile), QStringLiteral("07400 100200"));
        model.setFilter({QStringLiteral("0740"), std::nullopt});
        QCOMPARE(model.rowCount(), 250);
    }

    void segmentAndTextCombine()
    {
        const qint64 ana = f.mustAdd(QStringLiteral("Ana"), QStringLiteral("Smith"),
            QStringLiteral("+447400123456"), {QStringLiteral("vip")});
        f.mustAdd(QStringLiteral("Sam"), QStringLiteral("Smith"), QStringLiteral("+447400123457"));
        f.mustAdd(QStringLiteral("Sara"), QStringLiteral("Jones"), QStringLiteral("+447400123458"),
            {QStringLiteral("vip")});
        app::SegmentRule vip;
        vip.root.add(app::SegmentCondition::of(
            app::SegmentSubject::Tag, app::SegmentOperator::Has, {QStringLiteral("vip")}));
        CustomerTableModel model(*m_query, [] { return QDate(2025, 3, 14); });
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({QString(), vip});
        QCOMPARE(model.rowCount(), 2);
        model.setFilter({QStringLiteral("smith"), vip});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.customerId(0), ana);
        QCOMPARE(display(model, 0, CustomerTableModel::Tags), QStringLiteral("vip"));
        // The predicate is what an export of the shown rows uses.
        auto counted = m_query->count(model.predicate());
        QVERIFY(counted);
        QCOMPARE(*counted, 1);
    }

    void showsConsentAndVisits()
    {
        const qint64 id = f.mustAdd(
            QStringLiteral("Ana"), QStringLiteral("Souza"), QStringLiteral("+447400123456"));
        app::ConsentEvent event;
        event.customerId = id;
        event.purpose = app::ConsentPurpose::Marketing;
        event.action = app::ConsentAction::OptIn;
        event.source = app::ConsentSource::InPerson;
        event.wording = QStringLiteral("Offers?");
        event.wordingVersion = QStringLiteral("1");
        QVERIFY(f.consent->record(f.clerk, event));
        app::Visit visit;
        visit.customerId = id;
        visit.visitedOn = QDate(2025, 3, 1);
        visit.amountCents = 4550;
        QVERIFY(f.customers->addVisit(visit));
        QVERIFY(f.customers->addVisit(visit));
        CustomerTableModel model(*m_query, [] { return QDate(2025, 3, 14); });
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(display(model, 0, CustomerTableModel::Marketing), QStringLiteral("Opted in"));
        QCOMPARE(display(model, 0, CustomerTableModel::Service), QStringLiteral("Not asked"));
        QCOMPARE(display(model, 0, CustomerTableModel::Visits), QStringLiteral("2"));
        QCOMPARE(display(model, 0, CustomerTableModel::TotalSpend), QStringLiteral("91.00"));
        QVERIFY(!display(model, 0, CustomerTableModel::LastVisit).isEmpty());
    }

    void refreshSeesNewCustomers()
    {
        CustomerTableModel model(*m_query, [] { return QDate(2025, 3, 14); });
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        f.mustAdd(QStringLiteral("Ana"), QStringLiteral("Souza"));
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
    }

    void aDamagedSegmentRuleIsReportedNotShown()
    {
        f.mustAdd(QStringLiteral("Ana"), QStringLiteral("Souza"));
        app::SegmentRule broken;
        broken.root.add(app::SegmentCondition::of(app::SegmentSubject::VisitCount,
            app::SegmentOperator::GreaterThan, {QStringLiteral("x")}));
        CustomerTableModel model(*m_query, [] { return QDate(2025, 3, 14); });
        QSignalSpy failed(&model, &CustomerTableModel::loadFailed);
        model.setFilter({QString(), broken});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!model.lastError().isEmpty());
    }
};

RAPPORT_GUI_TEST_MAIN(TestCustomerTableModel)
#include "tst_customertablemodel.moc"
