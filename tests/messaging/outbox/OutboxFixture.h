#pragma once

#include "ManualClock.h"
#include "ScriptedSendPolicy.h"
#include "app/audit/AuditLog.h"
#include "app/messaging/MessagingEvents.h"
#include "app/outbox/Outbox.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace rapport::test {

// A fresh in-memory database with the outbox over it, a manual clock (Monday 5 January 2026,
// 09:00 UTC) and the scripted policy.
struct OutboxFixture
{
    OutboxFixture()
        : database(open())
        , audit(*database, [this] { return clock.now(); })
        , outbox(*database, policy, audit, clock, events)
    { }

    static std::unique_ptr<app::Database> open()
    {
        static int serial = 0;
        auto opened = app::Database::openInMemory(QStringLiteral("outbox-%1").arg(++serial));
        if (!opened)
            qFatal("cannot open the test database");
        return std::move(*opened);
    }

    // The first column of the first row, or an invalid QVariant.
    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(database->connection());
        if (!app::sql::run(query, sql, values) || !query.next())
            return {};
        return query.value(0);
    }
    bool exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(database->connection());
        return app::sql::run(query, sql, values);
    }
    QVariant column(qint64 messageId, const QString &name) const
    {
        return value(QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(name), {messageId});
    }
    QString stateOf(qint64 messageId) const
    {
        return column(messageId, QStringLiteral("state")).toString();
    }
    int count(const QString &table) const
    {
        return value(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }

    qint64 addStaff(const QString &name)
    {
        exec(QStringLiteral("INSERT INTO staff (name, role, created_at) VALUES (?, 'staff', ?)"),
            {name, nowText()});
        return value(QStringLiteral("SELECT id FROM staff WHERE name = ?"), {name}).toLongLong();
    }
    qint64 addCustomer(const QString &phoneE164)
    {
        exec(QStringLiteral("INSERT INTO customers (first_name, phone_e164, created_at, "
                            "updated_at) VALUES ('Ana', ?, ?, ?)"),
            {phoneE164, nowText(), nowText()});
        return value(QStringLiteral("SELECT id FROM customers WHERE phone_e164 = ?"), {phoneE164})
            .toLongLong();
    }
    // A message the customer sent through `modemId`, as inbound routing stores it.
    void addInbound(qint64 threadId, const QString &modemId)
    {
        exec(QStringLiteral("INSERT INTO messages (thread_id, direction, body, state, created_at, "
                            "modem_id) VALUES (?, 'in', 'Hi', 'received', ?, ?)"),
            {threadId, nowText(), modemId});
    }

    QString nowText() const { return clock.now().toUTC().toString(Qt::ISODateWithMs); }

    static app::OutgoingRequest request(const QString &body = QStringLiteral("Your table is ready"),
        const QString &phone = QStringLiteral("+447400123456"))
    {
        app::OutgoingRequest request;
        request.phoneE164 = phone;
        request.body = body;
        request.purpose = app::MessagePurpose::Service;
        request.origin = app::MessageOrigin::Automation;
        return request;
    }

    // Enqueues and fails the test when the outbox refuses.
    qint64 enqueue(const app::OutgoingRequest &request)
    {
        const auto result = outbox.enqueue(request);
        if (!result) {
            qWarning() << "enqueue failed:" << result.error();
            return 0;
        }
        return result->messageId;
    }

    ManualClock clock;
    std::unique_ptr<app::Database> database;
    app::MessagingEvents events;
    ScriptedSendPolicy policy;
    app::AuditLog audit;
    app::Outbox outbox;
};

} // namespace rapport::test
