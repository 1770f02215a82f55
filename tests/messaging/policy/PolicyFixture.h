#pragma once

// An in-memory database with the customer book, the consent ledger and the suppression list on
// a clock the test sets, plus helpers that write threads, messages and opt-out reviews the way
// the outbox and the inbound router store them (schema v6). Shared by the policy tests.

#include "app/audit/AuditLog.h"
#include "app/consent/ConsentLedger.h"
#include "app/consent/SuppressionList.h"
#include "app/customers/CustomerRepository.h"
#include "app/messaging/ThreadLookup.h"
#include "app/staff/Actor.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <memory>

namespace rapport::test {

// Example numbers valid for libphonenumber: Miami (Florida), North Haven (Connecticut),
// New York City, a French mobile.
inline const QString floridaNumber = QStringLiteral("+13052345678");
inline const QString connecticutNumber = QStringLiteral("+12032345678");
inline const QString newYorkNumber = QStringLiteral("+12122345678");
inline const QString frenchNumber = QStringLiteral("+33612345678");

inline QDateTime utcAt(int year, int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
}

inline QString stored(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

struct PolicyFixture
{
    std::unique_ptr<app::Database> db;
    std::unique_ptr<app::AuditLog> audit;
    std::unique_ptr<app::CustomerRepository> customers;
    std::unique_ptr<app::ConsentLedger> ledger;
    std::unique_ptr<app::SuppressionList> suppression;
    QDateTime clockNow = utcAt(2026, 1, 5, 12);

    bool open(const QString &connectionName)
    {
        auto opened = app::Database::openInMemory(connectionName);
        if (!opened) {
            qWarning("cannot open: %s", qPrintable(opened.error().detail));
            return false;
        }
        db = std::move(*opened);
        const auto clock = [this] { return clockNow; };
        audit = std::make_unique<app::AuditLog>(*db, clock);
        customers = std::make_unique<app::CustomerRepository>(*db, QStringLiteral("US"), clock);
        ledger = std::make_unique<app::ConsentLedger>(*db, *audit, clock);
        suppression = std::make_unique<app::SuppressionList>(*db, clock);
        return true;
    }

    void close()
    {
        suppression.reset();
        ledger.reset();
        customers.reset();
        audit.reset();
        db.reset();
    }

    qint64 addCustomer(const QString &phone, const QString &timeZone = {})
    {
        app::Customer c;
        c.firstName = QStringLiteral("Ada");
        c.phoneE164 = phone;
        c.timeZone = timeZone;
        auto id = customers->add(c);
        if (!id)
            qFatal("add customer failed: %s", qPrintable(id.error().detail));
        return *id;
    }

    qint64 threadOf(const QString &phone)
    {
        auto thread = app::ensureThread(*db, phone);
        if (!thread)
            qFatal("ensureThread failed: %s", qPrintable(thread.error().detail));
        return thread->threadId;
    }

    // Records at `at` (the ledger's clock), with the evidence each source needs.
    qint64 consent(qint64 customerId, app::ConsentPurpose purpose, app::ConsentAction action,
        app::ConsentSource source, const QDateTime &at)
    {
        app::ConsentEvent e;
        e.customerId = customerId;
        e.purpose = purpose;
        e.action = action;
        e.source = source;
        e.wording = QStringLiteral("Yes, text me offers. Reply STOP to opt out.");
        e.wordingVersion = QStringLiteral("2025-01");
        e.inboundText = action == app::ConsentAction::OptOut ? QStringLiteral("STOP")
                                                             : QStringLiteral("START");
        const QDateTime saved = clockNow;
        clockNow = at;
        auto id = ledger->record(app::Actor::system(), e);
        clockNow = saved;
        if (!id)
            qFatal("record failed: %d %s", int(id.error().code), qPrintable(id.error().detail));
        return *id;
    }

    qint64 addMessage(qint64 threadId, const char *direction, const char *purpose,
        const char *state, const QDateTime &createdAt, const QDateTime &sentAt = {})
    {
        QSqlQuery query(db->connection());
        if (!app::sql::run(query,
                QStringLiteral("INSERT INTO messages (thread_id, direction, body, purpose,"
                               " origin, state, created_at, sent_at)"
                               " VALUES (?, ?, 'text', ?, ?, ?, ?, ?)"),
                {threadId, QString::fromLatin1(direction),
                    purpose ? QVariant(QString::fromLatin1(purpose)) : QVariant(),
                    QString::fromLatin1(direction) == QLatin1String("out")
                        ? QVariant(QStringLiteral("campaign"))
                        : QVariant(),
                    QString::fromLatin1(state), stored(createdAt),
                    sentAt.isValid() ? QVariant(stored(sentAt)) : QVariant()}))
            qFatal("insert message failed: %s", qPrintable(query.lastError().text()));
        return query.lastInsertId().toLongLong();
    }

    qint64 addReview(qint64 threadId, const QDateTime &raisedAt, const QDateTime &resolvedAt = {})
    {
        QSqlQuery query(db->connection());
        if (!app::sql::run(query,
                QStringLiteral("INSERT INTO opt_out_reviews (thread_id, raised_at, resolved_at)"
                               " VALUES (?, ?, ?)"),
                {threadId, stored(raisedAt),
                    resolvedAt.isValid() ? QVariant(stored(resolvedAt)) : QVariant()}))
            qFatal("insert review failed: %s", qPrintable(query.lastError().text()));
        return query.lastInsertId().toLongLong();
    }

    void suppress(const QString &phone, app::SuppressionList::Reason reason, const QDateTime &at)
    {
        const QDateTime saved = clockNow;
        clockNow = at;
        if (!suppression->add(phone, reason))
            qFatal("suppression failed");
        clockNow = saved;
    }
};

} // namespace rapport::test
