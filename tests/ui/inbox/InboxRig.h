#pragma once

// Shared by the inbox tests: the services an InboxPage takes, over a fresh in-memory database
// with a business profile (GB, Europe/London), on a ManualClock (Monday 5 January 2026, 09:00
// UTC) unless the test passes another clock. Messages are written as the core writes them and
// announced through MessagingEvents, so the models see what the application would show.

#include "ManualClock.h"
#include "app/appointments/AppointmentBook.h"
#include "app/audit/AuditLog.h"
#include "app/consent/ConsentLedger.h"
#include "app/customers/CustomerRepository.h"
#include "app/messaging/MessagingEvents.h"
#include "app/messaging/MessagingService.h"
#include "app/outbox/Outbox.h"
#include "app/settings/SettingsStore.h"
#include "app/staff/StaffDirectory.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "app/templates/TemplateRepository.h"
#include "app/threads/ThreadRepository.h"
#include "ui/inbox/InboxServices.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QWidget>

#include <memory>

namespace rapport::test {

inline const QString kShop = QStringLiteral("Harbour Optics");

// Types `text` as key presses, including characters no key on the test's keyboard map has
// (QTest::keyClicks takes ASCII only): those arrive as key events carrying the text, as an
// input method delivers them.
inline void typeInto(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString one = text.mid(i, width);
        i += width - 1;
        if (one.size() == 1 && one.at(0).unicode() >= 0x20 && one.at(0).unicode() < 0x7F)
            QTest::keyClick(widget, one.at(0).toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, one, Qt::NoModifier);
    }
}

class InboxRig
{
public:
    explicit InboxRig(Clock *clock = nullptr)
        : m_clock(clock ? *clock : m_manual)
        , m_database(open())
        , m_audit(*m_database, [this] { return m_clock.now(); })
    {
        app::SettingsStore settings(*m_database);
        const app::Actor owner = app::Actor::commandLine();
        if (!settings.setValue(owner, m_audit, app::BusinessProfile::NameKey, kShop)
            || !settings.setValue(
                owner, m_audit, app::BusinessProfile::RegionKey, QStringLiteral("GB"))
            || !settings.setValue(
                owner, m_audit, app::BusinessProfile::ZoneKey, QStringLiteral("Europe/London")))
            qFatal("cannot store the business profile");
        // The service reads the profile when it is created.
        messaging = std::make_unique<app::MessagingService>(*m_database, m_clock);
        customers = std::make_unique<app::CustomerRepository>(
            *m_database, QStringLiteral("GB"), [this] { return m_clock.now(); });
        templates = std::make_unique<app::TemplateRepository>(
            *m_database, [this] { return m_clock.now(); });
        staff = std::make_unique<app::StaffDirectory>(
            *m_database, m_audit, [this] { return m_clock.now(); },
            app::PinHasher(app::PinHasher::cheapest()));
        threads
            = std::make_unique<app::ThreadRepository>(*m_database, m_clock, messaging->events());
        appointments = std::make_unique<app::AppointmentBook>(
            *m_database, m_audit, [this] { return m_clock.now(); });
        const auto ownerId = staff->add(
            app::Actor::commandLine(), QStringLiteral("Maria Lopes"), app::StaffRole::Owner);
        if (!ownerId)
            qFatal("cannot add the owner");
        actor = app::Actor::staffMember(
            *ownerId, app::StaffRole::Owner, QStringLiteral("Maria Lopes"));
    }

    static std::unique_ptr<app::Database> open()
    {
        static int serial = 0;
        auto opened = app::Database::openInMemory(QStringLiteral("inbox-%1").arg(++serial));
        if (!opened)
            qFatal("cannot open the test database");
        return std::move(*opened);
    }

    [[nodiscard]] ui::InboxServices services()
    {
        return ui::InboxServices {*m_database, m_clock, *threads, *messaging, *customers,
            messaging->consent(), *templates, *staff, [this] { return actor; },
            QStringLiteral("GB"), kShop, *appointments};
    }

    qint64 addCustomer(const QString &first, const QString &last, const QString &phone)
    {
        app::Customer customer;
        customer.firstName = first;
        customer.lastName = last;
        customer.phoneE164 = phone;
        const auto id = customers->add(customer);
        if (!id)
            qWarning() << "cannot add customer" << first << int(id.error().code);
        return id ? *id : 0;
    }

    bool consent(qint64 customerId, app::ConsentPurpose purpose,
        app::ConsentAction action = app::ConsentAction::OptIn)
    {
        app::ConsentEvent event;
        event.customerId = customerId;
        event.purpose = purpose;
        event.action = action;
        event.source = app::ConsentSource::InPerson;
        event.wording = QStringLiteral("Can we text you about appointments and offers?");
        event.wordingVersion = QStringLiteral("2026-01");
        return messaging->consent().record(app::Actor::commandLine(), event).hasValue();
    }

    // The thread of `phone`, created (and linked to its customer) when needed.
    qint64 threadFor(const QString &phone)
    {
        if (const qint64 id
            = value(QStringLiteral("SELECT id FROM threads WHERE phone_e164 = ?"), {phone})
                  .toLongLong())
            return id;
        exec(QStringLiteral("INSERT INTO threads (customer_id, phone_e164) VALUES ("
                            "(SELECT id FROM customers WHERE phone_e164 = ?), ?)"),
            {phone, phone});
        return value(QStringLiteral("SELECT id FROM threads WHERE phone_e164 = ?"), {phone})
            .toLongLong();
    }

    // A text from the customer, stored as inbound routing stores it, and announced.
    qint64 inbound(const QString &phone, const QString &body, const QDateTime &at = {},
        const QString &kind = QStringLiteral("text"))
    {
        const qint64 thread = threadFor(phone);
        const QString when = iso(at.isValid() ? at : m_clock.now());
        exec(QStringLiteral("INSERT INTO messages (thread_id, direction, body, state, created_at,"
                            " kind, modem_id, routed_at) VALUES (?, 'in', ?, 'received', ?, ?,"
                            " 'sim-1', ?)"),
            {thread, body, when, kind, when});
        const qint64 id = lastId();
        exec(
            QStringLiteral("UPDATE threads SET unread_count = unread_count + 1,"
                           " last_message_at = max(coalesce(last_message_at, ''), ?) WHERE id = ?"),
            {when, thread});
        Q_EMIT messaging->events().messageAdded(thread, id);
        return id;
    }

    // A text from the shop in a given state, written directly (for states the dispatcher
    // would take time to reach), and announced.
    qint64 outbound(const QString &phone, const QString &body, const QString &state,
        const QDateTime &at = {}, const QString &origin = QStringLiteral("manual"),
        const QString &templateKey = {}, const QString &reason = {},
        const QDateTime &heldUntil = {})
    {
        const qint64 thread = threadFor(phone);
        const QString when = iso(at.isValid() ? at : m_clock.now());
        exec(QStringLiteral(
                 "INSERT INTO messages (thread_id, direction, body, purpose, origin, state,"
                 " state_reason, created_at, sent_at, delivered_at, held_until, template_key,"
                 " part_count, kind) VALUES (?, 'out', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'text')"),
            {thread, body,
                origin == QLatin1String("manual") ? QStringLiteral("reply")
                                                  : QStringLiteral("service"),
                origin, state, reason.isEmpty() ? QVariant() : QVariant(reason), when,
                state == QLatin1String("sent") || state == QLatin1String("delivered") ? when
                                                                                      : QVariant(),
                state == QLatin1String("delivered") ? when : QVariant(),
                heldUntil.isValid() ? QVariant(iso(heldUntil)) : QVariant(),
                templateKey.isEmpty() ? QVariant() : QVariant(templateKey)});
        const qint64 id = lastId();
        exec(QStringLiteral("UPDATE threads SET last_message_at = max(coalesce(last_message_at,"
                            " ''), ?) WHERE id = ?"),
            {when, thread});
        Q_EMIT messaging->events().messageAdded(thread, id);
        return id;
    }

    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(m_database->connection());
        if (!app::sql::run(query, sql, values)) {
            qWarning() << "query failed:" << query.lastError().text() << sql;
            return {};
        }
        return query.next() ? query.value(0) : QVariant();
    }
    bool exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(m_database->connection());
        if (!app::sql::run(query, sql, values)) {
            qWarning() << "query failed:" << query.lastError().text() << sql;
            return false;
        }
        return true;
    }
    [[nodiscard]] qint64 lastId() const
    {
        return value(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    }
    [[nodiscard]] QString stateOf(qint64 messageId) const
    {
        return value(QStringLiteral("SELECT state FROM messages WHERE id = ?"), {messageId})
            .toString();
    }
    static QString iso(const QDateTime &at) { return at.toUTC().toString(Qt::ISODateWithMs); }

    [[nodiscard]] Clock &clock() { return m_clock; }
    [[nodiscard]] ManualClock &manual() { return m_manual; }
    [[nodiscard]] QDateTime now() const { return m_clock.now(); }
    [[nodiscard]] app::Database &database() { return *m_database; }
    [[nodiscard]] app::AuditLog &audit() { return m_audit; }

private:
    ManualClock m_manual;
    Clock &m_clock;
    std::unique_ptr<app::Database> m_database;
    app::AuditLog m_audit;

public:
    std::unique_ptr<app::MessagingService> messaging;
    std::unique_ptr<app::CustomerRepository> customers;
    std::unique_ptr<app::TemplateRepository> templates;
    std::unique_ptr<app::StaffDirectory> staff;
    std::unique_ptr<app::ThreadRepository> threads;
    std::unique_ptr<app::AppointmentBook> appointments;
    app::Actor actor = app::Actor::system();
};

} // namespace rapport::test
