// Staff PINs: their shape, who may change them, switching user with them, the lock-out after
// wrong PINs on a manual clock, a hash stored by an earlier run, and libsodium's real limits
// (every other test hashes with the cheapest limits to stay fast).
#include "RapportTest.h"
#include "StaffFixture.h"

using namespace rapport::app;
using namespace rapport::test;
using rapport::fail;
using rapport::Result;

class TestStaffPins final : public QObject, private StaffFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const QString problem = openFresh(QStringLiteral("staffpins"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanup() { close(); }

    void membersMayChangeTheirOwnPin()
    {
        m_ownerId = mustAdd(QStringLiteral("Ada"), StaffRole::Owner);
        const qint64 bo = mustAdd(QStringLiteral("Bo"), StaffRole::Staff);
        const Actor self = Actor::staffMember(bo, StaffRole::Staff, QStringLiteral("Bo"));
        QVERIFY(staff().setPin(self, bo, QStringLiteral("4321")));
        QVERIFY(staff().verifyPin(bo, QStringLiteral("4321")));
        QVERIFY(!staff().verifyPin(bo, QStringLiteral("1234")));
        QVERIFY(staff().clearPin(self, bo));
        QCOMPARE(staff().findById(bo)->hasPin, false);
        QCOMPARE(staff().setPin(self, m_ownerId, QStringLiteral("4321")).error().code,
            StaffError::NotAllowed);
    }

    void pinsAreFourToEightDigits_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("three") << QStringLiteral("123") << false;
        QTest::newRow("four") << QStringLiteral("0000") << true;
        QTest::newRow("eight") << QStringLiteral("12345678") << true;
        QTest::newRow("nine") << QStringLiteral("123456789") << false;
        QTest::newRow("letter") << QStringLiteral("12a4") << false;
        QTest::newRow("space") << QStringLiteral(" 1234") << false;
        QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662\u0663\u0664") << false;
        QTest::newRow("fullwidth digits") << QStringLiteral("\uFF11\uFF12\uFF13\uFF14") << false;
    }

    void pinsAreFourToEightDigits()
    {
        QFETCH(QString, pin);
        QFETCH(bool, accepted);
        QCOMPARE(StaffDirectory::isWellFormedPin(pin), accepted);
        auto first = staff().add(Actor::system(), QStringLiteral("Ada"), StaffRole::Owner, pin);
        QCOMPARE(bool(first), accepted);
        if (!accepted) {
            QCOMPARE(first.error().code, StaffError::PinMalformed);
            QCOMPARE(staff().isEmpty().valueOr(false), true);
            m_ownerId = mustAdd(QStringLiteral("Ada"), StaffRole::Owner);
        } else {
            m_ownerId = *first;
            QVERIFY(staff().verifyPin(m_ownerId, pin));
        }
        auto set = staff().setPin(owner(), m_ownerId, pin);
        QCOMPARE(bool(set), accepted);
        if (!accepted)
            QCOMPARE(set.error().code, StaffError::PinMalformed);
    }

    void anEmptyPinIsNotAPinToSet()
    {
        m_ownerId = mustAdd(QStringLiteral("Ada"), StaffRole::Owner, QStringLiteral("1234"));
        QCOMPARE(
            staff().setPin(owner(), m_ownerId, QString()).error().code, StaffError::PinMalformed);
        QVERIFY(staff().findById(m_ownerId)->hasPin);
    }

    void switchingUserChecksThePin()
    {
        m_ownerId = mustAdd(QStringLiteral("Ada"), StaffRole::Owner);
        const qint64 bo = mustAdd(QStringLiteral("Bo"), StaffRole::Manager, QStringLiteral("2468"));
        auto noPin = staff().verifyPin(m_ownerId, QStringLiteral("anything"));
        QVERIFY(noPin);
        QCOMPARE(noPin->staffId, m_ownerId);
        auto signedIn = staff().verifyPin(bo, QStringLiteral("2468"));
        QVERIFY(signedIn);
        QCOMPARE(signedIn->staffId, bo);
        QCOMPARE(signedIn->role, StaffRole::Manager);
        QCOMPARE(signedIn->name, QStringLiteral("Bo"));
        auto wrong = staff().verifyPin(bo, QStringLiteral("2469"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, StaffError::WrongPin);
        QCOMPARE(wrong.error().attemptsLeft, 4);
        QCOMPARE(staff().verifyPin(bo, {}).error().code, StaffError::WrongPin);
    }

    void fiveWrongPinsInARowLockForAMinute()
    {
        m_ownerId = mustAdd(QStringLiteral("Ada"), StaffRole::Owner);
        const qint64 bo = mustAdd(QStringLiteral("Bo"), StaffRole::Staff, QStringLiteral("2468"));
        const QString wrong = QStringLiteral("0000");

        // A right PIN in between starts the count again.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(staff().verifyPin(bo, wrong).error().code, StaffError::WrongPin);
        QVERIFY(staff().verifyPin(bo, QStringLiteral("2468")));
        for (int left = 4; left >= 1; --left)
            QCOMPARE(staff().verifyPin(bo, wrong).error().attemptsLeft, left);

        auto locked = staff().verifyPin(bo, wrong);
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, StaffError::LockedOut);
        QCOMPARE(locked.error().secondsLeft, 60);

        m_now = m_now.addSecs(45);
        auto stillLocked = staff().verifyPin(bo, QStringLiteral("2468"));
        QVERIFY(!stillLocked);
        QCOMPARE(stillLocked.error().code, StaffError::LockedOut);
        QCOMPARE(stillLocked.error().secondsLeft, 15);
        QVERIFY2(stillLocked.error().describe().contains(QStringLiteral("Wait 15 second")),
            qPrintable(stillLocked.error().describe()));
        m_now = m_now.addMSecs(14'500);
        QCOMPARE(staff().verifyPin(bo, QStringLiteral("2468")).error().secondsLeft, 1);

        QVERIFY(staff().verifyPin(m_ownerId, {})); // others are not affected
        m_now = m_now.addMSecs(500);
        QVERIFY(staff().verifyPin(bo, QStringLiteral("2468")));
    }

    void aNewPinEndsALockOut()
    {
        m_ownerId = mustAdd(QStringLiteral("Ada"), StaffRole::Owner);
        const qint64 bo = mustAdd(QStringLiteral("Bo"), StaffRole::Staff, QStringLiteral("2468"));
        for (int i = 0; i < StaffDirectory::MaxWrongPins; ++i)
            QVERIFY(!staff().verifyPin(bo, QStringLiteral("0000")));
        QCOMPARE(staff().verifyPin(bo, QStringLiteral("2468")).error().code, StaffError::LockedOut);
        QVERIFY(staff().setPin(owner(), bo, QStringLiteral("1357")));
        QVERIFY(staff().verifyPin(bo, QStringLiteral("1357")));
    }

    void verifiesAStoredHashWithoutRehashing()
    {
        m_ownerId = mustAdd(QStringLiteral("Ada"), StaffRole::Owner);
        const qint64 bo = mustAdd(QStringLiteral("Bo"), StaffRole::Staff);
        QVERIFY(storeHash(bo, storedHashOf2468));

        QVERIFY(staff().findById(bo)->hasPin);
        QCOMPARE(staff().verifyPin(bo, QStringLiteral("2467")).error().code, StaffError::WrongPin);
        QVERIFY(staff().verifyPin(bo, QStringLiteral("2468")));
        QCOMPARE(storedHash(bo), storedHashOf2468);
    }

    void realLimitsHashAndUpgradeCheaperHashes()
    {
        StaffDirectory real(*m_db, *m_audit, clock());
        QCOMPARE(PinHasher().limits().memLimit, PinHasher::interactive().memLimit);
        auto id = real.add(
            Actor::system(), QStringLiteral("Ada"), StaffRole::Owner, QStringLiteral("8642"));
        QVERIFY(id);
        const QString hash = storedHash(*id);
        QVERIFY2(
            hash.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")), qPrintable(hash));
        QVERIFY(real.verifyPin(*id, QStringLiteral("8642")));
        QCOMPARE(real.verifyPin(*id, QStringLiteral("8641")).error().code, StaffError::WrongPin);
        QCOMPARE(storedHash(*id), hash);

        // A hash made with cheaper limits verifies, and is upgraded while the PIN is at hand.
        QVERIFY(storeHash(*id, storedHashOf2468));
        QVERIFY(real.verifyPin(*id, QStringLiteral("2468")));
        const QString upgraded = storedHash(*id);
        QVERIFY2(upgraded.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")),
            qPrintable(upgraded));
        QVERIFY(real.verifyPin(*id, QStringLiteral("2468")));
        QCOMPARE(auditCount(AuditAction::StaffChanged), 1);
    }
};

RAPPORT_TEST_MAIN(TestStaffPins)
#include "tst_staffpins.moc"
