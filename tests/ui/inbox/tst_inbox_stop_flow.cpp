// STOP arriving while the conversation is open: the customer panel's consent rows turn to
// "opted out" for service and marketing, and the automatic confirmation shows in the thread,
// tagged as automatic.
#include "ModemRig.h"
#include "RapportTest.h"
#include "ui/inbox/ConversationModel.h"
#include "ui/inbox/CustomerPanel.h"
#include "ui/inbox/InboxPage.h"

#include <QApplication>
#include <QLabel>

using namespace rapport;
using namespace rapport::app;
using namespace rapport::ui;
using rapport::test::ModemRig;
using Role = ConversationModel::Role;

namespace {
const QString kCustomer = QStringLiteral("+447400123456");
} // namespace

class TestInboxStopFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<modem::SendOutcome>();
        qRegisterMetaType<modem::InboundPdu>();
    }

    void stopUpdatesTheSidePanel()
    {
        ModemRig rig;
        const qint64 customer
            = rig.addCustomer(QStringLiteral("Ana"), QStringLiteral("Souza"), kCustomer);
        QVERIFY(rig.consent(customer, ConsentPurpose::Service));
        QVERIFY(rig.consent(customer, ConsentPurpose::Marketing));
        QVERIFY(rig.start());
        rig.inbound(kCustomer, QStringLiteral("Thanks for the reminder"));
        InboxPage page(rig.services());
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.openThread(rig.threadFor(kCustomer)));

        CustomerPanel *panel = page.customerPanel();
        const QString since = QLocale().toString(rig.clock().now().date(), QLocale::ShortFormat);
        QCOMPARE(panel->consentText(ConsentPurpose::Service),
            QStringLiteral("✓ Yes, since %1").arg(since));
        QCOMPARE(panel->consentText(ConsentPurpose::Marketing),
            QStringLiteral("✓ Yes, since %1").arg(since));
        const auto *marketingRow = panel->findChild<QLabel *>(QStringLiteral("consent-marketing"));
        QVERIFY(marketingRow && marketingRow->isVisible());

        QVERIFY(rig.modem.injectText(kCustomer, QStringLiteral("STOP")));
        const QString optedOut = QStringLiteral("✗ Opted out %1 (by text)").arg(since);
        QVERIFY(rig.runUntil([&] {
            return panel->consentText(ConsentPurpose::Service) == optedOut
                && panel->consentText(ConsentPurpose::Marketing) == optedOut;
        }));
        QCOMPARE(marketingRow->text(), optedOut);

        // The thread shows STOP and the one confirmation, marked as an automatic reply.
        ConversationModel *conversation = page.conversationModel();
        QVERIFY(rig.runUntil([&] { return conversation->rowCount() == 3; }));
        QCOMPARE(conversation->index(1).data().toString(), QStringLiteral("STOP"));
        QCOMPARE(conversation->index(2).data(Role::TagRole).toString(),
            QStringLiteral("automatic reply"));
    }
};

RAPPORT_GUI_TEST_MAIN(TestInboxStopFlow)
#include "tst_inbox_stop_flow.moc"
