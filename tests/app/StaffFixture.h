#pragma once

// A fresh staff list on an in-memory database for each test, with a clock the test moves by
// hand and PINs hashed with libsodium's cheapest limits so hashing is instant.

#include "app/audit/AuditLog.h"
#include "app/staff/StaffDirectory.h"
#include "app/storage/Database.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <memory>

namespace rapport::test {

// "2468" hashed by crypto_pwhash_str with the cheapest limits, as an earlier run stored it.
inline const QString storedHashOf2468
    = QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$tDngER/"
                     "VSKf+XNy1jJGQRA$LmTDFapugKveZvK8I8xwI+d1y892xbzv++QCw5Z7eBA");

class StaffFixture
{
protected:
    std::unique_ptr<app::Database> m_db;
    std::unique_ptr<app::AuditLog> m_audit;
    std::unique_ptr<app::StaffDirectory> m_staff;
    QDateTime m_now;
    qint64 m_ownerId = 0;

    // An empty string when the database opened, else why not. Connection names must be unique
    // while a previous test's connection may still be closing.
    QString openFresh(const QString &prefix)
    {
        auto db = app::Database::openInMemory(QStringLiteral("%1-%2").arg(prefix).arg(++m_opened));
        if (!db)
            return db.error().detail;
        m_db = std::move(*db);
        m_now = QDateTime(QDate(2026, 2, 3), QTime(9, 0), QTimeZone::utc());
        m_audit = std::make_unique<app::AuditLog>(*m_db, clock());
        m_staff = std::make_unique<app::StaffDirectory>(
            *m_db, *m_audit, clock(), app::PinHasher(app::PinHasher::cheapest()));
        m_ownerId = 0;
        return {};
    }
    void close()
    {
        m_staff.reset();
        m_audit.reset();
        m_db.reset();
    }

    app::StaffDirectory::Clock clock()
    {
        return [this] { return m_now; };
    }
    app::StaffDirectory &staff() { return *m_staff; }
    app::Actor owner() const
    {
        return app::Actor::staffMember(m_ownerId, app::StaffRole::Owner, QStringLiteral("Ada"));
    }

    qint64 mustAdd(const QString &name, app::StaffRole role, const QString &pin = {})
    {
        auto id = staff().add(app::Actor::commandLine(), name, role, pin);
        if (!id)
            qFatal("add failed: %s", qPrintable(id.error().describe()));
        return *id;
    }

    int auditCount(const QString &action)
    {
        auto entries = m_audit->entries(action, 1000);
        return entries ? int(entries->size()) : -1;
    }

    QString storedHash(qint64 id)
    {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT pin_hash FROM staff WHERE id = ?"));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    bool storeHash(qint64 id, const QString &hash)
    {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("UPDATE staff SET pin_hash = ? WHERE id = ?"));
        query.addBindValue(hash);
        query.addBindValue(id);
        return query.exec() && query.numRowsAffected() == 1;
    }

private:
    int m_opened = 0;
};

} // namespace rapport::test
