// PINs: their shape, hashing, changing them, and switching user with them.
#include "app/staff/StaffDirectory.h"

#include "app/CoreLogging.h"
#include "app/staff/StaffSql.h"
#include "app/storage/Database.h"

#include <algorithm>

namespace rapport::app {

using namespace staffsql;

bool StaffDirectory::isWellFormedPin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return false;
    // isDigit() would also accept Arabic-Indic and other digits no keypad types the same way.
    return std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

Result<QString, StaffError> StaffDirectory::hashPin(const QString &pin) const
{
    if (!isWellFormedPin(pin))
        return fail(error(StaffError::PinMalformed));
    auto hashed = m_hasher.hash(pin);
    if (!hashed)
        return fail(storageError(QStringLiteral("libsodium could not hash the PIN")));
    return *hashed;
}

Result<void, StaffError> StaffDirectory::setPin(const Actor &actor, qint64 id, const QString &pin)
{
    if (!isWellFormedPin(pin))
        return fail(error(StaffError::PinMalformed));
    auto result = mutate(
        actor, id, SelfService::Yes, [&](const Stored &stored) -> Result<Edit, StaffError> {
            if (!stored.member.active)
                return fail(error(StaffError::Inactive, stored.member.name));
            auto hashed = hashPin(pin);
            if (!hashed)
                return fail(hashed.error());
            return Edit {QStringLiteral("UPDATE staff SET pin_hash = ? WHERE id = ?"),
                {*hashed, id}, QStringLiteral("PIN set")};
        });
    if (result)
        m_attempts.remove(id); // a new PIN is how the owner ends a lock-out
    return result;
}

Result<void, StaffError> StaffDirectory::clearPin(const Actor &actor, qint64 id)
{
    auto result = mutate(
        actor, id, SelfService::Yes, [&](const Stored &stored) -> Result<Edit, StaffError> {
            if (!stored.member.active)
                return fail(error(StaffError::Inactive, stored.member.name));
            return Edit {QStringLiteral("UPDATE staff SET pin_hash = NULL WHERE id = ?"), {id},
                QStringLiteral("PIN cleared")};
        });
    if (result)
        m_attempts.remove(id);
    return result;
}

Result<Actor, StaffError> StaffDirectory::verifyPin(qint64 id, const QString &pin)
{
    auto stored = loadById(id);
    if (!stored)
        return fail(stored.error());
    const StaffMember &member = stored->member;
    if (!member.active)
        return fail(error(StaffError::Inactive, member.name));
    const Actor signedIn = Actor::staffMember(member.id, member.role, member.name);
    if (stored->pinHash.isEmpty())
        return signedIn;

    const QDateTime at = now();
    Attempts &attempts = m_attempts[id];
    if (attempts.lockedUntil.isValid()) {
        const qint64 msLeft = at.msecsTo(attempts.lockedUntil);
        if (msLeft > 0) {
            StaffError e = error(StaffError::LockedOut, member.name);
            // Rounded up so the message never says 0; capped in case the wall clock went back.
            e.secondsLeft = int(std::min<qint64>((msLeft + 999) / 1000, LockOutSeconds));
            return fail(e);
        }
        attempts = Attempts {};
    }
    if (m_hasher.verify(stored->pinHash, pin)) {
        m_attempts.remove(id);
        if (m_hasher.needsRehash(stored->pinHash))
            upgradeHash(id, pin);
        return signedIn;
    }
    if (++attempts.wrongInARow >= MaxWrongPins) {
        attempts = Attempts {0, at.addSecs(LockOutSeconds)};
        StaffError e = error(StaffError::LockedOut, member.name);
        e.secondsLeft = LockOutSeconds;
        return fail(e);
    }
    StaffError e = error(StaffError::WrongPin, member.name);
    e.attemptsLeft = MaxWrongPins - attempts.wrongInARow;
    return fail(e);
}

// Re-hashes a PIN made with older (or, from tests, cheaper) limits while the PIN is at hand.
// Not a change anyone made, so no audit line; a failure only means trying again next time.
void StaffDirectory::upgradeHash(qint64 id, const QString &pin)
{
    auto hashed = m_hasher.hash(pin);
    QSqlQuery query(m_database.connection());
    if (!hashed
        || !run(query, QStringLiteral("UPDATE staff SET pin_hash = ? WHERE id = ?"), {*hashed, id}))
        qCWarning(lcStorage) << "Could not upgrade a PIN hash:" << query.lastError().text();
}

} // namespace rapport::app
