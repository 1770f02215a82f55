#include "app/storage/Schema.h"

namespace rapport::app {
namespace {

// A customer's visit summary computed afresh from visits (for the row `customers.id`).
QString recomputedVisitSummary()
{
    return QStringLiteral("visit_count = (SELECT count(*) FROM visits v"
                          " WHERE v.customer_id = customers.id),"
                          " spend_cents = (SELECT coalesce(sum(amount_cents), 0) FROM visits v"
                          " WHERE v.customer_id = customers.id),"
                          " first_visit = (SELECT min(visited_on) FROM visits v"
                          " WHERE v.customer_id = customers.id),"
                          " last_visit = (SELECT max(visited_on) FROM visits v"
                          " WHERE v.customer_id = customers.id)");
}

} // namespace

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
        // Staff, the consent ledger, the suppression list and saved segments. consent_events is
        // append-only: a trigger refuses any change except moving an event to another customer
        // (a merge keeps all history). Current consent is the latest event per customer and
        // purpose, found through consent_events_latest. Suppression entries are keyed BLAKE2b
        // hashes of E.164 numbers (the key lives in settings), so an erased person's number
        // is not kept in the clear.
        {3, QStringLiteral("Staff, consent ledger, suppression list and segments"),
            {QStringLiteral("ALTER TABLE audit_log ADD COLUMN actor TEXT"),
                QStringLiteral("CREATE TABLE staff ("
                               " id INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL UNIQUE,"
                               " role TEXT NOT NULL CHECK (role IN ('staff', 'manager', 'owner')),"
                               " pin_hash TEXT,"
                               " active INTEGER NOT NULL DEFAULT 1,"
                               " created_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE consent_events ("
                               " id INTEGER PRIMARY KEY,"
                               " customer_id INTEGER NOT NULL"
                               " REFERENCES customers (id) ON DELETE CASCADE,"
                               " phone_e164 TEXT,"
                               " purpose TEXT NOT NULL"
                               " CHECK (purpose IN ('service', 'marketing', 'feedback')),"
                               " action TEXT NOT NULL CHECK (action IN ('opt_in', 'opt_out')),"
                               " source TEXT NOT NULL CHECK (source IN"
                               " ('in_person', 'paper_form', 'keyword', 'import', 'web')),"
                               " wording TEXT,"
                               " wording_version TEXT,"
                               " staff_id INTEGER REFERENCES staff (id),"
                               " inbound_text TEXT,"
                               " confirmation_text TEXT,"
                               " recorded_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX consent_events_latest"
                               " ON consent_events (customer_id, purpose, id)"),
                QStringLiteral("CREATE TRIGGER consent_events_append_only"
                               " BEFORE UPDATE OF id, phone_e164, purpose, action, source,"
                               " wording, wording_version, staff_id, inbound_text,"
                               " confirmation_text, recorded_at ON consent_events"
                               " BEGIN SELECT RAISE(ABORT, 'consent events are append-only');"
                               " END"),
                QStringLiteral("CREATE TABLE suppression ("
                               " number_hash TEXT PRIMARY KEY,"
                               " reason TEXT NOT NULL CHECK (reason IN ('erased', 'opted_out')),"
                               " added_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE segments ("
                               " id INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL UNIQUE,"
                               " rule TEXT NOT NULL,"
                               " created_at TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)")}},
        // Conversation threads and their messages: one thread per customer, or per number for
        // people who are not customers yet. The messaging core extends messages with delivery
        // detail in later versions.
        {4, QStringLiteral("Conversation threads and messages"),
            {QStringLiteral("CREATE TABLE threads ("
                            " id INTEGER PRIMARY KEY,"
                            " customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE,"
                            " phone_e164 TEXT NOT NULL UNIQUE,"
                            " assigned_staff_id INTEGER REFERENCES staff (id),"
                            " is_open INTEGER NOT NULL DEFAULT 1,"
                            " unread_count INTEGER NOT NULL DEFAULT 0,"
                            " last_message_at TEXT)"),
                QStringLiteral("CREATE INDEX threads_customer ON threads (customer_id)"),
                QStringLiteral("CREATE INDEX threads_last_message ON threads (last_message_at)"),
                QStringLiteral("CREATE TABLE messages ("
                               " id INTEGER PRIMARY KEY,"
                               " thread_id INTEGER NOT NULL"
                               " REFERENCES threads (id) ON DELETE CASCADE,"
                               " direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),"
                               " body TEXT NOT NULL,"
                               " purpose TEXT CHECK (purpose IN ('reply', 'service', 'marketing')),"
                               " origin TEXT CHECK (origin IN"
                               " ('manual', 'automation', 'campaign', 'auto_reply')),"
                               " staff_id INTEGER REFERENCES staff (id),"
                               " state TEXT NOT NULL,"
                               " state_reason TEXT,"
                               " created_at TEXT NOT NULL,"
                               " sent_at TEXT,"
                               " delivered_at TEXT)"),
                QStringLiteral("CREATE INDEX messages_thread ON messages (thread_id, id)")}},
        // Visit summaries on the customer row and current consent per purpose, kept by
        // triggers, so segments such as "lapsed", "high value" or "opted in to marketing" read
        // one row per customer instead of aggregating 500,000 visits or the whole ledger.
        // They are derived data: recomputed from visits on every change, never written by the
        // application. (SQLite trigger syntax; the PostgreSQL schema needs its own.)
        {5, QStringLiteral("Visit and consent summaries for segments"),
            {QStringLiteral(
                 "ALTER TABLE customers ADD COLUMN visit_count INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral(
                    "ALTER TABLE customers ADD COLUMN spend_cents INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE customers ADD COLUMN first_visit TEXT"),
                QStringLiteral("ALTER TABLE customers ADD COLUMN last_visit TEXT"),
                QString(QStringLiteral("UPDATE customers SET ") + recomputedVisitSummary()),
                QStringLiteral("CREATE TRIGGER visits_summary_insert AFTER INSERT ON visits BEGIN"
                               " UPDATE customers SET visit_count = visit_count + 1,"
                               " spend_cents = spend_cents + NEW.amount_cents,"
                               " first_visit = CASE WHEN first_visit IS NULL"
                               " OR NEW.visited_on < first_visit THEN NEW.visited_on"
                               " ELSE first_visit END,"
                               " last_visit = CASE WHEN last_visit IS NULL"
                               " OR NEW.visited_on > last_visit THEN NEW.visited_on"
                               " ELSE last_visit END"
                               " WHERE id = NEW.customer_id; END"),
                QString(QStringLiteral("CREATE TRIGGER visits_summary_delete AFTER DELETE ON visits"
                                       " BEGIN UPDATE customers SET ")
                    + recomputedVisitSummary()
                    + QStringLiteral(" WHERE id = OLD.customer_id; END")),
                QString(QStringLiteral("CREATE TRIGGER visits_summary_update AFTER UPDATE ON visits"
                                       " BEGIN UPDATE customers SET ")
                    + recomputedVisitSummary()
                    + QStringLiteral(" WHERE id IN (OLD.customer_id, NEW.customer_id); END")),
                QStringLiteral("CREATE INDEX customers_last_visit ON customers (last_visit)"),
                QStringLiteral("CREATE INDEX customers_spend ON customers (spend_cents)"),
                QStringLiteral("CREATE INDEX visits_on ON visits (visited_on, customer_id)"),
                // Name search: each index holds both sort keys, so the matches of a prefix are
                // ordered without reading customer rows.
                QStringLiteral("DROP INDEX customers_first_name"),
                QStringLiteral("DROP INDEX customers_last_name"),
                QStringLiteral("CREATE INDEX customers_first_last"
                               " ON customers (lower(first_name), lower(last_name))"),
                QStringLiteral("CREATE INDEX customers_last_first"
                               " ON customers (lower(last_name), lower(first_name))"),
                // Current consent per customer and purpose: the ledger's latest event, copied
                // by triggers so a segment finds every opted-in customer with one index scan.
                QStringLiteral("CREATE TABLE consent_current ("
                               " customer_id INTEGER NOT NULL"
                               " REFERENCES customers (id) ON DELETE CASCADE,"
                               " purpose TEXT NOT NULL,"
                               " action TEXT NOT NULL,"
                               " event_id INTEGER NOT NULL,"
                               " PRIMARY KEY (customer_id, purpose))"),
                QStringLiteral("CREATE INDEX consent_current_purpose"
                               " ON consent_current (purpose, action, customer_id)"),
                QStringLiteral(
                    "INSERT INTO consent_current (customer_id, purpose, action, event_id)"
                    " SELECT e.customer_id, e.purpose, e.action, e.id"
                    " FROM consent_events e WHERE e.id = (SELECT max(l.id)"
                    " FROM consent_events l WHERE l.customer_id = e.customer_id"
                    " AND l.purpose = e.purpose)"),
                QStringLiteral(
                    "CREATE TRIGGER consent_current_insert AFTER INSERT ON consent_events"
                    " BEGIN INSERT INTO consent_current"
                    " (customer_id, purpose, action, event_id)"
                    " VALUES (NEW.customer_id, NEW.purpose, NEW.action, NEW.id)"
                    " ON CONFLICT (customer_id, purpose) DO UPDATE"
                    " SET action = excluded.action, event_id = excluded.event_id"
                    " WHERE excluded.event_id > consent_current.event_id; END"),
                QStringLiteral(
                    "CREATE TRIGGER consent_current_move"
                    " AFTER UPDATE OF customer_id ON consent_events BEGIN"
                    " DELETE FROM consent_current"
                    " WHERE customer_id IN (OLD.customer_id, NEW.customer_id);"
                    " INSERT INTO consent_current (customer_id, purpose, action, event_id)"
                    " SELECT e.customer_id, e.purpose, e.action, e.id"
                    " FROM consent_events e"
                    " WHERE e.customer_id IN (OLD.customer_id, NEW.customer_id)"
                    " AND e.id = (SELECT max(l.id) FROM consent_events l"
                    " WHERE l.customer_id = e.customer_id AND l.purpose = e.purpose);"
                    " END")}},
        // The messaging core. Outgoing messages are rows of `messages` from the moment they are
        // asked for (state queued/held/sending/sent/delivered/failed/cancelled, held_until, the
        // policy's reason); every part sent gets a `message_parts` row with its reference, so
        // status reports are matched in the database and survive restarts. Inbound parts wait
        // in `inbound_parts` until their message is complete; `inbound_seen` remembers the
        // fingerprint of every part already turned into a message, so a part read again after
        // a crash (the SIM copy not yet deleted) is recognised and not stored twice.
        // messages_fts is SQLite's FTS5 over message bodies (PostgreSQL: a tsvector index).
        {6, QStringLiteral("Outbox, delivery tracking, inbound routing and thread search"),
            {QStringLiteral("ALTER TABLE messages ADD COLUMN held_until TEXT"),
                QStringLiteral("ALTER TABLE messages ADD COLUMN next_attempt_at TEXT"),
                QStringLiteral(
                    "ALTER TABLE messages ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE messages ADD COLUMN part_count INTEGER"),
                QStringLiteral("ALTER TABLE messages ADD COLUMN encoding TEXT"),
                QStringLiteral("ALTER TABLE messages ADD COLUMN modem_id TEXT"),
                QStringLiteral("ALTER TABLE messages ADD COLUMN kind TEXT NOT NULL DEFAULT 'text'"),
                QStringLiteral("ALTER TABLE messages ADD COLUMN overrides_opt_out INTEGER NOT NULL"
                               " DEFAULT 0"),
                QStringLiteral("ALTER TABLE messages ADD COLUMN updated_at TEXT"),
                QStringLiteral("ALTER TABLE messages ADD COLUMN campaign_id INTEGER"),
                QStringLiteral("ALTER TABLE messages ADD COLUMN template_key TEXT"),
                // Inbound: set once keywords, reply codes and auto-replies have run, so a crash
                // between storing a message and routing it routes it at the next start.
                QStringLiteral("ALTER TABLE messages ADD COLUMN routed_at TEXT"),
                QStringLiteral("UPDATE messages SET routed_at = created_at WHERE direction = 'in'"),
                QStringLiteral("CREATE INDEX messages_outbox ON messages (state, next_attempt_at)"),
                QStringLiteral(
                    "CREATE INDEX messages_cap ON messages (thread_id, purpose, sent_at)"),
                QStringLiteral("CREATE INDEX messages_modem_sent ON messages (modem_id, sent_at)"),
                QStringLiteral("CREATE TABLE message_parts ("
                               " message_id INTEGER NOT NULL"
                               " REFERENCES messages (id) ON DELETE CASCADE,"
                               " attempt INTEGER NOT NULL,"
                               " part INTEGER NOT NULL,"
                               " part_count INTEGER NOT NULL,"
                               " reference INTEGER NOT NULL,"
                               " modem_id TEXT NOT NULL,"
                               " recipient TEXT NOT NULL,"
                               " sent_at TEXT NOT NULL,"
                               " status TEXT NOT NULL DEFAULT 'sent' CHECK (status IN"
                               " ('sent', 'pending', 'delivered', 'failed')),"
                               " status_code INTEGER,"
                               " status_at TEXT,"
                               " PRIMARY KEY (message_id, attempt, part))"),
                QStringLiteral("CREATE INDEX message_parts_reference"
                               " ON message_parts (modem_id, reference, sent_at)"),
                QStringLiteral("CREATE TABLE inbound_parts ("
                               " part_key TEXT PRIMARY KEY,"
                               " fingerprint TEXT NOT NULL,"
                               " modem_id TEXT NOT NULL,"
                               " pdu TEXT NOT NULL,"
                               " storage TEXT,"
                               " slot INTEGER,"
                               " received_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE inbound_seen ("
                               " fingerprint TEXT PRIMARY KEY,"
                               " message_id INTEGER,"
                               " seen_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX inbound_seen_at ON inbound_seen (seen_at)"),
                QStringLiteral("CREATE TABLE thread_notes ("
                               " id INTEGER PRIMARY KEY,"
                               " thread_id INTEGER NOT NULL"
                               " REFERENCES threads (id) ON DELETE CASCADE,"
                               " staff_id INTEGER REFERENCES staff (id),"
                               " body TEXT NOT NULL,"
                               " created_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX thread_notes_thread ON thread_notes (thread_id, id)"),
                // Questions a reminder or survey asked, and until when its reply codes count.
                QStringLiteral("CREATE TABLE open_questions ("
                               " id INTEGER PRIMARY KEY,"
                               " thread_id INTEGER NOT NULL"
                               " REFERENCES threads (id) ON DELETE CASCADE,"
                               " kind TEXT NOT NULL,"
                               " codes TEXT NOT NULL,"
                               " subject TEXT,"
                               " message_id INTEGER REFERENCES messages (id) ON DELETE SET NULL,"
                               " asked_at TEXT NOT NULL,"
                               " expires_at TEXT NOT NULL,"
                               " answered_at TEXT,"
                               " answer TEXT,"
                               " answer_message_id INTEGER"
                               " REFERENCES messages (id) ON DELETE SET NULL)"),
                QStringLiteral("CREATE INDEX open_questions_thread"
                               " ON open_questions (thread_id, expires_at)"),
                // Replies such as "please stop texting me": everything but replies to that
                // number is held until a member of staff has looked.
                QStringLiteral("CREATE TABLE opt_out_reviews ("
                               " id INTEGER PRIMARY KEY,"
                               " thread_id INTEGER NOT NULL"
                               " REFERENCES threads (id) ON DELETE CASCADE,"
                               " message_id INTEGER REFERENCES messages (id) ON DELETE SET NULL,"
                               " raised_at TEXT NOT NULL,"
                               " resolved_at TEXT,"
                               " resolved_by INTEGER REFERENCES staff (id),"
                               " outcome TEXT)"),
                QStringLiteral("CREATE INDEX opt_out_reviews_open"
                               " ON opt_out_reviews (thread_id, resolved_at)"),
                QStringLiteral("CREATE TABLE templates ("
                               " id INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL UNIQUE,"
                               " body TEXT NOT NULL,"
                               " purpose TEXT NOT NULL CHECK (purpose IN"
                               " ('reply', 'service', 'marketing')),"
                               " is_saved_reply INTEGER NOT NULL DEFAULT 0,"
                               " created_at TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5("
                               "body, content='messages', content_rowid='id',"
                               " tokenize='unicode61 remove_diacritics 2')"),
                QStringLiteral(
                    "INSERT INTO messages_fts (rowid, body) SELECT id, body FROM messages"),
                QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
                               " INSERT INTO messages_fts (rowid, body) VALUES (NEW.id, NEW.body);"
                               " END"),
                QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
                               " INSERT INTO messages_fts (messages_fts, rowid, body)"
                               " VALUES ('delete', OLD.id, OLD.body); END"),
                QStringLiteral("CREATE TRIGGER messages_fts_update AFTER UPDATE OF body"
                               " ON messages BEGIN"
                               " INSERT INTO messages_fts (messages_fts, rowid, body)"
                               " VALUES ('delete', OLD.id, OLD.body);"
                               " INSERT INTO messages_fts (rowid, body) VALUES (NEW.id, NEW.body);"
                               " END")}},
        // Start-up routes inbound texts stored but not yet routed (a crash between the two):
        // without this the check reads every message, about 0.2 s at a million.
        {7, QStringLiteral("Index of inbound texts waiting to be routed"),
            {QStringLiteral("CREATE INDEX messages_unrouted ON messages (id)"
                            " WHERE direction = 'in' AND routed_at IS NULL")}},
        // Appointments booked at the desk, for the inbox's customer panel ("next appointment").
        // Times are UTC ISO-8601 text with milliseconds, so text order is time order and
        // (customer_id, starts_at) serves "the customer's next appointment after now" as a
        // range. Cancelled ones are kept (who cancelled, when) for the customer's history; an
        // erasure removes them with the customer (ON DELETE CASCADE).
        {8, QStringLiteral("Appointments"),
            {QStringLiteral("CREATE TABLE appointments ("
                            " id INTEGER PRIMARY KEY,"
                            " customer_id INTEGER NOT NULL"
                            " REFERENCES customers (id) ON DELETE CASCADE,"
                            " starts_at TEXT NOT NULL,"
                            " duration_minutes INTEGER NOT NULL,"
                            " what TEXT NOT NULL DEFAULT '',"
                            " booked_by INTEGER REFERENCES staff (id),"
                            " booked_at TEXT NOT NULL,"
                            " cancelled_at TEXT,"
                            " cancelled_by INTEGER REFERENCES staff (id))"),
                QStringLiteral("CREATE INDEX appointments_customer_start"
                               " ON appointments (customer_id, starts_at)")}},
    };
    return all;
}

int Schema::currentVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace rapport::app
