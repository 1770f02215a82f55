#pragma once

#include "app/staff/Actor.h"
#include "app/staff/PinHasher.h"
#include "app/staff/StaffError.h"
#include "app/staff/StaffMember.h"
#include "modem/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace rapport::app {

class AuditLog;
class Database;

// The staff list: who works here, in which role, and the PIN they switch user with. Changes need
// the ManageStaff permission (the owner; rapportctl acts as the owner), except that the very
// first member, created by the first-run wizard, needs none and must be the owner, and that
// members may change their own PIN. There is always at least one active owner. Every change is
// written with its StaffChanged audit line in one transaction.
class StaffDirectory final
{
public:
    using Clock = std::function<QDateTime()>;

    static constexpr int MaxWrongPins = 5; // in a row, before signing in pauses
    static constexpr int LockOutSeconds = 60;

    // `hasher` defaults to libsodium's interactive limits; tests pass PinHasher::cheapest().
    StaffDirectory(
        Database &database, AuditLog &audit, Clock clock = {}, PinHasher hasher = PinHasher());

    // `pin` empty means the member signs in without one.
    Result<qint64, StaffError> add(
        const Actor &actor, const QString &name, StaffRole role, const QString &pin = {});

    // Sorted by name, ignoring case.
    Result<QList<StaffMember>, StaffError> list(bool includeInactive = false) const;
    Result<StaffMember, StaffError> findById(qint64 id) const;
    // Ignores case and surrounding spaces; finds former staff too (check `active`).
    Result<StaffMember, StaffError> findByName(const QString &name) const;
    // True until the first-run wizard has added the owner.
    Result<bool, StaffError> isEmpty() const;

    Result<void, StaffError> setRole(const Actor &actor, qint64 id, StaffRole role);
    Result<void, StaffError> setPin(const Actor &actor, qint64 id, const QString &pin);
    Result<void, StaffError> clearPin(const Actor &actor, qint64 id);
    Result<void, StaffError> rename(const Actor &actor, qint64 id, const QString &name);
    Result<void, StaffError> deactivate(const Actor &actor, qint64 id);
    Result<void, StaffError> reactivate(const Actor &actor, qint64 id);

    // Switch user: the actor to act as from now on. A member without a PIN needs none.
    // MaxWrongPins wrong PINs in a row lock the member out for LockOutSeconds (kept in memory:
    // restarting the application ends it, which is acceptable for a convenience lock).
    Result<Actor, StaffError> verifyPin(qint64 id, const QString &pin);

    [[nodiscard]] static bool isWellFormedPin(const QString &pin);

private:
    struct Stored
    {
        StaffMember member;
        QString pinHash;
    };
    struct Attempts
    {
        int wrongInARow = 0;
        QDateTime lockedUntil;
    };
    enum class SelfService { No, Yes };

    Result<QList<Stored>, StaffError> load(const QString &where, const QVariantList &values) const;
    Result<Stored, StaffError> loadById(qint64 id) const;
    Result<Actor, StaffError> authorise(
        const Actor &actor, qint64 subjectId = 0, SelfService self = SelfService::No);
    Result<void, StaffError> checkNameFree(const QString &name, qint64 selfId) const;
    Result<bool, StaffError> isLastActiveOwner(const Stored &stored) const;
    Result<QString, StaffError> hashPin(const QString &pin) const;
    struct Edit
    {
        QString sql;
        QVariantList values;
        QString detail; // for the StaffChanged audit line
    };
    using Plan = std::function<Result<Edit, StaffError>(const Stored &)>;
    Result<void, StaffError> mutate(
        const Actor &actor, qint64 id, SelfService self, const Plan &plan);
    void upgradeHash(qint64 id, const QString &pin);
    [[nodiscard]] QDateTime now() const;

    Database &m_database;
    AuditLog &m_audit;
    Clock m_clock;
    PinHasher m_hasher;
    QHash<qint64, Attempts> m_attempts;
};

} // namespace rapport::app
