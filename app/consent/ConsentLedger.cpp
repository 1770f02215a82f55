#include "app/consent/ConsentLedger.h"

#include "app/audit/AuditLog.h"
#include "app/staff/Actor.h"
#include "app/storage/Database.h"
#include "app/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace rapport::app {
namespace {

// Keeps each IN (...) list well under SQLite's bound-parameter limit (999 before 3.32).
constexpr qsizetype idsPerQuery = 500;

ConsentError refused(ConsentError::Code code)
{
    return ConsentError {code, {}};
}

ConsentError storageFailed(const QString &detail)
{
    return ConsentError {ConsentError::Code::StorageFailed, detail};
}

ConsentError storageFailed(const QSqlQuery &query)
{
    return storageFailed(query.lastError().text());
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant orNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimestamp(const QVariant &text)
{
    QDateTime at = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    return at.toUTC();
}

bool hasText(const QString &text)
{
    return !text.trimmed().isEmpty();
}

// The columns fromRow() reads, in order.
const QString eventColumns = QStringLiteral(
    "id, customer_id, phone_e164, purpose, action, source, wording, wording_version, staff_id,"
    " inbound_text, confirmation_text, recorded_at");

ConsentEvent fromRow(const QSqlQuery &row)
{
    ConsentEvent event;
    event.id = row.value(0).toLongLong();
    event.customerId = row.value(1).toLongLong();
    event.phoneE164 = row.value(2).toString();
    // The schema's CHECK constraints admit only known words, so the fallbacks never apply.
    event.purpose
        = consentPurposeFromKey(row.value(3).toString()).value_or(ConsentPurpose::Service);
    event.action = consentActionFromKey(row.value(4).toString()).value_or(ConsentAction::OptOut);
    event.source = consentSourceFromKey(row.value(5).toString()).value_or(ConsentSource::InPerson);
    event.wording = row.value(6).toString();
    event.wordingVersion = row.value(7).toString();
    event.staffId = row.value(8).toLongLong();
    event.inboundText = row.value(9).toString();
    event.confirmationText = row.value(10).toString();
    event.recordedAt = fromTimestamp(row.value(11));
    return event;
}

} // namespace

ConsentLedger::ConsentLedger(Database &database, AuditLog &audit, Clock clock)
    : m_database(database)
    , m_audit(audit)
    , m_suppression(database, clock)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{ }

QString ConsentLedger::latestActionSql(
    const QString &customerIdExpr, const QString &purposePlaceholder)
{
    return QString(QStringLiteral("(SELECT consent_latest.action FROM consent_events consent_latest"
                                  " WHERE consent_latest.customer_id = ")
        + customerIdExpr + QStringLiteral(" AND consent_latest.purpose = ") + purposePlaceholder
        + QStringLiteral(" ORDER BY consent_latest.id DESC LIMIT 1)"));
}

Result<void, ConsentError> ConsentLedger::validate(const ConsentEvent &event) const
{
    using Code = ConsentError::Code;
    if (event.source == ConsentSource::Keyword && !hasText(event.inboundText))
        return fail(refused(Code::InboundTextRequired));
    if (event.action != ConsentAction::OptIn)
        return {};
    switch (event.source) {
    case ConsentSource::InPerson:
    case ConsentSource::PaperForm:
    case ConsentSource::Web:
        if (!hasText(event.wording))
            return fail(refused(Code::WordingRequired));
        if (!hasText(event.wordingVersion))
            return fail(refused(Code::WordingVersionRequired));
        break;
    case ConsentSource::Import:
        if (!hasText(event.wording))
            return fail(refused(Code::ImportTextRequired));
        break;
    case ConsentSource::Keyword:
        break;
    }
    return {};
}

Result<qint64, ConsentError> ConsentLedger::record(const Actor &actor, ConsentEvent event)
{
    if (auto valid = validate(event); !valid)
        return fail(valid.error());
    const QDateTime now = m_clock().toUTC();
    const bool carriesDate = event.recordedAt.isValid();
    if (carriesDate && event.recordedAt.toUTC() > now)
        return fail(refused(ConsentError::Code::RecordedInFuture));
    event.recordedAt = carriesDate ? event.recordedAt.toUTC() : now;
    event.staffId = actor.staffId;

    Transaction transaction(m_database);
    if (!transaction.isOpen())
        return fail(storageFailed(transaction.errorText()));
    auto id = writeInTransaction(actor, event, carriesDate);
    if (!id)
        return id;
    if (!transaction.commit())
        return fail(storageFailed(transaction.errorText()));
    return id;
}

Result<void, ConsentError> ConsentLedger::checkOrder(const ConsentEvent &event) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT recorded_at FROM consent_events"
                       " WHERE customer_id = ? AND purpose = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(event.customerId);
    query.addBindValue(consentPurposeKey(event.purpose));
    if (!query.exec())
        return fail(storageFailed(query));
    if (query.next() && fromTimestamp(query.value(0)) > event.recordedAt)
        return fail(refused(ConsentError::Code::OlderThanLatest));
    return {};
}

Result<qint64, ConsentError> ConsentLedger::writeInTransaction(
    const Actor &actor, ConsentEvent &event, bool carriesDate)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT phone_e164 FROM customers WHERE id = ?"));
    query.addBindValue(event.customerId);
    if (!query.exec())
        return fail(storageFailed(query));
    if (!query.next())
        return fail(refused(ConsentError::Code::NotFound));
    event.phoneE164 = query.value(0).toString();

    if (carriesDate) {
        if (auto ordered = checkOrder(event); !ordered)
            return fail(ordered.error());
    }

    query.prepare(QStringLiteral(
        "INSERT INTO consent_events (customer_id, phone_e164, purpose, action, source, wording,"
        " wording_version, staff_id, inbound_text, confirmation_text, recorded_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(event.customerId), orNull(event.phoneE164),
             QVariant(consentPurposeKey(event.purpose)), QVariant(consentActionKey(event.action)),
             QVariant(consentSourceKey(event.source)), orNull(event.wording),
             orNull(event.wordingVersion), orNull(event.staffId), orNull(event.inboundText),
             orNull(event.confirmationText), QVariant(timestamp(event.recordedAt))})
        query.addBindValue(value);
    if (!query.exec())
        return fail(storageFailed(query));
    event.id = query.lastInsertId().toLongLong();

    // No number or message text in the audit line: it outlives an erasure.
    const QString detail = QString(consentPurposeKey(event.purpose) + QLatin1Char(' ')
        + consentActionKey(event.action) + QStringLiteral(" via ")
        + consentSourceKey(event.source));
    auto audited = m_audit.record(actor, AuditAction::ConsentRecorded,
        QStringLiteral("customer:%1").arg(event.customerId), detail);
    if (!audited)
        return fail(storageFailed(audited.error().detail));

    if (event.action == ConsentAction::OptIn && !event.phoneE164.isEmpty()) {
        if (auto lifted = m_suppression.remove(event.phoneE164); !lifted)
            return fail(storageFailed(lifted.error().describe()));
    }
    return event.id;
}

Result<QList<ConsentEvent>, ConsentError> ConsentLedger::history(qint64 customerId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QString(QStringLiteral("SELECT ") + eventColumns
        + QStringLiteral(" FROM consent_events WHERE customer_id = ? ORDER BY id")));
    query.addBindValue(customerId);
    if (!query.exec())
        return fail(storageFailed(query));
    QList<ConsentEvent> events;
    while (query.next())
        events.append(fromRow(query));
    return events;
}

Result<ConsentState, ConsentError> ConsentLedger::current(qint64 customerId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM customers WHERE id = ?"));
    query.addBindValue(customerId);
    if (!query.exec())
        return fail(storageFailed(query));
    if (!query.next())
        return fail(refused(ConsentError::Code::NotFound));
    auto states = current(QList<qint64> {customerId});
    if (!states)
        return fail(states.error());
    return states->value(customerId);
}

Result<QHash<qint64, ConsentState>, ConsentError> ConsentLedger::current(
    const QList<qint64> &customerIds) const
{
    QList<qint64> ids = customerIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());

    QHash<qint64, ConsentState> states;
    states.reserve(ids.size());
    for (qint64 id : std::as_const(ids))
        states.insert(id, ConsentState {});

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    for (qsizetype start = 0; start < ids.size(); start += idsPerQuery) {
        const QList<qint64> chunk = ids.mid(start, idsPerQuery);
        QStringList placeholders;
        placeholders.fill(QStringLiteral("?"), chunk.size());
        // The newest event per customer and purpose, found through consent_events_latest.
        query.prepare(QString(QStringLiteral("SELECT e.customer_id, e.purpose, e.id, e.action,"
                                             " e.source, e.recorded_at FROM consent_events e"
                                             " JOIN (SELECT MAX(id) AS id FROM consent_events"
                                             " WHERE customer_id IN (")
            + placeholders.join(QStringLiteral(", "))
            + QStringLiteral(") GROUP BY customer_id, purpose) latest ON latest.id = e.id")));
        for (qint64 id : chunk)
            query.addBindValue(id);
        if (!query.exec())
            return fail(storageFailed(query));
        while (query.next()) {
            const auto purpose = consentPurposeFromKey(query.value(1).toString());
            if (!purpose)
                continue;
            ConsentDecision &decision = states[query.value(0).toLongLong()].of(*purpose);
            decision.eventId = query.value(2).toLongLong();
            decision.status = query.value(3).toString() == consentActionKey(ConsentAction::OptIn)
                ? ConsentStatus::OptedIn
                : ConsentStatus::OptedOut;
            decision.source
                = consentSourceFromKey(query.value(4).toString()).value_or(ConsentSource::InPerson);
            decision.at = fromTimestamp(query.value(5));
        }
    }
    return states;
}

} // namespace rapport::app
