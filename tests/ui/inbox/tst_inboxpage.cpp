// The inbox page as a whole: empty states that say what will appear, search and filters,
// keyboard paths (Ctrl+F, Up/Down, Alt+Up/Down), assigning, closing and reopening, internal
// notes, the detail of held and failed texts with Retry, and the side panel's requests.
#include "InboxRig.h"
#include "RapportTest.h"
#include "ui/UiSetup.h"
#include "ui/inbox/BookAppointmentDialog.h"
#include "ui/inbox/ComposeBox.h"
#include "ui/inbox/ConversationListView.h"
#include "ui/inbox/ConversationModel.h"
#include "ui/inbox/ConversationView.h"
#include "ui/inbox/CustomerPanel.h"
#include "ui/inbox/InboxPage.h"
#include "ui/inbox/MessageHitModel.h"
#include "ui/inbox/ThreadListModel.h"
#include "ui/inbox/ThreadListPane.h"
#include "ui/inbox/ThreadNotes.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>

using namespace rapport;
using namespace rapport::app;
using namespace rapport::ui;
using rapport::test::InboxRig;
using Role = ConversationModel::Role;

namespace {

const QString kAna = QStringLiteral("+447400123456");
const QString kBjorn = QStringLiteral("+447400123457");
const QString kStranger = QStringLiteral("+447400123458");

struct Shown
{
    explicit Shown(InboxRig &rig)
        : page(rig.services())
    {
        page.resize(1280, 800);
        page.show();
        QApplication::setActiveWindow(&page);
        if (!QTest::qWaitForWindowActive(&page))
            qWarning("the page did not become active");
    }
    InboxPage page;
};

void threeThreads(InboxRig &rig)
{
    rig.addCustomer(QStringLiteral("Ana"), QStringLiteral("Souza"), kAna);
    rig.addCustomer(QStringLiteral("Bjørn"), QStringLiteral("Berg"), kBjorn);
    const QDateTime start(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::utc());
    rig.inbound(kStranger, QStringLiteral("Who is this?"), start);
    rig.inbound(kBjorn, QStringLiteral("Is the shop open Saturday?"), start.addSecs(600));
    rig.inbound(kAna, QStringLiteral("Thanks! See you Thursday."), start.addSecs(1200));
}

} // namespace

class TestInboxPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // As the application does: English plural forms ("1 message", "2 messages").
    void initTestCase() { installTranslations(*qApp); }

    void emptyStatesSayWhatWillAppear()
    {
        InboxRig rig;
        Shown s(rig);
        QCOMPARE(s.page.threadList()->emptyText(),
            QStringLiteral("No conversations yet — texts from customers appear here."));
        QCOMPARE(s.page.conversation()->emptyText(),
            QStringLiteral("Pick a conversation on the left to read it and reply."));
        QVERIFY(!s.page.compose()->isVisible());
        QVERIFY(!s.page.openCloseButton()->isVisible());
        s.page.threadList()->setBox(ThreadFilter::Box::Unread);
        QCOMPARE(s.page.threadList()->emptyText(),
            QStringLiteral("Nothing unread — new texts from customers appear here."));
        s.page.threadList()->searchField()->setText(QStringLiteral("zebra"));
        s.page.threadList()->applyFilter();
        QVERIFY(s.page.threadList()->emptyText().startsWith(
            QStringLiteral("No name or number matches “zebra”.")));
        // Every control can be named by a screen reader.
        for (QWidget *widget : s.page.findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(widget->parentWidget()))
                continue; // the line edit's own clear button
            if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
                || qobject_cast<QComboBox *>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
    }

    void searchAndKeyboardMoveBetweenThreads()
    {
        InboxRig rig;
        threeThreads(rig);
        Shown s(rig);
        QCOMPARE(s.page.threadModel()->rowCount(), 3);
        QCOMPARE(s.page.currentThreadId(), 0);
        // Ctrl+F: to the search field; Down from there opens the first thread.
        QTest::keyClick(&s.page, Qt::Key_F, Qt::ControlModifier);
        QLineEdit *search = s.page.threadList()->searchField();
        QVERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(s.page.currentThreadId(), rig.threadFor(kAna));
        QCOMPARE(s.page.conversation()->list()->model()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(s.page.currentThreadId(), rig.threadFor(kBjorn));
        // Up/Down in the list itself.
        QListView *list = s.page.threadList()->list();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(s.page.currentThreadId(), rig.threadFor(kStranger));
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(s.page.currentThreadId(), rig.threadFor(kBjorn));
        // Alt+Up from the compose box.
        s.page.compose()->editor()->setFocus();
        QTest::keyClick(s.page.compose()->editor(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(s.page.currentThreadId(), rig.threadFor(kAna));

        // Search by name and by the number as people write it.
        QTest::keyClicks(search, QStringLiteral("bjø"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(s.page.threadModel()->rowCount(), 1);
        QCOMPARE(s.page.threadModel()->index(0).data().toString(), QStringLiteral("Bjørn Berg"));
        search->setText(QStringLiteral("07400 123458"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(s.page.threadModel()->rowCount(), 1);
        QCOMPARE(s.page.threadModel()->index(0).data().toString(), QStringLiteral("07400 123458"));
    }

    void searchFindsWordsInMessagesAndShowsThem()
    {
        InboxRig rig;
        threeThreads(rig);
        // A long conversation whose matching text is far older than its first page.
        const QDateTime start(QDate(2025, 11, 1), QTime(9, 0), QTimeZone::utc());
        const qint64 early = rig.inbound(kAna, QStringLiteral("Are varifocals worth it?"), start);
        for (int i = 1; i <= 180; ++i)
            rig.inbound(kAna, QStringLiteral("Message %1").arg(i), start.addSecs(60 * i));
        Shown s(rig);
        QLineEdit *search = s.page.threadList()->searchField();
        QListView *hits = s.page.threadList()->hitList();
        QAbstractItemModelTester tester(
            hits->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(s.page.threadList()->hitHeading().isEmpty());

        // No name matches "saturday"; one message does, and it is listed under the names.
        search->setText(QStringLiteral("saturday"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(s.page.threadModel()->rowCount(), 0);
        QCOMPARE(hits->model()->rowCount(), 1);
        QCOMPARE(hits->model()->index(0, 0).data().toString(), QStringLiteral("Bjørn Berg"));
        QCOMPARE(hits->model()->index(0, 0).data(ThreadListModel::PreviewRole).toString(),
            QStringLiteral("Is the shop open Saturday?"));
        QCOMPARE(s.page.threadList()->hitHeading(), QStringLiteral("1 message with “saturday”"));
        hits->setCurrentIndex(hits->model()->index(0, 0));
        QCOMPARE(s.page.currentThreadId(), rig.threadFor(kBjorn));

        // The varifocals question is beyond the newest page: opening it loads older pages
        // until it is there, and makes it the current message.
        search->setText(QStringLiteral("varifocal"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(hits->model()->rowCount(), 1);
        hits->setCurrentIndex(hits->model()->index(0, 0));
        QCOMPARE(s.page.currentThreadId(), rig.threadFor(kAna));
        const QAbstractItemView *conversation = s.page.conversation()->list();
        QVERIFY(conversation->model()->rowCount() > 150);
        QCOMPARE(conversation->currentIndex().data(ConversationModel::MessageIdRole).toLongLong(),
            early);

        // Words that are in no message say so; one letter searches names only.
        search->setText(QStringLiteral("zebra"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(hits->model()->rowCount(), 0);
        QCOMPARE(
            s.page.threadList()->hitHeading(), QStringLiteral("No message has “zebra” in it."));
        search->setText(QStringLiteral("s"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(s.page.threadList()->hitHeading().isEmpty());
    }

    void openingReadsAndCountsUnread()
    {
        InboxRig rig;
        threeThreads(rig);
        Shown s(rig);
        QSignalSpy unread(&s.page, &InboxPage::unreadTotalChanged);
        QVERIFY(s.page.openThread(rig.threadFor(kAna)));
        QTRY_VERIFY(!unread.isEmpty());
        QCOMPARE(unread.constLast().at(0).toLongLong(), 2);
        QCOMPARE(rig.value(QStringLiteral("SELECT unread_count FROM threads WHERE id = ?"),
                        {rig.threadFor(kAna)})
                     .toInt(),
            0);
        // A new text in the open thread is read where it shows.
        rig.inbound(kAna, QStringLiteral("One more thing"));
        QCOMPARE(s.page.conversationModel()->rowCount(), 2);
        QCOMPARE(rig.value(QStringLiteral("SELECT unread_count FROM threads WHERE id = ?"),
                        {rig.threadFor(kAna)})
                     .toInt(),
            0);
    }

    void assignCloseReopenAndNotes()
    {
        InboxRig rig;
        threeThreads(rig);
        Shown s(rig);
        const qint64 ana = rig.threadFor(kAna);
        QVERIFY(s.page.openThread(ana));
        s.page.assignCurrent(rig.actor.staffId);
        QCOMPARE(s.page.threadModel()->index(0).data(ThreadListModel::AssigneeRole).toString(),
            QStringLiteral("Maria Lopes"));
        QCOMPARE(
            rig.value(QStringLiteral("SELECT assigned_staff_id FROM threads WHERE id = ?"), {ana})
                .toLongLong(),
            rig.actor.staffId);
        s.page.threadList()->setBox(ThreadFilter::Box::Mine);
        QCOMPARE(s.page.threadModel()->rowCount(), 1);
        s.page.threadList()->setBox(ThreadFilter::Box::All);

        QCOMPARE(s.page.openCloseButton()->text(), QStringLiteral("&Close"));
        QTest::mouseClick(s.page.openCloseButton(), Qt::LeftButton);
        QCOMPARE(
            rig.value(QStringLiteral("SELECT is_open FROM threads WHERE id = ?"), {ana}).toInt(),
            0);
        QCOMPARE(s.page.openCloseButton()->text(), QStringLiteral("&Reopen"));
        QTest::mouseClick(s.page.openCloseButton(), Qt::LeftButton);
        QCOMPARE(
            rig.value(QStringLiteral("SELECT is_open FROM threads WHERE id = ?"), {ana}).toInt(),
            1);
        QCOMPARE(s.page.openCloseButton()->text(), QStringLiteral("&Close"));

        QTest::keyClicks(s.page.notes()->input(), QStringLiteral("Prefers a call after 5"));
        QTest::keyClick(s.page.notes()->input(), Qt::Key_Return);
        QCOMPARE(s.page.notes()->notes().size(), 1);
        QVERIFY(s.page.notes()->notes().constFirst().startsWith(
            QStringLiteral("Prefers a call after 5 — Maria Lopes")));
        QCOMPARE(s.page.problemText(), QString());
    }

    void heldAndFailedTextsExplainThemselves()
    {
        InboxRig rig;
        // After the sending hours: the core, asked again when the thread changes (opening it
        // marks it read), keeps the offer held.
        rig.manual().setNow(QDateTime(QDate(2026, 1, 5), QTime(22, 30), QTimeZone::utc()));
        rig.inbound(kAna, QStringLiteral("Hello"));
        const qint64 held = rig.outbound(kAna, QStringLiteral("Offer"), QStringLiteral("held"), {},
            QStringLiteral("campaign"), {}, QStringLiteral("Quiet hours."),
            QDateTime(QDate(2026, 1, 6), QTime(9, 0), QTimeZone::utc()));
        const qint64 failed = rig.outbound(kAna, QStringLiteral("Ready"), QStringLiteral("failed"),
            {}, QStringLiteral("manual"), {}, QStringLiteral("The network refused the text."));
        Shown s(rig);
        QVERIFY(s.page.openThread(rig.threadFor(kAna)));
        ConversationListView *list = s.page.conversation()->list();
        ConversationModel *model = s.page.conversationModel();
        list->setCurrentIndex(model->index(model->rowOf(held)));
        // The core asked again when the thread was opened and kept it held, in its own words.
        QVERIFY2(s.page.conversation()->detailText().contains(QStringLiteral("quiet hours")),
            qPrintable(s.page.conversation()->detailText()));
        QVERIFY(model->index(model->rowOf(held))
                    .data(Role::StateTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Held until tomorrow")));
        list->setCurrentIndex(model->index(model->rowOf(failed)));
        QVERIFY(s.page.conversation()->detailText().contains(QStringLiteral("refused")));
        QPushButton *retryButton = nullptr;
        for (QPushButton *button : s.page.conversation()->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("&Retry"))
                retryButton = button;
        }
        QVERIFY(retryButton && retryButton->isVisible());
        QTest::mouseClick(retryButton, Qt::LeftButton);
        QCOMPARE(rig.stateOf(failed), QStringLiteral("queued"));
        QCOMPARE(model->index(model->rowOf(failed)).data(Role::StateTextRole).toString(),
            QStringLiteral("Queued"));
        QCOMPARE(s.page.problemText(), QString());
    }

    void businessChangesReachThePanel()
    {
        InboxRig rig;
        threeThreads(rig);
        Visit visit;
        visit.customerId = rig.customers->findByNumber(kAna)->id;
        visit.visitedOn = QDate(2026, 1, 2);
        visit.amountCents = 4250;
        QVERIFY(rig.customers->addVisit(visit));
        Shown s(rig);
        QVERIFY(s.page.openThread(rig.threadFor(kAna)));
        QLabel *visits = nullptr;
        for (QLabel *label : s.page.customerPanel()->findChildren<QLabel *>()) {
            if (label->accessibleName() == QStringLiteral("Visits"))
                visits = label;
        }
        QVERIFY(visits);
        QVERIFY2(visits->text().startsWith(QStringLiteral("1 visit, £42.50 in total")),
            qPrintable(visits->text()));
        // The shop moved to Dublin (Settings saved): euros from now on, without a restart.
        s.page.setBusiness(QStringLiteral("IE"), QStringLiteral("Harbour Optics"));
        QVERIFY2(visits->text().startsWith(QStringLiteral("1 visit, €42.50 in total")),
            qPrintable(visits->text()));
    }

    void appointmentsAreBookedAndCancelledFromThePanel()
    {
        InboxRig rig;
        threeThreads(rig);
        Shown s(rig);
        QVERIFY(s.page.openThread(rig.threadFor(kAna)));
        CustomerPanel *panel = s.page.customerPanel();
        QCOMPARE(panel->nextAppointmentText(), QStringLiteral("None booked"));
        QPushButton *book = nullptr;
        QPushButton *cancel = nullptr;
        for (QPushButton *button : panel->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Book appointment…"))
                book = button;
            if (button->text() == QStringLiteral("Cancel appointment…"))
                cancel = button;
        }
        QVERIFY(book && cancel);
        QVERIFY(!cancel->isVisible());

        // Book: a time already gone is refused in the dialog, which keeps what was typed.
        QTest::mouseClick(book, Qt::LeftButton);
        auto *dialog = s.page.findChild<BookAppointmentDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QDateTime now = rig.now().toLocalTime();
        dialog->findChild<QDateEdit *>()->setDate(now.date());
        dialog->findChild<QTimeEdit *>()->setTime(now.time().addSecs(-3600));
        dialog->findChild<QLineEdit *>()->setText(QStringLiteral("Eye test"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->problemText().isEmpty());
        QCOMPARE(dialog->findChild<QLineEdit *>()->text(), QStringLiteral("Eye test"));
        const QDate day = now.date().addDays(2);
        dialog->findChild<QDateEdit *>()->setDate(day);
        dialog->findChild<QTimeEdit *>()->setTime(QTime(10, 30));
        dialog->accept();
        QVERIFY(QTest::qWaitFor([&] { return !s.page.findChild<BookAppointmentDialog *>(); }));
        const QString expected = QLocale().toString(day, QStringLiteral("ddd d MMM yyyy"))
            + QStringLiteral(", 10:30 for 30 min — Eye test");
        QCOMPARE(panel->nextAppointmentText(), expected);
        QVERIFY(cancel->isVisible());
        const qint64 anaId = rig.customers->findByNumber(kAna)->id;
        const auto stored = rig.appointments->next(anaId);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->what, QStringLiteral("Eye test"));
        QCOMPARE((*stored)->bookedBy, rig.actor.staffId);

        // Cancel, after saying yes to the question.
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(panel->nextAppointmentText(), QStringLiteral("None booked"));
        QVERIFY(!cancel->isVisible());
        QVERIFY(!rig.appointments->next(anaId)->has_value());
    }

    void sidePanelAsksOtherPages()
    {
        InboxRig rig;
        threeThreads(rig);
        Shown s(rig);
        QSignalSpy add(&s.page, &InboxPage::addCustomerRequested);
        QSignalSpy open(&s.page, &InboxPage::openCustomerRequested);
        QSignalSpy consent(&s.page, &InboxPage::recordConsentRequested);
        QVERIFY(s.page.openThread(rig.threadFor(kStranger)));
        QPushButton *addButton = nullptr;
        QPushButton *openButton = nullptr;
        QPushButton *consentButton = nullptr;
        for (QPushButton *button : s.page.customerPanel()->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Add as customer…"))
                addButton = button;
            if (button->text() == QStringLiteral("Open customer"))
                openButton = button;
            if (button->text() == QStringLiteral("Record consent…"))
                consentButton = button;
        }
        QVERIFY(addButton && openButton && consentButton);
        QVERIFY(addButton->isVisible());
        QVERIFY(!openButton->isVisible());
        QTest::mouseClick(addButton, Qt::LeftButton);
        QCOMPARE(add.count(), 1);
        QCOMPARE(add.at(0).at(0).toString(), kStranger);

        QVERIFY(s.page.openThread(rig.threadFor(kAna)));
        QVERIFY(!addButton->isVisible());
        QVERIFY(openButton->isVisible());
        QCOMPARE(s.page.customerPanel()->consentText(ConsentPurpose::Marketing),
            QStringLiteral("Not asked yet"));
        QTest::mouseClick(openButton, Qt::LeftButton);
        QTest::mouseClick(consentButton, Qt::LeftButton);
        const qint64 anaId = rig.customers->findByNumber(kAna)->id;
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), anaId);
        QCOMPARE(consent.at(0).at(0).toLongLong(), anaId);
    }

    void grabsAtDesktopSize()
    {
        InboxRig rig;
        threeThreads(rig);
        Shown s(rig);
        QVERIFY(s.page.openThread(rig.threadFor(kAna)));
        const QImage image = s.page.grab().toImage();
        QCOMPARE(image.size(), QSize(1280, 800));
        // The three panes all fit: nothing was squeezed below its minimum.
        const QList<int> sizes = s.page.splitter()->sizes();
        QCOMPARE(sizes.size(), 3);
        for (const int size : sizes)
            QVERIFY(size >= 240);
    }
};

RAPPORT_GUI_TEST_MAIN(TestInboxPage)
#include "tst_inboxpage.moc"
