// Backup and restore from the Settings page: the copy is written off the window's thread, a
// restore checks the file, asks, keeps the current data, and asks for a restart; who may do
// which is the core's rule.
#include "RapportTest.h"

#include "SettingsFixture.h"
#include "app/settings/BusinessSettings.h"
#include "ui/settings/BackupSection.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

using namespace rapport;
using namespace rapport::ui;

class TestBackupSection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY2(m.open(m_dir->filePath(QStringLiteral("rapport.db"))).isEmpty(), "database");
        QVERIFY(m.settings->setValue(
            m.owner(), *m.audit, app::BusinessProfile::NameKey, QStringLiteral("Salon Ana")));
    }
    void cleanup() { m.close(); }

    void backUpThenRestore()
    {
        test::FakeSettingsDialogs dialogs;
        BackupSection section(m.services(), dialogs);
        section.setActor(m.owner());
        QSignalSpy finished(&section, &BackupSection::finishedWork);
        QSignalSpy restart(&section, &BackupSection::restartRequested);

        const QString backup = m_dir->filePath(QStringLiteral("copy"));
        dialogs.backupFile = backup;
        QTest::mouseClick(
            section.findChild<QPushButton *>(QStringLiteral("backUpButton")), Qt::LeftButton);
        QVERIFY(dialogs.suggestedBackup.endsWith(QStringLiteral("rapport-backup-2026-02-03.db")));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(QFile::exists(backup + QStringLiteral(".db")));
        QVERIFY2(section.statusText().startsWith(QStringLiteral("Backed up to")),
            qPrintable(section.statusText()));
        QVERIFY(!section.isBusy());

        // A backup never overwrites a file.
        dialogs.backupFile = backup + QStringLiteral(".db");
        section.backUp();
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(section.statusText().contains(QStringLiteral("already exists")));

        QVERIFY(m.settings->setValue(
            m.owner(), *m.audit, app::BusinessProfile::NameKey, QStringLiteral("Changed")));
        // Saying no changes nothing.
        dialogs.restoreFile = backup + QStringLiteral(".db");
        dialogs.confirmAnswer = false;
        section.restore();
        QTRY_COMPARE(finished.count(), 3);
        QCOMPARE(dialogs.asked.size(), 1);
        QVERIFY(dialogs.lastText.contains(QStringLiteral("restarts")));
        QCOMPARE(app::BusinessProfile::load(*m.settings).name, QStringLiteral("Changed"));
        QCOMPARE(restart.count(), 0);

        dialogs.confirmAnswer = true;
        section.restore();
        QTRY_COMPARE(finished.count(), 4);
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(restart.count(), 1);
        QCOMPARE(app::BusinessProfile::load(*m.settings).name, QStringLiteral("Salon Ana"));
        QCOMPARE(m.auditCount(app::AuditAction::DatabaseRestored), 1);
        const QStringList kept
            = QDir(m_dir->path()).entryList({QStringLiteral("rapport-before-restore-*.db")});
        QCOMPARE(kept.size(), 1);
        QVERIFY(section.statusText().contains(kept.first()));
    }

    void aFileThatIsNotABackupIsRefused()
    {
        test::FakeSettingsDialogs dialogs;
        BackupSection section(m.services(), dialogs);
        section.setActor(m.owner());
        QSignalSpy finished(&section, &BackupSection::finishedWork);
        const QString junk = m_dir->filePath(QStringLiteral("notes.db"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        dialogs.restoreFile = junk;
        section.restore();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(section.statusText().contains(QStringLiteral("not a Rapport backup")));
        QVERIFY(dialogs.asked.isEmpty()); // never asked to confirm
    }

    void whoMayDoWhich()
    {
        test::FakeSettingsDialogs dialogs;
        BackupSection section(m.services(), dialogs);
        auto *backUp = section.findChild<QPushButton *>(QStringLiteral("backUpButton"));
        auto *restore = section.findChild<QPushButton *>(QStringLiteral("restoreButton"));
        section.setActor(
            app::Actor::staffMember(m.add(QStringLiteral("Tom"), app::StaffRole::Staff),
                app::StaffRole::Staff, QStringLiteral("Tom")));
        QVERIFY(!section.isEditable());
        QVERIFY(!backUp->isEnabled());
        QVERIFY(!restore->isEnabled());
        QVERIFY(!section.lockedReason().isEmpty());

        section.setActor(
            app::Actor::staffMember(m.add(QStringLiteral("Mia"), app::StaffRole::Manager),
                app::StaffRole::Manager, QStringLiteral("Mia")));
        QVERIFY(backUp->isEnabled());
        QVERIFY(!restore->isEnabled());
        const QList<QLabel *> labels = section.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return !label->isHidden() && label->text().contains(QStringLiteral("owner"));
        }));

        section.setActor(m.owner());
        QVERIFY(restore->isEnabled());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    test::SettingsFixture m;
};

RAPPORT_GUI_TEST_MAIN(TestBackupSection)
#include "tst_backupsection.moc"
