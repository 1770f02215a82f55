#pragma once

#include "app/consent/ConsentError.h"
#include "app/consent/ConsentTypes.h"
#include "app/consent/SuppressionList.h"
#include "modem/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace rapport::app {

class AuditLog;
class Database;
struct Actor;

// The consent ledger: every opt-in and opt-out, append-only (a schema trigger refuses changes to
// recorded events; only a merge may move them to another customer). A customer's consent is
// derived from the latest event per purpose, never stored.
//
// "Latest" means the highest id. record() keeps that equal to the latest in time: an event that
// carries its own date (an import) is refused when it is older than the latest event for that
// purpose (OlderThanLatest). After a merge the two customers' histories interleave by id, so the
// newest recorded event decides.
class ConsentLedger final
{
public:
    using Clock = std::function<QDateTime()>;

    ConsentLedger(Database &database, AuditLog &audit, Clock clock = {});

    // Appends `event` and returns its id. The ledger fills phoneE164 from the customer record
    // and staffId from `actor`; recordedAt is the clock's unless the event carries one (imports
    // carry the file's date). Evidence required:
    //  - opt-ins in person, on paper or on the web: wording and wordingVersion (GDPR Art. 7(1));
    //  - opt-ins by import: wording, the file's own consent text (files carry no version);
    //  - keyword events, either way: inboundText, the customer's message.
    // The event and its audit line are written in one transaction (a savepoint inside the
    // caller's); an opt-in also takes the customer's number off the suppression list, since the
    // person has consented anew.
    Result<qint64, ConsentError> record(const Actor &actor, ConsentEvent event);

    // Every event for the customer, oldest first.
    Result<QList<ConsentEvent>, ConsentError> history(qint64 customerId) const;

    // The customer's consent now; NotFound when there is no such customer.
    Result<ConsentState, ConsentError> current(qint64 customerId) const;
    // The same for many customers at once (a table page). Every requested id is in the answer;
    // ids without events, or without a customer, are all Unknown.
    Result<QHash<qint64, ConsentState>, ConsentError> current(
        const QList<qint64> &customerIds) const;

    // An SQL scalar subquery giving the latest action word ('opt_in', 'opt_out', or NULL when
    // there is none) for one customer and purpose, for a segment compiler to embed:
    //
    //   latestActionSql(QStringLiteral("c.id"), QStringLiteral("?"))
    //   == "(SELECT consent_latest.action FROM consent_events consent_latest
    //        WHERE consent_latest.customer_id = c.id AND consent_latest.purpose = ?
    //        ORDER BY consent_latest.id DESC LIMIT 1)"
    //
    // Bind consentPurposeKey(...) to the placeholder and compare the result with a bound
    // consentActionKey(...), e.g. "<sql> = ?" for "opted in", "<sql> IS NULL" for "never asked".
    // Both arguments are pasted into the SQL as they are: pass a column expression and a
    // placeholder written by code, never a value. Served by the consent_events_latest index.
    static QString latestActionSql(
        const QString &customerIdExpr, const QString &purposePlaceholder);

private:
    Result<void, ConsentError> validate(const ConsentEvent &event) const;
    Result<void, ConsentError> checkOrder(const ConsentEvent &event) const;
    Result<qint64, ConsentError> writeInTransaction(
        const Actor &actor, ConsentEvent &event, bool carriesDate);

    Database &m_database;
    AuditLog &m_audit;
    SuppressionList m_suppression;
    Clock m_clock;
};

} // namespace rapport::app
