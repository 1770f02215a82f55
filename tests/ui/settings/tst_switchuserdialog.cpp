// Switch user: pick a person, type their PIN when they have one; wrong PINs are counted and too
// many lock that person out for a minute.
#include "RapportTest.h"

#include "SettingsFixture.h"
#include "ui/settings/SwitchUserDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>

using namespace rapport;
using namespace rapport::ui;

namespace {

void choose(SwitchUserDialog &dialog, const QString &name)
{
    auto *members = dialog.findChild<QListWidget *>(QStringLiteral("members"));
    for (int row = 0; row < members->count(); ++row) {
        if (members->item(row)->text().startsWith(name))
            members->setCurrentRow(row);
    }
}

} // namespace

class TestSwitchUserDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(m.open().isEmpty(), "database"); }
    void cleanup() { m.close(); }

    void listsTheTeamWithTheCurrentPersonChosen()
    {
        const qint64 tom = m.add(QStringLiteral("Tom"), app::StaffRole::Staff);
        SwitchUserDialog dialog(*m.staff, tom);
        auto *members = dialog.findChild<QListWidget *>(QStringLiteral("members"));
        QCOMPARE(members->count(), 2);
        QCOMPARE(members->currentItem()->text(), QStringLiteral("Tom (Staff)"));
        // Tom has no PIN: nothing to type.
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("pin"))->isEnabled());
        QSignalSpy switched(&dialog, &SwitchUserDialog::switched);
        dialog.accept();
        QCOMPARE(switched.count(), 1);
        QCOMPARE(dialog.chosen().staffId, tom);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void wrongPinsAreCountedThenLockOut()
    {
        SwitchUserDialog dialog(*m.staff, 0);
        choose(dialog, QStringLiteral("Ada"));
        auto *pin = dialog.findChild<QLineEdit *>(QStringLiteral("pin"));
        QVERIFY(pin->isEnabled());
        QSignalSpy switched(&dialog, &SwitchUserDialog::switched);
        for (int attempt = 1; attempt < app::StaffDirectory::MaxWrongPins; ++attempt) {
            pin->setText(QStringLiteral("0000"));
            QTest::mouseClick(
                dialog.findChild<QPushButton *>(QStringLiteral("switchButton")), Qt::LeftButton);
            QVERIFY2(dialog.message().contains(QStringLiteral("not right")),
                qPrintable(dialog.message()));
            const int left = app::StaffDirectory::MaxWrongPins - attempt;
            const QString count = left == 1 ? QStringLiteral("one more wrong try")
                                            : QStringLiteral("%1 more wrong tries").arg(left);
            QVERIFY2(dialog.message().contains(count), qPrintable(dialog.message()));
        }
        QCOMPARE(switched.count(), 0);
        pin->setText(QStringLiteral("0000"));
        dialog.accept();
        QVERIFY2(dialog.message().contains(QStringLiteral("Too many wrong PINs")),
            qPrintable(dialog.message()));
        // Locked out: even the right PIN waits.
        pin->setText(QStringLiteral("2468"));
        dialog.accept();
        QVERIFY(dialog.message().contains(QStringLiteral("Wait")));
        QCOMPARE(switched.count(), 0);

        m.m_now = m.m_now.addSecs(app::StaffDirectory::LockOutSeconds + 1);
        pin->setText(QStringLiteral("2468"));
        dialog.accept();
        QCOMPARE(switched.count(), 1);
        const auto actor = switched.first().first().value<app::Actor>();
        QCOMPARE(actor.staffId, m.ownerId);
        QCOMPARE(actor.name, QStringLiteral("Ada"));
        QCOMPARE(actor.role, app::StaffRole::Owner);
    }

private:
    test::SettingsFixture m;
};

RAPPORT_GUI_TEST_MAIN(TestSwitchUserDialog)
#include "tst_switchuserdialog.moc"
