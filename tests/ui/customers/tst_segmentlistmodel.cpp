// The segment sidebar: "All customers" first, the built-ins with their counts, saved segments,
// and the rules the list filters by.
#include "RapportTest.h"

#include "CustomersFixture.h"
#include "app/customers/CustomerListQuery.h"
#include "ui/customers/SegmentListModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>

using namespace rapport;
using ui::SegmentListModel;

class TestSegmentListModel final : public QObject
{
    Q_OBJECT

private:
    test::CustomersFixture f;
    int m_opened = 0;

private Q_SLOTS:
    void init() { QVERIFY(f.open(QStringLiteral("segmentmodel-%1").arg(++m_opened))); }
    void cleanup() { f.close(); }

    void listsEveryoneBuiltInsAndSavedSegmentsWithCounts()
    {
        const qint64 ana = f.mustAdd(QStringLiteral("Ana"), QStringLiteral("Souza"),
            QStringLiteral("+447400123456"), {QStringLiteral("vip")});
        f.mustAdd(QStringLiteral("Bob"), QStringLiteral("Jones"));
        app::Visit visit;
        visit.customerId = ana;
        visit.visitedOn = QDate(2024, 10, 1); // lapsed by 14 March 2025
        visit.amountCents = 1000;
        QVERIFY(f.customers->addVisit(visit));
        app::SegmentRule vip;
        vip.root.add(app::SegmentCondition::of(
            app::SegmentSubject::Tag, app::SegmentOperator::Has, {QStringLiteral("vip")}));
        QVERIFY(f.segments->save(QStringLiteral("VIPs"), vip));

        app::CustomerListQuery query(*f.db, QStringLiteral("GB"));
        SegmentListModel model(*f.segments, query, [] { return QDate(2025, 3, 14); });
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int builtIns = int(app::BuiltInSegments::all().size());
        QCOMPARE(model.rowCount(), 1 + builtIns + 1);
        QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("All customers"));
        QCOMPARE(model.data(model.index(0), SegmentListModel::CountRole).toLongLong(), 2);
        QVERIFY(!model.ruleAt(0));

        const int lapsed = model.rowOfKey(QStringLiteral("lapsed"));
        QVERIFY(lapsed > 0);
        QCOMPARE(model.data(model.index(lapsed), SegmentListModel::CountRole).toLongLong(), 1);
        QVERIFY(model.ruleAt(lapsed));
        QVERIFY(!model.data(model.index(lapsed), Qt::ToolTipRole).toString().isEmpty());
        // The plural comes from the English translation the application installs.
        QVERIFY(model.data(model.index(lapsed), Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QLatin1String("Lapsed, 1 customer")));

        const int saved = model.rowCount() - 1;
        QCOMPARE(model.data(model.index(saved)).toString(), QStringLiteral("VIPs"));
        QVERIFY(model.data(model.index(saved), SegmentListModel::KeyRole)
                    .toString()
                    .startsWith(QLatin1String("saved:")));
        auto members = f.segments->count(*model.ruleAt(saved), QDate(2025, 3, 14));
        QVERIFY(members);
        QCOMPARE(*members, 1);
    }

    void countsWaitUntilTheyAreFirstShown()
    {
        // Start-up does not pay for counting: the sidebar counts when it is first painted.
        app::CustomerListQuery query(*f.db, QStringLiteral("GB"));
        SegmentListModel model(*f.segments, query, [] { return QDate(2025, 3, 14); });
        const int fresh = model.rowOfKey(QStringLiteral("new"));
        QVERIFY(fresh > 0);
        QCOMPARE(model.data(model.index(fresh)).toString(),
            app::BuiltInSegments::displayName(app::BuiltInSegment::New));
        const qint64 before = *f.segments->count(*model.ruleAt(fresh), QDate(2025, 3, 14));
        f.mustAdd(QStringLiteral("Cara"), QStringLiteral("Lopes"));
        QCOMPARE(
            model.data(model.index(fresh), SegmentListModel::CountRole).toLongLong(), before + 1);
    }

    void refreshCountsAgain()
    {
        app::CustomerListQuery query(*f.db, QStringLiteral("GB"));
        SegmentListModel model(*f.segments, query, [] { return QDate(2025, 3, 14); });
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.data(model.index(0), SegmentListModel::CountRole).toLongLong(), 0);
        f.mustAdd(QStringLiteral("Ana"), QStringLiteral("Souza"));
        model.refresh();
        QCOMPARE(model.data(model.index(0), SegmentListModel::CountRole).toLongLong(), 1);
        // New: added within 30 days and no visits yet.
        const int fresh = model.rowOfKey(QStringLiteral("new"));
        QCOMPARE(model.data(model.index(fresh), SegmentListModel::CountRole).toLongLong(), 1);
    }
};

RAPPORT_GUI_TEST_MAIN(TestSegmentListModel)
#include "tst_segmentlistmodel.moc"
