// ThreadListModel: paging with fetchMore, live updates without resets, and the filter
// predicates (app::ThreadFilterMatch) answering as ThreadRepository's SQL does.
#include "InboxRig.h"
#include "RapportTest.h"
#include "app/threads/ThreadFilterMatch.h"
#include "ui/inbox/ThreadListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace rapport;
using namespace rapport::app;
using namespace rapport::ui;
using rapport::test::InboxRig;
using Box = ThreadFilter::Box;

namespace {

QString number(int i)
{
    return QStringLiteral("+4474001234%1").arg(i, 2, 10, QLatin1Char('0'));
}

// `count` threads, thread i last written to i minutes after 08:00: the newest is the last.
void fill(InboxRig &rig, int count)
{
    const QDateTime start(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::utc());
    for (int i = 0; i < count; ++i) {
        if (i % 2 == 0)
            rig.addCustomer(QStringLiteral("Customer"), QStringLiteral("No%1").arg(i), number(i));
        rig.inbound(number(i), QStringLiteral("Hello %1").arg(i), start.addSecs(60 * i));
    }
}

QList<qint64> idsOf(const ThreadListModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row).data(ThreadListModel::ThreadIdRole).toLongLong();
    return ids;
}

QList<qint64> repositoryIds(InboxRig &rig, ThreadFilter filter)
{
    filter.limit = 1000;
    QList<qint64> ids;
    const auto listed = rig.threads->list(filter);
    if (listed) {
        for (const ThreadSummary &t : *listed)
            ids << t.threadId;
    }
    return ids;
}

std::unique_ptr<ThreadListModel> makeModel(InboxRig &rig, int pageSize)
{
    auto model = std::make_unique<ThreadListModel>(*rig.threads, rig.messaging->events(),
        QStringLiteral("GB"), [&rig] { return rig.clock().now(); });
    model->setPageSize(pageSize);
    return model;
}

} // namespace

class TestThreadListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesThroughEveryThreadInOrder()
    {
        InboxRig rig;
        fill(rig, 11);
        auto model = makeModel(rig, 4);
        model->setFilter({});
        QCOMPARE(model->rowCount(), 4); // one page
        QVERIFY(model->canFetchMore({}));
        QAbstractItemModelTester tester(model.get());
        model->setFilter({});
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 11);
        QCOMPARE(idsOf(*model), repositoryIds(rig, {}));
        // Newest first, with its words.
        const QModelIndex top = model->index(0);
        QCOMPARE(top.data(ThreadListModel::PreviewRole).toString(), QStringLiteral("Hello 10"));
        QCOMPARE(top.data(ThreadListModel::UnreadCountRole).toInt(), 1);
        QVERIFY(top.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(top.data(ThreadListModel::TimeTextRole).toString(),
            QLocale().toString(QTime(8, 10), QLocale::ShortFormat));
        // Customers by name, strangers by their number in the national format.
        QCOMPARE(top.data().toString(), QStringLiteral("Customer No10"));
        QCOMPARE(model->index(1).data().toString(), QStringLiteral("07400 123409"));
    }

    void newMessageMovesTheThreadUpWithoutAReset()
    {
        InboxRig rig;
        fill(rig, 6);
        auto model = makeModel(rig, 50);
        QAbstractItemModelTester tester(model.get());
        model->setFilter({});
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy moves(model.get(), &QAbstractItemModel::rowsMoved);
        const qint64 oldest = idsOf(*model).constLast();
        rig.outbound(number(0), QStringLiteral("See you at 10"), QStringLiteral("queued"),
            QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(idsOf(*model).constFirst(), oldest);
        QCOMPARE(moves.count(), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model->index(0).data(ThreadListModel::PreviewRole).toString(),
            QStringLiteral("You: See you at 10"));
        QCOMPARE(idsOf(*model), repositoryIds(rig, {}));
    }

    void aThreadBeyondTheLoadedPagesComesWithItsPage()
    {
        InboxRig rig;
        fill(rig, 8);
        auto model = makeModel(rig, 3);
        // No tester here: it fetches more on every change, and this is about unfetched rows.
        model->setFilter({});
        QCOMPARE(model->rowCount(), 3);
        // A new thread older than everything shown: not inserted, it would leave a gap.
        rig.inbound(QStringLiteral("+447400123555"), QStringLiteral("Old"),
            QDateTime(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc()));
        QCOMPARE(model->rowCount(), 3);
        // A new thread newer than everything: inserted at the top.
        rig.inbound(QStringLiteral("+447400123556"), QStringLiteral("New"),
            QDateTime(QDate(2026, 1, 5), QTime(8, 59), QTimeZone::utc()));
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(0).data(ThreadListModel::PhoneRole).toString(),
            QStringLiteral("+447400123556"));
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(idsOf(*model), repositoryIds(rig, {}));
    }

    void filtersFollowChanges()
    {
        InboxRig rig;
        fill(rig, 5);
        auto model = makeModel(rig, 50);
        QAbstractItemModelTester tester(model.get());
        ThreadFilter unread;
        unread.box = Box::Unread;
        model->setFilter(unread);
        QCOMPARE(model->rowCount(), 5);
        const qint64 first = idsOf(*model).constFirst();
        QVERIFY(rig.threads->markRead(first));
        QCOMPARE(model->rowCount(), 4);
        QVERIFY(!idsOf(*model).contains(first));
        rig.inbound(number(4), QStringLiteral("Again"));
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(idsOf(*model).constFirst(), first);

        ThreadFilter mine;
        mine.box = Box::Mine;
        mine.staffId = rig.actor.staffId;
        model->setFilter(mine);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(rig.threads->assign(first, rig.actor.staffId, rig.actor));
        QCOMPARE(idsOf(*model), QList<qint64> {first});
        QCOMPARE(model->index(0).data(ThreadListModel::AssigneeRole).toString(),
            QStringLiteral("Maria Lopes"));

        ThreadFilter closed;
        closed.box = Box::Closed;
        model->setFilter(closed);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(rig.threads->setOpen(first, false, rig.actor));
        QCOMPARE(idsOf(*model), QList<qint64> {first});
        QVERIFY(!model->index(0).data(ThreadListModel::IsOpenRole).toBool());
    }

    void predicatesAgreeWithTheRepository_data()
    {
        QTest::addColumn<int>("box");
        QTest::addColumn<QString>("search");
        QTest::newRow("all") << int(Box::All) << QString();
        QTest::newRow("unread") << int(Box::Unread) << QString();
        QTest::newRow("mine") << int(Box::Mine) << QString();
        QTest::newRow("unassigned") << int(Box::Unassigned) << QString();
        QTest::newRow("open") << int(Box::Open) << QString();
        QTest::newRow("closed") << int(Box::Closed) << QString();
        QTest::newRow("name") << int(Box::All) << QStringLiteral("no1");
        QTest::newRow("name, other case") << int(Box::All) << QStringLiteral("CUSTOMER");
        QTest::newRow("national number") << int(Box::All) << QStringLiteral("07400 12340");
        QTest::newRow("e164 digits") << int(Box::All) << QStringLiteral("123403");
        QTest::newRow("nothing") << int(Box::All) << QStringLiteral("zebra");
        QTest::newRow("open and name") << int(Box::Open) << QStringLiteral("customer");
    }

    void predicatesAgreeWithTheRepository()
    {
        QFETCH(int, box);
        QFETCH(QString, search);
        InboxRig rig;
        fill(rig, 8);
        const QList<qint64> all = repositoryIds(rig, {});
        QVERIFY(rig.threads->markRead(all.at(1)));
        QVERIFY(rig.threads->markRead(all.at(2)));
        QVERIFY(rig.threads->assign(all.at(2), rig.actor.staffId, rig.actor));
        QVERIFY(rig.threads->assign(all.at(5), rig.actor.staffId, rig.actor));
        QVERIFY(rig.threads->setOpen(all.at(3), false, rig.actor));
        QVERIFY(rig.threads->setOpen(all.at(5), false, rig.actor));
        ThreadFilter filter;
        filter.box = Box(box);
        filter.staffId = rig.actor.staffId;
        filter.search = search;
        const QList<qint64> expected = repositoryIds(rig, filter);
        ThreadFilter everything;
        everything.limit = 1000;
        const auto summaries = rig.threads->list(everything);
        QVERIFY(summaries);
        QList<qint64> matched;
        for (const ThreadSummary &t : *summaries) {
            if (ThreadFilterMatch::matches(filter, t, QStringLiteral("GB")))
                matched << t.threadId;
        }
        QCOMPARE(matched, expected);
        // And the order the list is sorted in.
        for (qsizetype i = 1; i < summaries->size(); ++i)
            QVERIFY(ThreadFilterMatch::before(summaries->at(i - 1), summaries->at(i)));
    }

    void emptyAndUnreadableListsSaySo()
    {
        InboxRig rig;
        auto model = makeModel(rig, 10);
        QAbstractItemModelTester tester(model.get());
        model->setFilter({});
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!model->canFetchMore({}));
        QVERIFY(model->loadError().isEmpty());
    }
};

RAPPORT_TEST_MAIN(TestThreadListModel)
#include "tst_threadlistmodel.moc"
