// ConversationModel, the bubble delegate and the list view: the newest page only on open (a
// 10,000-message thread within 50 ms), older pages on scroll-up, live updates, day separators,
// states in words, sizes cached per width.
#include "InboxRig.h"
#include "RapportTest.h"
#include "ui/inbox/BubbleDelegate.h"
#include "ui/inbox/ConversationListView.h"
#include "ui/inbox/ConversationModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>

#include <algorithm>

using namespace rapport;
using namespace rapport::app;
using namespace rapport::ui;
using rapport::test::InboxRig;
using Role = ConversationModel::Role;

namespace {

const QString kPhone = QStringLiteral("+447400123456");

// `count` messages, alternating in and out, one a minute from `start`, in one statement.
qint64 bulkThread(InboxRig &rig, int count, const QDateTime &start)
{
    const qint64 thread = rig.threadFor(kPhone);
    rig.exec(
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
                       " INSERT INTO messages (thread_id, direction, body, purpose, origin, state,"
                       " created_at, kind) SELECT ?, CASE i % 2 WHEN 0 THEN 'out' ELSE 'in' END,"
                       " 'Message ' || i, CASE i % 2 WHEN 0 THEN 'reply' END,"
                       " CASE i % 2 WHEN 0 THEN 'manual' END,"
                       " CASE i % 2 WHEN 0 THEN 'delivered' ELSE 'received' END,"
                       " strftime('%Y-%m-%dT%H:%M:%fZ', ?, '+' || i || ' minutes'), 'text' FROM n"),
        {count, thread, InboxRig::iso(start)});
    return thread;
}

std::unique_ptr<ConversationModel> makeModel(InboxRig &rig)
{
    return std::make_unique<ConversationModel>(
        rig.database(), rig.messaging->events(), [&rig] { return rig.clock().now(); });
}

} // namespace

class TestConversationModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithTheNewestPageAndPagesOlderOnes()
    {
        InboxRig rig;
        const qint64 thread
            = bulkThread(rig, 120, QDateTime(QDate(2026, 1, 3), QTime(9, 0), QTimeZone::utc()));
        auto model = makeModel(rig);
        QAbstractItemModelTester tester(model.get());
        model->setPageSize(50);
        model->setThread(thread);
        QCOMPARE(model->rowCount(), 50);
        QVERIFY(model->hasOlder());
        QVERIFY(!model->canFetchMore({})); // see the class comment: views must not page it
        QCOMPARE(model->index(49).data().toString(), QStringLiteral("Message 120"));
        QCOMPARE(model->index(0).data().toString(), QStringLiteral("Message 71"));
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QCOMPARE(model->fetchOlder(), 50);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(model->index(0).data().toString(), QStringLiteral("Message 21"));
        QCOMPARE(model->fetchOlder(), 20);
        QVERIFY(!model->hasOlder());
        QCOMPARE(model->fetchOlder(), 0);
        QCOMPARE(model->rowCount(), 120);
        QCOMPARE(model->index(0).data().toString(), QStringLiteral("Message 1"));
    }

    void daySeparatorsAndWords()
    {
        InboxRig rig; // now: Monday 5 January 2026, 09:00 UTC
        const QDateTime saturday(QDate(2026, 1, 3), QTime(17, 0), QTimeZone::utc());
        rig.inbound(kPhone, QStringLiteral("Are you open Monday?"), saturday);
        const qint64 reply = rig.outbound(kPhone, QStringLiteral("Yes, from 9."),
            QStringLiteral("delivered"), saturday.addSecs(120));
        const qint64 birthday = rig.outbound(kPhone, QStringLiteral("Happy birthday!"),
            QStringLiteral("sent"), rig.clock().now().addSecs(-3600), QStringLiteral("automation"),
            QStringLiteral("automation.birthday"));
        const qint64 held = rig.outbound(kPhone, QStringLiteral("20% off frames"),
            QStringLiteral("held"), rig.clock().now().addSecs(-60), QStringLiteral("campaign"), {},
            QStringLiteral("Quiet hours in Europe/London."),
            QDateTime(QDate(2026, 1, 6), QTime(9, 0), QTimeZone::utc()));
        const qint64 failed = rig.outbound(kPhone, QStringLiteral("Your glasses are ready"),
            QStringLiteral("failed"), rig.clock().now(), QStringLiteral("manual"), {},
            QStringLiteral("The network refused the text. Check the SIM has credit."));
        rig.inbound(kPhone, QStringLiteral("Flash!"), rig.clock().now(), QStringLiteral("flash"));
        auto model = makeModel(rig);
        QAbstractItemModelTester tester(model.get());
        model->setThread(rig.threadFor(kPhone));
        QCOMPARE(model->rowCount(), 6);
        auto at = [&](qint64 id, int role) { return model->index(model->rowOf(id)).data(role); };
        QCOMPARE(model->index(0).data(Role::DayLabelRole).toString(),
            QLocale().toString(QDate(2026, 1, 3), QLocale::LongFormat));
        QCOMPARE(at(reply, Role::DayLabelRole).toString(), QString());
        QCOMPARE(at(birthday, Role::DayLabelRole).toString(), QStringLiteral("Today"));
        QCOMPARE(at(held, Role::DayLabelRole).toString(), QString());
        QCOMPARE(at(reply, Role::StateTextRole).toString(), QStringLiteral("Delivered"));
        QCOMPARE(at(birthday, Role::StateTextRole).toString(), QStringLiteral("Sent"));
        QCOMPARE(at(birthday, Role::TagRole).toString(), QStringLiteral("automation: Birthday"));
        QCOMPARE(at(held, Role::TagRole).toString(), QStringLiteral("campaign"));
        QCOMPARE(at(held, Role::StateTextRole).toString(),
            QStringLiteral("Held until tomorrow %1")
                .arg(QLocale().toString(QTime(9, 0), QLocale::ShortFormat)));
        QVERIFY(at(held, Role::StateDetailRole).toString().contains(QStringLiteral("Quiet hours")));
        QVERIFY(at(held, Role::CanCancelRole).toBool());
        QCOMPARE(at(failed, Role::StateTextRole).toString(), QStringLiteral("Not sent"));
        QVERIFY(at(failed, Role::StateDetailRole).toString().contains(QStringLiteral("credit")));
        QVERIFY(at(failed, Role::CanRetryRole).toBool());
        QCOMPARE(model->index(5).data(Role::BadgeRole).toString(), QStringLiteral("Flash message"));
        QVERIFY(model->index(5)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("Flash!")));
    }

    void followsNewAndChangedMessages()
    {
        InboxRig rig;
        rig.inbound(kPhone, QStringLiteral("Hi"));
        auto model = makeModel(rig);
        QAbstractItemModelTester tester(model.get());
        model->setThread(rig.threadFor(kPhone));
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        const qint64 id = rig.outbound(kPhone, QStringLiteral("Hello"), QStringLiteral("queued"));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(1).data(Role::StateTextRole).toString(), QStringLiteral("Queued"));
        const int revision = model->index(1).data(Role::RevisionRole).toInt();
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        rig.exec(QStringLiteral("UPDATE messages SET state = 'delivered', sent_at = created_at,"
                                " delivered_at = created_at WHERE id = ?"),
            {id});
        Q_EMIT rig.messaging->events().messageChanged(rig.threadFor(kPhone), id);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model->index(1).data(Role::StateTextRole).toString(), QStringLiteral("Delivered"));
        QVERIFY(model->index(1).data(Role::RevisionRole).toInt() != revision);
        // Other threads' messages are not this conversation's.
        rig.inbound(QStringLiteral("+447400123499"), QStringLiteral("Someone else"));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model->lastIncomingModemId(), QStringLiteral("sim-1"));
    }

    void tenThousandMessagesOpenWithinFiftyMilliseconds()
    {
        InboxRig rig;
        const qint64 thread
            = bulkThread(rig, 10000, QDateTime(QDate(2025, 1, 1), QTime(9, 0), QTimeZone::utc()));
        auto model = makeModel(rig);
        ConversationListView view;
        view.setConversationModel(model.get());
        view.resize(640, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<qint64> timings;
        for (int run = 0; run < 5; ++run) {
            model->setThread(0);
            QElapsedTimer timer;
            timer.start();
            model->setThread(thread); // the view lays out and scrolls to the newest
            view.viewport()->repaint();
            timings << timer.elapsed();
        }
        std::sort(timings.begin(), timings.end());
        qInfo() << "opening 10,000 messages (ms):" << timings;
        QVERIFY2(timings.at(2) <= 50, qPrintable(QString::number(timings.at(2))));
        QCOMPARE(model->rowCount(), 50);
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    }

    void scrollingToTheTopLoadsOlderAndKeepsThePlace()
    {
        InboxRig rig;
        const qint64 thread
            = bulkThread(rig, 300, QDateTime(QDate(2025, 6, 1), QTime(9, 0), QTimeZone::utc()));
        auto model = makeModel(rig);
        ConversationListView view;
        view.setConversationModel(model.get());
        view.resize(500, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model->setThread(thread);
        QCOMPARE(model->rowCount(), 50);
        const QModelIndex reading = model->index(0);
        const QString readingText = reading.data().toString();
        view.verticalScrollBar()->setValue(0);
        QCOMPARE(model->rowCount(), 100);
        // The message that was at the top is still where it was.
        const QModelIndex same = model->index(model->rowCount() - 50);
        QCOMPARE(same.data().toString(), readingText);
        QVERIFY(qAbs(view.visualRect(same).top()) < 40);
    }

    void delegateCachesSizesAndOffersRetry()
    {
        InboxRig rig;
        rig.inbound(kPhone,
            QStringLiteral("Donaudampfschiffahrtsgesellschaftskapitänsmütze und "
                           "Rechtsschutzversicherungsgesellschaften"));
        const qint64 failed
            = rig.outbound(kPhone, QStringLiteral("Ready for pick-up"), QStringLiteral("failed"),
                {}, QStringLiteral("manual"), {}, QStringLiteral("The network refused the text."));
        auto model = makeModel(rig);
        ConversationListView view;
        view.setConversationModel(model.get());
        view.resize(420, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model->setThread(rig.threadFor(kPhone));
        BubbleDelegate *delegate = view.bubbles();
        QCOMPARE(delegate->cachedSizes(), 2);
        // The long words wrap inside the bubble instead of running off the view.
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.rect = view.visualRect(model->index(0));
        QVERIFY(delegate->bubbleRect(option, model->index(0)).right() <= view.viewport()->width());
        QVERIFY(option.rect.height() > 3 * view.fontMetrics().height());

        QSignalSpy retry(delegate, &BubbleDelegate::retryRequested);
        const QModelIndex failedIndex = model->index(model->rowOf(failed));
        option.rect = view.visualRect(failedIndex);
        const QRect link = delegate->retryRect(option, failedIndex);
        QVERIFY(!link.isEmpty());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, link.center());
        QCOMPARE(retry.count(), 1);
        QCOMPARE(retry.at(0).at(0).toLongLong(), failed);

        delegate->setWidth(300);
        QCOMPARE(delegate->cachedSizes(), 0);
    }
};

RAPPORT_GUI_TEST_MAIN(TestConversationModel)
#include "tst_conversationmodel.moc"
