// The compose box: the live counter and its UCS-2 explanation, highlighting and one-click
// replacement, templates filled in for the customer, and the policy check before sending —
// quiet hours, missing consent, and the opt-out override offered only when the rules allow it.
#include "InboxRig.h"
#include "RapportTest.h"
#include "app/messaging/SendCheck.h"
#include "app/policy/PolicyEngine.h"
#include "app/templates/TemplatePreview.h"
#include "ui/inbox/ComposeBox.h"
#include "ui/inbox/ComposeCounter.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace rapport;
using namespace rapport::app;
using namespace rapport::ui;
using rapport::test::InboxRig;
using namespace std::chrono_literals;

namespace {

const QString kPhone = QStringLiteral("+447400123456");

struct Box
{
    explicit Box(InboxRig &rig)
        : previewer(rig.database(), QStringLiteral("GB"), rapport::test::kShop)
        , box(rig.messaging->outbox(), SendChecker(rig.messaging->policy(), rig.clock()),
              *rig.templates, previewer, [&rig] { return rig.actor; })
    {
        box.resize(640, 240);
        box.show();
    }
    void type(const QString &text)
    {
        box.editor()->clear();
        rapport::test::typeInto(box.editor(), text);
    }
    TemplatePreviewer previewer;
    ComposeBox box;
};

} // namespace

class TestComposeBox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counterWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("counter");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("canReplace");
        QTest::newRow("empty") << QString() << QStringLiteral("0 / 1 text") << QString() << false;
        QTest::newRow("72 gsm") << QString(72, QLatin1Char('a')) << QStringLiteral("72 / 1 text")
                                << QString() << false;
        QTest::newRow("161 gsm") << QString(161, QLatin1Char('a'))
                                 << QStringLiteral("161 / 2 texts") << QString() << false;
        QTest::newRow("curly apostrophe")
            << QStringLiteral("It’s ready") << QStringLiteral("10 / 1 text")
            << QStringLiteral("UCS-2: 1 part because of ’ — replace with '") << true;
        QTest::newRow("three parts")
            << QString(QString(140, QLatin1Char('a')) + QStringLiteral("’"))
            << QStringLiteral("141 / 3 texts")
            << QStringLiteral("UCS-2: 3 parts because of ’ — replace with '") << true;
        QTest::newRow("emoji") << QStringLiteral("Thanks 😀") << QStringLiteral("9 / 1 text")
                               << QStringLiteral("UCS-2: 1 part because of 😀") << false;
        QTest::newRow("dash and quote")
            << QStringLiteral("“Open” – 9 to 5") << QStringLiteral("15 / 1 text")
            << QStringLiteral("UCS-2: 1 part because of “, ”, – — replace “ with \", ” with \", – "
                              "with -")
            << true;
    }

    void counterWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, counter);
        QFETCH(QString, encoding);
        QFETCH(bool, canReplace);
        const ComposeCounter words = ComposeCounter::describe(countText(text));
        QCOMPARE(words.counter, counter);
        QCOMPARE(words.encoding, encoding);
        QCOMPARE(words.canReplace, canReplace);
    }

    void highlightsAndReplacesWhatForcesUcs2()
    {
        InboxRig rig;
        Box b(rig);
        b.box.setTarget({rig.threadFor(kPhone), 0, kPhone, {}});
        b.type(QStringLiteral("It’s ready – see you"));
        QCOMPARE(b.box.counterText(), QStringLiteral("20 / 1 text"));
        QVERIFY(b.box.encodingText().startsWith(QStringLiteral("UCS-2: 1 part because of ’, –")));
        QCOMPARE(b.box.highlightedPositions(), (QList<qsizetype> {2, 11}));
        QVERIFY(b.box.replaceButton()->isVisible());
        QTest::mouseClick(b.box.replaceButton(), Qt::LeftButton);
        QCOMPARE(b.box.editor()->toPlainText(), QStringLiteral("It's ready - see you"));
        QCOMPARE(b.box.encodingText(), QString());
        QVERIFY(b.box.highlightedPositions().isEmpty());
        QVERIFY(!b.box.replaceButton()->isVisible());
        // One step back brings the original.
        b.box.editor()->undo();
        QCOMPARE(b.box.editor()->toPlainText(), QStringLiteral("It’s ready – see you"));
    }

    void ctrlEnterSendsAReply()
    {
        InboxRig rig;
        rig.inbound(kPhone, QStringLiteral("Are my glasses in?"));
        Box b(rig);
        const qint64 thread = rig.threadFor(kPhone);
        b.box.setTarget({thread, 0, kPhone, QStringLiteral("sim-1")});
        QSignalSpy sent(&b.box, &ComposeBox::sent);
        b.type(QStringLiteral("Yes, ready today."));
        QTest::keyClick(b.box.editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(sent.count(), 1);
        const qint64 id = sent.at(0).at(1).toLongLong();
        QCOMPARE(
            rig.value(QStringLiteral("SELECT body FROM messages WHERE id = ?"), {id}).toString(),
            QStringLiteral("Yes, ready today."));
        QCOMPARE(rig.value(QStringLiteral("SELECT staff_id FROM messages WHERE id = ?"), {id})
                     .toLongLong(),
            rig.actor.staffId);
        QCOMPARE(rig.value(QStringLiteral("SELECT modem_id FROM messages WHERE id = ?"), {id})
                     .toString(),
            QStringLiteral("sim-1"));
        QVERIFY(b.box.editor()->toPlainText().isEmpty());
        // An empty box sends nothing.
        QTest::keyClick(b.box.editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(sent.count(), 1);
    }

    void warnsAboutMissingConsent()
    {
        InboxRig rig;
        const qint64 customer
            = rig.addCustomer(QStringLiteral("Ana"), QStringLiteral("Souza"), kPhone);
        Box b(rig);
        b.box.setTarget({rig.threadFor(kPhone), customer, kPhone, {}});
        b.box.setPurpose(MessagePurpose::Marketing);
        QSignalSpy sent(&b.box, &ComposeBox::sent);
        b.type(QStringLiteral("20% off frames this week"));
        QTest::keyClick(b.box.editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(sent.count(), 0);
        QVERIFY2(b.box.warningText().startsWith(QStringLiteral("This text cannot be sent:")),
            qPrintable(b.box.warningText()));
        QVERIFY(!b.box.sendAnywayButton()->isVisible());
        QVERIFY(!b.box.overrideButton()->isVisible());
        QCOMPARE(rig.value(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 0);
        // Editing puts the warning away.
        QTest::keyClick(b.box.editor(), Qt::Key_Exclam);
        QCOMPARE(b.box.warningText(), QString());
    }

    void warnsBeforeQuietHoursAndQueuesOnRequest()
    {
        InboxRig rig;
        rig.manual().setNow(QDateTime(QDate(2026, 1, 10), QTime(22, 30), QTimeZone::utc()));
        const qint64 customer
            = rig.addCustomer(QStringLiteral("Ana"), QStringLiteral("Souza"), kPhone);
        Box b(rig);
        b.box.setTarget({rig.threadFor(kPhone), customer, kPhone, {}});
        b.box.setPurpose(MessagePurpose::Service);
        QSignalSpy sent(&b.box, &ComposeBox::sent);
        b.type(QStringLiteral("Your glasses are ready to collect."));
        QTest::keyClick(b.box.editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(sent.count(), 0);
        QVERIFY2(b.box.warningText().startsWith(QStringLiteral("This text would not go now:")),
            qPrintable(b.box.warningText()));
        QVERIFY(b.box.sendAnywayButton()->isVisible());
        QTest::mouseClick(b.box.sendAnywayButton(), Qt::LeftButton);
        QCOMPARE(sent.count(), 1);
        QCOMPARE(rig.stateOf(sent.at(0).at(1).toLongLong()), QStringLiteral("held"));
    }

    void offersTheOptOutOverrideOnlyWhenAllowed()
    {
        InboxRig rig;
        const qint64 customer
            = rig.addCustomer(QStringLiteral("Ana"), QStringLiteral("Souza"), kPhone);
        const qint64 thread = rig.threadFor(kPhone);
        ConsentEvent stop;
        stop.customerId = customer;
        stop.purpose = ConsentPurpose::Marketing;
        stop.action = ConsentAction::OptOut;
        stop.source = ConsentSource::Keyword;
        stop.inboundText = QStringLiteral("STOP");
        QVERIFY(rig.messaging->consent().record(Actor::commandLine(), stop));
        rig.manual().advance(60s);
        Box b(rig);
        b.box.setTarget({thread, customer, kPhone, {}});
        b.type(QStringLiteral("Sorry to see you go."));
        // Nothing written since STOP: no override.
        QTest::keyClick(b.box.editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(b.box.warningText().startsWith(QStringLiteral("This text cannot be sent:")),
            qPrintable(b.box.warningText()));
        QVERIFY(!b.box.overrideButton()->isVisible());

        // The customer writes again: a reply by hand may override, explicitly.
        rig.inbound(kPhone, QStringLiteral("Can I still pick up my order?"));
        rig.manual().advance(60s);
        QSignalSpy sent(&b.box, &ComposeBox::sent);
        b.type(QStringLiteral("Yes, it is ready."));
        QTest::keyClick(b.box.editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(sent.count(), 0);
        QVERIFY(b.box.overrideButton()->isVisible());
        QVERIFY(!b.box.warningText().isEmpty());
        QTest::mouseClick(b.box.overrideButton(), Qt::LeftButton);
        QCOMPARE(sent.count(), 1);
        const qint64 id = sent.at(0).at(1).toLongLong();
        QCOMPARE(
            rig.value(QStringLiteral("SELECT overrides_opt_out FROM messages WHERE id = ?"), {id})
                .toInt(),
            1);
        QCOMPARE(rig.stateOf(id), QStringLiteral("queued"));
    }

    void templatesAreFilledInForTheCustomer()
    {
        InboxRig rig;
        const qint64 customer
            = rig.addCustomer(QStringLiteral("Ana"), QStringLiteral("Souza"), kPhone);
        StoredTemplate ready;
        ready.name = QStringLiteral("Glasses ready");
        ready.body = QStringLiteral("Hi {first_name}, your glasses are ready at {business}.");
        ready.isSavedReply = true;
        const auto id = rig.templates->add(ready);
        QVERIFY(id);
        Box b(rig);
        b.box.setTarget({rig.threadFor(kPhone), customer, kPhone, {}});
        b.box.insertTemplate(*id);
        QCOMPARE(b.box.editor()->toPlainText(),
            QStringLiteral("Hi Ana, your glasses are ready at Harbour Optics."));
        QCOMPARE(b.box.counterText(), QStringLiteral("49 / 1 text"));
        QCOMPARE(b.box.warningText(), QString());
    }
};

RAPPORT_GUI_TEST_MAIN(TestComposeBox)
#include "tst_composebox.moc"
