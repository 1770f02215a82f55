#pragma once

// A database with one member of staff, the customer book and the consent ledger on a clock the
// test moves, shared by the consent tests.

#include "app/audit/AuditLog.h"
#include "app/consent/ConsentLedger.h"
#include "app/customers/CustomerRepository.h"
#include "app/staff/Actor.h"
#include "app/storage/Database.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <memory>

namespace rapport::test {

inline const QString gbMobile = QStringLiteral("+447400123456");

inline QDateTime utc(int day, int hour = 12)
{
    return QDateTime(QDate(2025, 3, day), QTime(hour, 0), QTimeZone::utc());
}

// An event with every piece of evidence filled in; tests blank what they want missing.
inline app::ConsentEvent consentEvent(qint64 customerId, app::ConsentPurpose purpose,
    app::ConsentAction action, app::ConsentSource source = app::ConsentSource::InPerson)
{
    app::ConsentEvent e;
    e.customerId = customerId;
    e.purpose = purpose;
    e.action = action;
    e.source = source;
    e.wording = QStringLiteral("Yes, text me offers. Reply STOP to opt out.");
    e.wordingVersion = QStringLiteral("2025-01");
    e.inboundText = QStringLiteral("STOP");
    return e;
}

struct ConsentFixture
{
    std::unique_ptr<app::Database> db;
    std::unique_ptr<app::AuditLog> audit;
    std::unique_ptr<app::CustomerRepository> customers;
    std::unique_ptr<app::ConsentLedger> ledger;
    QDateTime now = utc(1, 9);
    qint64 staffId = 0;

    // A fresh in-memory database under a connection name of its own; false (and a warning)
    // when it cannot be opened.
    bool open(const QString &connectionName)
    {
        auto opened = app::Database::openInMemory(connectionName);
        if (!opened) {
            qWarning("cannot open: %s", qPrintable(opened.error().detail));
            return false;
        }
        db = std::move(*opened);
        now = utc(1, 9);
        const auto clock = [this] { return now; };
        audit = std::make_unique<app::AuditLog>(*db, clock);
        customers = std::make_unique<app::CustomerRepository>(*db, QStringLiteral("GB"), clock);
        ledger = std::make_unique<app::ConsentLedger>(*db, *audit, clock);
        QSqlQuery query(db->connection());
        if (!query.exec(QStringLiteral("INSERT INTO staff (name, role, created_at)"
                                       " VALUES ('Sam', 'staff', '2025-01-01T00:00:00.000Z')")))
            return false;
        staffId = query.lastInsertId().toLongLong();
        return true;
    }

    void close()
    {
        ledger.reset();
        customers.reset();
        audit.reset();
        db.reset();
    }

    [[nodiscard]] app::Actor clerk() const
    {
        return app::Actor::staffMember(staffId, app::StaffRole::Staff, QStringLiteral("Sam"));
    }

    qint64 addCustomer(const QString &phone)
    {
        app::Customer c;
        c.firstName = QStringLiteral("Ada");
        c.phoneE164 = phone;
        auto id = customers->add(c);
        if (!id)
            qFatal("add customer failed: %s", qPrintable(id.error().detail));
        return *id;
    }

    // Records and moves the clock on a minute, so every event has its own time.
    qint64 mustRecord(const app::ConsentEvent &e)
    {
        auto id = ledger->record(clerk(), e);
        if (!id)
            qFatal("record failed: %d %s", int(id.error().code), qPrintable(id.error().detail));
        now = now.addSecs(60);
        return *id;
    }

    qint64 countRows(const QString &table) const
    {
        QSqlQuery query(db->connection());
        if (!query.exec(QString(QStringLiteral("SELECT COUNT(*) FROM ") + table)) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
};

} // namespace rapport::test
