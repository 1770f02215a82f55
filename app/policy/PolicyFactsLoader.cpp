#include "app/policy/PolicyFactsLoader.h"

#include "app/phone/PhoneNumbers.h"
#include "app/policy/JurisdictionResolver.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rapport::app {

namespace {

// Bounds the per-number cache; a business texts far fewer numbers between restarts, and
// starting over costs one geocoder lookup per number.
constexpr qsizetype MaxCachedNumbers = 20000;

StorageError queryFailed(const QSqlQuery &query)
{
    return StorageError {StorageError::Code::QueryFailed, query.lastError().text()};
}

QDateTime storedTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(value.toString(), Qt::ISODate);
    return at.toUTC();
}

QString storedText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

PolicyFactsLoader::PolicyFactsLoader(Database &database, QTimeZone businessZone)
    : m_database(database)
    , m_businessZone(std::move(businessZone))
    , m_suppression(database)
{ }

const PolicyFactsLoader::NumberFacts &PolicyFactsLoader::numberFacts(const QString &e164)
{
    if (const auto found = m_numbers.constFind(e164); found != m_numbers.cend())
        return *found;
    if (m_numbers.size() >= MaxCachedNumbers)
        m_numbers.clear();
    NumberFacts facts;
    facts.recognised = !PhoneNumbers::parse(e164, QStringLiteral("ZZ")).e164.isEmpty();
    if (facts.recognised) {
        facts.jurisdiction = JurisdictionResolver::forNumber(e164);
        facts.singleZone = PhoneNumbers::singleTimeZoneFor(e164);
    }
    return *m_numbers.insert(e164, facts);
}

// The same order as CustomerRepository::effectiveTimeZone (COMPLIANCE.md: the customer record,
// else the number where unambiguous, else the business's zone), with the number's part cached.
QTimeZone PolicyFactsLoader::zoneFor(const QString &customerZone, const NumberFacts &number) const
{
    if (!customerZone.isEmpty()) {
        const QTimeZone own(customerZone.toUtf8());
        if (own.isValid())
            return own;
    }
    if (!number.singleZone.isEmpty()) {
        const QTimeZone fromNumber(number.singleZone.toUtf8());
        if (fromNumber.isValid())
            return fromNumber;
    }
    return m_businessZone.isValid() ? m_businessZone : QTimeZone::utc();
}

Result<void, StorageError> PolicyFactsLoader::loadCustomer(
    qint64 customerId, PolicyFacts &facts, QString &customerZone) const
{
    if (customerId == 0)
        return {};
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::run(
            query, QStringLiteral("SELECT time_zone FROM customers WHERE id = ?"), {customerId}))
        return fail(queryFailed(query));
    if (!query.next())
        return {}; // erased or merged away: treated as an unknown number
    facts.isCustomer = true;
    customerZone = query.value(0).toString();
    // The latest event per purpose, kept by triggers in consent_current (schema v5).
    if (!sql::run(query,
            QStringLiteral("SELECT e.purpose, e.action, e.source, e.recorded_at, e.id"
                           " FROM consent_current c JOIN consent_events e ON e.id = c.event_id"
                           " WHERE c.customer_id = ?"),
            {customerId}))
        return fail(queryFailed(query));
    while (query.next()) {
        const auto purpose = consentPurposeFromKey(query.value(0).toString());
        const auto action = consentActionFromKey(query.value(1).toString());
        const auto source = consentSourceFromKey(query.value(2).toString());
        if (!purpose || !action || !source)
            continue; // the schema's CHECK constraints make this unreachable
        ConsentDecision &decision = facts.consent.of(*purpose);
        decision.status
            = *action == ConsentAction::OptIn ? ConsentStatus::OptedIn : ConsentStatus::OptedOut;
        decision.source = *source;
        decision.at = storedTime(query.value(3));
        decision.eventId = query.value(4).toLongLong();
    }
    // STOP lasts until START whatever single purposes were recorded since (PolicyFacts).
    if (!sql::run(query,
            QStringLiteral("SELECT action, recorded_at, id FROM consent_events"
                           " WHERE customer_id = ? AND source = ? ORDER BY id DESC LIMIT 1"),
            {customerId, consentSourceKey(ConsentSource::Keyword)}))
        return fail(queryFailed(query));
    if (query.next()) {
        if (const auto action = consentActionFromKey(query.value(0).toString())) {
            facts.lastKeyword.status = *action == ConsentAction::OptIn ? ConsentStatus::OptedIn
                                                                       : ConsentStatus::OptedOut;
            facts.lastKeyword.source = ConsentSource::Keyword;
            facts.lastKeyword.at = storedTime(query.value(1));
            facts.lastKeyword.eventId = query.value(2).toLongLong();
        }
    }
    return {};
}

Result<void, StorageError> PolicyFactsLoader::loadSuppression(
    const QString &e164, PolicyFacts &facts)
{
    const auto listed = m_suppression.contains(e164);
    if (!listed)
        return fail(StorageError {StorageError::Code::QueryFailed, listed.error().describe()});
    facts.suppressed = *listed;
    if (!facts.suppressed)
        return {};
    // Listed, so the key exists and hashOf only computes.
    const auto hash = m_suppression.hashOf(e164);
    if (!hash)
        return fail(StorageError {StorageError::Code::QueryFailed, hash.error().describe()});
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("SELECT reason, added_at FROM suppression WHERE number_hash = ?"),
            {*hash}))
        return fail(queryFailed(query));
    if (query.next()) {
        facts.suppressionReason = SuppressionList::reasonFromKey(query.value(0).toString());
        facts.suppressedAt = storedTime(query.value(1));
    }
    return {};
}

Result<qint64, StorageError> PolicyFactsLoader::threadOf(const PolicyRequest &request) const
{
    if (request.threadId != 0)
        return request.threadId;
    QSqlQuery query(m_database.connection());
    if (!sql::run(query, QStringLiteral("SELECT id FROM threads WHERE phone_e164 = ?"),
            {request.phoneE164}))
        return fail(queryFailed(query));
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<void, StorageError> PolicyFactsLoader::loadThread(
    qint64 threadId, qint64 messageId, const QDateTime &marketingSince, PolicyFacts &facts) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // The newest inbound message by id, walking messages_thread (thread_id, id) backwards:
    // stops at the first one found instead of reading the whole conversation.
    if (!sql::run(query,
            QStringLiteral("SELECT (SELECT created_at FROM messages"
                           " WHERE thread_id = ? AND direction = 'in' ORDER BY id DESC LIMIT 1),"
                           " EXISTS (SELECT 1 FROM opt_out_reviews"
                           " WHERE thread_id = ? AND resolved_at IS NULL)"),
            {threadId, threadId}))
        return fail(queryFailed(query));
    if (query.next()) {
        facts.latestInboundAt = storedTime(query.value(0));
        facts.openOptOutReview = query.value(1).toInt() != 0;
    }
    if (!marketingSince.isValid())
        return {};
    // Served by messages_cap (thread_id, purpose, sent_at). Stored times are fixed-width ISO
    // UTC text, so comparing text compares time.
    if (!sql::run(query,
            QStringLiteral("SELECT sent_at FROM messages WHERE thread_id = ?"
                           " AND purpose = 'marketing' AND direction = 'out'"
                           " AND state IN ('sending', 'sent', 'delivered') AND id <> ?"
                           " AND (sent_at IS NULL OR sent_at >= ?)"),
            {threadId, messageId, storedText(marketingSince)}))
        return fail(queryFailed(query));
    while (query.next()) {
        if (query.value(0).isNull())
            ++facts.marketingInFlight;
        else
            facts.recentMarketingSentAt.append(storedTime(query.value(0)));
    }
    return {};
}

Result<PolicyFacts, StorageError> PolicyFactsLoader::load(
    const PolicyRequest &request, const QDateTime &marketingSince)
{
    PolicyFacts facts;
    const NumberFacts &number = numberFacts(request.phoneE164);
    facts.numberRecognised = number.recognised;
    facts.jurisdiction = number.jurisdiction;
    QString customerZone;
    if (auto loaded = loadCustomer(request.customerId, facts, customerZone); !loaded)
        return fail(loaded.error());
    facts.zone = zoneFor(customerZone, number);
    if (number.recognised) {
        if (auto loaded = loadSuppression(request.phoneE164, facts); !loaded)
            return fail(loaded.error());
    }
    const auto thread = threadOf(request);
    if (!thread)
        return fail(thread.error());
    if (*thread != 0) {
        if (auto loaded = loadThread(*thread, request.messageId, marketingSince, facts); !loaded)
            return fail(loaded.error());
    }
    return facts;
}

} // namespace rapport::app
