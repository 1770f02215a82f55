// The wired messaging core: an inbound "please stop texting me" holds the business's texts to
// that number until a person has looked, and resolving the review releases them — with no timer
// to wake up at, only the thread change can (MessagingService connects the two).
#include "RapportTest.h"

#include "InboundFixture.h"
#include "ManualClock.h"
#include "app/audit/AuditLog.h"
#include "app/inbound/InboundRouter.h"
#include "app/inbound/OptOutReviews.h"
#include "app/messaging/MessagingService.h"
#include "app/outbox/Outbox.h"
#include "app/settings/SettingsStore.h"
#include "app/storage/Database.h"

using namespace rapport;
using namespace rapport::app;
using namespace rapport::test;

class TestMessagingService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvingAReviewReleasesHeldTexts()
    {
        auto opened = Database::openInMemory(QStringLiteral("service"));
        QVERIFY(opened);
        Database &db = **opened;
        {
            AuditLog audit(db);
            SettingsStore settings(db);
            QVERIFY(settings.setValue(
                Actor::commandLine(), audit, BusinessProfile::RegionKey, QStringLiteral("GB")));
            QVERIFY(settings.setValue(Actor::commandLine(), audit, BusinessProfile::ZoneKey,
                QStringLiteral("Europe/London")));
        }
        ManualClock clock;
        // A Tuesday at noon in London: inside every sending window.
        clock.setNow(QDateTime(QDate(2026, 6, 9), QTime(11, 0), Qt::UTC));
        MessagingService messaging(db, clock);
        FakeSmsChannel channel(QStringLiteral("sim-1"));
        messaging.addChannel(&channel);
        QVERIFY(messaging.start());

        const modem::SmsDeliver words
            = inbound::composeParts(inbound::international(QStringLiteral("447400123456")),
                QStringLiteral("please stop texting me"), {}, clock.now())
                  .constFirst();
        channel.deliver(inboundPdu(words, simSlot(1), clock.now()));
        const auto reviews = messaging.router().openReviews();
        QVERIFY(reviews);
        QCOMPARE(reviews->size(), 1);

        OutgoingRequest reminder;
        reminder.phoneE164 = QStringLiteral("+447400123456");
        reminder.body = QStringLiteral("Your eye test is due");
        reminder.purpose = MessagePurpose::Service;
        reminder.origin = MessageOrigin::Automation;
        const auto held = messaging.outbox().enqueue(reminder);
        QVERIFY2(held, held ? "" : qPrintable(held.error()));
        QCOMPARE(held->state, MessageState::Held);
        QCOMPARE(held->decision.reasonCode, QStringLiteral("opt_out_review"));

        QVERIFY(messaging.router().resolveReview(reviews->first().id,
            Actor::staffMember(0, StaffRole::Manager, QStringLiteral("Mia")),
            ReviewOutcome::NotAnOptOut));
        // Released, and with a modem free it is on its way at once.
        const QString state = scalar(
            db, QStringLiteral("SELECT state FROM messages WHERE id = ?"), {held->messageId})
                                  .toString();
        QVERIFY2(state == QLatin1String("queued") || state == QLatin1String("sending"),
            qPrintable(state));
    }
};

RAPPORT_TEST_MAIN(TestMessagingService)
#include "tst_messagingservice.moc"
