#pragma once

#include "modem/Result.h"

#include <QString>

namespace rapport::app {

class AuditLog;
class ConsentLedger;
class SuppressionList;
struct Actor;

// Who a keyword came from and what they wrote, for the consent records.
struct KeywordSender
{
    qint64 threadId = 0;
    qint64 customerId = 0; // 0: not a customer
    QString phoneE164;
    QString inboundText; // the raw message: the evidence (COMPLIANCE.md, consent records)
};

// What an opt-out or opt-in by text changes (COMPLIANCE.md): a customer's consent ledger, with
// source Keyword and their own message; for anyone else, the suppression list. Runs inside the
// caller's transaction. Errors are English details for the log.
class InboundConsent final
{
public:
    InboundConsent(ConsentLedger &ledger, SuppressionList &suppression, AuditLog &audit);

    // Out of every purpose. `confirmation`: the text we will send back, if any.
    Result<void, QString> optOut(
        const Actor &actor, const KeywordSender &sender, const QString &confirmation);
    // Back into marketing and service (START, UNSTOP, YES).
    Result<void, QString> optIn(
        const Actor &actor, const KeywordSender &sender, const QString &confirmation);
    // Whether the person has stopped all texts: listed, or a customer opted out of service.
    Result<bool, QString> hasOptedOut(const KeywordSender &sender) const;

    // Audit actions of texts that change what may be sent to a non-customer.
    static inline const QString SuppressedAction = QStringLiteral("inbound.suppressed");
    static inline const QString UnsuppressedAction = QStringLiteral("inbound.unsuppressed");

private:
    ConsentLedger &m_ledger;
    SuppressionList &m_suppression;
    AuditLog &m_audit;
};

} // namespace rapport::app
