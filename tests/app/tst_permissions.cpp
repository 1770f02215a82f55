// Who may do what: the full role × permission table written out by hand (so a slip in the rule
// cannot hide in a table computed by the same rule), the refusal sentences, and the audit line a
// refusal leaves behind.
#include "RapportTest.h"
#include "app/audit/AuditLog.h"
#include "app/staff/Permissions.h"
#include "app/storage/Database.h"

#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <memory>

using namespace rapport::app;

Q_DECLARE_METATYPE(rapport::app::Permission)
Q_DECLARE_METATYPE(rapport::app::StaffRole)

class TestPermissions final : public QObject
{
    Q_OBJECT

    int m_connection = 0;

private Q_SLOTS:
    void roleTable_data()
    {
        QTest::addColumn<StaffRole>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("allowed");
        const auto row = [](const char *name, StaffRole role, Permission permission, bool allowed) {
            QTest::newRow(name) << role << permission << allowed;
        };
        using P = Permission;
        using R = StaffRole;
        row("staff/consent", R::Staff, P::RecordConsent, true);
        row("staff/send", R::Staff, P::SendMessages, true);
        row("staff/import", R::Staff, P::Import, false);
        row("staff/export", R::Staff, P::Export, false);
        row("staff/erase", R::Staff, P::Erase, false);
        row("staff/merge", R::Staff, P::Merge, false);
        row("staff/settings", R::Staff, P::Settings, false);
        row("staff/manage staff", R::Staff, P::ManageStaff, false);
        row("manager/consent", R::Manager, P::RecordConsent, true);
        row("manager/send", R::Manager, P::SendMessages, true);
        row("manager/import", R::Manager, P::Import, true);
        row("manager/export", R::Manager, P::Export, true);
        row("manager/erase", R::Manager, P::Erase, true);
        row("manager/merge", R::Manager, P::Merge, true);
        row("manager/settings", R::Manager, P::Settings, true);
        row("manager/manage staff", R::Manager, P::ManageStaff, false);
        row("owner/consent", R::Owner, P::RecordConsent, true);
        row("owner/send", R::Owner, P::SendMessages, true);
        row("owner/import", R::Owner, P::Import, true);
        row("owner/export", R::Owner, P::Export, true);
        row("owner/erase", R::Owner, P::Erase, true);
        row("owner/merge", R::Owner, P::Merge, true);
        row("owner/settings", R::Owner, P::Settings, true);
        row("owner/manage staff", R::Owner, P::ManageStaff, true);
    }
    void roleTable()
    {
        QFETCH(StaffRole, role);
        QFETCH(Permission, permission);
        QFETCH(bool, allowed);
        QCOMPARE(Permissions::allows(role, permission), allowed);
        const Actor actor = Actor::staffMember(7, role, QStringLiteral("Sam"));
        auto checked = Permissions::check(actor, permission);
        QCOMPARE(bool(checked), allowed);
        if (!allowed) {
            QCOMPARE(checked.error().permission, permission);
            QCOMPARE(checked.error().role, role);
        }
    }

    void refusalsSayWhoToAsk_data()
    {
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("export") << Permission::Export
                                << QStringLiteral("Only a manager or the owner can export customer "
                                                  "data. Ask one of them to sign in.");
        QTest::newRow("erase") << Permission::Erase
                               << QStringLiteral("Only a manager or the owner can erase a "
                                                 "customer's data. Ask one of them to sign in.");
        QTest::newRow("settings") << Permission::Settings
                                  << QStringLiteral("Only a manager or the owner can change "
                                                    "settings. Ask one of them to sign in.");
        QTest::newRow("manage staff")
            << Permission::ManageStaff
            << QStringLiteral("Only the owner can manage staff. Ask them to sign in.");
    }
    void refusalsSayWhoToAsk()
    {
        QFETCH(Permission, permission);
        QFETCH(QString, sentence);
        auto checked = Permissions::check(Actor::system(), permission);
        QVERIFY(!checked);
        QCOMPARE(checked.error().describe(), sentence);
    }

    void everyPermissionHasWordsAndAKey()
    {
        QSet<QString> keys;
        for (Permission p : {Permission::RecordConsent, Permission::SendMessages,
                 Permission::Import, Permission::Export, Permission::Erase, Permission::Merge,
                 Permission::Settings, Permission::ManageStaff}) {
            QVERIFY(!Permissions::describe(p).isEmpty());
            keys.insert(Permissions::key(p));
        }
        QCOMPARE(keys.size(), 8);
        QCOMPARE(Permissions::describe(Permission::Export), QStringLiteral("export customer data"));
    }

    void commandLineActsAsOwner()
    {
        QVERIFY(Permissions::check(Actor::commandLine(), Permission::ManageStaff));
        QVERIFY(Permissions::check(Actor::commandLine(), Permission::Erase));
    }

    void refusalIsAuditedAndAllowanceIsNot()
    {
        auto db = Database::openInMemory(QStringLiteral("permissions-%1").arg(++m_connection));
        QVERIFY2(db, db ? "" : qPrintable(db.error().detail));
        AuditLog log(
            **db, [] { return QDateTime(QDate(2026, 2, 3), QTime(8, 0), QTimeZone::utc()); });
        const Actor sam = Actor::staffMember(3, StaffRole::Staff, QStringLiteral("Sam"));

        QVERIFY(Permissions::check(sam, Permission::SendMessages, &log));
        QVERIFY(!Permissions::check(sam, Permission::Export, &log));

        QSqlQuery all((*db)->connection());
        QVERIFY(all.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && all.next());
        QCOMPARE(all.value(0).toInt(), 1);
        auto entries = log.entries(AuditAction::PermissionDenied);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        const AuditEntry &entry = entries->constFirst();
        QCOMPARE(entry.action, AuditAction::PermissionDenied);
        QCOMPARE(entry.staffId, 3);
        QCOMPARE(entry.actor, QStringLiteral("Sam"));
        QCOMPARE(entry.subject, QStringLiteral("permission:export"));
        QCOMPARE(entry.detail, QStringLiteral("role: staff"));
        QCOMPARE(entry.at, QDateTime(QDate(2026, 2, 3), QTime(8, 0), QTimeZone::utc()));
    }
};

RAPPORT_TEST_MAIN(TestPermissions)
#include "tst_permissions.moc"
