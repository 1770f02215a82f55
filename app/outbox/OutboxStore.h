#pragma once

#include "app/messaging/MessageTypes.h"
#include "app/messaging/PolicyDecision.h"
#include "app/messaging/SendPolicy.h"
#include "app/storage/StorageError.h"
#include "modem/Result.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace rapport::app {

class Database;

// The SQL that the outbox, the dispatcher and delivery tracking share about one outgoing
// message, so that "what a decision does to a row" and "when is a message delivered" are
// written once. Every method runs inside the caller's transaction when there is one; state
// changes are guarded by the state the caller expects (`WHERE state = ?`), so a message
// cancelled meanwhile is never sent, and the result says whether the row moved.
class OutboxStore final
{
public:
    explicit OutboxStore(Database &database);

    // messages.kind of a compliance notice (OutgoingRequest::isComplianceNotice): the policy
    // must know it again when it is asked right before sending. Other outgoing texts: "text".
    static inline const QString ComplianceNoticeKind = QStringLiteral("compliance_notice");
    static inline const QString TextKind = QStringLiteral("text");

    struct Segmentation
    {
        int partCount = 1;
        QString encoding; // "gsm7" or "ucs2"
    };
    // How the modem will split the text (modem::segmentText, 8-bit concatenation references as
    // the modem session uses).
    static Segmentation segmentationOf(const QString &body);

    // ISO-8601 UTC with milliseconds and Z, so that text comparison is time comparison.
    static QString timeText(const QDateTime &time);
    static QVariant timeValue(const QDateTime &time); // NULL when invalid
    static QDateTime timeFrom(const QVariant &value);
    static StorageError queryError(const QSqlQuery &query);

    struct Row
    {
        qint64 id = 0;
        qint64 threadId = 0;
        MessageState state = MessageState::Queued;
        int attempts = 0;
        int partCount = 1;
        QString modemId;
        PolicyRequest request; // as the policy is asked about the stored message
    };
    // An outgoing message; none when there is no such outgoing message.
    Result<std::optional<Row>, StorageError> load(qint64 messageId) const;

    // Writes a verdict onto a message that is in `from`: Send → queued (due now), Hold → held
    // until `notBefore` (held_until NULL: only a person can release it), Refuse → failed with
    // the policy's sentence. The body becomes the decision's finalBody. Returns the new state,
    // or none when the message was no longer in `from`.
    Result<std::optional<MessageState>, StorageError> applyDecision(
        qint64 messageId, MessageState from, const PolicyDecision &decision, const QDateTime &now);

    // queued → sending for the attempt that starts now: attempts + 1, the SIM, the body as it
    // goes out. False when the message was no longer queued.
    Result<bool, StorageError> markSending(
        qint64 messageId, const QString &body, const QString &modemId, const QDateTime &now);

    // `from` → `to` with a reason (NULL when empty) and, for queued, when to try again.
    Result<bool, StorageError> moveState(qint64 messageId, MessageState from, MessageState to,
        const QString &reason, const QDateTime &now, const QDateTime &nextAttemptAt = {});

    // A message left in 'sending' whose outcome will never come (a crash, a channel removed
    // mid-send): sent when message_parts of its current attempt cover every part, else queued
    // again with `reason` — it may then arrive twice, but it is never lost.
    Result<MessageState, StorageError> settleInterrupted(
        qint64 messageId, const QString &reason, const QDateTime &now);

    // Sent / delivered / failed from the parts of the latest attempt: delivered when all of
    // them are, failed as soon as one failed. Returns the state afterwards.
    Result<MessageState, StorageError> refreshDelivery(qint64 messageId, const QDateTime &now);

private:
    Database &m_database;
};

} // namespace rapport::app
