#include "app/staff/StaffDirectory.h"

#include "app/audit/AuditLog.h"
#include "app/staff/StaffSql.h"
#include "app/storage/Database.h"
#include "app/storage/Transaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace rapport::app {

using namespace staffsql;

namespace {

const QString columns = QStringLiteral("id, name, role, pin_hash, active, created_at");

QString subjectFor(qint64 id)
{
    return QStringLiteral("staff:%1").arg(id);
}

// Names are compared in C++ because SQLite's lower() folds ASCII only ("Zoë" and "ZOË" would
// differ); the staff list is a handful of rows, so reading it whole costs nothing.
QString folded(const QString &name)
{
    return name.simplified().toCaseFolded();
}

} // namespace

StaffDirectory::StaffDirectory(Database &database, AuditLog &audit, Clock clock, PinHasher hasher)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_hasher(hasher)
{ }

QDateTime StaffDirectory::now() const
{
    return m_clock().toUTC();
}

Result<QList<StaffDirectory::Stored>, StaffError> StaffDirectory::load(
    const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!run(query,
            QString(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM staff ") + where),
            values))
        return fail(storageError(query));
    QList<Stored> found;
    while (query.next()) {
        Stored stored;
        stored.member.id = query.value(0).toLongLong();
        stored.member.name = query.value(1).toString();
        stored.member.role = staffRoleFromKey(query.value(2).toString()).value_or(StaffRole::Staff);
        stored.pinHash = query.value(3).toString();
        stored.member.hasPin = !stored.pinHash.isEmpty();
        stored.member.active = query.value(4).toInt() != 0;
        stored.member.createdAt
            = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        found.append(stored);
    }
    return found;
}

Result<StaffDirectory::Stored, StaffError> StaffDirectory::loadById(qint64 id) const
{
    auto found = load(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(error(StaffError::NotFound));
    return found->constFirst();
}

Result<QList<StaffMember>, StaffError> StaffDirectory::list(bool includeInactive) const
{
    auto found = load(QStringLiteral("WHERE active = 1 OR ? = 1"), {includeInactive ? 1 : 0});
    if (!found)
        return fail(found.error());
    QList<StaffMember> members;
    for (const Stored &stored : *found)
        members.append(stored.member);
    std::sort(members.begin(), members.end(), [](const StaffMember &a, const StaffMember &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return members;
}

Result<StaffMember, StaffError> StaffDirectory::findById(qint64 id) const
{
    auto stored = loadById(id);
    if (!stored)
        return fail(stored.error());
    return stored->member;
}

Result<StaffMember, StaffError> StaffDirectory::findByName(const QString &name) const
{
    auto all = list(true);
    if (!all)
        return fail(all.error());
    const QString wanted = folded(name);
    for (const StaffMember &member : *all) {
        if (folded(member.name) == wanted)
            return member;
    }
    return fail(error(StaffError::NotFound, name.simplified()));
}

Result<bool, StaffError> StaffDirectory::isEmpty() const
{
    QSqlQuery query(m_database.connection());
    if (!run(query, QStringLiteral("SELECT count(*) FROM staff")) || !query.next())
        return fail(storageError(query));
    return query.value(0).toInt() == 0;
}

// The role is read back from the list rather than trusted from `actor`, so someone demoted or
// deactivated while signed in loses the rights at once.
Result<Actor, StaffError> StaffDirectory::authorise(
    const Actor &actor, qint64 subjectId, SelfService self)
{
    Actor current = actor;
    if (actor.staffId > 0) {
        auto stored = load(QStringLiteral("WHERE id = ?"), {actor.staffId});
        if (!stored)
            return fail(stored.error());
        const bool active = !stored->isEmpty() && stored->constFirst().member.active;
        current.role = active ? stored->constFirst().member.role : StaffRole::Staff;
        if (active && self == SelfService::Yes && actor.staffId == subjectId)
            return current;
    }
    if (auto allowed = Permissions::check(current, Permission::ManageStaff, &m_audit); !allowed) {
        StaffError e = error(StaffError::NotAllowed);
        e.permission = allowed.error().permission;
        return fail(e);
    }
    return current;
}

Result<void, StaffError> StaffDirectory::checkNameFree(const QString &name, qint64 selfId) const
{
    auto all = list(true);
    if (!all)
        return fail(all.error());
    const QString wanted = folded(name);
    for (const StaffMember &member : *all) {
        if (member.id != selfId && folded(member.name) == wanted)
            return fail(error(StaffError::NameTaken, member.name));
    }
    return {};
}

Result<bool, StaffError> StaffDirectory::isLastActiveOwner(const Stored &stored) const
{
    if (!stored.member.active || stored.member.role != StaffRole::Owner)
        return false;
    QSqlQuery query(m_database.connection());
    if (!run(query,
            QStringLiteral("SELECT count(*) FROM staff WHERE role = ? AND active = 1 AND id <> ?"),
            {staffRoleKey(StaffRole::Owner), stored.member.id})
        || !query.next())
        return fail(storageError(query));
    return query.value(0).toInt() == 0;
}

Result<qint64, StaffError> StaffDirectory::add(
    const Actor &actor, const QString &name, StaffRole role, const QString &pin)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return fail(error(StaffError::NameRequired));
    if (!pin.isEmpty() && !isWellFormedPin(pin))
        return fail(error(StaffError::PinMalformed));
    Transaction transaction(m_database);
    if (!transaction.isOpen())
        return fail(storageError(transaction.errorText()));
    auto empty = isEmpty();
    if (!empty)
        return fail(empty.error());
    Actor author = actor;
    if (*empty) {
        if (role != StaffRole::Owner)
            return fail(error(StaffError::FirstMustBeOwner));
    } else {
        auto allowed = authorise(actor);
        if (!allowed) {
            transaction.commit(); // nothing but the PermissionDenied line has been written
            return fail(allowed.error());
        }
        author = *allowed;
    }
    if (auto free = checkNameFree(clean, 0); !free)
        return fail(free.error());
    // Hashed only now, so a refused request costs no Argon2id run.
    QVariant pinHash(QMetaType::fromType<QString>());
    if (!pin.isEmpty()) {
        auto hashed = hashPin(pin);
        if (!hashed)
            return fail(hashed.error());
        pinHash = *hashed;
    }
    QSqlQuery query(m_database.connection());
    if (!run(query,
            QStringLiteral("INSERT INTO staff (name, role, pin_hash, active, created_at)"
                           " VALUES (?, ?, ?, 1, ?)"),
            {clean, staffRoleKey(role), pinHash, now().toString(Qt::ISODateWithMs)}))
        return fail(storageError(query));
    const qint64 id = query.lastInsertId().toLongLong();
    const QString detail = QStringLiteral("added %1 as %2%3")
                               .arg(clean, staffRoleKey(role),
                                   pin.isEmpty() ? QString() : QStringLiteral(", with a PIN"));
    if (auto logged = m_audit.record(author, AuditAction::StaffChanged, subjectFor(id), detail);
        !logged)
        return fail(storageError(logged.error().detail));
    if (!transaction.commit())
        return fail(storageError(transaction.errorText()));
    return id;
}

// Every mutation after add() has one shape: authorise first, outside the transaction, so that a
// refusal's audit line is kept; then re-read the member, let `plan` check the rules and say what
// to write, and write it with its audit line, all in one transaction, so that two desks cannot
// together remove the last owner.
Result<void, StaffError> StaffDirectory::mutate(
    const Actor &actor, qint64 id, SelfService self, const Plan &plan)
{
    auto author = authorise(actor, id, self);
    if (!author)
        return fail(author.error());
    Transaction transaction(m_database);
    if (!transaction.isOpen())
        return fail(storageError(transaction.errorText()));
    auto stored = loadById(id);
    if (!stored)
        return fail(stored.error());
    auto edit = plan(*stored);
    if (!edit)
        return fail(edit.error());
    QSqlQuery query(m_database.connection());
    if (!run(query, edit->sql, edit->values))
        return fail(storageError(query));
    if (auto logged
        = m_audit.record(*author, AuditAction::StaffChanged, subjectFor(id), edit->detail);
        !logged)
        return fail(storageError(logged.error().detail));
    if (!transaction.commit())
        return fail(storageError(transaction.errorText()));
    return {};
}

Result<void, StaffError> StaffDirectory::setRole(const Actor &actor, qint64 id, StaffRole role)
{
    return mutate(
        actor, id, SelfService::No, [&](const Stored &stored) -> Result<Edit, StaffError> {
            if (!stored.member.active)
                return fail(error(StaffError::Inactive, stored.member.name));
            if (role != StaffRole::Owner) {
                auto last = isLastActiveOwner(stored);
                if (!last)
                    return fail(last.error());
                if (*last)
                    return fail(error(StaffError::LastOwner, stored.member.name));
            }
            return Edit {QStringLiteral("UPDATE staff SET role = ? WHERE id = ?"),
                {staffRoleKey(role), id},
                QStringLiteral("role %1 -> %2")
                    .arg(staffRoleKey(stored.member.role), staffRoleKey(role))};
        });
}

// Former staff may be renamed too, which frees their name for someone new.
Result<void, StaffError> StaffDirectory::rename(const Actor &actor, qint64 id, const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return fail(error(StaffError::NameRequired));
    return mutate(
        actor, id, SelfService::No, [&](const Stored &stored) -> Result<Edit, StaffError> {
            if (auto free = checkNameFree(clean, id); !free)
                return fail(free.error());
            return Edit {QStringLiteral("UPDATE staff SET name = ? WHERE id = ?"), {clean, id},
                QStringLiteral("renamed %1 -> %2").arg(stored.member.name, clean)};
        });
}

Result<void, StaffError> StaffDirectory::deactivate(const Actor &actor, qint64 id)
{
    auto result
        = mutate(actor, id, SelfService::No, [&](const Stored &stored) -> Result<Edit, StaffError> {
              auto last = isLastActiveOwner(stored);
              if (!last)
                  return fail(last.error());
              if (*last)
                  return fail(error(StaffError::LastOwner, stored.member.name));
              return Edit {QStringLiteral("UPDATE staff SET active = 0 WHERE id = ?"), {id},
                  QStringLiteral("deactivated %1").arg(stored.member.name)};
          });
    if (result)
        m_attempts.remove(id);
    return result;
}

Result<void, StaffError> StaffDirectory::reactivate(const Actor &actor, qint64 id)
{
    return mutate(
        actor, id, SelfService::No, [&](const Stored &stored) -> Result<Edit, StaffError> {
            return Edit {QStringLiteral("UPDATE staff SET active = 1 WHERE id = ?"), {id},
                QStringLiteral("reactivated %1").arg(stored.member.name)};
        });
}

} // namespace rapport::app
