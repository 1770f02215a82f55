#pragma once

#include "app/inbound/InboundConsent.h"
#include "app/inbound/InboundRouterConfig.h"
#include "app/inbound/KeywordMatcher.h"
#include "app/inbound/OpenQuestions.h"
#include "app/inbound/OptOutReviews.h"
#include "app/messaging/OutgoingRequest.h"
#include "app/storage/StorageError.h"
#include "modem/Result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QObject>

namespace rapport {
class Clock;
} // namespace rapport

namespace rapport::app {

class AuditLog;
class ConsentLedger;
class Database;
class MessageEnqueuer;
class MessagingEvents;
class SuppressionList;

// Decides what each received message means, in PRODUCT.md's order: keywords (opt-out, opt-in,
// HELP, plain-language revocations for review) → reply codes of the thread's open questions →
// auto-replies (FAQ words, the away message) → the inbox. Every message also updates its thread
// (unread + 1, last message time, reopened).
//
// A message is routed once: its consequences and its routed_at are committed together, and the
// replies are handed to the outbox only after that commit. A crash before the commit routes the
// message again at the next start (routePending()); a crash between the commit and the
// enqueue loses an automatic reply rather than ever sending one twice — COMPLIANCE.md allows at
// most one opt-out confirmation. Replies go through MessageEnqueuer only, as AutoReply.
class InboundRouter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboundRouter)

public:
    enum class Route {
        Inbox, // an ordinary message (also every non-text kind)
        OptOut,
        OptIn,
        Help,
        Review, // a plain-language opt-out raised for review
        Answer, // a reply code answered an open question
        Faq,
        Away,
    };
    Q_ENUM(Route)

    // Template keys on the replies, by which later messages tell what was already sent.
    static inline const QString OptOutTemplate = QStringLiteral("inbound.opt_out");
    static inline const QString OptInTemplate = QStringLiteral("inbound.opt_in");
    static inline const QString HelpTemplate = QStringLiteral("inbound.help");
    static inline const QString FaqTemplate = QStringLiteral("inbound.faq");
    static inline const QString AwayTemplate = QStringLiteral("inbound.away");
    static inline const QString ReviewRaisedAction = QStringLiteral("inbound.review_raised");
    static inline const QString ReviewResolvedAction = QStringLiteral("inbound.review_resolved");

    InboundRouter(Database &database, ConsentLedger &ledger, SuppressionList &suppression,
        MessageEnqueuer &enqueuer, AuditLog &audit, Clock &clock, MessagingEvents &events,
        InboundRouterConfig config, QObject *parent = nullptr);
    ~InboundRouter() override;

    [[nodiscard]] const InboundRouterConfig &config() const { return m_config; }
    void setConfig(InboundRouterConfig config);

    // Routes every received message whose routed_at is NULL, oldest first: at start-up (what a
    // crash left) and whenever the InboundPipeline stores one. Returns how many were routed; a
    // message that fails stays unrouted for the next call.
    Result<int, QString> routePending();

    // Registers a question whose reply codes count in the thread until `expiresAt`; see
    // OpenQuestions::ask for `codes`.
    Result<qint64, StorageError> ask(qint64 threadId, const QString &kind, const QJsonValue &codes,
        const QString &subject, qint64 messageId, const QDateTime &expiresAt);

    // A person settles a review: OptedOut records the opt-out (and sends the one confirmation);
    // NotAnOptOut releases the hold. Errors are sentences for the log and the UI.
    Result<void, QString> resolveReview(qint64 reviewId, const Actor &actor, ReviewOutcome outcome);
    Result<QList<OptOutReview>, StorageError> openReviews() const;

Q_SIGNALS:
    void messageRouted(qint64 threadId, qint64 messageId, rapport::app::InboundRouter::Route route);

private:
    struct Inbound;
    struct Plan;

    Result<void, QString> routeOne(const Inbound &message);
    Result<void, QString> decide(const Inbound &message, Plan &plan);
    Result<void, QString> planOptOut(
        const Actor &actor, const KeywordSender &sender, const QString &modemId, Plan &plan);
    Result<void, QString> planAutoReply(
        const Inbound &message, const KeywordSender &sender, Plan &plan);
    Result<qint64, QString> customerFor(const Inbound &message);
    // The template key of the newest reply among `keys` sent to the thread since `since`.
    Result<QString, QString> lastReply(
        qint64 threadId, const QStringList &keys, const QDateTime &since) const;
    OutgoingRequest reply(const QString &phone, const QString &modemId, const QString &body,
        const QString &templateKey, bool complianceNotice) const;
    void send(const QList<OutgoingRequest> &replies);

    Database &m_database;
    MessageEnqueuer &m_enqueuer;
    AuditLog &m_audit;
    Clock &m_clock;
    MessagingEvents &m_events;
    InboundRouterConfig m_config;
    KeywordMatcher m_matcher;
    InboundConsent m_consent;
    OpenQuestions m_questions;
    OptOutReviews m_reviews;
    qint64 m_routedUpTo = 0; // messages up to this id were routed (or are being retried)
    bool m_routing = false;
    bool m_routeAgain = false;
};

} // namespace rapport::app
