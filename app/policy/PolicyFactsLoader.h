#pragma once

#include "app/consent/SuppressionList.h"
#include "app/messaging/SendPolicy.h"
#include "app/policy/PolicyFacts.h"
#include "app/storage/StorageError.h"
#include "modem/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTimeZone>

namespace rapport::app {

class Database;

// Loads PolicyFacts for a PolicyRequest: a handful of indexed lookups (customer zone, current
// consent through consent_current, the suppression list, open opt-out reviews, the latest
// inbound message, recent marketing), so deciding stays far below a millisecond. What depends
// on the number alone (jurisdiction, the number's single time zone) is computed once per number
// and kept: libphonenumber's geocoder and the zone check are the slow parts.
class PolicyFactsLoader final
{
public:
    // `businessZone`: the zone to assume when neither the customer record nor the number says
    // (BusinessProfile::zone).
    PolicyFactsLoader(Database &database, QTimeZone businessZone);

    void setBusinessZone(const QTimeZone &zone) { m_businessZone = zone; }
    [[nodiscard]] const QTimeZone &businessZone() const { return m_businessZone; }

    // `marketingSince`: marketing texts sent at or after it are loaded for the cap; invalid
    // skips that lookup (the request is not marketing). When request.threadId is 0 the thread
    // is found by number (none yet: no history).
    Result<PolicyFacts, StorageError> load(
        const PolicyRequest &request, const QDateTime &marketingSince);

private:
    struct NumberFacts
    {
        bool recognised = false;
        Jurisdiction jurisdiction;
        QString singleZone; // empty when the number's country spans several offsets
    };
    const NumberFacts &numberFacts(const QString &e164);
    QTimeZone zoneFor(const QString &customerZone, const NumberFacts &number) const;
    Result<void, StorageError> loadCustomer(
        qint64 customerId, PolicyFacts &facts, QString &customerZone) const;
    Result<void, StorageError> loadSuppression(const QString &e164, PolicyFacts &facts);
    Result<void, StorageError> loadThread(qint64 threadId, qint64 messageId,
        const QDateTime &marketingSince, PolicyFacts &facts) const;
    Result<qint64, StorageError> threadOf(const PolicyRequest &request) const;

    Database &m_database;
    QTimeZone m_businessZone;
    SuppressionList m_suppression;
    QHash<QString, NumberFacts> m_numbers;
};

} // namespace rapport::app
