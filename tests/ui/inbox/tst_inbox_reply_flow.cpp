// The inbox end to end: a customer's text arrives through the simulated modem, a member of staff
// opens the conversation, types a reply and presses Ctrl+Enter, and the bubble goes from queued
// to delivered as the simulated network's status report comes back.
#include "ModemRig.h"
#include "RapportTest.h"
#include "ui/inbox/ComposeBox.h"
#include "ui/inbox/ConversationModel.h"
#include "ui/inbox/InboxPage.h"
#include "ui/inbox/ThreadListModel.h"
#include "ui/inbox/ThreadListPane.h"

#include <QApplication>
#include <QListView>
#include <QPlainTextEdit>

using namespace rapport;
using namespace rapport::app;
using namespace rapport::ui;
using rapport::test::ModemRig;
using Role = ConversationModel::Role;

namespace {
const QString kCustomer = QStringLiteral("+447400123456");
} // namespace

class TestInboxReplyFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<modem::SendOutcome>();
        qRegisterMetaType<modem::InboundPdu>();
    }

    void replyIsDeliveredThroughTheModem()
    {
        ModemRig rig;
        rig.addCustomer(QStringLiteral("Ana"), QStringLiteral("Souza"), kCustomer);
        QVERIFY(rig.start());
        InboxPage page(rig.services());
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.threadList()->emptyText(),
            QStringLiteral("No conversations yet — texts from customers appear here."));

        // The customer writes; the thread appears, unread, at the top of the list.
        QVERIFY(rig.modem.injectText(kCustomer, QStringLiteral("Are my glasses ready?")));
        // Stored, then routed (which counts it unread).
        QVERIFY(rig.runUntil([&] {
            return page.threadModel()->rowCount() == 1
                && page.threadModel()->index(0).data(ThreadListModel::UnreadCountRole).toInt() == 1;
        }));
        const QModelIndex row = page.threadModel()->index(0);
        QCOMPARE(row.data().toString(), QStringLiteral("Ana Souza"));
        QCOMPARE(row.data(ThreadListModel::UnreadCountRole).toInt(), 1);

        // Opening it from the keyboard reads it.
        page.threadList()->list()->setFocus();
        QTest::keyClick(page.threadList()->list(), Qt::Key_Down);
        QCOMPARE(page.currentThreadId(), row.data(ThreadListModel::ThreadIdRole).toLongLong());
        QCOMPARE(page.threadModel()->index(0).data(ThreadListModel::UnreadCountRole).toInt(), 0);
        ConversationModel *conversation = page.conversationModel();
        QCOMPARE(conversation->rowCount(), 1);
        QCOMPARE(conversation->index(0).data().toString(), QStringLiteral("Are my glasses ready?"));

        // Reply with Ctrl+Enter.
        QPlainTextEdit *editor = page.compose()->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Yes, ready to collect after 2pm."));
        QCOMPARE(page.compose()->counterText(), QStringLiteral("32 / 1 text"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(editor->toPlainText(), QString());
        QCOMPARE(conversation->rowCount(), 2);
        const QModelIndex reply = conversation->index(1);
        QCOMPARE(reply.data().toString(), QStringLiteral("Yes, ready to collect after 2pm."));
        QVERIFY(!reply.data(Role::IncomingRole).toBool());
        QVERIFY(rig.runUntil([&] {
            return conversation->index(1).data(Role::StateTextRole).toString()
                == QStringLiteral("Delivered");
        }));
        QCOMPARE(
            conversation->index(1).data(Role::StateRole).toInt(), int(MessageState::Delivered));

        // It really left through the modem, once, to the customer, from the SIM they wrote to.
        QCOMPARE(rig.modem.submissions().size(), 1);
        QCOMPARE(rig.modem.submissions().at(0).destination, kCustomer);
        QCOMPARE(
            rig.modem.submissions().at(0).text, QStringLiteral("Yes, ready to collect after 2pm."));
        // The list shows the reply as the last message.
        QCOMPARE(page.threadModel()->index(0).data(ThreadListModel::PreviewRole).toString(),
            QStringLiteral("You: Yes, ready to collect after 2pm."));
    }
};

RAPPORT_GUI_TEST_MAIN(TestInboxReplyFlow)
#include "tst_inbox_reply_flow.moc"
