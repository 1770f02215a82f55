#pragma once

// The customer book behind tst_segmentsql, whose expected answers are worked out by hand from
// this list. "Today" is Sunday 15 June 2025: 90 days earlier is 17 March, 180 days earlier is
// 17 December 2024. First names are unique:
//   Ada Lovelace  vip+regular, visits 10 Jun/1 May/1 Mar (100.00), marketing in→out→in,
//                 birthday 10 Dec, anniversary 4 Jun, +44, en-GB; last service 20 Jun, blue
//   Bob Brown     regular, visits 17 Mar (exactly 90 days) and 17 Dec (exactly 180), 20.00,
//                 marketing in→out, birthday 31 Dec, +49, de-AT, Europe/Vienna
//   Cara Smith    no visits, added 1 Jun, birthday 1 Jan, anniversary 30 Jun, "Mia 1000", 38.5
//   Dan Jones     visits 1 Jan 2024 (1000.00) and 16 Mar (91 days, 1.00), feedback out→in,
//                 birthday 29 Feb, last service 1 Mar
//   Eve           nothing but a first name, added 2020
//   Finn O'Neil   new_client, one visit 20 May (7.00), added 20 May, birthday 20 Jun,
//                 "Mia 100%_x", 42, last service 1 Jun, red

#include "app/segments/SegmentSql.h"
#include "app/storage/Database.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <memory>

namespace rapport::test {

inline const QDate fixtureToday(2025, 6, 15);

class SegmentFixture final
{
public:
    // A fresh in-memory database under `connectionName`, filled with the customers above.
    explicit SegmentFixture(const QString &connectionName)
    {
        auto db = app::Database::openInMemory(connectionName);
        if (!db)
            qFatal("cannot open the database: %s", qPrintable(db.error().detail));
        m_db = std::move(*db);
        populate();
    }

    app::Database &database() { return *m_db; }

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_db->connection());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }

    void customer(const QString &first, const QString &created, const QVariantMap &columns = {})
    {
        QString sql = QStringLiteral("INSERT INTO customers (first_name, created_at, updated_at");
        QVariantList values {first, created, created};
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            sql += QString(QStringLiteral(", ") + it.key());
            values << it.value();
        }
        sql += QStringLiteral(") VALUES (?") + QStringLiteral(", ?").repeated(values.size() - 1)
            + QStringLiteral(")");
        exec(sql, values);
        QSqlQuery id(m_db->connection());
        id.exec(QStringLiteral("SELECT max(id) FROM customers"));
        id.next();
        m_ids.insert(first, id.value(0).toLongLong());
    }
    void visit(const QString &who, const char *on, int cents)
    {
        exec(QStringLiteral("INSERT INTO visits (customer_id, visited_on, amount_cents)"
                            " VALUES (?, ?, ?)"),
            {m_ids.value(who), QString::fromLatin1(on), cents});
    }
    void tag(const QString &who, const char *tag)
    {
        exec(QStringLiteral("INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?)"),
            {m_ids.value(who), QString::fromLatin1(tag)});
    }
    void consent(const QString &who, const char *purpose, const char *action)
    {
        exec(QStringLiteral("INSERT INTO consent_events (customer_id, purpose, action, source,"
                            " recorded_at) VALUES (?, ?, ?, 'in_person', '2025-01-01T00:00:00Z')"),
            {m_ids.value(who), QString::fromLatin1(purpose), QString::fromLatin1(action)});
    }
    void field(const QString &who, int fieldId, const QString &value)
    {
        exec(QStringLiteral("INSERT INTO customer_field_values (customer_id, field_id, value)"
                            " VALUES (?, ?, ?)"),
            {m_ids.value(who), fieldId, value});
    }

    // The first names of the customers the rule selects, sorted and comma-separated.
    QString members(const app::SegmentRule &rule, QDate on = fixtureToday)
    {
        auto expression = app::SegmentSql::compile(rule, on);
        if (!expression)
            return QStringLiteral("invalid: ") + expression.error().describe();
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT c.first_name FROM customers c WHERE ")
            + expression->sql + QStringLiteral(" ORDER BY c.first_name"));
        for (const QVariant &value : expression->values)
            query.addBindValue(value);
        if (!query.exec())
            return QStringLiteral("failed: ") + query.lastError().text();
        QStringList names;
        while (query.next())
            names << query.value(0).toString();
        return names.join(QLatin1Char(','));
    }

private:
    void populate()
    {
        exec(QStringLiteral("INSERT INTO custom_fields (id, name, type, choices) VALUES"
                            " (1, 'Stylist', 'text', NULL), (2, 'Shoe size', 'number', NULL),"
                            " (3, 'Last service', 'date', NULL),"
                            " (4, 'Colour', 'choice', '[\"red\",\"blue\"]')"));
        const auto s = [](const char *text) { return QVariant(QString::fromUtf8(text)); };
        customer(QStringLiteral("Ada"), QStringLiteral("2024-01-01T09:00:00.000Z"),
            {{QStringLiteral("last_name"), s("Lovelace")},
                {QStringLiteral("email"), s("ada@example.org")},
                {QStringLiteral("phone_e164"), s("+447400123456")},
                {QStringLiteral("language"), s("en-GB")},
                {QStringLiteral("time_zone"), s("Europe/London")},
                {QStringLiteral("birthday_day"), 10}, {QStringLiteral("birthday_month"), 12},
                {QStringLiteral("anniversary"), s("2020-06-04")}});
        customer(QStringLiteral("Bob"), QStringLiteral("2023-05-05T10:00:00.000Z"),
            {{QStringLiteral("last_name"), s("Brown")},
                {QStringLiteral("email"), s("bonno@example.com")},
                {QStringLiteral("phone_e164"), s("+4915123456789")},
                {QStringLiteral("language"), s("de-AT")},
                {QStringLiteral("time_zone"), s("Europe/Vienna")},
                {QStringLiteral("birthday_day"), 31}, {QStringLiteral("birthday_month"), 12}});
        customer(QStringLiteral("Cara"), QStringLiteral("2025-06-01T12:00:00.000Z"),
            {{QStringLiteral("last_name"), s("Smith")}, {QStringLiteral("birthday_day"), 1},
                {QStringLiteral("birthday_month"), 1},
                {QStringLiteral("anniversary"), s("2019-06-30")}});
        customer(QStringLiteral("Dan"), QStringLiteral("2023-01-01T08:00:00.000Z"),
            {{QStringLiteral("last_name"), s("Jones")}, {QStringLiteral("birthday_day"), 29},
                {QStringLiteral("birthday_month"), 2}});
        customer(QStringLiteral("Eve"), QStringLiteral("2020-01-01T00:00:00.000Z"));
        customer(QStringLiteral("Finn"), QStringLiteral("2025-05-20T08:00:00.000Z"),
            {{QStringLiteral("last_name"), s("O'Neil")},
                {QStringLiteral("email"), s("finn_o@example.org")},
                {QStringLiteral("birthday_day"), 20}, {QStringLiteral("birthday_month"), 6}});
        const QString ada = QStringLiteral("Ada"), bob = QStringLiteral("Bob"),
                      cara = QStringLiteral("Cara"), dan = QStringLiteral("Dan"),
                      finn = QStringLiteral("Finn");
        tag(ada, "vip");
        tag(ada, "regular");
        tag(bob, "regular");
        tag(finn, "new_client");
        visit(ada, "2025-06-10", 5000);
        visit(ada, "2025-05-01", 3000);
        visit(ada, "2025-03-01", 2000);
        visit(bob, "2025-03-17", 1500);
        visit(bob, "2024-12-17", 500);
        visit(dan, "2024-01-01", 100000);
        visit(dan, "2025-03-16", 100);
        visit(finn, "2025-05-20", 700);
        consent(ada, "marketing", "opt_in");
        consent(bob, "marketing", "opt_in");
        consent(ada, "marketing", "opt_out");
        consent(dan, "feedback", "opt_out");
        consent(bob, "marketing", "opt_out");
        consent(ada, "marketing", "opt_in");
        consent(dan, "feedback", "opt_in");
        field(ada, 3, QStringLiteral("2025-06-20"));
        field(ada, 4, QStringLiteral("blue"));
        field(cara, 1, QStringLiteral("Mia 1000"));
        field(cara, 2, QStringLiteral("38.5"));
        field(dan, 3, QStringLiteral("2025-03-01"));
        field(finn, 1, QStringLiteral("Mia 100%_x"));
        field(finn, 2, QStringLiteral("42"));
        field(finn, 3, QStringLiteral("2025-06-01"));
        field(finn, 4, QStringLiteral("red"));
    }

    std::unique_ptr<app::Database> m_db;
    QMap<QString, qint64> m_ids;
};

} // namespace rapport::test
