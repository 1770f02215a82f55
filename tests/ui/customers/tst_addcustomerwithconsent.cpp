// The counter flow: a new customer is typed into the editor (the number formatted as it is
// typed), saved, and their in-person consent to offers is recorded with the words shown and the
// confirmation text, which the page hands on to be sent.
#include "RapportTest.h"

#include "CustomersFixture.h"
#include "app/consent/CounterConsentWording.h"
#include "ui/customers/ConsentDialog.h"
#include "ui/customers/CustomerEditor.h"
#include "ui/customers/CustomersPage.h"
#include "ui/customers/FieldMessage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace rapport;

class TestAddCustomerWithConsent final : public QObject
{
    Q_OBJECT

private:
    test::CustomersFixture f;
    int m_opened = 0;

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void init() { QVERIFY(f.open(QStringLiteral("addconsent-%1").arg(++m_opened))); }
    void cleanup()
    {
        f.shown.clear();
        f.notices.clear();
        f.close();
    }

    void numberIsFormattedAsTypedAndCheckedAsTyped()
    {
        app::Customer none;
        ui::CustomerEditor editor(*f.customers, QStringLiteral("GB"), none);
        editor.show();
        auto *mobile = child<QLineEdit>(&editor, "mobile");
        auto *save = child<QPushButton>(&editor, "save");
        QVERIFY(mobile && save);
        QVERIFY(!save->isEnabled()); // nothing typed yet
        QTest::keyClicks(mobile, QStringLiteral("07400"));
        QCOMPARE(mobile->text(), QStringLiteral("07400"));
        auto *message = child<ui::FieldMessage>(&editor, "mobileMessage");
        QVERIFY(message->hasProblem()); // too short so far
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(mobile, QStringLiteral("123456"));
        QCOMPARE(mobile->text(), QStringLiteral("07400 123456"));
        QVERIFY(!message->hasProblem());
        QCOMPARE(message->text(), QStringLiteral("Will be saved as +44 7400 123456"));
        QVERIFY(save->isEnabled());
        // A landline cannot get texts: said at once.
        mobile->clear();
        QTest::keyClicks(mobile, QStringLiteral("02079460000"));
        QCOMPARE(mobile->text(), QStringLiteral("020 7946 0000"));
        QVERIFY(message->hasProblem());
        QVERIFY(!save->isEnabled());
    }

    void addingACustomerWithConsentCaptured()
    {
        ui::CustomersPage page(f.services(), f.dialogs());
        page.resize(1280, 800);
        page.show();
        QVERIFY(page.isShowingEmptyState());
        QSignalSpy confirmations(&page, &ui::CustomersPage::confirmationTextRequested);

        QTest::mouseClick(child<QPushButton>(&page, "emptyAdd"), Qt::LeftButton);
        auto *editor = f.lastShown<ui::CustomerEditor>();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        QTest::keyClicks(child<QLineEdit>(editor, "firstName"), QStringLiteral("Ana"));
        QTest::keyClicks(child<QLineEdit>(editor, "lastName"), QStringLiteral("Souza"));
        auto *mobile = child<QLineEdit>(editor, "mobile");
        QTest::keyClicks(mobile, QStringLiteral("07400123456"));
        QCOMPARE(mobile->text(), QStringLiteral("07400 123456"));
        QTest::keyClicks(child<QLineEdit>(editor, "email"), QStringLiteral("ana@example.com"));
        QTest::keyClicks(child<QLineEdit>(editor, "tags"), QStringLiteral("Regular, colour"));
        QTest::mouseClick(child<QPushButton>(editor, "saveAndConsent"), Qt::LeftButton);

        auto stored = f.customers->findByNumber(QStringLiteral("+447400123456"));
        QVERIFY(stored);
        QCOMPARE(stored->displayName(), QStringLiteral("Ana Souza"));
        QCOMPARE(stored->email, QStringLiteral("ana@example.com"));
        QCOMPARE(stored->tags, (QStringList {QStringLiteral("colour"), QStringLiteral("regular")}));
        QVERIFY(!page.isShowingEmptyState());
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.currentCustomerId(), stored->id);

        auto *dialog = f.lastShown<ui::ConsentDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString wording = app::CounterConsentWording::question(
            app::ConsentPurpose::Marketing, QStringLiteral("Salon Test"));
        QCOMPARE(child<QLabel>(dialog, "question")->text(), wording);
        QVERIFY(wording.contains(QLatin1String("Salon Test")));
        const QString confirmation
            = app::CounterConsentWording::confirmation(app::ConsentPurpose::Marketing,
                app::ConsentAction::OptIn, QStringLiteral("Salon Test"));
        QVERIFY(confirmation.contains(QLatin1String("STOP")));
        QVERIFY(confirmation.contains(QLatin1String("HELP")));
        QCOMPARE(child<QLabel>(dialog, "confirmation")->text(), confirmation);
        QTest::mouseClick(child<QPushButton>(dialog, "record"), Qt::LeftButton);

        auto state = f.consent->current(stored->id);
        QVERIFY(state);
        QVERIFY(state->allows(app::ConsentPurpose::Marketing));
        QVERIFY(!state->allows(app::ConsentPurpose::Service));
        auto history = f.consent->history(stored->id);
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        const app::ConsentEvent &event = history->constFirst();
        QCOMPARE(event.source, app::ConsentSource::InPerson);
        QCOMPARE(event.action, app::ConsentAction::OptIn);
        QCOMPARE(event.wording, wording);
        QCOMPARE(event.wordingVersion, app::CounterConsentWording::wordingVersion());
        QCOMPARE(event.confirmationText, confirmation);
        QCOMPARE(event.staffId, f.clerk.staffId);
        QCOMPARE(event.phoneE164, QStringLiteral("+447400123456"));

        QCOMPARE(confirmations.size(), 1);
        QCOMPARE(confirmations.at(0).at(0).toLongLong(), stored->id);
        QCOMPARE(confirmations.at(0).at(1).toString(), QStringLiteral("+447400123456"));
        QCOMPARE(confirmations.at(0).at(2).toString(), confirmation);

        // The list shows the decision at once.
        QCOMPARE(page.model()
                     ->data(page.model()->index(0, ui::CustomerTableModel::Marketing))
                     .toString(),
            QStringLiteral("Opted in"));
        auto audit = f.audit->entries(app::AuditAction::ConsentRecorded);
        QVERIFY(audit);
        QCOMPARE(audit->size(), 1);
    }

    void declinedConsentWithoutConfirmationSendsNothing()
    {
        const qint64 id = f.mustAdd(
            QStringLiteral("Bob"), QStringLiteral("Jones"), QStringLiteral("+447400123457"));
        ui::CustomersPage page(f.services(), f.dialogs());
        QSignalSpy confirmations(&page, &ui::CustomersPage::confirmationTextRequested);
        page.recordConsent(id);
        auto *dialog = f.lastShown<ui::ConsentDialog>();
        QVERIFY(dialog);
        dialog->setAction(app::ConsentAction::OptOut);
        dialog->setSource(app::ConsentSource::PaperForm);
        dialog->setSendConfirmation(false);
        QVERIFY(dialog->record());
        QCOMPARE(confirmations.size(), 0);
        auto history = f.consent->history(id);
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->constFirst().action, app::ConsentAction::OptOut);
        QCOMPARE(history->constFirst().source, app::ConsentSource::PaperForm);
        QVERIFY(history->constFirst().confirmationText.isEmpty());
    }

    void aDuplicateNumberIsRefusedInTheForm()
    {
        f.mustAdd(QStringLiteral("Ana"), QStringLiteral("Souza"), QStringLiteral("+447400123456"));
        app::Customer none;
        ui::CustomerEditor editor(*f.customers, QStringLiteral("GB"), none);
        QTest::keyClicks(child<QLineEdit>(&editor, "firstName"), QStringLiteral("Ann"));
        QTest::keyClicks(child<QLineEdit>(&editor, "mobile"), QStringLiteral("07400 123456"));
        QVERIFY(!editor.save());
        QVERIFY(child<QLabel>(&editor, "refusal")->text().contains(QLatin1String("already")));
        QCOMPARE(editor.savedId(), 0);
    }
};

RAPPORT_GUI_TEST_MAIN(TestAddCustomerWithConsent)
#include "tst_addcustomerwithconsent.moc"
