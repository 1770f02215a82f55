#include "app/storage/Schema.h"

namespace rapport::app {

const QList<Migration> &Schema::migrations()
{
    static const QList<Migration> all {
        {1, QStringLiteral("Settings and the audit log"),
            {QStringLiteral("CREATE TABLE settings ("
                            " key TEXT PRIMARY KEY,"
                            " value TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE audit_log ("
                               " id INTEGER PRIMARY KEY,"
                               " at TEXT NOT NULL,"
                               " staff_id INTEGER,"
                               " action TEXT NOT NULL,"
                               " subject TEXT,"
                               " detail TEXT)"),
                QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)")}},
        // The customer book. Numbers are E.164 text; NULL when a customer has none, which both
        // SQLite and PostgreSQL allow many of under UNIQUE. Dates are ISO-8601 TEXT. Names are
        // searched by prefix on lower(...) expression indexes; the UNIQUE index on phone_e164
        // serves number-prefix search as a range (>= prefix AND < next prefix).
        {2, QStringLiteral("Customers, tags, custom fields and visits"),
            {QStringLiteral("CREATE TABLE customers ("
                            " id INTEGER PRIMARY KEY,"
                            " first_name TEXT,"
                            " last_name TEXT,"
                            " phone_e164 TEXT UNIQUE,"
                            " email TEXT,"
                            " birthday_day INTEGER CHECK (birthday_day BETWEEN 1 AND 31),"
                            " birthday_month INTEGER CHECK (birthday_month BETWEEN 1 AND 12),"
                            " birthday_year INTEGER,"
                            " anniversary TEXT,"
                            " language TEXT,"
                            " time_zone TEXT,"
                            " notes TEXT,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX customers_last_name ON customers (lower(last_name))"),
                QStringLiteral(
                    "CREATE INDEX customers_first_name ON customers (lower(first_name))"),
                QStringLiteral("CREATE TABLE customer_tags ("
                               " customer_id INTEGER NOT NULL"
                               " REFERENCES customers (id) ON DELETE CASCADE,"
                               " tag TEXT NOT NULL,"
                               " PRIMARY KEY (customer_id, tag))"),
                QStringLiteral("CREATE INDEX customer_tags_tag ON customer_tags (tag)"),
                QStringLiteral("CREATE TABLE custom_fields ("
                               " id INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL UNIQUE,"
                               " type TEXT NOT NULL"
                               " CHECK (type IN ('text', 'number', 'date', 'choice')),"
                               " choices TEXT)"),
                QStringLiteral("CREATE TABLE customer_field_values ("
                               " customer_id INTEGER NOT NULL"
                               " REFERENCES customers (id) ON DELETE CASCADE,"
                               " field_id INTEGER NOT NULL"
                               " REFERENCES custom_fields (id) ON DELETE CASCADE,"
                               " value TEXT NOT NULL,"
                               " PRIMARY KEY (customer_id, field_id))"),
                QStringLiteral("CREATE INDEX customer_field_values_field"
                               " ON customer_field_values (field_id)"),
                QStringLiteral("CREATE TABLE visits ("
                               " id INTEGER PRIMARY KEY,"
                               " customer_id INTEGER NOT NULL"
                               " REFERENCES customers (id) ON DELETE CASCADE,"
                               " visited_on TEXT NOT NULL,"
                               " amount_cents INTEGER NOT NULL DEFAULT 0,"
                               " note TEXT)"),
                QStringLiteral(
                    "CREATE INDEX visits_customer ON visits (customer_id, visited_on)")}},
    };
    return all;
}

int Schema::currentVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace rapport::app
