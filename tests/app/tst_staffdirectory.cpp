// The staff list: the first owner, permission refusals and their audit lines, names trimmed and
// unique ignoring case, last-owner protection, deactivation instead of deletion, an audit line
// for every change, and changes rolled back with an outer transaction.
#include "RapportTest.h"
#include "StaffFixture.h"
#include "app/storage/Transaction.h"

using namespace rapport::app;
using namespace rapport::test;
using rapport::fail;
using rapport::Result;

Q_DECLARE_METATYPE(rapport::app::StaffError::Code)

class TestStaffDirectory final : public QObject, private StaffFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const QString problem = openFresh(QStringLiteral("staffdir"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanup() { close(); }

    void firstMemberMustBeTheOwnerAndNeedsNoPermission()
    {
        QCOMPARE(staff().isEmpty().valueOr(false), true);
        auto refused = staff().add(Actor::system(), QStringLiteral("Ada"), StaffRole::Manager);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StaffError::FirstMustBeOwner);

        auto id = staff().add(Actor::system(), QStringLiteral("  Ada   Byron "), StaffRole::Owner,
            QStringLiteral("1234"));
        QVERIFY2(id, id ? "" : qPrintable(id.error().describe()));
        auto ada = staff().findById(*id);
        QVERIFY(ada);
        QCOMPARE(ada->name, QStringLiteral("Ada Byron"));
        QCOMPARE(ada->role, StaffRole::Owner);
        QVERIFY(ada->hasPin);
        QVERIFY(ada->active);
        QCOMPARE(ada->createdAt, m_now);
        QCOMPARE(staff().isEmpty().valueOr(true), false);

        auto entries = m_audit->entries(AuditAction::StaffChanged);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().subject, QStringLiteral("staff:%1").arg(*id));
        QVERIFY(!entries->constFirst().detail.contains(QStringLiteral("1234")));

        // From now on the system actor (a staff-level automation) may not add anyone.
        auto second = staff().add(Actor::system(), QStringLiteral("Bo"), StaffRole::Owner);
        QVERIFY(!second);
        QCOMPARE(second.error().code, StaffError::NotAllowed);
    }

    void changesNeedTheOwner_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("actorRole"); // 0 staff, 1 manager
        for (const char *op :
            {"add", "setRole", "rename", "deactivate", "reactivate", "setPin", "clearPin"}) {
            QTest::newRow(QByteArray(QByteArray("staff ") + op).constData())
                << QString::fromLatin1(op) << 0;
            QTest::newRow(QByteArray(QByteArray("manager ") + op).constData())
                << QString::fromLatin1(op) << 1;
        }
    }

    void changesNeedTheOwner()
    {
        QFETCH(QString, operation);
        QFETCH(int, actorRole);
        m_ownerId = mustAdd(QStringLiteral("Ada"), StaffRole::Owner);
        const qint64 bo = mustAdd(QStringLiteral("Bo"), StaffRole::Staff, QStringLiteral("1111"));
        const StaffRole role = actorRole == 0 ? StaffRole::Staff : StaffRole::Manager;
        const qint64 actorId = mustAdd(QStringLiteral("Cy"), role);
        const Actor cy = Actor::staffMember(actorId, role, QStringLiteral("Cy"));
        const int changesBefore = auditCount(AuditAction::StaffChanged);

        Result<void, StaffError> result;
        if (operation == QLatin1String("add")) {
            auto added = staff().add(cy, QStringLiteral("Di"), StaffRole::Staff);
            if (!added)
                result = fail(added.error());
        } else if (operation == QLatin1String("setRole")) {
            result = staff().setRole(cy, bo, StaffRole::Owner);
        } else if (operation == QLatin1String("rename")) {
            result = staff().rename(cy, bo, QStringLiteral("Bob"));
        } else if (operation == QLatin1String("deactivate")) {
            result = staff().deactivate(cy, bo);
        } else if (operation == QLatin1String("reactivate")) {
            result = staff().reactivate(cy, bo);
        } else if (operation == QLatin1String("setPin")) {
            result = staff().setPin(cy, bo, QStringLiteral("2222"));
        } else {
            result = staff().clearPin(cy, bo);
        }
        QVERIFY(!result);
        QCOMPARE(result.error().code, StaffError::NotAllowed);
        QCOMPARE(result.error().permission, Permission::ManageStaff);
        QCOMPARE(result.error().describe(),
            QStringLiteral("Only the owner can manage staff. Ask them to sign in."));
        QCOMPARE(auditCount(AuditAction::StaffChanged), changesBefore);
        auto denied = m_audit->entries(AuditAction::PermissionDenied);
        QVERIFY(denied);
        QCOMPARE(denied->size(), 1);
        QCOMPARE(denied->constFirst().staffId, actorId);
        QCOMPARE(denied->constFirst().subject, QStringLiteral("permission:manage_staff"));
        QCOMPARE(staff().list().valueOr({}).size(), 3);
        QCOMPARE(staff().findById(bo)->name, QStringLiteral("Bo"));
        QVERIFY(staff().verifyPin(bo, QStringLiteral("1111")));
    }

    void rightsFollowTheListNotAStaleActor()
    {
        m_ownerId = mustAdd(QStringLiteral("Ada"), StaffRole::Owner);
        const qint64 bo = mustAdd(QStringLiteral("Bo"), StaffRole::Owner);
        const Actor boAsOwner = Actor::staffMember(bo, StaffRole::Owner, QStringLiteral("Bo"));
        QVERIFY(staff().add(boAsOwner, QStringLiteral("Cy"), StaffRole::Staff));
        QVERIFY(staff().setRole(owner(), bo, StaffRole::Manager));
        auto refused = staff().add(boAsOwner, QStringLiteral("Di"), StaffRole::Staff);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StaffError::NotAllowed);
    }

    void namesAreTrimmedRequiredAndUniqueIgnoringCase_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code"); // -1: accepted
        QTest::newRow("empty") << QString() << int(StaffError::NameRequired);
        QTest::newRow("spaces") << QStringLiteral(" \t ") << int(StaffError::NameRequired);
        QTest::newRow("same") << QStringLiteral("Zoë Quinn") << int(StaffError::NameTaken);
        QTest::newRow("other case") << QStringLiteral("zoë quinn") << int(StaffError::NameTaken);
        QTest::newRow("non-ascii case")
            << QStringLiteral("ZOË QUINN") << int(StaffError::NameTaken);
        QTest::newRow("inner spaces")
            << QStringLiteral(" Zoë   Quinn ") << int(StaffError::NameTaken);
        QTest::newRow("former staff") << QStringLiteral("OLD HAND") << int(StaffError::NameTaken);
        QTest::newRow("different") << QStringLiteral("Zoë Q.") << -1;
    }

    void namesAreTrimmedRequiredAndUniqueIgnoringCase()
    {
        QFETCH(QString, name);
        QFETCH(int, code);
        m_ownerId = mustAdd(QStringLiteral("Zoë Quinn"), StaffRole::Owner);
        const qint64 old = mustAdd(QStringLiteral("Old Hand"), StaffRole::Staff);
        QVERIFY(staff().deactivate(owner(), old));
        const qint64 bo = mustAdd(QStringLiteral("Bo"), StaffRole::Staff);

        auto added = staff().add(owner(), name, StaffRole::Staff);
        auto renamed = staff().rename(owner(), bo, name);
        if (code < 0) {
            QVERIFY(added);
            QCOMPARE(staff().findById(*added)->name, name.simplified());
            QVERIFY(!renamed); // now taken by the one just added
            QCOMPARE(renamed.error().code, StaffError::NameTaken);
            return;
        }
        QVERIFY(!added);
        QCOMPARE(int(added.error().code), code);
        QVERIFY(!renamed);
        QCOMPARE(int(renamed.error().code), code);
        QVERIFY(!added.error().describe().isEmpty());
    }

    void renamingToOwnNameInOtherCaseIsAllowed()
    {
        m_ownerId = mustAdd(QStringLiteral("Ada"), StaffRole::Owner);
        QVERIFY(staff().rename(owner(), m_ownerId, QStringLiteral("ADA")));
        QCOMPARE(staff().findByName(QStringLiteral(" ada "))->name, QStringLiteral("ADA"));
        QCOMPARE(staff().findByName(QStringLiteral("Nobody")).error().code, StaffError::NotFound);
    }

    void thereIsAlwaysAnActiveOwner()
    {
        m_ownerId = mustAdd(QStringLiteral("Ada"), StaffRole::Owner);
        auto demote = staff().setRole(owner(), m_ownerId, StaffRole::Manager);
        QVERIFY(!demote);
        QCOMPARE(demote.error().code, StaffError::LastOwner);
        QVERIFY(demote.error().describe().contains(QStringLiteral("at least one active owner")));
        QCOMPARE(staff().deactivate(owner(), m_ownerId).error().code, StaffError::LastOwner);

        // A deactivated owner does not count.
        const qint64 former = mustAdd(QStringLiteral("Former"), StaffRole::Owner);
        QVERIFY(staff().deactivate(owner(), former));
        QCOMPARE(staff().setRole(owner(), m_ownerId, StaffRole::Staff).error().code,
            StaffError::LastOwner);

        const qint64 bo = mustAdd(QStringLiteral("Bo"), StaffRole::Manager);
        QVERIFY(staff().setRole(owner(), bo, StaffRole::Owner));
        QVERIFY(staff().setRole(owner(), m_ownerId, StaffRole::Manager));
        const Actor boOwner = Actor::staffMember(bo, StaffRole::Owner, QStringLiteral("Bo"));
        QCOMPARE(staff().deactivate(boOwner, bo).error().code, StaffError::LastOwner);
        QCOMPARE(staff().findById(bo)->role, StaffRole::Owner);
        QVERIFY(staff().findById(bo)->active);
    }

    void deactivatedMembersStayOnTheList()
    {
        m_ownerId = mustAdd(QStringLiteral("Ada"), StaffRole::Owner);
        const qint64 bo = mustAdd(QStringLiteral("Bo"), StaffRole::Staff);
        QVERIFY(staff().deactivate(owner(), bo));
        QCOMPARE(staff().list().valueOr({}).size(), 1);
        auto all = staff().list(true);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(1).name, QStringLiteral("Bo"));
        QCOMPARE(all->at(1).active, false);
        auto signIn = staff().verifyPin(bo, {});
        QVERIFY(!signIn);
        QCOMPARE(signIn.error().code, StaffError::Inactive);
        QCOMPARE(
            staff().setRole(owner(), bo, StaffRole::Manager).error().code, StaffError::Inactive);
        QVERIFY(staff().reactivate(owner(), bo));
        QVERIFY(staff().verifyPin(bo, {}));
        QCOMPARE(staff().findById(bo + 100).error().code, StaffError::NotFound);
        QCOMPARE(staff().verifyPin(bo + 100, {}).error().code, StaffError::NotFound);
    }

    void everyChangeIsAuditedWithoutThePin()
    {
        m_ownerId = mustAdd(QStringLiteral("Ada"), StaffRole::Owner);
        const qint64 bo = mustAdd(QStringLiteral("Bo"), StaffRole::Staff, QStringLiteral("9876"));
        QVERIFY(staff().setRole(owner(), bo, StaffRole::Manager));
        QVERIFY(staff().setPin(owner(), bo, QStringLiteral("5555")));
        QVERIFY(staff().clearPin(owner(), bo));
        QVERIFY(staff().rename(owner(), bo, QStringLiteral("Bob")));
        QVERIFY(staff().deactivate(owner(), bo));
        QVERIFY(staff().reactivate(owner(), bo));
        auto entries = m_audit->entries(AuditAction::StaffChanged);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 8);
        QStringList details;
        for (const AuditEntry &e : *entries) {
            QVERIFY(!e.detail.contains(QStringLiteral("9876")));
            QVERIFY(!e.detail.contains(QStringLiteral("5555")));
            details.prepend(e.detail);
        }
        QCOMPARE(details,
            (QStringList {QStringLiteral("added Ada as owner"),
                QStringLiteral("added Bo as staff, with a PIN"),
                QStringLiteral("role staff -> manager"), QStringLiteral("PIN set"),
                QStringLiteral("PIN cleared"), QStringLiteral("renamed Bo -> Bob"),
                QStringLiteral("deactivated Bob"), QStringLiteral("reactivated Bob")}));
        QCOMPARE(entries->constFirst().actor, QStringLiteral("Ada"));
        QCOMPARE(entries->constFirst().staffId, m_ownerId);
    }

    void changesRollBackWithAnOuterTransaction()
    {
        {
            Transaction outer(*m_db);
            QVERIFY(outer.isOpen());
            m_ownerId = mustAdd(QStringLiteral("Ada"), StaffRole::Owner);
            const qint64 bo = mustAdd(QStringLiteral("Bo"), StaffRole::Staff);
            QVERIFY(staff().setRole(owner(), bo, StaffRole::Manager));
            QCOMPARE(auditCount(AuditAction::StaffChanged), 3);
            outer.rollback();
        }
        QCOMPARE(staff().isEmpty().valueOr(false), true);
        QCOMPARE(auditCount(AuditAction::StaffChanged), 0);

        // A refused change inside an outer transaction leaves the earlier ones to commit.
        Transaction outer(*m_db);
        m_ownerId = mustAdd(QStringLiteral("Ada"), StaffRole::Owner);
        QCOMPARE(staff().add(owner(), QStringLiteral("ada"), StaffRole::Staff).error().code,
            StaffError::NameTaken);
        QVERIFY(outer.commit());
        QCOMPARE(staff().list().valueOr({}).size(), 1);
        QCOMPARE(auditCount(AuditAction::StaffChanged), 1);
    }

    void everyErrorSaysWhatToDo_data()
    {
        QTest::addColumn<StaffError::Code>("code");
        for (auto code : {StaffError::NameRequired, StaffError::NameTaken, StaffError::PinMalformed,
                 StaffError::WrongPin, StaffError::LockedOut, StaffError::NotFound,
                 StaffError::Inactive, StaffError::NotAllowed, StaffError::LastOwner,
                 StaffError::FirstMustBeOwner, StaffError::StorageFailed})
            QTest::newRow(QByteArray::number(int(code)).constData()) << code;
    }

    void everyErrorSaysWhatToDo()
    {
        QFETCH(StaffError::Code, code);
        StaffError e;
        e.code = code;
        e.name = QStringLiteral("Bo");
        e.attemptsLeft = 2;
        e.secondsLeft = 30;
        const QString text = e.describe();
        QVERIFY(text.endsWith(u'.'));
        QVERIFY(!text.contains(QStringLiteral("%1")));
        QVERIFY(!text.contains(QStringLiteral("%n")));
        // Every sentence but the first names an action to take.
        QVERIFY2(text.count(u'.') >= 2 || code == StaffError::NameRequired, qPrintable(text));
    }
};

RAPPORT_TEST_MAIN(TestStaffDirectory)
#include "tst_staffdirectory.moc"
